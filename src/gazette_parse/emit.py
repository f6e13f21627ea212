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

    yaml = YAML(typ="safe", pure=False)
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
