"""Requirements: checkable conditions link a rule, and linked rules exist."""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.core._service import Requirement, RequirementKind, Service
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check
from sopkit.rules._national import rulebook_for
from sopkit.rules._validate import link_problems, service_links


def _requirements(service: Service) -> Iterator[tuple[str, Requirement]]:
    return iter(service.requirement_paths())


@check(
    "RULE001",
    Severity.WARNING,
    "a checkable condition links no rule",
    "syarat yang dapat diperiksa tidak tertaut ke aturan",
)
def condition_without_rule(ctx: LintContext) -> Iterator[Raw]:
    """Yield each requirement marked as a condition that names no rule to check it."""
    for service in ctx.services():
        for path, req in _requirements(service):
            if req.kind is RequirementKind.CONDITION and req.rule is None:
                yield (
                    Location(service.agency, service.slug, field=path),
                    f"Syarat '{req.text}' dapat diperiksa tetapi tidak terhubung ke aturan",
                    f"The condition '{req.text}' is checkable but links no rule",
                )


@check(
    "RULE002",
    Severity.ERROR,
    "a requirement links a rule that is not registered",
    "persyaratan menautkan aturan yang tidak terdaftar",
)
def unknown_rule(ctx: LintContext) -> Iterator[Raw]:
    """Yield each rule link whose rule name no plugin registers."""
    known = ctx.rule_names()
    for service in ctx.services():
        for path, ref, _ in service_links(service):
            if ref.rule not in known:
                yield (
                    Location(service.agency, service.slug, field=path),
                    f"Aturan '{ref.rule}' tidak terdaftar",
                    f"The rule '{ref.rule}' is not registered",
                )


@check(
    "RULE003",
    Severity.ERROR,
    "a rule link gives parameters the rule does not take",
    "tautan aturan memberikan parameter yang tidak diterima oleh aturan tersebut",
)
def bad_rule_params(ctx: LintContext) -> Iterator[Raw]:
    """Yield each wrong parameter of a rule link (unknown key, bad value), nested links too."""
    book = rulebook_for(ctx.catalog)
    known = ctx.rule_names()
    for service in ctx.services():
        for path, ref, eligibility in service_links(service):
            if ref.rule not in known:
                continue  # RULE002 reports unknown rules
            for sub, message, value in link_problems(
                book, ref.rule, ref.params, eligibility=eligibility
            ):
                shown = "" if value is None else f" ({value!r})"
                yield (
                    Location(service.agency, service.slug, field=f"{path}.{sub}"),
                    f"Parameter aturan '{ref.rule}' salah: {message}{shown}",
                    f"Bad parameter of rule '{ref.rule}': {message}{shown}",
                )
