"""Every actor and signer in a catalogue must be a declared role of its agency."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Protocol

from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.roles._book import RoleBook
from sopkit.roles._registry import RoleRegistry

# (where: "<code> <field path>", agency, the name used, the closest declared names)
Finding = tuple[str, str, str, tuple[str, ...]]


class HoldsRoles(Protocol):
    """What the check reads: a catalogue's services, SOPs, role books and role registries."""

    @property
    def services(self) -> tuple[Service, ...]: ...
    @property
    def sops(self) -> tuple[Sop, ...]: ...
    @property
    def role_books(self) -> tuple[RoleBook, ...]: ...
    def roles_of(self, agency: str) -> RoleRegistry: ...


def _sop_names(sop: Sop, prefix: str) -> Iterator[tuple[str, str]]:
    for i, actor in enumerate(sop.actors):
        yield f"{prefix}.actors[{i}]", actor
    for i, step in enumerate(sop.steps):
        for j, actor in enumerate(step.actors):
            yield f"{prefix}.steps[{i}].actors[{j}]", actor


def undeclared_roles(catalog: HoldsRoles, *, skip: Collection[str] = ()) -> Iterator[Finding]:
    """Yield each actor or signer that is no declared role, for agencies that declare roles."""
    declaring = {book.agency for book in catalog.role_books} - set(skip)
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
        if book.agency in declaring:
            names = [(f"$.signing[{i}].signer", r.signer) for i, r in enumerate(book.signing)]
            yield from _unknown(catalog, book.agency, book.code, names)


def _unknown(
    catalog: HoldsRoles, agency: str, code: str, names: Iterable[tuple[str, str]]
) -> Iterator[Finding]:
    registry = catalog.roles_of(agency)
    for path, name in names:
        if name not in registry:
            yield f"{code} {path}", agency, name, registry.closest(name)
