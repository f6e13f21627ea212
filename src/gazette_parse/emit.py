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


def yaml_dumper() -> Any:
    """A ruamel.yaml instance using the C emitter (``typ="safe"``, ``pure=False``)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.representer import SafeRepresenter
    from ruamel.yaml.tag import Tag

    tags: dict[str, Any] = {}

    def shared(tag: Any) -> Any:
        if isinstance(tag, str):
            return tags.get(tag) or tags.setdefault(tag, Tag(suffix=tag))
        return tag

    class SharedTagRepresenter(SafeRepresenter):
        """ruamel makes a new ``Tag`` for every node and URI-decodes its text one character at a time; that
        was 80 % of the time to dump the sample. One ``Tag`` per tag string gives the same YAML."""

        def represent_scalar(self, tag: Any, value: Any, style: Any = None, anchor: Any = None) -> Any:
            return super().represent_scalar(shared(tag), value, style=style, anchor=anchor)

        def represent_sequence(self, tag: Any, sequence: Any, flow_style: Any = None) -> Any:
            return super().represent_sequence(shared(tag), sequence, flow_style=flow_style)

        def represent_mapping(self, tag: Any, mapping: Any, flow_style: Any = None) -> Any:
            return super().represent_mapping(shared(tag), mapping, flow_style=flow_style)

    yaml = YAML(typ="safe", pure=False)
    yaml.Representer = SharedTagRepresenter
    yaml.width = YAML_WIDTH
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    return yaml


def to_yaml(result: GazetteFile) -> str:
    """YAML text; loading it back gives exactly the JSON data."""
    buf = io.StringIO()
    yaml_dumper().dump(to_data(result), buf)
    return buf.getvalue()


def render(result: GazetteFile, fmt: str) -> str:
    """Serialise in format ``fmt``: json, jsonl or yaml."""
    if fmt == "yaml":
        return to_yaml(result)
    if fmt == "jsonl":
        return to_jsonl(result)
    return to_json(result)
