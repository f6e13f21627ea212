"""The JSON Schema of the output, generated from the models (committed in ``schemas/``)."""

from __future__ import annotations

import json

from .models import GazetteFile

SCHEMA_ID = "https://gazette-parse.invalid/schemas/gazette-file.schema.json"


def gazette_file_schema() -> dict[str, object]:
    """JSON Schema (draft 2020-12) of ``GazetteFile``."""
    schema = GazetteFile.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_files() -> dict[str, str]:
    """File name → text of every schema file."""
    text = json.dumps(gazette_file_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return {"gazette-file.schema.json": text}
