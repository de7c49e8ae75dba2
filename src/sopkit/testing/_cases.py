"""YAML rule cases (`*.sopkit.yaml`): a sentence, a profile, a date, a rule and the verdict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, SopkitError
from sopkit.asn._profile_io import profile_from_data
from sopkit.core._yaml import parse_yaml
from sopkit.rules._engine import RuleBook
from sopkit.rules._verdict import Check, Verdict


class CaseError(SopkitError, AssertionError):
    """A rule case whose verdict differs from the expected one; says which check differed."""


@attrs.frozen
class RuleCase:
    """One YAML rule case.

    `failing` lists the names of the checks expected not to pass (order ignored); `earliest`
    is checked only when the case gives it (`null` meaning 'not computable').
    """

    name: str
    profile: dict[str, Any]
    on: dt.date
    rule: str
    eligible: bool
    failing: tuple[str, ...] = ()
    params: dict[str, Any] = attrs.field(factory=dict)
    earliest: dt.date | str | None = "unchecked"
    line: int | None = None


_CASE_KEYS = {"name", "profile", "date", "rule", "params", "expected"}
_EXPECTED_KEYS = {"eligible", "failing", "earliest"}


def load_cases(path: Path) -> tuple[RuleCase, ...]:
    """Return the cases of a `*.sopkit.yaml` file (a list, or a mapping with `cases`)."""
    doc = parse_yaml(path.read_text(encoding="utf-8"), file=str(path))
    data = doc.data
    prefix = "$"
    if isinstance(data, dict):
        unknown = set(data) - {"cases", "profiles"}
        if unknown:
            raise DataError(
                [
                    DataProblem(
                        "$",
                        f"unknown keys {sorted(unknown)}; accepted: cases, profiles",
                        file=str(path),
                    )
                ]
            )
        data, prefix = data.get("cases"), "$.cases"
    if not isinstance(data, list):
        raise DataError([DataProblem(prefix, "expected a list of cases", file=str(path))])
    return tuple(
        _case(raw, f"{prefix}[{i}]", path, doc.line_of(f"{prefix}[{i}]"))
        for i, raw in enumerate(data)
    )


def _case(raw: Any, where: str, path: Path, line: int | None) -> RuleCase:
    def bad(field: str, message: str) -> DataError:
        return DataError([DataProblem(f"{where}.{field}", message, file=str(path), line=line)])

    if not isinstance(raw, dict):
        raise bad("", "expected a mapping with name, profile, date, rule, params, expected")
    missing = {"name", "profile", "date", "rule", "expected"} - set(raw)
    if missing:
        raise bad(sorted(missing)[0], "required field is missing")
    unknown = set(raw) - _CASE_KEYS
    if unknown:
        raise bad(sorted(unknown)[0], f"unknown field; accepted: {', '.join(sorted(_CASE_KEYS))}")
    expected = raw["expected"]
    if not isinstance(expected, dict) or "eligible" not in expected:
        raise bad("expected", "expected a mapping with eligible (and failing, earliest)")
    if set(expected) - _EXPECTED_KEYS:
        raise bad("expected", f"accepted keys: {', '.join(sorted(_EXPECTED_KEYS))}")
    if True in raw:  # YAML 1.1 reads a bare `on:` key as true
        raise bad("date", "write the evaluation date as `date:` (YAML reads `on:` as true)")
    if not isinstance(raw["date"], dt.date) or isinstance(raw["date"], dt.datetime):
        raise bad("date", "expected a date such as 2026-04-01")
    earliest = expected.get("earliest", "unchecked")
    return RuleCase(
        name=str(raw["name"]),
        profile=dict(raw["profile"]),
        on=raw["date"],
        rule=str(raw["rule"]),
        eligible=bool(expected["eligible"]),
        failing=tuple(expected.get("failing") or ()),
        params=dict(raw.get("params") or {}),
        earliest=earliest,
        line=line,
    )


def run_case(case: RuleCase, book: RuleBook) -> Verdict:
    """Return the verdict of a case; raise CaseError saying which check differed."""
    subject = profile_from_data(case.profile)
    verdict = book.evaluate(case.rule, subject, on=case.on, params=case.params)
    problems: list[str] = []
    if verdict.root.outcome is not verdict.outcome:
        problems.append(
            f"fast outcome {verdict.outcome.value} differs from explained {verdict.root.outcome.value}"
        )
    if verdict.eligible != case.eligible:
        problems.append(f"eligible: expected {case.eligible}, got {verdict.eligible}")
    got, want = set(verdict.failing), set(case.failing)
    leaves = {c.name: c for c in verdict.root.leaves()}
    for name in sorted(got - want):
        problems.append(f"check {name} did not pass but was expected to: {_said(leaves[name])}")
    for name in sorted(want - got):
        found = leaves.get(name)
        detail = _said(found) if found else "no such check in this rule"
        problems.append(f"check {name} was expected not to pass but did: {detail}")
    if case.earliest != "unchecked" and verdict.earliest != case.earliest:
        problems.append(f"earliest: expected {case.earliest}, got {verdict.earliest}")
    if problems:
        raise CaseError(f"{case.name}\n  " + "\n  ".join(problems))
    return verdict


def _said(check: Check) -> str:
    facts = ", ".join(f"{k}={v}" for k, v in check.facts.items())
    return f"[{check.outcome.value}] {check.message.en} / {check.message.id} ({facts})"
