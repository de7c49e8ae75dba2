"""Every actor and signer in a catalogue must be a declared role of its agency."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sopkit.core._sop import Sop

if TYPE_CHECKING:
    from sopkit.core._catalog import Catalog

# (where: "<code> <field path>", agency, the name used, the closest declared names)
Finding = tuple[str, str, str, tuple[str, ...]]


def _sop_names(sop: Sop, prefix: str) -> Iterator[tuple[str, str]]:
    for i, actor in enumerate(sop.actors):
        yield f"{prefix}.actors[{i}]", actor
    for i, step in enumerate(sop.steps):
        for j, actor in enumerate(step.actors):
            yield f"{prefix}.steps[{i}].actors[{j}]", actor


def undeclared_roles(catalog: Catalog) -> Iterator[Finding]:
    """Yield each actor or signer that is no declared role, for agencies that declare roles."""
    declaring = {book.agency for book in catalog.role_books}
    for service in catalog.services:
        if service.agency not in declaring:
            continue
        names: list[tuple[str, str]] = []
        if service.signer:
            names.append(("$.signer", service.signer))
        names += [
            (f"$.variants[{i}].signer", v.signer)
            for i, v in enumerate(service.variants)
            if v.signer
        ]
        for i, sop in enumerate(service.sops):
            names += list(_sop_names(sop, f"$.sops[{i}]"))
        yield from _unknown(catalog, service.agency, service.code, names)
    for sop in catalog.sops:
        if sop.agency in declaring and not sop.service:
            yield from _unknown(catalog, sop.agency, sop.code, _sop_names(sop, "$"))
    for book in catalog.role_books:
        names = [(f"$.signing[{i}].signer", r.signer) for i, r in enumerate(book.signing)]
        yield from _unknown(catalog, book.agency, book.code, names)


def _unknown(catalog: Catalog, agency: str, code: str, names: object) -> Iterator[Finding]:
    registry = catalog.roles_of(agency)
    for path, name in names:  # type: ignore[attr-defined]
        if name not in registry:
            yield f"{code} {path}", agency, name, registry.closest(name)
