"""The JSON Schema: generated from the model, shipped, and every bundled data file fits it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from scripts.generate_schemas import render
from sopkit.core._agency import Agency
from sopkit.core._yaml import parse_yaml
from sopkit.schema import KIND_NAMES, schema, schema_filename
from sopkit.schema._generate import Kind, SchemaError, docs_from_markdown, kind_schema

ROOT = Path(__file__).resolve().parents[2]


def as_json(value: Any) -> Any:
    """Return YAML-loaded data as JSON would carry it: dates as ISO text, keys as text."""
    if isinstance(value, dict):
        return {
            str(k) if not isinstance(k, dt.date) else k.isoformat(): as_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def bundled_files() -> list[tuple[str, Path]]:
    """Return (kind, path) of every data file the repository ships."""
    found: list[tuple[str, Path]] = []
    for folder in sorted(ROOT.glob("plugins/*/src/*/data/*")):
        found += [("agency", folder / "agency.yaml")]
        found += [
            (kind, folder / f"{kind}.yaml")
            for kind in ("roles", "calendar")
            if (folder / f"{kind}.yaml").is_file()
        ]
        found += [("service", p) for p in sorted(folder.glob("services/*.yaml"))]
        found += [("sop", p) for p in sorted(folder.glob("sops/*.yaml"))]
        found += [("parameters", p) for p in sorted(folder.glob("parameters/*.yaml"))]
    found += [("parameters", p) for p in sorted(ROOT.glob("src/sopkit/rules/parameters/*.yaml"))]
    found += [("case", p) for p in sorted(ROOT.glob("plugins/*/tests/cases/*.sopkit.yaml"))]
    found += [("case", p) for p in sorted(ROOT.glob("tests/**/*.sopkit.yaml"))]
    return found


def validator(kind: str) -> jsonschema.protocols.Validator:
    """Return a Draft 2020-12 validator of a kind's shipped schema, checking formats."""
    body = schema(kind)
    cls = jsonschema.validators.validator_for(body)
    cls.check_schema(body)
    return cls(body, format_checker=cls.FORMAT_CHECKER)  # type: ignore[no-any-return]


def test_shipped_schemas_are_what_the_model_generates() -> None:
    """The files in the package equal a fresh generation: a model change must regenerate them."""
    folder = ROOT / "src/sopkit/schema/json"
    generated = render()
    stale = [name for name, text in generated.items() if (folder / name).read_text("utf-8") != text]
    assert [] == stale, "run `python scripts/generate_schemas.py` and commit the result"
    assert sorted(generated) == sorted(p.name for p in folder.glob("*.schema.json"))


def test_a_new_model_field_changes_the_schema() -> None:
    """A field added to a class shows up in its generated schema (so the shipped file is stale)."""
    grown = attrs.make_class(
        "Agency", {"hotline": attrs.field(type=str, default="")}, bases=(Agency,)
    )
    grown.__annotations__ = {"hotline": "str"}
    before = kind_schema(Kind("agency", Agency, "t", "f"), {})
    after = kind_schema(Kind("agency", grown, "t", "f"), {})
    assert "hotline" not in before["properties"]
    assert {"type": ["string", "integer"], "default": ""} == after["properties"]["hotline"]
    assert before != after


def test_an_unknown_type_is_refused_not_guessed() -> None:
    """A field type the generator cannot express raises SchemaError naming it."""
    odd = attrs.make_class("Odd", {"when": attrs.field(type=complex)})
    odd.__annotations__ = {"when": "complex"}
    with pytest.raises(SchemaError, match="complex"):
        kind_schema(Kind("odd", odd, "t", "f"), {})


def test_every_kind_is_a_valid_draft_2020_12_schema() -> None:
    """Each shipped schema is itself valid and names its dialect."""
    assert {
        "agency",
        "service",
        "sop",
        "roles",
        "calendar",
        "parameters",
        "profile",
        "case",
    } == set(KIND_NAMES)
    for kind in KIND_NAMES:
        assert "https://json-schema.org/draft/2020-12/schema" == schema(kind)["$schema"]
        validator(kind)


def test_every_bundled_data_file_validates() -> None:
    """Every agency, service, SOP, roles, calendar, parameter and case file fits its schema."""
    files = bundled_files()
    kinds = {kind for kind, _ in files}
    assert {"agency", "service", "sop", "roles", "parameters", "case"} <= kinds
    validators = {kind: validator(kind) for kind in kinds}
    failures = []
    for kind, path in files:
        data = as_json(parse_yaml(path.read_text("utf-8"), file=str(path)).data)
        failures += [
            f"{path.relative_to(ROOT)}: {e.json_path}: {e.message}"
            for e in validators[kind].iter_errors(data)
        ]
    assert [] == failures
    assert len(files) > 100


def test_documented_calendar_example_validates_and_a_typo_does_not() -> None:
    """No plugin ships a calendar.yaml yet: the example in docs/calendar.md fits the schema."""
    doc = (ROOT / "docs/calendar.md").read_text("utf-8")
    example = re.search(r"```yaml\n(hours:.*?)```", doc, re.DOTALL)
    assert example is not None
    data = as_json(parse_yaml(example.group(1), file="docs/calendar.md").data)
    check = validator("calendar")
    assert [] == [e.message for e in check.iter_errors(data)]
    data["added"][0]["kind"] = "lokal"
    data["hours"]["monday"] = data["hours"].pop("mon")
    messages = " ".join(e.message for e in check.iter_errors(data))
    assert "lokal" in messages
    assert "monday" in messages


def test_profiles_in_case_files_validate_as_profiles() -> None:
    """The profile schema accepts every profile the case files give, and refuses a wrong one."""
    check = validator("profile")
    count = 0
    for kind, path in bundled_files():
        if kind != "case":
            continue
        data = as_json(parse_yaml(path.read_text("utf-8"), file=str(path)).data)
        cases = data["cases"] if isinstance(data, dict) else data
        for case in cases:
            assert [] == [e.message for e in check.iter_errors(case["profile"])], path
            count += 1
    assert count > 50
    wrong = {
        "birth_date": "1990-02-30",
        "status": "honorer",
        "pangkat": [{"golongan": "V/a", "tmt": "2020-01-01"}],
    }
    messages = " ".join(e.message for e in check.iter_errors(wrong))
    assert "honorer" in messages
    assert "V/a" in messages
    assert "1990-02-30" in messages


def test_the_schema_refuses_what_the_loader_refuses() -> None:
    """An unknown key, a wrong enum and a missing required field are schema errors too."""
    check = validator("service")
    bad = {
        "slug": "x",
        "name": "X",
        "colour": "red",
        "complaints": [{"kind": "pigeon", "value": "v"}],
    }
    messages = [e.message for e in check.iter_errors(bad)]
    assert any("colour" in m for m in messages)
    assert any("pigeon" in m for m in messages)
    assert [] != [e for e in validator("agency").iter_errors({"name": "X"}) if "code" in e.message]


def test_descriptions_come_from_the_data_format_doc() -> None:
    """A field described in docs/data-format.md carries that text in the schema."""
    docs = docs_from_markdown((ROOT / "docs/data-format.md").read_text("utf-8"))
    assert "bidang" == docs["Service"]["section"]
    assert "bidang" == schema("service")["properties"]["section"]["description"]
    step = schema("sop")["$defs"]["Step"]["properties"]
    assert "keterangan" == step["note"]["description"]


def test_a_case_file_names_every_key_the_loader_accepts() -> None:
    """The case schema's keys are exactly the case loader's keys."""
    from sopkit.testing._cases import _CASE_KEYS, _EXPECTED_KEYS

    case = schema("case")["$defs"]["RuleCase"]
    assert set(_CASE_KEYS) == set(case["properties"])
    assert set(_EXPECTED_KEYS) == set(case["properties"]["expected"]["properties"])


def test_json_output_of_the_model_fits_the_schema() -> None:
    """What `sopkit show --json` writes (the full mapping forms) validates too, profiles included."""
    from sopkit import load_catalog, unstructure
    from sopkit.asn._profile_io import profile_to_data
    from sopkit.testing._profiles import make_pegawai

    catalog = load_catalog()
    written: list[tuple[str, str, Any]] = [
        *(("agency", a.code, unstructure(a)) for a in catalog.agencies),
        *(("service", s.code, unstructure(s)) for s in catalog.services),
        *(("sop", s.code, unstructure(s)) for s in catalog.sops),
        ("profile", "base", profile_to_data(make_pegawai(skp=[{"year": 2024, "rating": "baik"}]))),
    ]
    checks = {kind: validator(kind) for kind in ("agency", "service", "sop", "profile")}
    errors = [
        f"{code}: {e.json_path}: {e.message}"
        for kind, code, data in written
        for e in checks[kind].iter_errors(json.loads(json.dumps(data, default=str)))
    ]
    assert [] == errors


def test_patterns_are_ecma_262_without_python_only_syntax() -> None:
    """Editors evaluate patterns in JavaScript: no inline flags or named groups of Python's re."""
    patterns = []
    for kind in KIND_NAMES:
        text = json.dumps(schema(kind))
        patterns += re.findall(r'"pattern": "((?:[^"\\]|\\.)*)"', text)
    assert patterns
    for pattern in patterns:
        assert not re.search(r"\(\?[aiLmsux]|\(\?P<", json.loads(f'"{pattern}"')), pattern


def test_schema_file_names() -> None:
    """Each kind ships as <kind>.schema.json."""
    assert "service.schema.json" == schema_filename("service")
