"""YAML rule cases (`*.sopkit.yaml`): a sentence, a profile, a date, a rule or service, the verdict."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, NotFoundError, SopkitError
from sopkit.asn._profile_io import profile_from_data
from sopkit.core._catalog import Catalog
from sopkit.core._service import Service, Variant
from sopkit.core._yaml import parse_yaml
from sopkit.rules._engine import RuleBook
from sopkit.rules._requirements import RequirementResult, all_met, evaluate_requirements
from sopkit.rules._verdict import Check, Verdict


class CaseError(SopkitError, AssertionError):
    """A rule case whose verdict differs from the expected one; says which check differed."""


@attrs.frozen
class RuleCase:
    """One YAML case: either a rule with params, or a catalogue service (and variant).

    `failing` lists the names of the checks expected not to pass (order ignored); for a
    service case, the rule names of the linked requirements expected not to be met.
    `earliest` is checked only when a rule case gives it (`null` meaning 'not computable').
    """

    name: str
    profile: dict[str, Any]
    on: dt.date
    eligible: bool
    rule: str | None = None
    failing: tuple[str, ...] = ()
    params: dict[str, Any] = attrs.field(factory=dict)
    earliest: dt.date | str | None = "unchecked"
    line: int | None = None
    service: str | None = None
    variant: str | None = None

    def __attrs_post_init__(self) -> None:
        problem = _form_problem(
            rule=self.rule is not None,
            service=self.service is not None,
            params=bool(self.params),
            variant=self.variant is not None,
            earliest=self.earliest != "unchecked",
        )
        if problem:
            raise DataError([DataProblem(f"case {self.name!r}.{problem[0]}", problem[1])])


def _form_problem(
    *, rule: bool, service: bool, params: bool, variant: bool, earliest: bool
) -> tuple[str, str] | None:
    """Return (field, message) when the case mixes or lacks the rule and service forms."""
    if rule and service:
        return "service", "give either rule (with params) or service (with variant), not both"
    if not rule and not service:
        return "rule", "required field is missing: give rule (with params) or service"
    if service and params:
        return "params", "a service case takes no params: its requirements link their own"
    if service and earliest:
        return "expected.earliest", "earliest is checked for rule cases only"
    if rule and variant:
        return "variant", "variant goes with service, not with rule"
    return None


_CASE_KEYS = {"name", "profile", "date", "rule", "params", "service", "variant", "expected"}
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
        raise bad("", "expected a mapping with name, profile, date, rule or service, expected")
    missing = {"name", "profile", "date", "expected"} - set(raw)
    if missing:
        raise bad(sorted(missing)[0], "required field is missing")
    if True in raw:  # YAML 1.1 reads a bare `on:` key as true
        raise bad("date", "write the evaluation date as `date:` (YAML reads `on:` as true)")
    unknown = set(raw) - _CASE_KEYS
    if unknown:
        raise bad(sorted(unknown)[0], f"unknown field; accepted: {', '.join(sorted(_CASE_KEYS))}")
    expected = raw["expected"]
    if not isinstance(expected, dict) or "eligible" not in expected:
        raise bad("expected", "expected a mapping with eligible (and failing, earliest)")
    if set(expected) - _EXPECTED_KEYS:
        raise bad("expected", f"accepted keys: {', '.join(sorted(_EXPECTED_KEYS))}")
    if not isinstance(expected["eligible"], bool):
        raise bad("expected.eligible", "expected true or false")
    failing = expected.get("failing") or []
    if not isinstance(failing, list) or not all(isinstance(f, str) for f in failing):
        raise bad("expected.failing", "expected a list of check (rule) names")
    if not isinstance(raw["date"], dt.date) or isinstance(raw["date"], dt.datetime):
        raise bad("date", "expected a date such as 2026-04-01")
    problem = _form_problem(
        rule="rule" in raw,
        service="service" in raw,
        params="params" in raw,
        variant="variant" in raw,
        earliest="earliest" in expected,
    )
    if problem:
        raise bad(*problem)
    for field in ("rule", "service", "variant"):
        if field in raw and not isinstance(raw[field], str):
            raise bad(field, "expected a name (a string)")
    if "service" in raw and raw["service"].count("/") != 1:
        raise bad("service", "expected a service code '<agency>/<slug>'")
    return RuleCase(
        name=str(raw["name"]),
        profile=dict(raw["profile"]),
        on=raw["date"],
        rule=raw.get("rule"),
        service=raw.get("service"),
        variant=raw.get("variant"),
        eligible=expected["eligible"],
        failing=tuple(failing),
        params=dict(raw.get("params") or {}),
        earliest=expected.get("earliest", "unchecked"),
        line=line,
    )


def run_case(case: RuleCase, book: RuleBook) -> Verdict:
    """Return the verdict of a rule case; raise CaseError saying which check differed."""
    if case.rule is None:
        raise CaseError(
            f"{case.name}\n  names service {case.service!r}: run it with run_service_case"
        )
    subject = profile_from_data(case.profile)
    verdict = book.evaluate(case.rule, subject, on=case.on, params=case.params)
    problems = _consistency(verdict)
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


def run_service_case(
    case: RuleCase, book: RuleBook, catalog: Catalog
) -> tuple[RequirementResult, ...]:
    """Return the requirement results of a service case; raise CaseError naming each that differed.

    The requirements checked are the service's and then the variant's that link a rule;
    `failing` is compared with their rule names as a multiset (order ignored).
    """
    if case.service is None:
        raise CaseError(f"{case.name}\n  names rule {case.rule!r}: run it with run_case")
    service, variant = _resolve(case, catalog)
    subject = profile_from_data(case.profile)
    results = evaluate_requirements(book, service, subject, on=case.on, variant=variant)
    checked = [(r, r.verdict) for r in results if r.verdict is not None]
    if not checked:
        raise CaseError(f"{case.name}\n  {_target(case)} links no requirement to a rule")
    problems: list[str] = []
    for _, verdict in checked:
        problems.extend(_consistency(verdict))
    eligible = all_met(results)
    if eligible != case.eligible:
        problems.append(f"eligible: expected {case.eligible}, got {eligible}")
    got = Counter(v.rule for _, v in checked if not v.eligible)
    want = Counter(case.failing)
    linked = sorted({v.rule for _, v in checked})
    for name in sorted(got.keys() | want.keys()):
        if got[name] > want[name]:
            for result, verdict in checked:
                if verdict.rule == name and not verdict.eligible:
                    problems.append(
                        f"requirement {_which(result)} was not met but was expected to be: "
                        + "; ".join(_said(c) for c in verdict.root.failures())
                    )
        elif got[name] < want[name]:
            met = [(r, v) for r, v in checked if v.rule == name and v.eligible]
            if name not in linked:
                problems.append(
                    f"{name} was expected not to be met, but no requirement of {_target(case)} "
                    f"links it (linked: {', '.join(linked)})"
                )
            elif not met:
                problems.append(
                    f"{name} is named {want[name]} times in failing, but only {got[name]} "
                    "requirement(s) linking it exist and are not met"
                )
            for result, verdict in met:
                problems.append(
                    f"requirement {_which(result)} was expected not to be met but was: "
                    + "; ".join(_said(c) for c in verdict.root.leaves())
                )
    if problems:
        raise CaseError(f"{case.name}\n  " + "\n  ".join(problems))
    return results


def _resolve(case: RuleCase, catalog: Catalog) -> tuple[Service, Variant | None]:
    code = str(case.service)
    try:
        service = catalog.service(code)
    except NotFoundError:
        codes = [s.code for s in catalog.services]
        close = difflib.get_close_matches(code, codes, n=3, cutoff=0.6)
        agency = code.split("/", 1)[0]
        listed = close or [c for c in codes if c.startswith(f"{agency}/")]
        hint = f"; did you mean {', '.join(close)}" if close else ""
        if not close:
            hint = f"; services of {agency}: {', '.join(listed)}" if listed else ""
        raise CaseError(
            f"{case.name}\n  service {code!r} is not in the installed catalogue{hint}"
        ) from None
    if case.variant is None:
        return service, None
    try:
        return service, service.variant(case.variant)
    except KeyError as exc:
        raise CaseError(f"{case.name}\n  {exc.args[0]}") from None


def _target(case: RuleCase) -> str:
    return f"{case.service}#{case.variant}" if case.variant else str(case.service)


def _which(result: RequirementResult) -> str:
    ref = result.requirement.rule
    linked = "" if ref is None else f"{ref.rule} {dict(ref.params)}"
    return f"{result.requirement.text!r} ({result.source}, {linked})"


def _consistency(verdict: Verdict) -> list[str]:
    if verdict.root.outcome is verdict.outcome:
        return []
    return [
        f"{verdict.rule}: fast outcome {verdict.outcome.value} differs from explained "
        f"{verdict.root.outcome.value}"
    ]


def _said(check: Check) -> str:
    facts = ", ".join(f"{k}={v}" for k, v in check.facts.items())
    return f"[{check.outcome.value}] {check.message.en} / {check.message.id} ({facts})"
