"""Evaluating a service's (or variant's) condition requirements against a Pegawai."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from sopkit._errors import SopkitError
from sopkit._i18n import Text
from sopkit.asn._pegawai import Pegawai
from sopkit.core._service import Requirement, RequirementKind, RuleRef, Service, Variant
from sopkit.rules._engine import RuleBook
from sopkit.rules._verdict import Outcome, Verdict


class RequestError(SopkitError, ValueError):
    """A service's eligibility rule needs facts of the request that were not given, or the
    request gives facts no eligibility rule of the service takes."""


@attrs.frozen
class RequirementResult:
    """One requirement of a service and, when it links a rule, that rule's verdict."""

    requirement: Requirement
    source: str
    verdict: Verdict | None = None
    printed: bool = True
    """False for the service's or variant's eligibility rule, which the standard does not print."""

    @property
    def checkable(self) -> bool:
        """Return whether the requirement links a rule."""
        return self.verdict is not None


def evaluate_requirements(
    book: RuleBook,
    service: Service,
    subject: Pegawai,
    *,
    on: dt.date,
    variant: Variant | str | None = None,
    request: Mapping[str, object] | None = None,
) -> tuple[RequirementResult, ...]:
    """Return every requirement of the service (then of the variant) with its rule's verdict.

    The service's and the variant's eligibility rule, where linked, come first in their group
    (`printed` False); `request` gives the facts of the application such a rule takes (a
    cuti's `days` or `start` and `end`, the `level` of study). A missing request fact, or one
    no eligibility rule takes, is a RequestError.
    """
    chosen = service.variant(variant) if isinstance(variant, str) else variant
    groups: list[tuple[str, Service | Variant]] = [(service.code, service)]
    if chosen is not None:
        groups.append((f"{service.code}#{chosen.slug}", chosen))
    given = dict(request or {})
    used: set[str] = set()
    results = []
    for source, holder in groups:
        if holder.eligibility is not None:
            ref = holder.eligibility
            params = _with_request(book, ref, given, source)
            used.update(k for k in given if k in book.rule(ref.rule).request)
            shown = Requirement(
                book.rule(ref.rule).title.id,
                RequirementKind.CONDITION,
                rule=ref,
                note="aturan kelayakan layanan menurut peraturan; bukan persyaratan tercetak",
            )
            results.append(
                RequirementResult(
                    shown, source, book.evaluate(ref.rule, subject, on=on, params=params), False
                )
            )
        for requirement in holder.all_requirements:  # grouped ones too
            verdict: Verdict | None = None
            if requirement.rule is not None:
                ref = requirement.rule
                verdict = book.evaluate(ref.rule, subject, on=on, params=ref.params)
            results.append(RequirementResult(requirement, source, verdict))
    unused = sorted(set(given) - used)
    if unused:
        linked = _linked(groups)
        raise RequestError(
            Text(
                "{service}: no eligibility rule of this service variant takes {names}{linked}"
                if chosen
                else "{service}: no eligibility rule of this service takes {names}{linked}",
                service=service.code,
                names=", ".join(unused),
                linked=Text(" (rules linked: {rules})", rules=", ".join(linked)) if linked else "",
            )
        )
    return tuple(results)


def _linked(groups: list[tuple[str, Service | Variant]]) -> list[str]:
    return [h.eligibility.rule for _, h in groups if h.eligibility is not None]


def _with_request(
    book: RuleBook, ref: RuleRef, request: Mapping[str, object], source: str
) -> dict[str, object]:
    takes = book.rule(ref.rule).request
    missing = [k for k in takes if k not in ref.params and k not in request]
    required = [k for k in missing if _required(book, ref.rule, k)]
    if required:
        raise RequestError(
            Text(
                "{source}: the eligibility rule {rule} needs the request's {names} "
                "(e.g. --param {first}=...)",
                source=source,
                rule=ref.rule,
                names=", ".join(required),
                first=required[0],
            )
        )
    return {**ref.params, **{k: v for k, v in request.items() if k in takes}}


def _required(book: RuleBook, rule: str, name: str) -> bool:
    params_type = book.rule(rule).params_type
    if params_type is None:
        return False
    field = attrs.fields_dict(params_type).get(name)
    return field is not None and field.default is attrs.NOTHING


def requirements_outcome(results: tuple[RequirementResult, ...]) -> Outcome:
    """Return pass when every checkable requirement passes, fail when one fails, else unknown.

    With no checkable requirement nothing was checked: the outcome is unknown, never pass.
    """
    verdicts = [r.verdict for r in results if r.verdict is not None]
    if not verdicts:
        return Outcome.UNKNOWN
    outcomes = {v.outcome for v in verdicts}
    if Outcome.FAIL in outcomes:
        return Outcome.FAIL
    return Outcome.UNKNOWN if Outcome.UNKNOWN in outcomes else Outcome.PASS


def all_met(results: tuple[RequirementResult, ...]) -> bool | None:
    """Return True when every checkable requirement is met, False when one is not, else None.

    None (undetermined) when a linked rule lacks a fact, or when no requirement is checkable.
    """
    outcome = requirements_outcome(results)
    return True if outcome is Outcome.PASS else False if outcome is Outcome.FAIL else None
