"""Serialising a parse result: JSON (UTF-8, Chinese unescaped, 2-space indent), JSON Lines, YAML."""

from __future__ import annotations

import io
from typing import Any

from .models import GazetteFile

#: Wide enough that the emitter never folds a line (folding can change a string's text).
YAML_WIDTH = 1 << 30


def to_data(result: GazetteFile) -> dict[str, Any]:
    """The result as plain JSON-compatible data."""
    return result.model_dump(mode="json")


def to_json(result: GazetteFile, *, indent: int | None = 2) -> str:
    """JSON text, Chinese unescaped (pydantic-core's serialiser: the same text as ``json.dumps(…,
    ensure_ascii=False, indent=2)``, 30× faster)."""
    return result.model_dump_json(indent=indent) + "\n"


def to_jsonl(result: GazetteFile) -> str:
    """One line of JSON."""
    return result.model_dump_json() + "\n"


#: The tag a plain scalar must resolve to for a string to be written without quotes.
_STR_TAG = "tag:yaml.org,2002:str"


class _YamlWriter:
    """Block-style YAML through ruamel.yaml's C emitter, fed with events directly.

    ruamel's representer and serializer build a node per value and ask the Python resolver twice per
    scalar; that was 75 % of the time to dump the sample (25 ms → 6 ms without them, same bytes). Here
    the only decision left to us is whether a string may be written plain: it may unless, read back
    plain, it would be something else (``null``, ``true``, ``12``, ``2018-05-11`` …); every implicit type
    of YAML 1.1 and 1.2 starts with an ASCII character, so strings starting with Han text never are.
    """

    def __init__(self) -> None:
        from ruamel.yaml.events import MappingEndEvent, SequenceEndEvent
        from ruamel.yaml.resolver import VersionedResolver

        # Plain only when neither a YAML 1.2 reader (ruamel) nor a YAML 1.1 one (PyYAML: ``yes``, ``on``,
        # ``0o7``, ``1_000``) would read the text as anything but a string.
        self._resolvers = (VersionedResolver(version=(1, 2)), VersionedResolver(version=(1, 1)))
        self._plain: dict[str, bool] = {}
        self._mapping_end = MappingEndEvent()
        self._sequence_end = SequenceEndEvent()

    def _plain_ok(self, value: str) -> bool:
        if value[:1] > "\x7f":
            return True
        known = self._plain.get(value)
        if known is None:
            from ruamel.yaml.nodes import ScalarNode

            known = self._plain[value] = all(
                str(r.resolve(ScalarNode, value, (True, False))) == _STR_TAG for r in self._resolvers)
        return known

    def dump(self, data: Any) -> str:
        from ruamel.yaml.events import (
            DocumentEndEvent,
            DocumentStartEvent,
            MappingStartEvent,
            ScalarEvent,
            SequenceStartEvent,
            StreamEndEvent,
            StreamStartEvent,
        )

        buf = io.StringIO()
        emit = _emitter_class()(buf, width=YAML_WIDTH, allow_unicode=True).emit
        plain_ok, mapping_end, sequence_end = self._plain_ok, self._mapping_end, self._sequence_end

        def node(x: Any) -> None:
            if isinstance(x, str):
                emit(ScalarEvent(None, None, (plain_ok(x), True), x))
            elif isinstance(x, dict):
                emit(MappingStartEvent(None, None, True, flow_style=not x))
                for k, v in x.items():
                    emit(ScalarEvent(None, None, (plain_ok(k), True), k))
                    node(v)
                emit(mapping_end)
            elif isinstance(x, list):
                emit(SequenceStartEvent(None, None, True, flow_style=not x))
                for v in x:
                    node(v)
                emit(sequence_end)
            elif x is None:
                emit(ScalarEvent(None, None, (True, False), "null"))
            elif isinstance(x, bool):
                emit(ScalarEvent(None, None, (True, False), "true" if x else "false"))
            elif isinstance(x, int):
                emit(ScalarEvent(None, None, (True, False), str(x)))
            else:
                raise TypeError(f"cannot write {type(x).__name__} as YAML")

        emit(StreamStartEvent(encoding=None))
        emit(DocumentStartEvent(explicit=False))
        node(data)
        emit(DocumentEndEvent(explicit=False))
        emit(StreamEndEvent())
        return buf.getvalue()


def _emitter_class() -> Any:
    try:
        from ruamel.yaml import cyaml

        return cyaml.CEmitter  # type: ignore[attr-defined]  # untyped C extension, re-exported
    except (ImportError, AttributeError):  # pragma: no cover - ruamel.yaml.clib is a dependency
        from ruamel.yaml.emitter import Emitter

        return Emitter


def dump_yaml(data: Any) -> str:
    """Block-style YAML of JSON-compatible ``data`` (str, int, bool, None, dicts and lists); loading it back
    with a YAML 1.2 or a YAML 1.1 loader gives ``data``."""
    return _YamlWriter().dump(data)


def to_yaml(result: GazetteFile) -> str:
    """YAML text; loading it back gives exactly the JSON data."""
    return dump_yaml(to_data(result))


def render(result: GazetteFile, fmt: str) -> str:
    """Serialise in format ``fmt``: json, jsonl or yaml."""
    if fmt == "yaml":
        return to_yaml(result)
    if fmt == "jsonl":
        return to_jsonl(result)
    return to_json(result)
