"""Evaluating a service's (or variant's) condition requirements against a Pegawai."""

from __future__ import annotations

import datetime as dt

import attrs

from sopkit.asn._pegawai import Pegawai
from sopkit.core._service import Requirement, Service, Variant
from sopkit.rules._engine import RuleBook
from sopkit.rules._verdict import Outcome, Verdict


@attrs.frozen
class RequirementResult:
    """One requirement of a service and, when it links a rule, that rule's verdict."""

    requirement: Requirement
    source: str
    verdict: Verdict | None = None

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
) -> tuple[RequirementResult, ...]:
    """Return every requirement of the service (then of the variant) with its rule's verdict."""
    chosen = service.variant(variant) if isinstance(variant, str) else variant
    groups: list[tuple[str, tuple[Requirement, ...]]] = [(service.code, service.requirements)]
    if chosen is not None:
        groups.append((f"{service.code}#{chosen.slug}", chosen.requirements))
    results = []
    for source, requirements in groups:
        for requirement in requirements:
            verdict = None
            if requirement.rule is not None:
                ref = requirement.rule
                verdict = book.evaluate(ref.rule, subject, on=on, params=ref.params)
            results.append(RequirementResult(requirement, source, verdict))
    return tuple(results)


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
