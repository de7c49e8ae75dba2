"""Plain-text views of agencies, services and SOPs for the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from sopkit.calendar._duration import Duration, OpenDuration, TimeLimit
from sopkit.core._agency import Agency
from sopkit.core._service import (
    COMPONENTS,
    Competency,
    ProcedureItem,
    Requirement,
    RequirementKind,
    Service,
)
from sopkit.core._sop import Sop


def describe_limit(limit: TimeLimit | None, fallback: str = "") -> str:
    """Return a time limit as the text it was printed with."""
    if limit is None:
        return fallback or "-"
    if isinstance(limit, (Duration, OpenDuration)):
        return limit.text or (limit.describe() if isinstance(limit, Duration) else limit.kind.value)
    if limit.text:
        return limit.text
    return " + ".join(describe_limit(p.duration) for p in limit.parts)


def _lines(title: str, items: Iterable[str]) -> str:
    items = [i for i in items if i]
    if not items:
        return f"{title}: -\n"
    return f"{title}:\n" + "".join(f"  - {i}\n" for i in items)


def show_text(item: Agency | Service | Sop) -> str:
    """Return a readable multi-line view of an agency, service or SOP."""
    if isinstance(item, Agency):
        return _agency(item)
    if isinstance(item, Service):
        return _service(item)
    return _sop(item)


def _agency(a: Agency) -> str:
    out = f"{a.name} ({a.code})\n{a.regency}" + (f", {a.parent}" if a.parent else "") + "\n"
    if a.address:
        out += f"Alamat: {a.address}\n"
    out += "".join(f"{n.label}: {n.text}\n" for n in a.other_addresses)
    out += _lines("Kontak", (f"{c.kind.value}: {c.value}" for c in a.contacts))
    if a.decree:
        d = a.decree
        out += f"Keputusan: {d.number} ({d.date or d.date_text or '-'})"
        out += f" {d.title}" if d.title else ""
        out += f", ditandatangani {d.signed_by}\n" if d.signed_by else "\n"
    out += f"Zona waktu: {a.timezone}; 'hari' tanpa keterangan: {a.bare_day.value}\n"
    if a.vision:
        out += f"Visi: {a.vision}\n"
    if a.mission:
        out += _lines("Misi", a.mission)
    if a.maklumat:
        out += f"Maklumat: {a.maklumat}\n"
    if a.legal_basis:
        out += _lines("Dasar hukum", (r.text for r in a.legal_basis))
    if a.complaint_channels:
        out += _lines("Pengaduan", (f"{c.kind.value}: {c.value}" for c in a.complaint_channels))
    if a.notes:
        out += _lines("Catatan", a.notes)
    return out


def _component(service: Service, name: str) -> str:
    value = getattr(service, name)
    if name == "time_limit":
        return describe_limit(value, service.time_limit_text)
    if name == "fee":
        return value.text if value else "-"
    if name == "staffing":
        return value.text if value else "-"
    if name == "requirements" and service.requirement_groups:
        groups = [_requirements(value)] if value else []
        groups += [
            f"  {g.title}\n" + _requirements(g.requirements) for g in service.requirement_groups
        ]
        return "\n".join(groups)
    if not value:
        return "-"
    if name == "requirements":
        return _requirements(value)
    parts = []
    for entry in value:
        text = (
            str(entry)
            if isinstance(entry, (ProcedureItem, Competency))
            else getattr(entry, "text", None) or getattr(entry, "name", None) or str(entry)
        )
        if (
            getattr(entry, "value", None)
            and getattr(entry, "kind", None)
            and not hasattr(entry, "items")
        ):
            text = f"{entry.kind.value}: {entry.value}"
        parts.append(text)
    return "\n".join(f"  - {p}" for p in parts)


def _requirements(requirements: tuple[Requirement, ...]) -> str:
    lines = []
    for req in requirements:
        rule = f"  [{req.rule.rule} {dict(req.rule.params)}]" if req.rule else ""
        mark = " (syarat)" if req.kind is RequirementKind.CONDITION else ""
        lines.append(f"  - {req.text}{mark}{rule}")
        lines.extend(f"      · {item}" for item in req.items)
    return "\n".join(lines) if lines else "-"


def _service(s: Service) -> str:
    number = ".".join(p for p in (s.section_code, s.number) if p)
    out = f"{s.name}\n{s.code}" + (f"  (no. {number})" if number else "") + "\n"
    if s.section:
        out += f"Bidang: {s.section}\n"
    for name, label, _ in COMPONENTS:
        body = _component(s, name)
        sep = "\n" if body.startswith("  - ") else " "
        out += f"{label}:{sep}{body}\n"
    for v in s.variants:
        out += f"\nVarian {v.name} ({v.slug}): waktu {describe_limit(v.time_limit)}"
        out += f", ditandatangani {v.signer}\n" if v.signer else "\n"
        if v.description:
            out += f"  {v.description}\n"
        if v.requirements:
            out += "Persyaratan:\n" + _requirements(v.requirements) + "\n"
        out += _lines("Prosedur", map(str, v.procedure)) if v.procedure else ""
    out += _lines("Catatan", s.notes) if s.notes else ""
    for sop in s.sops:
        out += "\n" + _sop(sop)
    return out


def _sop(p: Sop) -> str:
    out = f"SOP {p.name} ({p.code})\n"
    for label, value in (
        ("Nomor SOP", p.number),
        ("Tanggal pembuatan", p.created),
        ("Tanggal revisi", p.revised or p.revision),
        ("Tanggal efektif", p.effective),
        ("Disahkan oleh", p.approved_by.text or p.approved_by.role if p.approved_by else ""),
    ):
        out += f"{label}: {value or '-'}\n"
    out += _lines("Dasar hukum", (r.text for r in p.legal_basis))
    out += _lines("Kualifikasi pelaksana", p.qualifications)
    out += _lines("Keterkaitan", p.related)
    out += _lines("Peralatan/perlengkapan", p.equipment)
    out += _lines("Peringatan", p.warnings)
    out += _lines("Pencatatan dan pendataan", p.records)
    for label, value in (
        ("Penanggung jawab produk", p.product_owner),
        ("Penanggung jawab pelaksanaan", p.executor),
    ):
        if value:
            out += f"{label}: {value}\n"
    if p.scope:
        out += _lines("Ruang lingkup", p.scope)
    out += f"Pelaksana: {', '.join(p.actors) or '-'}\n"
    rows = []
    for step in p.steps:
        duration = describe_limit(step.duration, step.duration_text)
        activity = step.activity + "".join(
            f" / {a}" for a in step.sub_activities if a != step.activity
        )
        if step.decision is not None:
            yes, no = step.decision.yes, step.decision.no
            activity += (
                f"  ◇ Ya→{yes if yes is not None else '?'} Tidak→{no if no is not None else '?'}"
            )
        rows.append(
            (
                step.number,
                activity,
                ", ".join(step.actors) or "-",
                "; ".join(step.inputs),
                duration,
                "; ".join(step.output),
                step.note,
            )
        )
    from io import StringIO

    from sopkit.cli._common import print_table

    buf = StringIO()
    print_table(
        buf, ("no", "kegiatan", "pelaksana", "kelengkapan", "waktu", "output", "keterangan"), rows
    )
    out += buf.getvalue()
    if p.stated_total is not None or p.stated_total_text:
        out += f"Total waktu: {describe_limit(p.stated_total, p.stated_total_text)}\n"
    out += _lines("Catatan", p.notes) if p.notes else ""
    return out
