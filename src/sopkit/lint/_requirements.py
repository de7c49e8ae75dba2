"""Requirements: checkable conditions link a rule, and linked rules exist."""

from __future__ import annotations

from collections.abc import Iterator

from sopkit._errors import DataError
from sopkit.core._service import Requirement, RequirementKind, Service
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check
from sopkit.rules._national import rulebook_for


def _requirements(service: Service) -> Iterator[tuple[str, Requirement]]:
    return iter(service.requirement_paths())


@check("RULE001", Severity.WARNING, "a checkable condition links no rule")
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


@check("RULE002", Severity.ERROR, "a requirement links a rule that is not registered")
def unknown_rule(ctx: LintContext) -> Iterator[Raw]:
    """Yield each rule link whose rule name no plugin registers."""
    known = ctx.rule_names()
    for service in ctx.services():
        for path, req in _requirements(service):
            if req.rule is not None and req.rule.rule not in known:
                yield (
                    Location(service.agency, service.slug, field=f"{path}.rule"),
                    f"Aturan '{req.rule.rule}' tidak terdaftar",
                    f"The rule '{req.rule.rule}' is not registered",
                )


@check("RULE003", Severity.ERROR, "a rule link's parameters do not fit the rule")
def bad_rule_params(ctx: LintContext) -> Iterator[Raw]:
    """Yield each parameter problem of a linked, registered rule, with its field path."""
    rules = {rule.name: rule for rule in rulebook_for(ctx.catalog).rules}
    for service in ctx.services():
        for path, req in _requirements(service):
            rule = rules.get(req.rule.rule) if req.rule is not None else None
            if rule is None or req.rule is None:
                continue  # no link, or RULE002
            try:
                rule.parse_params(req.rule.params)
            except DataError as exc:
                for problem in exc.problems:
                    sub = problem.path.removeprefix(f"{rule.name}.params").lstrip(".")
                    field = f"{path}.rule.params" + (f".{sub}" if sub and sub[0] != "[" else sub)
                    shown = "" if problem.value is None else f" ({problem.value!r})"
                    yield (
                        Location(service.agency, service.slug, field=field),
                        f"Parameter aturan '{rule.name}' tidak sesuai: {problem.message}{shown}",
                        f"Parameters of rule '{rule.name}' do not fit: {problem.message}{shown}",
                    )
