"""Every sample and corpus output: validates against the committed schema, round-trips through YAML,
and matches its reviewed snapshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from gazette_parse import parse
from gazette_parse.emit import dump_yaml, to_data, to_json, to_yaml
from gazette_parse.schema import schema_files

ROOT = Path(__file__).resolve().parent.parent
INPUTS = (sorted((ROOT / "samples").glob("*.md")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
          + sorted((ROOT / "tests" / "fixtures").glob("*.*")))
SNAPSHOTS = ROOT / "tests" / "snapshots"
IDS = [p.name[:40] for p in INPUTS]


def _parse(path: Path):  # type: ignore[no-untyped-def]
    return parse(path.read_bytes().decode("utf-8"), source=path.relative_to(ROOT).as_posix())


def test_committed_schema_is_current() -> None:
    for name, text in schema_files().items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == text, f"schemas/{name} is out of date: run `gazette schema -o schemas`"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads((ROOT / "schemas" / "gazette-file.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("path", INPUTS, ids=IDS)
def test_output_validates_against_schema(path: Path, validator: jsonschema.protocols.Validator) -> None:
    validator.validate(to_data(_parse(path)))


def test_schema_rejects_a_broken_output(validator: jsonschema.protocols.Validator) -> None:
    data = to_data(_parse(INPUTS[0]))
    data["documents"][0]["date"] = 20180322
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


@pytest.mark.parametrize("path", INPUTS, ids=IDS)
def test_yaml_round_trip(path: Path) -> None:
    result = _parse(path)
    loaded = YAML(typ="safe", pure=False).load(to_yaml(result))
    assert loaded == json.loads(to_json(result))


def test_yaml_keeps_long_and_tricky_strings() -> None:
    result = _parse(INPUTS[0])
    doc = result.documents[0]
    doc.title = "x" * 5000 + " : - # 'quote' \"dq\" " + "yes"
    loaded = YAML(typ="safe", pure=False).load(to_yaml(result))
    assert loaded["documents"][0]["title"] == doc.title


TRICKY = ["", " ", "null", "Null", "~", "true", "yes", "No", "on", "OFF", "y", "12", "-3", "0x1F", "0o17", "017",
          "1_000", "1.5", ".inf", "-.nan", "1e3", "2018-05-11", "2018-05-11 10:00:00", "<<", "=", "- a", "a: b",
          "#x", "x #y", "@a", "`a", "!tag", "&anchor", "*alias", "%YAML", "[1]", "{a: 1}", "'q'", '"dq"', "?",
          " lead", "trail ", "a\nb", "a\r\nb", "tab\tin", "\x85", "\u2028", "\u2029", "\ufeffbom", "\x00\x07",
          "第一条 a: b", "一、总则", "—3—", "CN33-1354/D", "浙政发〔2018〕12号"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.sampled_from(TRICKY) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(TRICKY) | st.text(max_size=8),
                                                                 inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_yaml_writer_round_trips_any_json_data(data: object) -> None:
    text = dump_yaml(data)
    assert YAML(typ="safe", pure=False).load(text) == data
    legacy = YAML(typ="safe", pure=True)  # a YAML 1.1 reading (as PyYAML reads) gives the same data
    legacy.version = (1, 1)
    assert legacy.load(text) == data


def test_yaml_writer_quotes_what_would_read_back_as_another_type() -> None:
    text = dump_yaml({"a": "true", "b": "12", "c": "", "d": "一、总则", "e": None, "f": 12, "g": "yes"})
    assert text == "a: 'true'\nb: '12'\nc: ''\nd: 一、总则\ne: null\nf: 12\ng: 'yes'\n"


@pytest.mark.parametrize("path", INPUTS, ids=IDS)
def test_snapshot(path: Path) -> None:
    """One reviewed snapshot per input; refresh with UPDATE_SNAPSHOTS=1 after reviewing the diff."""
    text = to_json(_parse(path))
    snap = SNAPSHOTS / (path.stem + ".json")
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOTS.mkdir(exist_ok=True)
        snap.write_text(text, encoding="utf-8")
    assert snap.exists(), f"no snapshot for {path.name}: run with UPDATE_SNAPSHOTS=1 and review it"
    assert text == snap.read_text(encoding="utf-8")
