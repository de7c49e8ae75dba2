"""Standar pelayanan: the 14 components of PermenPAN-RB 15/2014, variants and SOPs."""

from __future__ import annotations

import enum
import re

import attrs

from sopkit.calendar._duration import TimeLimit
from sopkit.core._agency import ComplaintChannel
from sopkit.core._fee import Fee
from sopkit.core._legal import LegalRef
from sopkit.core._params import Params
from sopkit.core._reading import Reading
from sopkit.core._sop import Sop
from sopkit.core._source import Source


@attrs.frozen
class RuleRef:
    """A link from a requirement to a named rule, with the parameters the catalogue gives."""

    rule: str
    params: Params = attrs.field(factory=Params)


class RequirementKind(enum.StrEnum):
    """Whether a requirement is a document to hand in or a condition to meet."""

    DOCUMENT = "document"
    CONDITION = "condition"


@attrs.frozen
class Requirement:
    """One persyaratan: its text as printed, sub-items, and a rule when it is checkable."""

    text: str
    kind: RequirementKind = RequirementKind.DOCUMENT
    items: tuple[str, ...] = ()
    rule: RuleRef | None = None
    note: str = ""


@attrs.frozen
class RequirementGroup:
    """A titled list of persyaratan ("Persyaratan Teknis", "A. Kenaikan Pangkat Reguler")."""

    title: str
    requirements: tuple[Requirement, ...] = ()
    number: str = ""
    note: str = ""


@attrs.frozen
class ProcedureItem:
    """One item of a procedure: its text, its sub-list, and the condition a branch holds under.

    "Verifikasi berkas: a) Jika tidak memenuhi syarat … b) Jika memenuhi syarat …" is an item
    whose two sub-items carry the conditions "Tidak Memenuhi Syarat" and "Memenuhi Syarat".
    """

    text: str
    items: tuple[ProcedureItem, ...] = ()
    condition: str = ""

    def flat(self) -> str:
        """Return the item and its sub-items as one line of text."""
        subs = " ".join(i.flat() for i in self.items)
        return f"{self.text} {subs}".strip() if subs else self.text

    def __str__(self) -> str:
        return self.flat()


@attrs.frozen
class Product:
    """A produk pelayanan: what the applicant receives."""

    name: str
    note: str = ""


_COUNT = re.compile(
    r"^\s*(?:[-•▪]\s*)?(?P<count>\d+)\s*(?:\([^)]*\)\s*)?(?:orang\s*)?(?P<kind>.*?)\s*[;.,]?\s*$"
)


@attrs.frozen
class StaffCount:
    """One line of a staffing breakdown: how many of which kind (eselon, JF, pelaksana, PPPK)."""

    text: str
    count: int | None = None
    kind: str = ""

    @classmethod
    def parse(cls, text: str) -> StaffCount:
        """Return the line with its count and kind read from '2 orang Pelaksana' (else text only)."""
        match = _COUNT.match(text)
        if match is None:
            return cls(text)
        return cls(text, int(match.group("count")), match.group("kind"))

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Staffing:
    """The jumlah pelaksana component: the printed text, a total where stated, its breakdown."""

    text: str = ""
    total: int | None = None
    breakdown: tuple[StaffCount, ...] = ()

    @property
    def breakdown_sum(self) -> int | None:
        """Return the sum of the breakdown's counts, or None when a line has no count."""
        counts = [c.count for c in self.breakdown]
        if not counts or any(c is None for c in counts):
            return None
        return sum(c for c in counts if c is not None)


@attrs.frozen
class Competency:
    """The kompetensi pelaksana of one role (or of every pelaksana when no role is printed)."""

    items: tuple[str, ...] = ()
    role: str = ""
    text: str = ""

    def __str__(self) -> str:
        if self.text:
            return self.text
        body = "; ".join(self.items)
        return f"{self.role}: {body}" if self.role else body


@attrs.frozen
class Variant:
    """A case of a service with its own requirements, time limit, signer or procedure."""

    slug: str
    name: str
    description: str = ""
    requirements: tuple[Requirement, ...] = ()
    procedure: tuple[ProcedureItem, ...] = ()
    time_limit: TimeLimit | None = None
    signer: str = ""
    products: tuple[Product, ...] = ()
    sop: str = ""
    notes: tuple[str, ...] = ()
    requirement_groups: tuple[RequirementGroup, ...] = ()
    eligibility: RuleRef | None = None
    """The national (or agency) rule that decides who may use this variant, where the law
    rather than a printed requirement decides it; not a persyaratan."""

    @property
    def all_requirements(self) -> tuple[Requirement, ...]:
        """Return the ungrouped requirements, then those of every group, in printed order."""
        return _flatten(self.requirements, self.requirement_groups)


def _flatten(
    requirements: tuple[Requirement, ...], groups: tuple[RequirementGroup, ...]
) -> tuple[Requirement, ...]:
    return (*requirements, *(r for g in groups for r in g.requirements))


COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("requirements", "Persyaratan", "delivery"),
    ("procedure", "Sistem, mekanisme dan prosedur", "delivery"),
    ("time_limit", "Jangka waktu penyelesaian", "delivery"),
    ("fee", "Biaya/tarif", "delivery"),
    ("products", "Produk pelayanan", "delivery"),
    ("complaints", "Penanganan pengaduan, saran dan masukan", "delivery"),
    ("legal_basis", "Dasar hukum", "manufacturing"),
    ("facilities", "Sarana, prasarana dan/atau fasilitas", "manufacturing"),
    ("competencies", "Kompetensi pelaksana", "manufacturing"),
    ("oversight", "Pengawasan internal", "manufacturing"),
    ("staffing", "Jumlah pelaksana", "manufacturing"),
    ("service_guarantee", "Jaminan pelayanan", "manufacturing"),
    ("security_guarantee", "Jaminan keamanan dan keselamatan pelayanan", "manufacturing"),
    ("performance_evaluation", "Evaluasi kinerja pelaksana", "manufacturing"),
)
"""The 14 components of PermenPAN-RB 15/2014: (field name, Indonesian name, group)."""


@attrs.frozen
class Service:
    """A standar pelayanan with its 14 components, variants and SOPs."""

    agency: str
    slug: str
    name: str
    section: str = ""
    section_code: str = ""
    number: str = ""
    requirements: tuple[Requirement, ...] = ()
    procedure: tuple[ProcedureItem, ...] = ()
    time_limit: TimeLimit | None = None
    time_limit_text: str = ""
    fee: Fee | None = None
    products: tuple[Product, ...] = ()
    complaints: tuple[ComplaintChannel, ...] = ()
    legal_basis: tuple[LegalRef, ...] = ()
    facilities: tuple[str, ...] = ()
    competencies: tuple[Competency, ...] = ()
    oversight: tuple[str, ...] = ()
    staffing: Staffing | None = None
    service_guarantee: tuple[str, ...] = ()
    security_guarantee: tuple[str, ...] = ()
    performance_evaluation: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    sops: tuple[Sop, ...] = ()
    signer: str = ""
    aliases: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    eligibility: RuleRef | None = None
    """The rule that decides who may use the service (see Variant.eligibility)."""
    requirement_groups: tuple[RequirementGroup, ...] = ()
    # names the catalogue adds for search that the document does not print
    editorial_aliases: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()
    # where the object was read from; not data (no equality, no JSON)
    source: Source | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def code(self) -> str:
        """Return the stable code '<agency-code>/<service-slug>'."""
        return f"{self.agency}/{self.slug}"

    @property
    def all_requirements(self) -> tuple[Requirement, ...]:
        """Return the ungrouped requirements, then those of every group, in printed order."""
        return _flatten(self.requirements, self.requirement_groups)

    def requirement_paths(self) -> tuple[tuple[str, Requirement], ...]:
        """Return every requirement of the service and its variants with its field path."""
        found: list[tuple[str, Requirement]] = []
        owners: list[tuple[str, Service | Variant]] = [("", self)]
        owners += [(f"variants[{i}].", v) for i, v in enumerate(self.variants)]
        for prefix, owner in owners:
            found += [(f"{prefix}requirements[{i}]", r) for i, r in enumerate(owner.requirements)]
            for g, group in enumerate(owner.requirement_groups):
                found += [
                    (f"{prefix}requirement_groups[{g}].requirements[{i}]", r)
                    for i, r in enumerate(group.requirements)
                ]
        return tuple(found)

    def variant(self, name: str) -> Variant:
        """Return the variant with this slug or name (case-insensitive); raise KeyError."""
        wanted = name.casefold()
        for variant in self.variants:
            if wanted in (variant.slug.casefold(), variant.name.casefold()):
                return variant
        known = ", ".join(v.slug for v in self.variants) or "none"
        raise KeyError(f"service {self.code!r} has no variant {name!r} (variants: {known})")

    def missing_components(self) -> tuple[str, ...]:
        """Return the field names of the 14 components that are absent or empty."""
        return tuple(
            name
            for name, _, _ in COMPONENTS
            if not getattr(self, name) and not (name == "requirements" and self.requirement_groups)
        )

    def _repr_html_(self) -> str:
        """Return the service card as an HTML fragment, for notebooks."""
        from sopkit.render import render_service_html  # lazy: render imports the core

        return render_service_html(self, standalone=False)

    def _repr_markdown_(self) -> str:
        """Return the service card in Markdown, for notebooks."""
        from sopkit.render import render_service_markdown

        return render_service_markdown(self)
