"""Standar pelayanan: the 14 components of PermenPAN-RB 15/2014, variants and SOPs."""

from __future__ import annotations

import enum

import attrs

from sopkit.calendar._duration import TimeLimit
from sopkit.core._agency import ComplaintChannel
from sopkit.core._fee import Fee
from sopkit.core._legal import LegalRef
from sopkit.core._params import Params
from sopkit.core._sop import Sop


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
class Product:
    """A produk pelayanan: what the applicant receives."""

    name: str
    note: str = ""


@attrs.frozen
class Staffing:
    """The jumlah pelaksana component: the printed text, a total where stated, its breakdown."""

    text: str = ""
    total: int | None = None
    breakdown: tuple[str, ...] = ()


@attrs.frozen
class Variant:
    """A case of a service with its own requirements, time limit, signer or procedure."""

    slug: str
    name: str
    description: str = ""
    requirements: tuple[Requirement, ...] = ()
    procedure: tuple[str, ...] = ()
    time_limit: TimeLimit | None = None
    signer: str = ""
    products: tuple[Product, ...] = ()
    sop: str = ""
    notes: tuple[str, ...] = ()
    eligibility: RuleRef | None = None
    """The national (or agency) rule that decides who may use this variant, where the law
    rather than a printed requirement decides it; not a persyaratan."""


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
    procedure: tuple[str, ...] = ()
    time_limit: TimeLimit | None = None
    time_limit_text: str = ""
    fee: Fee | None = None
    products: tuple[Product, ...] = ()
    complaints: tuple[ComplaintChannel, ...] = ()
    legal_basis: tuple[LegalRef, ...] = ()
    facilities: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
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

    @property
    def code(self) -> str:
        """Return the stable code '<agency-code>/<service-slug>'."""
        return f"{self.agency}/{self.slug}"

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
        return tuple(name for name, _, _ in COMPONENTS if not getattr(self, name))

    def _repr_html_(self) -> str:
        """Return the service card as an HTML fragment, for notebooks."""
        from sopkit.render import render_service_html  # lazy: render imports the core

        return render_service_html(self, standalone=False)

    def _repr_markdown_(self) -> str:
        """Return the service card in Markdown, for notebooks."""
        from sopkit.render import render_service_markdown

        return render_service_markdown(self)
