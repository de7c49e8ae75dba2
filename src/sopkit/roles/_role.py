"""Roles: the offices and parties that act in SOP steps and sign products."""

from __future__ import annotations

import enum

import attrs


class RoleKind(enum.StrEnum):
    """What sort of actor a role is."""

    STRUCTURAL = "structural"  # jabatan struktural: Kepala Badan, Kabid, Kasubag...
    FUNCTIONAL = "functional"  # jabatan fungsional: analis kepegawaian, assessor...
    STAFF = "staff"  # pelaksana, staf, pengelola, tim
    EXTERNAL = "external"  # another body: BKN, OPD, Gubernur, Presiden, Menpan
    APPLICANT = "applicant"  # the PNS or citizen applying
    # an OCR-garbled column header kept so the marks under it stay traceable; not an office
    ARTEFACT = "artefact"


@attrs.frozen
class Role:
    """One role of an agency: code, name, the spellings the catalogue uses, kind and rank."""

    code: str
    name: str
    kind: RoleKind
    aliases: tuple[str, ...] = ()
    level: str = ""
    reports_to: str = ""
    notes: tuple[str, ...] = ()
    agency: str = ""
    # spellings the catalogue adds that the source documents do not print
    editorial_aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Return the role's name followed by its aliases (printed, then editorial)."""
        return (self.name, *self.aliases, *self.editorial_aliases)

    @property
    def is_office(self) -> bool:
        """Return whether the role is a real office or party (not an OCR artefact)."""
        return self.kind is not RoleKind.ARTEFACT
