"""JSON Schema of every sopkit data file, generated from the attrs model and shipped as JSON.

cattrs stays the validator of record (it knows lines and parses printed text); the schema is
for editors (`# yaml-language-server: $schema=...`) and for tools in other languages.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sopkit._errors import NotFoundError
from sopkit.schema._generate import KIND_NAMES, SchemaError

__all__ = ["KIND_NAMES", "SchemaError", "schema", "schema_filename", "schema_text"]


def schema_filename(kind: str) -> str:
    """Return the file name of a kind's schema, e.g. 'service.schema.json'."""
    return f"{kind}.schema.json"


def schema_text(kind: str) -> str:
    """Return the shipped JSON Schema of a kind of data file as text."""
    if kind not in KIND_NAMES:
        raise NotFoundError(f"no schema for {kind!r}; kinds: {', '.join(KIND_NAMES)}")
    return (
        resources.files("sopkit.schema").joinpath("json", schema_filename(kind)).read_text("utf-8")
    )


def schema(kind: str) -> dict[str, Any]:
    """Return the shipped JSON Schema of a kind of data file."""
    data: dict[str, Any] = json.loads(schema_text(kind))
    return data
