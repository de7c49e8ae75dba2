"""YAML rule cases (`*.sopkit.yaml`): a sentence, a profile, a date, a rule or service, the verdict."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, NotFoundError, SopkitError
from sopkit.asn._profile_io import profile_from_data
from sopkit.core._catalog import Catalog
from sopkit.core._service import Service, Variant
from sopkit.core._yaml import parse_yaml
from sopkit.rules._engine import RuleBook
from sopkit.rules._requirements import (
    RequestError,
    RequirementResult,
    all_met,
    evaluate_requirements,
)
from sopkit.rules._verdict import Check, Verdict


class CaseError(SopkitError, AssertionError):
    """A rule case whose verdict differs from the expected one; says which check differed."""


class CaseFileError(DataError):
    """A rule-case file that cannot be read as cases; lists every problem with file and line."""

    def __init__(self, problems: Sequence[DataProblem]) -> None:
        super().__init__(problems)
        count = len(self.problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        self.args = (f"{count} problem{'s' if count != 1 else ''} in the rule-case file:\n{lines}",)

    def __str__(self) -> str:
        return str(self.args[0])


@attrs.frozen
class RuleCase:
    """One YAML case: either a rule with params, or a catalogue service (and variant).

    `eligible` is true, false, or None for undetermined (no check failed, a fact is missing).
    `failing` lists the names of the checks expected not to pass (order ignored); for a
    service case, the rule names of the linked requirements expected not to be met.
    `earliest` is checked only when a rule case gives it (`null` meaning 'not computable').
    A service case's `params` are the request's facts its eligibility rule takes.
    """

    name: str
    profile: dict[str, Any]
    on: dt.date
    eligible: bool | None
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
            variant=self.variant is not None,
            earliest=self.earliest != "unchecked",
        )
        if problem:
            raise DataError([DataProblem(f"case {self.name!r}.{problem[0]}", problem[1])])


def _form_problem(
    *, rule: bool, service: bool, variant: bool, earliest: bool
) -> tuple[str, str] | None:
    """Return (field, message) when the case mixes or lacks the rule and service forms."""
    if rule and service:
        return "service", "give either rule (with params) or service (with variant), not both"
    if not rule and not service:
        return "rule", "required field is missing: give rule (with params) or service"
    if service and earliest:
        return "expected.earliest", "earliest is checked for rule cases only"
    if rule and variant:
        return "variant", "variant goes with service, not with rule"
    return None


_CASE_KEYS = ("name", "profile", "date", "rule", "params", "service", "variant", "expected")
_EXPECTED_KEYS = ("eligible", "failing", "earliest")
_REQUIRED = ("name", "profile", "date", "expected")


def load_cases(path: Path) -> tuple[RuleCase, ...]:
    """Return the cases of a `*.sopkit.yaml` file (a list, or a mapping with `cases`).

    Every problem of the file is reported at once, as one CaseFileError naming file and line.
    """
    try:
        return _load_cases(path)
    except CaseFileError:
        raise
    except DataError as exc:
        raise CaseFileError(exc.problems) from None


def _load_cases(path: Path) -> tuple[RuleCase, ...]:
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(
            [DataProblem("$", f"not UTF-8 text (byte {exc.start})", file=where)]
        ) from None
    try:
        doc = parse_yaml(text, file=where)
    except DataError:
        raise
    except (ValueError, OverflowError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:300]
        raise DataError([DataProblem("$", f"not valid YAML: {reason}", file=where)]) from None
    data = doc.data
    prefix = "$"
    problems: list[DataProblem] = []
    if isinstance(data, dict):
        for key in data:
            if key not in ("cases", "profiles"):
                problems.append(
                    DataProblem(
                        f"$.{key}",
                        _unknown(key, ("cases", "profiles")),
                        file=where,
                        line=_line(doc, f"$.{key}"),
                    )
                )
        data, prefix = data.get("cases"), "$.cases"
    if not isinstance(data, list):
        problems.append(DataProblem(prefix, "expected a list of cases", file=where, line=1))
        raise DataError(problems)
    cases = []
    for i, raw in enumerate(data):
        at = f"{prefix}[{i}]"
        found, case = _case(raw, at, _line(doc, at))
        problems.extend(
            attrs.evolve(p, file=where, line=_line(doc, p.path) or _line(doc, at)) for p in found
        )
        if case is not None:
            cases.append(case)
    names = Counter(c.name for c in cases)
    for name, count in names.items():
        if count > 1:
            problems.append(
                DataProblem(
                    prefix, f"{count} cases are named {name!r}; names must differ", file=where
                )
            )
    if problems:
        raise DataError(problems)
    return tuple(cases)


def _line(doc: Any, path: str) -> int | None:
    try:
        line = doc.line_of(path)
    except (ValueError, IndexError, AttributeError):
        return None
    return line if isinstance(line, int) else None


def _unknown(key: object, accepted: tuple[str, ...]) -> str:
    shown = "on" if key is True else "off" if key is False else str(key)
    if shown in ("on", "off") and "date" in accepted:
        return f"unknown field {shown!r}: write the evaluation date as `date:`"
    close = difflib.get_close_matches(shown, accepted, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown field {shown!r}{hint} (accepted: {', '.join(accepted)})"


def _case(raw: Any, where: str, line: int | None) -> tuple[list[DataProblem], RuleCase | None]:
    """Return every problem of one raw case, and the case when there is none."""
    problems: list[DataProblem] = []

    def bad(field: str, message: str, value: object = None) -> None:
        path = f"{where}.{field}" if field else where
        problems.append(DataProblem(path, message, value, line=line))

    if not isinstance(raw, dict):
        bad("", "expected a mapping with name, profile, date, rule or service, expected")
        return problems, None
    for key in raw:
        if key not in _CASE_KEYS:
            shown = ("on" if key else "off") if isinstance(key, bool) else str(key)
            bad(shown, _unknown(key, _CASE_KEYS))
    for key in _REQUIRED:
        if key not in raw and not (key == "date" and (True in raw or "on" in raw)):
            bad(key, "required field is missing")
    if "name" in raw and not isinstance(raw["name"], str):
        bad("name", "expected the case's sentence (a string)", raw["name"])
    if "profile" in raw and not isinstance(raw["profile"], dict):
        bad("profile", "expected a mapping of profile fields")
    day = raw.get("date")
    if "date" in raw and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
        if isinstance(day, str):
            try:
                day = dt.date.fromisoformat(day)
            except ValueError:
                bad("date", "expected a date such as 2026-04-01", day)
        else:
            bad("date", "expected a date such as 2026-04-01", day)
    expected = raw.get("expected")
    eligible: bool | None = None
    failing: list[Any] = []
    if "expected" in raw:
        if not isinstance(expected, dict):
            bad("expected", "expected a mapping with eligible (and failing, earliest)")
            expected = {}
        for key in expected:
            if key not in _EXPECTED_KEYS:
                bad(f"expected.{key}", _unknown(key, _EXPECTED_KEYS))
        if "eligible" not in expected:
            bad("expected.eligible", "required field is missing (true, false or null)")
        else:
            eligible = expected["eligible"]
            if eligible is not None and not isinstance(eligible, bool):
                bad(
                    "expected.eligible",
                    "expected true, false or null (undetermined: a fact is missing)",
                    eligible,
                )
        failing = expected.get("failing") or []
        if not isinstance(failing, list) or not all(isinstance(f, str) for f in failing):
            bad("expected.failing", "expected a list of check (rule) names", failing)
            failing = []
        earliest = expected.get("earliest", "unchecked")
        if earliest not in ("unchecked", None) and (
            not isinstance(earliest, dt.date) or isinstance(earliest, dt.datetime)
        ):
            bad("expected.earliest", "expected a date such as 2026-04-01, or null", earliest)
    else:
        expected = {}
    form = _form_problem(
        rule="rule" in raw,
        service="service" in raw,
        variant="variant" in raw,
        earliest="earliest" in expected,
    )
    if form:
        bad(*form)
    for field in ("rule", "service", "variant"):
        if field in raw and not isinstance(raw[field], str):
            bad(field, "expected a name (a string)", raw[field])
    if isinstance(raw.get("service"), str) and raw["service"].count("/") != 1:
        bad("service", "expected a service code '<agency>/<slug>'", raw["service"])
    if "params" in raw and raw["params"] is not None and not isinstance(raw["params"], dict):
        bad("params", "expected a mapping of rule parameters", raw["params"])
    if problems or not isinstance(day, dt.date):
        return problems, None
    return problems, RuleCase(
        name=raw["name"],
        profile=dict(raw["profile"]),
        on=day,
        rule=raw.get("rule"),
        service=raw.get("service"),
        variant=raw.get("variant"),
        eligible=eligible,
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
    if verdict.eligible is not case.eligible:
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
    try:
        results = evaluate_requirements(
            book, service, subject, on=case.on, variant=variant, request=case.params
        )
    except RequestError as exc:
        raise CaseError(f"{case.name}\n  params: {exc}") from exc
    checked = [(r, r.verdict) for r in results if r.verdict is not None]
    if not checked:
        raise CaseError(f"{case.name}\n  {_target(case)} links no requirement to a rule")
    problems: list[str] = []
    for _, verdict in checked:
        problems.extend(_consistency(verdict))
    eligible = all_met(results)
    if eligible is not case.eligible:
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
