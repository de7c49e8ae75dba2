"""Completeness: the 14 components of PermenPAN-RB 15/2014 and the SOP AP identity and header."""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.core._service import COMPONENTS
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check


@check(
    "SP001",
    Severity.ERROR,
    "a standar pelayanan component is missing or empty",
    "komponen standar pelayanan tidak ada atau kosong",
)
def missing_components(ctx: LintContext) -> Iterator[Raw]:
    """Yield one finding per absent or empty component of each service."""
    labels = {name: label for name, label, _ in COMPONENTS}
    for service in ctx.services():
        for name in service.missing_components():
            if name == "time_limit" and service.time_limit_text:
                continue  # printed but unreadable: TIME004 reports it
            yield (
                Location(service.agency, service.slug, field=name),
                f"Komponen '{labels[name]}' tidak ada atau kosong (PermenPAN-RB 15/2014)",
                f"The component '{labels[name]}' is missing or empty (PermenPAN-RB 15/2014)",
            )


_IDENTITY = (
    ("number", "Nomor SOP", "SOP number"),
    ("created", "Tanggal pembuatan", "date of making"),
    ("effective", "Tanggal efektif", "effective date"),
    ("approved_by", "Disahkan oleh", "approved by"),
)


@check(
    "SOP001",
    Severity.ERROR,
    "an SOP lacks an identity field of PermenPAN-RB 35/2012",
    "SOP tidak memuat unsur identitas menurut PermenPAN-RB 35/2012",
)
def sop_identity(ctx: LintContext) -> Iterator[Raw]:
    """Yield a finding per missing identity field (nomor, tanggal pembuatan/efektif, pengesahan)."""
    for service, sop in ctx.sops():
        where = service.slug if service else ""
        for field, label_id, label_en in _IDENTITY:
            if not getattr(sop, field):
                yield (
                    Location(sop.agency, where, sop.slug, field=field),
                    f"Identitas SOP tidak lengkap: '{label_id}' tidak ada (PermenPAN-RB 35/2012)",
                    f"SOP identity incomplete: no {label_en} (PermenPAN-RB 35/2012)",
                )


@check(
    "SOP002",
    Severity.WARNING,
    "an SOP states neither a revision date nor a revision number",
    "SOP tidak mencantumkan tanggal revisi maupun nomor revisi",
)
def sop_revision(ctx: LintContext) -> Iterator[Raw]:
    """Yield a finding for each SOP with no tanggal revisi at all."""
    for service, sop in ctx.sops():
        if sop.revised is None and not sop.revision:
            yield (
                Location(sop.agency, service.slug if service else "", sop.slug, field="revised"),
                "Tanggal revisi SOP tidak dicantumkan",
                "The SOP states no revision date or number",
            )


_HEADER = (
    ("legal_basis", "Dasar hukum", "legal basis"),
    ("qualifications", "Kualifikasi pelaksana", "executor qualifications"),
    ("related", "Keterkaitan", "related SOPs"),
    ("equipment", "Peralatan/perlengkapan", "equipment"),
    ("warnings", "Peringatan", "warnings"),
    ("records", "Pencatatan dan pendataan", "records"),
)


@check("SOP003", Severity.WARNING, "an SOP header field is empty", "isian kepala SOP kosong")
def sop_header(ctx: LintContext) -> Iterator[Raw]:
    """Yield a finding per empty header field (dasar hukum … pencatatan dan pendataan)."""
    for service, sop in ctx.sops():
        for field, label_id, label_en in _HEADER:
            if not getattr(sop, field):
                yield (
                    Location(sop.agency, service.slug if service else "", sop.slug, field=field),
                    f"Bagian '{label_id}' SOP kosong",
                    f"The SOP's {label_en} section is empty",
                )
