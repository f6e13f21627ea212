"""Traditional characters, as older gazettes print them (國務院關於…的通知, 國發〔1956〕12號), read with their
simplified forms.

The stages match simplified text: a text in traditional characters is parsed as its simplified copy, which
``str.translate`` makes character for character, so that every line and column stays where it was. The strings
of the result are then given back their characters as printed (``restore``): each is aligned with the lines it
was read from, in the simplified copy, and takes the original character at each aligned place. Canonical forms
the parser writes itself (a 文号's ``text`` and ``agency_code``, the ``kind``) stay simplified, as GB/T 9704
writes them.

The table maps 1269 traditional characters of official documents' vocabulary one to one; each pair was
checked against OpenCC's ``t2s`` conversion of the character alone.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel

from .models import Span, Table

#: A line break, as ``split_lines`` counts them.
LINE_END = r"\r\n|\r|\n"
#: Traditional characters, and the simplified character each is read as (the same position in ``SIMPLIFIED``).
TRADITIONAL = (
    "號關於發國務辦廳決議報請復見規條經轉頒佈會區縣長屬機單門節編點實為與對這個們時間開華東貫徹執計劃畫產業農廠歲勞動運輸幹黨團軍衛員監獎懲財稅費資貿營銀鐵電郵醫藥學師紀錄記總統將據應當須並後從處難題問傳達"
    "進選舉職權責聯繫係給覺變觀論詞語說話講認識設試調談護讓證評訂訊許謝譯讀課誤錯鋼礦種積穩糧緊級約紅線組織結絕續維綜網緣練繼義習聲興舊藝蘇蘭虧衝補製複視親觸貝負貨質購賽車輕載辭邊遼鄉鄰釋鎮閉閱隊陽際隨險雖"
    "雙雜離靈韓頁項順預領頭類顧風飛飯館馬驗體鬥魚鳥鹽麥黃齊齡協廣慶歷壓廢徵戶擁擴擔掛採換損搶擬數斷曆書樣標樹橋檢歡歸殘氣漢準溝滿潔濟災無煙熱燈爭爾牆狀獨獲環現璽畢異療盡盤眾確礎禮稱穀窮競筆範築簡籌糾純紙細"
    "終綠緒績罰羅聖聞肅脅腦艦莊萬葉蓋蔣薦薩蟲術裝裡襲覽訓託訪訴診詳誌誠諸謀謹讚豐貧貴買貸賠賦賬賴贊贈趕趙跡躍較輔輪辯遠適遷遺還鄭釐針鋪錢鍾鐘鑑閃閣闆陣陝陰陸陳隱雞靜韋響頓頻顯飲養餘饑驅髒鬧魯鮮鳳鴻麼齒龍龜"
    "價優億儀僅償兒內兩冊凍劉則剛創劑勁勝勢勵勸匯卻厲參敘吳啟喪嚴圍圖園圓壞場塊塗墾壇壯奪奮婦孫寧寬審寫寶專尋導層島嶺幣帥帳帶幫廟彈彙徑態憲懷戰戲擊擇攜敵斂晉暫極構槍檔殺殼毀淺測漁潛澤瀋爐猶獻瑪疊瘡盜碼磚礙"
    "禍禦窩竊筍紐納紛絲綱綿緝縮繳纖罷聽膽臟臨艱葦蒞蘋蝕衆裏襯覓詐詢誇誼諮謂譜貢販賀賓賢賺贏軌軟軸輛轄過違遞醞釀鈔銷鋒錦鍵鎖鏈鑄閑閒闊闡隸雲頂頌額顏願飾駐駕騎騰驚鬆鬱麵倫備傷僑傾債兇剝劍勻匱卹厭吶唄啞喚嗎嘆"
    "噸嚇嚮堅塵墊墜壟壩夠夥夾奧妝婁媽嬰寢寵屆屍屜岡峽崗嶼幾庫廂廈廬張彥恆惡惱愛愴慘慣慮憐懇懸戀戔戧掃掄揀揚揮搖搗摑摟擋擠擺擾攏攔攤攪敗斃斕昇晝暈暢曉曬朧柵梔梟棄棧棲棟楊楓榮槓樁樂樓樞橫檯櫃櫥殯毆氫氬氳沖況"
    "泝洩渾湊湯溫滬滯滲滾漲漿潑潤澀濁濃濕濤濫濱瀉瀏灑灘烏煉煒煩熾燁燒燙燦燭燼爍爛牘犢狹猙獄獅獵獷獸獺玀琺璣瑣瓊甌畝瘧癢癥皚皺盞盧盪矚矯碩礪礫祿禎禪秈稈稟穌窪窯窺竄竅竇筧箋篩篳簍簞簫籃籠籤籬糝糞糴紂紆紇紈紋"
    "紓紕紗紜紡紮紱紲紳紹紺絃絆絞絡絢絨絹綁綏綢綣綬綴綸綺綻綽綾緋緞締緩緯緻縈縉縊縋縛縝縞縫縱繃繅繆繕繚繞繡繩繪繭繯繹纏纓纜缽罈罌罵羆羈羥翹耬聰聳聵聶聹聾脈脫脹腎腖腡腫腳腸膃膚膠膩膾膿臉臍臏臘臚臠臥臺艙艤艫"
    "艷芻苧茲荊莖莢莧萇萊萵葒葯葷蒓蒔蒼蓀蓮蓯蓴蓽蔔蔞蔥蔦蔭蕁蕆蕎蕒蕓蕕蕘蕢蕩蕪蕭蕷薀薈薊薌薑薔薘薟薺藍藎藪藶藹藺蘄蘆蘊蘚蘞蘢蘺蘿虆虛虜虯蛺蛻蜆蝟蝦蝸螄螞螢螻螿蟄蟈蟎蟣蟬蟯蟶蟻蠅蠆蠐蠑蠟蠣蠨蠱蠶蠻衊衕衚袞裊"
    "褌褘褲褳褸褻襇襏襖襝襠襤襪覘覡覥覦覬覯覲覷覿觴觶訁訃訌討訐訒訕訖訛訝訟訣訥訶註証詁詆詎詒詔詖詗詘詛詠詡詣詩詫詬詭詮詰該詵詼詿誄誅誆誑誒誕誘誚誡誣誥誦誨誰誶誹諂諄諉諍諏諑諒諗諛諜諝諞諢諤諦諧諫諭諱諳諶諷"
    "諺諼諾謁謄謅謊謎謐謔謖謗謙謚謠謨謫謬謳謾譁譏譖譙譚譫譴譽讎讒讕讖讜讞豈豎豬豶貓貞貪貯貰貲貳貶貺貼貽賁賂賃賄賅賈賊賑賒賕賙賚賜賞賡賣賤賧賭賵賻賾贄贅贍贐贓贖贛趨趲踐踴蹌蹕蹣蹤蹺躂躉躊躋躑躒躓躕躚躡躥躦躪"
    "軀軋軒軔軛軤軫軲軹軺軻軼軾輅輇輊輒輓輜輝輞輟輥輦輩輯輳輻輾輿轂轅轆轍轎轔轟轡轢轤辮迴連週遊遙遜遲邁邇邏邐郟鄆鄒鄔鄖鄧鄲鄴鄶鄺酈醜醬醱釁釃釅"
)
SIMPLIFIED = (
    "号关于发国务办厅决议报请复见规条经转颁布会区县长属机单门节编点实为与对这个们时间开华东贯彻执计划画产业农厂岁劳动运输干党团军卫员监奖惩财税费资贸营银铁电邮医药学师纪录记总统将据应当须并后从处难题问传达"
    "进选举职权责联系系给觉变观论词语说话讲认识设试调谈护让证评订讯许谢译读课误错钢矿种积稳粮紧级约红线组织结绝续维综网缘练继义习声兴旧艺苏兰亏冲补制复视亲触贝负货质购赛车轻载辞边辽乡邻释镇闭阅队阳际随险虽"
    "双杂离灵韩页项顺预领头类顾风飞饭馆马验体斗鱼鸟盐麦黄齐龄协广庆历压废征户拥扩担挂采换损抢拟数断历书样标树桥检欢归残气汉准沟满洁济灾无烟热灯争尔墙状独获环现玺毕异疗尽盘众确础礼称谷穷竞笔范筑简筹纠纯纸细"
    "终绿绪绩罚罗圣闻肃胁脑舰庄万叶盖蒋荐萨虫术装里袭览训托访诉诊详志诚诸谋谨赞丰贫贵买贷赔赋账赖赞赠赶赵迹跃较辅轮辩远适迁遗还郑厘针铺钱钟钟鉴闪阁板阵陕阴陆陈隐鸡静韦响顿频显饮养余饥驱脏闹鲁鲜凤鸿么齿龙龟"
    "价优亿仪仅偿儿内两册冻刘则刚创剂劲胜势励劝汇却厉参叙吴启丧严围图园圆坏场块涂垦坛壮夺奋妇孙宁宽审写宝专寻导层岛岭币帅帐带帮庙弹汇径态宪怀战戏击择携敌敛晋暂极构枪档杀壳毁浅测渔潜泽沈炉犹献玛叠疮盗码砖碍"
    "祸御窝窃笋纽纳纷丝纲绵缉缩缴纤罢听胆脏临艰苇莅苹蚀众里衬觅诈询夸谊咨谓谱贡贩贺宾贤赚赢轨软轴辆辖过违递酝酿钞销锋锦键锁链铸闲闲阔阐隶云顶颂额颜愿饰驻驾骑腾惊松郁面伦备伤侨倾债凶剥剑匀匮恤厌呐呗哑唤吗叹"
    "吨吓向坚尘垫坠垄坝够伙夹奥妆娄妈婴寝宠届尸屉冈峡岗屿几库厢厦庐张彦恒恶恼爱怆惨惯虑怜恳悬恋戋戗扫抡拣扬挥摇捣掴搂挡挤摆扰拢拦摊搅败毙斓升昼晕畅晓晒胧栅栀枭弃栈栖栋杨枫荣杠桩乐楼枢横台柜橱殡殴氢氩氲冲况"
    "溯泄浑凑汤温沪滞渗滚涨浆泼润涩浊浓湿涛滥滨泻浏洒滩乌炼炜烦炽烨烧烫灿烛烬烁烂牍犊狭狰狱狮猎犷兽獭猡珐玑琐琼瓯亩疟痒症皑皱盏卢荡瞩矫硕砺砾禄祯禅籼秆禀稣洼窑窥窜窍窦笕笺筛筚篓箪箫篮笼签篱糁粪籴纣纡纥纨纹"
    "纾纰纱纭纺扎绂绁绅绍绀弦绊绞络绚绒绢绑绥绸绻绶缀纶绮绽绰绫绯缎缔缓纬致萦缙缢缒缚缜缟缝纵绷缫缪缮缭绕绣绳绘茧缳绎缠缨缆钵坛罂骂罴羁羟翘耧聪耸聩聂聍聋脉脱胀肾胨脶肿脚肠腽肤胶腻脍脓脸脐膑腊胪脔卧台舱舣舻"
    "艳刍苎兹荆茎荚苋苌莱莴荭药荤莼莳苍荪莲苁莼荜卜蒌葱茑荫荨蒇荞荬芸莸荛蒉荡芜萧蓣蕰荟蓟芗姜蔷荙莶荠蓝荩薮苈蔼蔺蕲芦蕴藓蔹茏蓠萝蔂虚虏虬蛱蜕蚬猬虾蜗蛳蚂萤蝼螀蛰蝈螨虮蝉蛲蛏蚁蝇虿蛴蝾蜡蛎蟏蛊蚕蛮蔑同胡衮袅"
    "裈袆裤裢褛亵裥袯袄裣裆褴袜觇觋觍觎觊觏觐觑觌觞觯讠讣讧讨讦讱讪讫讹讶讼诀讷诃注证诂诋讵诒诏诐诇诎诅咏诩诣诗诧诟诡诠诘该诜诙诖诔诛诓诳诶诞诱诮诫诬诰诵诲谁谇诽谄谆诿诤诹诼谅谂谀谍谞谝诨谔谛谐谏谕讳谙谌讽"
    "谚谖诺谒誊诌谎谜谧谑谡谤谦谥谣谟谪谬讴谩哗讥谮谯谭谵谴誉雠谗谰谶谠谳岂竖猪豮猫贞贪贮贳赀贰贬贶贴贻贲赂赁贿赅贾贼赈赊赇赒赉赐赏赓卖贱赕赌赗赙赜贽赘赡赆赃赎赣趋趱践踊跄跸蹒踪跷跶趸踌跻踯跞踬蹰跹蹑蹿躜躏"
    "躯轧轩轫轭轷轸轱轵轺轲轶轼辂辁轾辄挽辎辉辋辍辊辇辈辑辏辐辗舆毂辕辘辙轿辚轰辔轹轳辫回连周游遥逊迟迈迩逻逦郏郓邹邬郧邓郸邺郐邝郦丑酱酦衅酾酽"
)


@cache
def _tables() -> tuple[re.Pattern[str], dict[int, int]]:
    """A traditional character of the table, as a pattern, and the translation to simplified ones: made on the
    first text read, not at import (a cold start that reads none, ``--help``, pays nothing). The standard
    library's ``re`` is used here: it looks a class of 1 300 characters up in a table, and finds none in the
    sample's 77 KB in 0.08 ms, where ``regex`` took 9 ms."""
    return re.compile(f"[{TRADITIONAL}]"), str.maketrans(TRADITIONAL, SIMPLIFIED)


#: A text holds at least this many traditional characters to be read as traditional (a stray one in a simplified
#: text, a name, is left as it is).
MIN_TRADITIONAL = 3
#: The simplified characters some traditional character is read as.
READ_AS = frozenset(SIMPLIFIED)


def simplified_copy(text: str) -> str | None:
    """``text`` with its traditional characters simplified, or None when it holds fewer than ``MIN_TRADITIONAL``."""
    char, t2s = _tables()
    for found, _ in enumerate(char.finditer(text), 1):
        if found >= MIN_TRADITIONAL:
            return text.translate(t2s)
    return None


#: Ideographs a PDF's fonts map to radicals (pdftotext, PyMuPDF and pdfminer then give ``⼈⺠政府`` for 人民政府):
#: the Kangxi radicals and compatibility ideographs fold to their ideographs by NFKC; these radicals of the
#: supplement, whose glyph is the whole character, are read as that character here.
RADICAL_SUPPLEMENT = dict(zip(
    "⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰",
    "民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙", strict=True))
#: Where such characters are: the radicals' blocks and the compatibility ideographs'; and variation selectors
#: (U+FE00–FE0F, U+E0100–E01EF), which a converter may leave after a character and no text needs.
COMPATIBILITY = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufe00-\ufe0f\U0002f800-\U0002fa1f\U000e0100-\U000e01ef]")
#: Those, and the Private Use Area beside them (a glyph a converter could not map, X008): one look for them all
#: costs what a look for either does.
RARE = re.compile("[\u2e80-\u2fdf\ue000-\ufaff\ufe00-\ufe0f\U0002f800-\U0002fa1f\U000e0100-\U000e01ef]")
#: What a variation selector is read as: a zero-width space, which cleaning deletes as it does any (one character
#: for one: lines and columns stay).
SELECTOR_READ_AS = "\u200b"


@cache
def _folding() -> dict[int, str]:
    """Each radical or compatibility ideograph that stands for an ideograph, and that ideograph; each variation
    selector, and ``SELECTOR_READ_AS``."""
    import unicodedata

    table = {ord(k): v for k, v in RADICAL_SUPPLEMENT.items()}
    for block in ((0x2E80, 0x2FE0), (0xF900, 0xFB00), (0x2F800, 0x2FA20)):
        for code in range(*block):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code) and "\u4e00" <= folded <= "\u9fff":
                table[code] = folded
    for block in ((0xFE00, 0xFE10), (0xE0100, 0xE01F0)):
        table.update(dict.fromkeys(range(*block), SELECTOR_READ_AS))
    return table


def folded_radicals(text: str) -> tuple[str, int | None] | None:
    """``text`` with each radical or compatibility ideograph a PDF's fonts put for an ideograph read as that
    ideograph, and each variation selector as a zero-width space (one character for one: lines and columns stay),
    and the line of the first ideograph so read (None when only selectors were); None when it holds neither."""
    table = _folding()
    found = [m for m in COMPATIBILITY.finditer(text) if ord(m.group()) in table]
    if not found:
        return None
    at = next((m.start() for m in found if table[ord(m.group())] != SELECTOR_READ_AS), None)
    line = len(re.findall(LINE_END, text[:at])) + 1 if at is not None else None
    return text.translate(table), line


def restore(s: str, original: str, simplified: str, where: tuple[int, int], *wider: tuple[int, int]) -> str:
    """``s``, read from ``simplified[lo:hi]`` (``where``; ``simplified`` is the simplified copy of ``original``, of
    the same length), with its characters as ``original`` prints them. The characters of ``s`` that some
    traditional one is read as are looked for in ``simplified`` in order (``s`` leaves characters out, as cleaning
    does, but keeps their order); each found takes the character at that place in ``original``. One not found
    further on (text read in two columns interleaves with the other column's) is looked for from ``lo``, then in
    the ``wider`` ranges (a table's cell repeated from a row above); one found nowhere stays as it is."""
    if READ_AS.isdisjoint(s):
        return s
    lo, hi = where
    out: list[str] = []
    at = lo
    for c in s:
        if c not in READ_AS:
            out.append(c)
        elif (k := simplified.find(c, at, hi)) >= 0:
            out.append(original[k])
            at = k + 1
        else:
            k = next((k for a, b in ((lo, hi), *wider) if (k := simplified.find(c, a, b)) >= 0), -1)
            out.append(original[k] if k >= 0 else c)
    return "".join(out)


#: Fields of canonical values the parser writes itself, kept simplified: (model, field).
CANONICAL = frozenset({("DocNumber", "text"), ("DocNumber", "agency_code"), ("TocEntry", "doc_number"),
                       ("Document", "kind"), ("Section", "marker_kind"), ("Gazette", "special"),
                       ("Attendance", "role"), ("Diagnostic", "message"), ("Appointment", "action")})
#: The span a field of a model was read from, where it is not the model's ``span``: (model, field) → span field.
FIELD_SPANS = {("Document", "title"): "title_span", ("Document", "subtitle"): "title_span",
               ("Document", "addressees"): "addressees_span", ("Document", "signatories"): "signatories_span",
               ("Document", "metadata"): "header_span", ("Gazette", "colophon_fields"): "",
               ("Section", "title"): "heading_span",
               ("Attachment", "title"): "title_span", ("Table", "caption"): "caption_span",
               ("TocEntry", "category"): "", ("Document", "category"): ""}  # ("": a heading above, anywhere)
#: Models whose strings are not text of the input.
NOT_TEXT = frozenset({"Source", "Span"})


def restore_all(result: BaseModel, original: str, simplified: str) -> None:
    """Give every string of ``result`` read from the input its characters as ``original`` prints them (see
    ``restore``), each aligned with the lines it was read from."""
    starts = [0, *(m.end() for m in re.finditer(LINE_END, original))]  # offset of each line, lines counted from 1

    def bounds(span: object, outer: tuple[int, int]) -> tuple[int, int]:
        if not isinstance(span, Span):
            return outer
        end = span.end_line  # (the offset of the line after the span's last, or the text's end)
        return starts[min(span.start_line, len(starts)) - 1], starts[end] if end < len(starts) else len(original)

    everywhere = (0, len(original))

    def text(value: object, where: tuple[int, int], outer: tuple[int, int]) -> object:
        if isinstance(value, str):
            return restore(value, original, simplified, where, outer, everywhere)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return [restore(v, original, simplified, where, outer, everywhere) for v in value]
        if isinstance(value, dict):  # (metadata: its keys are field names, kept simplified, as the parser's own are)
            return {k: text(v, where, outer) for k, v in value.items()}
        return value

    def visit(node: BaseModel, outer: tuple[int, int]) -> None:
        kind = type(node).__name__
        if kind in NOT_TEXT:
            return
        own = bounds(getattr(node, "span", None), outer)
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, BaseModel):
                visit(value, own)
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                for item in value:
                    visit(item, own)
            elif isinstance(node, Table) and name == "rows" and len(value) == len(node.row_spans):
                node.__dict__[name] = [text(row, bounds(span, own), own)  # (each row by the line it was read from)
                                       for row, span in zip(value, node.row_spans, strict=True)]
            elif (kind, name) not in CANONICAL and isinstance(value, (str, list, dict)):
                field = FIELD_SPANS.get((kind, name))
                where = own if field is None else bounds(getattr(node, field, None), own) if field else outer
                node.__dict__[name] = text(value, where, own)

    visit(result, everywhere)
