"""The command line: exit codes, one-line errors, batch runs, validate reports."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from gazette_parse.cli import app
from gazette_parse.models import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "zhejiang-2018-12.md"
CORPUS = ROOT / "tests" / "corpus"
#: A short notice (no masthead).
NOTICE = "某某市人民政府关于某某事项的通知\n\n各区人民政府：\n    现就有关事项通知如下。\n\n某某市人民政府\n2020年6月9日\n"
runner = CliRunner()


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "100", "TERM": "dumb"})


def test_parse_one_file_to_stdout() -> None:
    r = run("parse", str(SAMPLE))
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["gazette"]["issue"] == 12
    assert '"浙江省人民政府公报"' in r.stdout  # Chinese unescaped
    assert r.stdout.startswith('{\n  "schema_version"')  # 2-space indent
    assert f"{SAMPLE}:432:30: X001 Latin word 'and' inside Han text" in r.stderr


def test_parse_yaml_to_file(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "issue.yaml"
    r = run("parse", str(SAMPLE), "-f", "yaml", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_text(encoding="utf-8").startswith(f"schema_version: '{SCHEMA_VERSION}'")


def test_stdin() -> None:
    r = run("parse", "-", input=SAMPLE.read_bytes())
    assert r.exit_code == 0
    assert json.loads(r.stdout)["source"]["path"] is None


def test_strict_turns_warnings_into_failure() -> None:
    assert run("parse", str(SAMPLE), "--strict").exit_code == 1


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("gazette-parse ")
    r = run("--help")
    assert r.exit_code == 0 and "parse" in r.stdout and "validate" in r.stdout


BAD_INPUTS = [
    # (name, bytes or None for "does not exist" or "dir" for a directory, message part)
    ("missing.md", None, "no such file"),
    ("empty.md", b"", "empty file"),
    ("blank.md", " \n\t\r\n\u3000\n".encode(), "white space"),
    ("binary.txt", bytes(range(256)) * 4, "binary file"),
    ("undecodable.txt", bytes([0x81, 0x30, 0xFF, 0xFE, 0x80, 0x80, 0xC0, 0x20] * 64), "undecodable"),
    ("control.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "binary file"),
    # files that are no text, told by their first bytes, with what to do about them
    ("issue.pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "not text: a PDF file: convert it"),
    ("notice.docx.txt", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 10, "not text: a ZIP archive"),
    ("notice.doc.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "not text: an old Office file"),
    ("notice.rtf.txt", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 \\u22269?\\u21153? }", "not text: an RTF file"),
    ("issue.txt.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 20, "not text: gzip-compressed"),
    ("scan.png.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "not text: an image: run OCR on it first"),
    # scraped documents kept as JSON, their text a field (the one holding the most text is named)
    ("doc.json", json.dumps({"title": "某某通知", "content": "某某市人民政府关于某事的通知\n某政发〔2021〕3号\n"}).encode(),
     "not text: a JSON file: give the text its 'content' field holds (jq -r '.content' FILE | gazette parse -)"),
    ("doc-gbk.json", json.dumps({"标题": "通知", "正文": "某某市人民政府关于某事的通知"}, ensure_ascii=False).encode("gb18030"),
     """its '正文' field holds (jq -r '.["正文"]' FILE"""),
    ("docs.jsonl", b'{"id": 1, "text": "\\u67d0\\u67d0"}\n{"id": 2, "text": "\\u67d0"}\n',
     "not text: a JSON Lines file of records: give each record's text (its 'text' field) as a file of its own"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    r = run("parse", str(path))
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"{path}: error: ") and message in lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_text_that_opens_with_a_bracket_is_no_json(tmp_path: Path) -> None:
    """A page's text opening with a link (``[首页](/) > 政府公报``) or a marker page break (``{1}------``) is text."""
    for head in ("[首页](/) > 政府公报\n\n", "{1}------------------------------------\n\n", "[1, 2]附件\n"):
        path = tmp_path / "page.md"
        path.write_text(head + "国务院关于某事的通知\n\n国发〔2019〕3号\n\n国务院\n\n2019年3月1日\n", encoding="utf-8")
        r = run("parse", str(path))
        assert r.exit_code == 0 and json.loads(r.stdout)["documents"][0]["title"] == "国务院关于某事的通知", head


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_few_corrupt_bytes_are_flagged_not_fatal(tmp_path: Path, encoding: str) -> None:
    """A damaged copy with a stray byte is still read; the line that holds it gets X006 (file:line:column)."""
    text = "国务院关于某事的通知\n\n各省人民政府：\n\n现将有关事项通知如下。\n\n国务院\n\n2018年3月1日\n"
    data = text.encode(encoding)
    cut = data.index("现将".encode(encoding))
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    r = run("parse", str(path), "-o", str(tmp_path / "out.json"))
    assert r.exit_code == 0, r.stderr
    assert f"{path}:5:1: X006" in r.stderr
    result = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert result["source"]["encoding"] == encoding and result["documents"][0]["date"] == "2018-03-01"


def test_directory_without_inputs(tmp_path: Path) -> None:
    r = run("parse", str(tmp_path))
    assert r.exit_code == 2 and "no input files" in r.stderr
    r = run("validate", str(tmp_path))
    assert r.exit_code == 2 and "no input files" in r.stderr


def test_wrong_encoding_forced(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("国务院关于某事的通知".encode("gb18030"))
    r = run("parse", str(path), "--encoding", "utf-8")
    assert r.exit_code == 2 and "cannot decode as utf-8" in r.stderr
    assert run("parse", str(path), "--encoding", "nonsense").exit_code == 2


def test_usage_error_exit_2() -> None:
    r = run("parse", str(SAMPLE), "-f", "xml")
    assert r.exit_code == 2


def test_internal_error_is_reported_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import gazette_parse.pipeline as pipeline

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(pipeline, "parse", boom)
    r = run("parse", str(SAMPLE))
    assert r.exit_code == 2
    assert "internal error: RuntimeError: kaboom" in r.stderr and "Traceback" not in r.stderr
    r = run("parse", str(SAMPLE), "--debug")
    assert "Traceback" in r.stderr


# ---------------------------------------------------------------- archives


def make_archive(root: Path) -> Path:
    """The sample and the corpus, edited copies with a repeated 文号 and a missing issue, two bad files."""
    arch = root / "archive"
    (arch / "2018").mkdir(parents=True)
    (arch / "docs").mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    (arch / "2018" / "issue-12.md").write_text(text, encoding="utf-8")
    # Issue 14 (13 is missing): one of its documents repeats a 文号 of issue 12.
    later = (text.replace("第 12 期 (总第1199期)", "第 14 期 (总第1201期)")
                 .replace("2018 年第 12 期(总第 1199 期)", "2018 年第 14 期(总第 1201 期)")
                 .replace("5 月 11 日出版", "6 月 11 日出版")
                 .replace("浙政办发〔2018〕27 号", "浙政办发〔2018〕99 号"))
    for n in (26, 29, 30, 32, 33, 34, 35, 42):
        later = later.replace(f"浙政办发〔2018〕{n} 号", f"浙政办发〔2018〕{n + 100} 号")
        later = later.replace(f"浙政办发〔2018〕{n}号", f"浙政办发〔2018〕{n + 100}号")
    later = later.replace("浙政办发〔2018〕99 号", "浙政办发〔2018〕27 号")
    (arch / "2018" / "issue-14.md").write_text(later, encoding="utf-8")
    for p in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(p, arch / "docs" / p.name)
    (arch / "docs" / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (arch / "docs" / "empty.md").write_bytes(b"")
    return arch


def test_batch_parse_writes_mirrored_outputs(tmp_path: Path) -> None:
    arch = make_archive(tmp_path)
    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    r2 = run("parse", str(arch), "-o", str(out2), "--jobs", "2")
    r1 = run("parse", str(arch), "-o", str(out1), "--jobs", "1")
    assert r1.exit_code == r2.exit_code == 2
    for r in (r1, r2):
        errors = [ln for ln in r.stderr.splitlines() if ": error: " in ln]
        assert sorted(errors) == sorted([f"{arch / 'docs' / 'broken.txt'}: error: binary file (contains NUL bytes)",
                                         f"{arch / 'docs' / 'empty.md'}: error: empty file"])
    files1 = sorted(p.relative_to(out1) for p in out1.rglob("*") if p.is_file())
    files2 = sorted(p.relative_to(out2) for p in out2.rglob("*") if p.is_file())
    assert files1 == files2
    assert Path("2018/issue-12.json") in files1 and len(files1) == 8
    for rel in files1:
        assert (out1 / rel).read_bytes() == (out2 / rel).read_bytes()


def test_batch_jsonl_stream_in_input_order(tmp_path: Path) -> None:
    arch = make_archive(tmp_path)
    r = run("parse", str(arch / "2018"), str(arch / "docs"), "--jobs", "2")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(x["source"]["path"]).name for x in rows][:2] == ["issue-12.md", "issue-14.md"]
    assert len(rows) == 8


def test_never_overwrites_inputs(tmp_path: Path) -> None:
    src = tmp_path / "a.json"
    src.write_text("国务院关于某事的通知\n\n国发〔2019〕8号\n", encoding="utf-8")
    r = run("parse", str(tmp_path), "--glob", "*.json", "-o", str(tmp_path))
    assert "refusing to overwrite" in r.stderr
    assert src.read_text(encoding="utf-8").startswith("国务院")


def test_validate_finds_planted_problems(tmp_path: Path) -> None:
    arch = make_archive(tmp_path)
    r = run("validate", str(arch), "--report", "json", "--jobs", "2")
    assert r.exit_code == 2  # the binary and empty files are input errors
    findings = json.loads(r.stdout)["findings"]
    codes = {f["code"] for f in findings}
    assert {"V001", "V002", "E001", "X001"} <= codes
    v002 = next(f for f in findings if f["code"] == "V002")
    assert v002["path"].endswith("issue-14.md") and "第13期" in v002["message"]
    v001 = next(f for f in findings if f["code"] == "V001")
    assert "浙政办发〔2018〕27号" in v001["message"]
    # Without the bad files the exit code says findings (1), and --ignore drops codes.
    (arch / "docs" / "broken.txt").unlink()
    (arch / "docs" / "empty.md").unlink()
    r = run("validate", str(arch))
    assert r.exit_code == 1
    assert "V001" in r.stdout and "files checked" in r.stdout
    r = run("validate", str(arch), "--ignore", "V,X001", "--select", "V,X,N")
    assert r.exit_code == 0, r.stdout


def test_validate_quiet_and_verbose(tmp_path: Path) -> None:
    # --quiet: the findings alone, one a line (for grep and wc -l); --verbose: info findings too, which never fail.
    arch = make_archive(tmp_path)
    (arch / "docs" / "broken.txt").unlink()
    (arch / "docs" / "empty.md").unlink()
    plain, quiet = run("validate", str(arch)), run("validate", str(arch), "-q")
    assert quiet.exit_code == plain.exit_code == 1
    assert "files checked" in plain.stdout and "files checked" not in quiet.stdout and "code  count" not in quiet.stdout
    assert quiet.stdout and all(regex.match(r"^\S+:\d+:\d+: [A-Z]\d{3} ", ln) for ln in quiet.stdout.splitlines())
    assert quiet.stdout.splitlines() == plain.stdout.split("\n\ncode  count")[0].splitlines()
    infos = [ln for ln in run("validate", str(arch), "-v", "-q").stdout.splitlines() if ln not in quiet.stdout]
    assert infos and all(regex.search(r": (F001|T004|X004|X010) ", ln) for ln in infos)
    assert run("validate", str(arch), "-v", "--ignore", "V,X,D,N,G,T").exit_code == 0


@pytest.mark.parametrize("report", ["text", "json", "junit", "github"])
def test_every_report_format(tmp_path: Path, report: str) -> None:
    arch = make_archive(tmp_path)
    r = run("validate", str(arch), "--report", report)
    assert "V001" in r.stdout and "V002" in r.stdout
    if report == "junit":
        root = ET.fromstring(r.stdout)
        assert root.tag == "testsuites"
        failures = root.findall(".//failure")
        assert any(f.get("type") == "V002" for f in failures)
    if report == "github":
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in r.stdout.splitlines())


def test_schema_command(tmp_path: Path) -> None:
    r = run("schema")
    assert json.loads(r.stdout)["title"] == "GazetteFile"
    run("schema", "-o", str(tmp_path))
    assert (tmp_path / "gazette-file.schema.json").read_text(encoding="utf-8") == \
        (ROOT / "schemas" / "gazette-file.schema.json").read_text(encoding="utf-8")


def test_readme_lists_every_rule() -> None:
    from gazette_parse.diagnostics import RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| {rule.code} | {rule.severity.value} | {rule.name} | {rule.summary} |" in readme


def start_batch_midway(tmp_path: Path, copies: int) -> tuple[subprocess.Popen[bytes], Path]:
    """A `gazette parse DIR -o OUT --jobs 2` run over ``copies`` sample copies, in a process group of its own,
    once it has written five outputs."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(copies):
        (inputs / f"issue-{i:03d}.md").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    # (SIGINT back to its default in the run: a shell starts a background job with it ignored, `pytest &` too,
    # and a process that starts with it ignored keeps ignoring it)
    proc = subprocess.Popen([sys.executable, "-m", "gazette_parse", "parse", str(inputs), "-o", str(out),
                             "--jobs", "2", "--quiet"], stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 5:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be stopped"
    return proc, out


def test_kill_leaves_no_partial_output(tmp_path: Path) -> None:
    """SIGKILL a batch run mid-way: every output that exists parses as complete JSON, no temp file stays
    visible under an output name."""
    proc, out = start_batch_midway(tmp_path, 300)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as `kill -9` on the job would
    proc.communicate()
    written = list(out.glob("*.json"))
    assert 0 < len(written) < 300
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))


def test_an_output_that_is_no_regular_file_is_written_through(tmp_path: Path) -> None:
    """-o names a named pipe (or /dev/stdout, /dev/null): the output is written into it; a rename would put a file
    in its place (as root, in place of /dev/null). A symbolic link: its target is replaced, the link kept, and a
    file replaced keeps its mode; a new file gets the umask's mode, not the temporary file's 0600. -o naming a
    directory puts a single input's output in it. Before, each of these was replaced by a file of mode 0600."""
    import stat
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert run("parse", str(SAMPLE), "-o", str(fifo)).exit_code == 0
    reader.join(timeout=30)
    assert json.loads(got[0])["gazette"]["issue"] == 12 and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("{}", encoding="utf-8")
    real.chmod(0o640)
    link.symlink_to(real.name)
    assert run("parse", str(SAMPLE), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["gazette"]["issue"] == 12
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    mask = os.umask(0o022)
    os.umask(mask)
    assert run("parse", str(SAMPLE), "-o", str(tmp_path / "new.json")).exit_code == 0
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o666 & ~mask
    (tmp_path / "dir").mkdir()
    assert run("parse", str(SAMPLE), "-o", str(tmp_path / "dir")).exit_code == 0
    assert [p.name for p in (tmp_path / "dir").iterdir()] == [SAMPLE.with_suffix(".json").name]
    assert run("parse", str(SAMPLE), "-o", os.devnull).exit_code == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_show_source_puts_a_caret_under_the_column() -> None:
    from gazette_parse.blocks import display_width

    r = run("parse", str(SAMPLE), "--show-source", "-o", os.devnull)
    lines = r.stderr.splitlines()
    i = lines.index(f"{SAMPLE}:432:30: X001 Latin word 'and' inside Han text")
    source, caret = lines[i + 1].removeprefix("    | "), lines[i + 2].removeprefix("    | ")
    assert "金融风险 and 深化" in source
    assert caret.strip() == "^"
    assert display_width(source[: source.index(" and ") + 1]) == caret.index("^")  # the caret is under the 'a'
    r = run("validate", str(SAMPLE), "--show-source")
    assert "金融风险 and 深化" in r.stdout


def test_unwritable_output_is_one_line_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = run("parse", str(SAMPLE), "-o", str(blocker / "out.json"))
    assert r.exit_code == 2
    assert f"{blocker / 'out.json'}: error: cannot write: " in r.stderr and "Traceback" not in r.stderr
    r = run("validate", str(SAMPLE), "-o", str(blocker / "report.txt"))
    assert r.exit_code == 2 and "cannot write" in r.stderr


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    """SIGINT to the whole process group (what Ctrl-C sends): exit 130, one line, no traceback from the
    parent or the workers, no temporary file left, every written output complete."""
    proc, out = start_batch_midway(tmp_path, 400)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    lines = [ln for ln in err.decode().splitlines() if "X001" not in ln]
    assert proc.returncode == 130, (len(list(out.glob("*.json"))), lines[-5:])
    assert lines == ["interrupted: outputs written so far are complete, none is partial"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    for p in out.glob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))


def test_validate_takes_a_combined_issue_for_both_its_numbers(tmp_path: Path) -> None:
    doc = "\n\n某某市人民政府关于某某的通知\n某政发〔2020〕{n}号\n\n各区人民政府：\n现通知如下。\n\n某某市人民政府\n2020年3月{n}日\n"
    for name, issue, n in [("a.md", "2020年第1-2期合刊（总第100期）", 1), ("b.md", "2020年第3期（总第101期）", 2),
                           ("c.md", "2020年第5期（总第103期）", 3)]:
        (tmp_path / name).write_text("某某市人民政府公报\n" + issue + doc.format(n=n), encoding="utf-8")
    r = run("validate", str(tmp_path), "--report", "json")
    codes = [(f["code"], Path(f["path"]).name, f["message"]) for f in json.loads(r.stdout)["findings"]]
    assert codes == [("V002", "c.md", "某某市人民政府公报 2020: 第4期 missing before 第5期")]  # (no gap after 1-2)


def test_validate_leaves_special_issues_out_of_the_numbering(tmp_path: Path) -> None:
    """A 专刊 or 增刊 numbered like an issue (2020年第3期（增刊）) is neither the issue repeated nor a gap."""
    doc = "\n\n某某市人民政府关于某某的通知\n某政发〔2020〕{n}号\n\n各区人民政府：\n现通知如下。\n\n某某市人民政府\n2020年3月{n}日\n"
    for name, issue, n in [("a.md", "2020年第3期", 1), ("b.md", "2020年第3期（增刊）", 2), ("c.md", "2020年第4期", 3),
                           ("d.md", "2020年第9期专刊", 4)]:
        (tmp_path / name).write_text("某某市人民政府公报\n" + issue + doc.format(n=n), encoding="utf-8")
    r = run("validate", str(tmp_path), "--report", "json")
    assert [f["code"] for f in json.loads(r.stdout)["findings"] if f["code"].startswith("V")] == []
    r = run("parse", str(tmp_path / "b.md"))
    assert json.loads(r.stdout)["gazette"]["special"] == "增刊"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8 (an archive copied from a GBK system) is parsed and reported,
    with its bytes written \\udcXX, even where standard output refuses what is not UTF-8; before, serialising
    the name was an internal error."""
    arch = tmp_path / "arch"
    arch.mkdir()
    text = (CORPUS / "lawrefbook__laoshebufa-2008-3__ministry-notice-normalized-markdown.txt").read_bytes()
    name = os.fsencode(arch) + b"/\xb9\xab\xb1\xa8.txt"  # 公报 in GBK
    with open(name, "wb") as fh:
        fh.write(text)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    gazette = [sys.executable, "-m", "gazette_parse"]
    out = tmp_path / "out"
    parsed = subprocess.run([*gazette, "parse", str(arch), "-o", str(out), "-q"], env=env, capture_output=True)
    assert parsed.returncode in (0, 1) and b"internal error" not in parsed.stderr
    (written,) = out.iterdir()
    assert os.fsencode(written.name) == b"\xb9\xab\xb1\xa8.json"
    assert json.loads(written.read_text(encoding="utf-8"))["source"]["path"].endswith("/\\udcb9\\udcab\\udcb1\\udca8.txt")
    for report in ("text", "json", "junit", "github"):
        checked = subprocess.run([*gazette, "validate", str(arch), "--report", report], env=env, capture_output=True)
        assert checked.returncode in (0, 1) and not checked.stderr.strip()
        if report == "json":  # (the path as the parse's output gives it)
            assert json.loads(checked.stdout)["findings"][0]["path"].endswith("/\\udcb9\\udcab\\udcb1\\udca8.txt")
        else:
            assert "\\udcb9\\udcab" in checked.stdout.decode("utf-8")  # (no byte that is not UTF-8)
    streamed = subprocess.run([*gazette, "parse", str(arch), "-f", "jsonl", "-q"], env=env, capture_output=True)
    assert json.loads(streamed.stdout)["source"]["path"].endswith("\\udca8.txt")


def test_a_file_name_with_a_newline_or_a_comma_stays_on_its_line(tmp_path: Path) -> None:
    """A newline in a file's name is written \\n in every message, so each stays one line; a GitHub annotation's
    file property escapes the , and : that part its properties. Before, the name broke the line, and a comma in
    it cut the annotation's file short."""
    arch = tmp_path / "arch"
    arch.mkdir()
    (arch / "empty\nfile.txt").write_text("", encoding="utf-8")
    (arch / "a,b:c.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    parsed = run("parse", str(arch), "-o", str(tmp_path / "out"))
    assert parsed.exit_code == 2
    assert [line for line in parsed.stderr.splitlines() if "error" in line] == [
        f"{arch}/empty\\nfile.txt: error: empty file"]
    text = run("validate", str(arch), "-q").stdout.splitlines()
    assert f"{arch}/empty\\nfile.txt:1:1: E001 empty file" in text and all(ln.startswith(str(arch)) for ln in text)
    github = run("validate", str(arch), "--report", "github").stdout.splitlines()
    assert f"::error file={arch}/empty\\nfile.txt,line=1,col=1,title=E001::empty file" in github
    assert any(line.startswith(f"::warning file={arch}/a%2Cb%3Ac.md,line=") for line in github)


def test_inputs_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    """--max-size (64 MB by default) refuses a larger input with one line and exit 2, from a file or from stdin,
    and in a batch the other files are parsed; 0 lifts the limit."""
    big = tmp_path / "big.txt"
    big.write_bytes(SAMPLE.read_bytes() * 14)  # about 1.1 MB
    r = run("parse", str(big), "--max-size", "1", "-q")
    assert r.exit_code == 2 and r.stderr.strip() == (f"{big}: error: file too large: "
                                                     f"{big.stat().st_size / 1024 / 1024:.1f} MB, over the limit of "
                                                     "1 MB (raise it with --max-size)")
    r = run("parse", "-", "--max-size", "1", "-q", input=big.read_bytes())
    assert r.exit_code == 2 and r.stderr.strip() == "<stdin>: error: file too large: over the limit of 1 MB " \
                                                    "(raise it with --max-size)"
    shutil.copy(SAMPLE, tmp_path / "issue.md")
    r = run("validate", str(tmp_path), "--max-size", "1", "--report", "json")
    report = json.loads(r.stdout)
    assert r.exit_code == 2 and [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in report["findings"]
                                 if f["severity"] == "error"] == [("big.txt", "E001")]
    assert run("parse", str(big), "--max-size", "0", "-o", str(tmp_path / "big.json"), "-q").exit_code in (0, 1)
    assert json.loads((tmp_path / "big.json").read_text(encoding="utf-8"))["source"]["lines"] > 9000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipes_and_devices(tmp_path: Path) -> None:
    """A pipe in a directory is not read (it would block the run for ever): it is reported, and the files beside it
    are parsed. A pipe or device named on the command line is read to its end, within --max-size."""
    shutil.copy(SAMPLE, tmp_path / "issue.md")
    os.mkfifo(tmp_path / "waiting.txt")
    out = tmp_path / "out"
    r = run("parse", str(tmp_path), "-o", str(out), "-q")
    assert r.exit_code == 2 and r.stderr.splitlines()[0] == (f"{tmp_path / 'waiting.txt'}: error: not a regular "
                                                             "file (a pipe, socket or device), skipped")
    assert [p.name for p in out.iterdir()] == ["issue.json"]
    if os.path.exists("/dev/zero"):
        r = run("parse", "/dev/zero", "--max-size", "1", "-q")  # (its size is 0, and it never ends)
        assert r.exit_code == 2 and r.stderr.strip() == "/dev/zero: error: file too large: over the limit of 1 MB " \
                                                        "(raise it with --max-size)"
    pipe = tmp_path / "named.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(SAMPLE.read_bytes(),))
    writer.start()
    r = run("parse", str(pipe), "-q")
    writer.join()
    assert r.exit_code in (0, 1) and json.loads(r.stdout)["gazette"]["issue"] == 12


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    """Paths that overlap (a directory and a file in it) or a link name a file again: it is read once, and is not
    its own duplicate in the archive checks. Before, validate raised V003 (the issue repeated) against itself."""
    shutil.copy(SAMPLE, tmp_path / "issue.md")
    (tmp_path / "link.md").symlink_to(tmp_path / "issue.md")
    r = run("validate", str(tmp_path), str(tmp_path / "issue.md"), "--report", "json")
    report = json.loads(r.stdout)
    assert r.exit_code == 0 and not [f for f in report["findings"] if f["code"].startswith("V")]
    assert report["files"] == 1


def test_outputs_never_overwrite_one_another(tmp_path: Path) -> None:
    """1.md and 1.txt in one directory write 1.md.json and 1.txt.json (before, the second overwrote the first's
    1.json); a file of the same name from another directory, whose output would still be another's, is refused."""
    arch, other, out = tmp_path / "arch", tmp_path / "other", tmp_path / "out"
    arch.mkdir()
    other.mkdir()
    shutil.copy(SAMPLE, arch / "1.md")
    (arch / "1.txt").write_text(NOTICE, encoding="utf-8")
    (arch / "2.md").write_text(NOTICE, encoding="utf-8")
    (other / "1.md").write_text(NOTICE, encoding="utf-8")
    r = run("parse", str(arch), str(other / "1.md"), "-o", str(out), "-q")
    assert r.exit_code == 2 and f"{other / '1.md'}: error: its output {out / '1.md.json'} would overwrite that " \
                                 f"of {arch / '1.md'}; skipped (parse it on its own)" in r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["1.md.json", "1.txt.json", "2.json"]
    assert json.loads((out / "1.md.json").read_text(encoding="utf-8"))["gazette"]["issue"] == 12
    assert json.loads((out / "1.txt.json").read_text(encoding="utf-8"))["gazette"] is None
