"""Answer files: figures typed from a seed by hand, compared with what a catalogue loads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sopkit._errors import DataError, DataProblem
from sopkit.calendar._duration import CompositeDuration, Duration, OpenDuration, TimeLimit
from sopkit.core._catalog import Catalog
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.core._yaml import parse_yaml


def load_answers(path: Path) -> dict[str, Any]:
    """Return the parsed answer file (keys 'services' and/or 'sops', each a list)."""
    data = parse_yaml(path.read_bytes(), file=str(path)).data or {}
    if not isinstance(data, dict) or not set(data) <= {"services", "sops"}:
        message = "an answer file is a mapping with 'services' and/or 'sops' lists"
        raise DataError([DataProblem("$", message, file=str(path), line=1)])
    return data


def _limit(limit: TimeLimit | None, text: str) -> dict[str, Any] | None:
    if limit is None:
        return {"text": text} if text else None
    if isinstance(limit, Duration):
        return {"text": limit.text, "amount": limit.amount, "unit": limit.unit.value}
    if isinstance(limit, OpenDuration):
        return {"text": limit.text, "open": limit.kind.value}
    assert isinstance(limit, CompositeDuration)
    return {"text": limit.text, "parts": len(limit.parts)}


def _sop_facts(sop: Sop) -> dict[str, Any]:
    return {
        "name": sop.name,
        "number": sop.number,
        "actors": list(sop.actors),
        "steps": len(sop.steps),
        "stated_total": _limit(sop.stated_total, sop.stated_total_text),
        "decisions": sum(1 for s in sop.steps if s.decision is not None),
    }


def _service_facts(service: Service) -> dict[str, Any]:
    return {
        "name": service.name,
        "number": service.number,
        "section_code": service.section_code,
        "time_limit": _limit(service.time_limit, service.time_limit_text),
        "fee": service.fee.kind.value if service.fee else None,
        "fee_amount": service.fee.amount_idr if service.fee else None,
        "products": [p.name for p in service.products],
        "requirements": len(service.all_requirements),
        "variants": [v.slug for v in service.variants],
        "sops": {s.slug: _sop_facts(s) for s in service.sops},
    }


def _compare(where: str, expected: Any, actual: Any, out: list[str]) -> None:
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{where}.{key}: expected {value!r}, but there is no such field")
                continue
            _compare(f"{where}.{key}", value, actual[key], out)
    elif expected != actual:
        out.append(f"{where}: expected {expected!r}, got {actual!r}")


def answer_mismatches(
    catalog: Catalog, answers: Mapping[str, Sequence[Mapping[str, Any]]]
) -> list[str]:
    """Return a message for every answer-file figure the catalogue does not match."""
    out: list[str] = []
    for entry in answers.get("services", ()):
        code = entry["code"]
        expected = {k: v for k, v in entry.items() if k != "code"}
        if "sops" in expected and isinstance(expected["sops"], list):
            expected["sops"] = {
                s["slug"]: {k: v for k, v in s.items() if k != "slug"} for s in expected["sops"]
            }
        _compare(code, expected, _service_facts(catalog.service(code)), out)
    for entry in answers.get("sops", ()):
        code = entry["code"]
        expected = {k: v for k, v in entry.items() if k != "code"}
        _compare(code, expected, _sop_facts(catalog.sop(code)), out)
    return out
