"""Actors: every agency declares its roles, and every step names a declared one."""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check
from sopkit.roles._check import undeclared_roles


@check(
    "ROLE001",
    Severity.ERROR,
    "the agency declares no roles",
    "instansi tidak menetapkan peran apa pun",
)
def no_roles(ctx: LintContext) -> Iterator[Raw]:
    """Yield each agency in scope without a roles.yaml (its actors cannot be checked)."""
    declaring = {book.agency for book in ctx.catalog.role_books}
    for agency in ctx.agencies:
        if agency not in declaring:
            yield (
                Location(agency, field="roles"),
                "Instansi tidak mendeklarasikan peran (roles.yaml), pelaksana tidak dapat diperiksa",
                "The agency declares no roles (roles.yaml), so its actors cannot be checked",
            )


@check(
    "ROLE002",
    Severity.ERROR,
    "an actor or signer is no declared role",
    "pelaksana atau penanda tangan bukan peran yang ditetapkan",
)
def undeclared_actor(ctx: LintContext) -> Iterator[Raw]:
    """Yield each actor or signer that is no declared role of its agency."""
    for where, agency, name, closest in undeclared_roles(ctx.catalog):
        if agency not in ctx.agencies:
            continue
        hint_id = f"; yang terdekat: {', '.join(closest)}" if closest else ""
        hint_en = f"; closest: {', '.join(closest)}" if closest else ""
        code, path = where.split(" ", 1)
        yield (
            Location(agency, code.removeprefix(f"{agency}/"), field=path),
            f"'{name}' bukan peran yang dideklarasikan{hint_id}",
            f"'{name}' is no declared role{hint_en}",
        )


@check("ROLE003", Severity.WARNING, "a step names no actor", "langkah tidak menyebutkan pelaksana")
def step_without_actor(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step whose pelaksana is not given."""
    for service, sop in ctx.sops():
        for step in sop.steps:
            if not step.actors:
                yield (
                    Location(
                        sop.agency, service.slug if service else "", sop.slug, step.number, "actors"
                    ),
                    "Langkah tidak menyebut pelaksananya",
                    "The step names no actor",
                )
