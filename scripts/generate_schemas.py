"""Regenerate src/sopkit/schema/json/*.schema.json from the model and docs/data-format.md.

Run after changing a model class or the field descriptions: `python scripts/generate_schemas.py`.
tests/schema checks that the shipped files equal what this writes.
"""

from __future__ import annotations

import json
from pathlib import Path

from sopkit.schema._generate import CaseForm, all_schemas, docs_from_markdown
from sopkit.testing._cases import _CASE_KEYS, _EXPECTED_KEYS, _REQUIRED, RuleCase

ROOT = Path(__file__).resolve().parent.parent


def render() -> dict[str, str]:
    """Return the text of every schema file by file name."""
    docs = docs_from_markdown((ROOT / "docs/data-format.md").read_text(encoding="utf-8"))
    schemas = all_schemas(docs, CaseForm(_CASE_KEYS, _EXPECTED_KEYS, _REQUIRED, RuleCase))
    return {
        f"{kind}.schema.json": json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        for kind, body in schemas.items()
    }


def main() -> None:
    """Write the schema files."""
    out = ROOT / "src/sopkit/schema/json"
    out.mkdir(exist_ok=True)
    for name, text in render().items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name}")


if __name__ == "__main__":
    main()
