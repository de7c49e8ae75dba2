"""The content of a service card: each of the 14 components as entries, SOP identity rows."""

from __future__ import annotations

import attrs

from sopkit.core._service import COMPONENTS, Requirement, Service, Variant
from sopkit.core._sop import Sop
from sopkit.render._text import describe_limit


@attrs.frozen
class Entry:
    """One item of a component: its text and any sub-items."""

    text: str
    items: tuple[str, ...] = ()


@attrs.frozen
class Component:
    """One of the 14 components: number, Indonesian name, group, entries, whether ordered."""

    number: int
    field: str
    label: str
    group: str
    entries: tuple[Entry, ...]
    ordered: bool = False


GROUP_TITLES = {
    "delivery": "Komponen penyampaian pelayanan (service delivery)",
    "manufacturing": "Komponen pengelolaan pelayanan (manufacturing)",
}


def requirement_entry(req: Requirement) -> Entry:
    """Return a requirement as an entry: its text, rule and note, with its sub-items."""
    text = req.text
    if req.rule is not None:
        text += f" [aturan: {req.rule.rule}]"
    if req.note:
        text += f" ({req.note})"
    return Entry(text, req.items)


def _group_entries(owner: Service | Variant) -> tuple[Entry, ...]:
    return tuple(
        Entry(g.title, tuple(requirement_entry(r).text for r in g.requirements))
        for g in owner.requirement_groups
    )


def _entries(service: Service, field: str) -> tuple[Entry, ...]:
    value = getattr(service, field)
    if field == "time_limit":
        text = describe_limit(value, service.time_limit_text)
        return (Entry(text),) if text else ()
    if field == "fee":
        return (Entry(value.text),) if value is not None else ()
    if field == "staffing":
        if value is None or not (value.text or value.breakdown):
            return ()
        return (Entry(value.text or str(value.total or ""), tuple(map(str, value.breakdown))),)
    if field == "requirements":
        return (*(requirement_entry(r) for r in value), *_group_entries(service))
    if field == "procedure":
        return tuple(Entry(p.text, tuple(i.flat() for i in p.items)) for p in value)
    if field == "products":
        return tuple(Entry(f"{p.name} ({p.note})" if p.note else p.name) for p in value)
    if field == "complaints":
        return tuple(Entry(c.text or f"{c.kind.value}: {c.value}") for c in value)
    if field == "legal_basis":
        return tuple(Entry(r.text) for r in value)
    return tuple(Entry(str(v)) for v in value)


def components(service: Service) -> tuple[Component, ...]:
    """Return the 14 components of a service in PermenPAN-RB 15/2014 order."""
    return tuple(
        Component(n, field, label, group, _entries(service, field), field == "procedure")
        for n, (field, label, group) in enumerate(COMPONENTS, start=1)
    )


def variant_rows(variant: Variant) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    """Return the labelled, non-empty parts of a variant."""
    rows: list[tuple[str, tuple[Entry, ...]]] = [
        ("Keterangan", (Entry(variant.description),) if variant.description else ()),
        (
            "Persyaratan",
            (*(requirement_entry(r) for r in variant.requirements), *_group_entries(variant)),
        ),
        (
            "Prosedur",
            tuple(Entry(p.text, tuple(i.flat() for i in p.items)) for p in variant.procedure),
        ),
        ("Jangka waktu", _limit(variant)),
        ("Penandatangan", (Entry(variant.signer),) if variant.signer else ()),
        ("Produk", tuple(Entry(p.name) for p in variant.products)),
        ("SOP", (Entry(variant.sop),) if variant.sop else ()),
        ("Catatan", tuple(Entry(n) for n in variant.notes)),
    ]
    return tuple((label, entries) for label, entries in rows if entries)


def _limit(variant: Variant) -> tuple[Entry, ...]:
    text = describe_limit(variant.time_limit)
    return (Entry(text),) if text else ()


def sop_identity(sop: Sop) -> tuple[tuple[str, str], ...]:
    """Return the PermenPAN-RB 35/2012 identity fields of an SOP, '-' where absent."""
    approved = ""
    if sop.approved_by is not None:
        a = sop.approved_by
        approved = a.text or ", ".join(
            p for p in (a.role, a.name, f"NIP {a.nip}" if a.nip else "") if p
        )
    revised = str(sop.revised) if sop.revised else sop.revision
    fields = (
        ("Nama SOP", sop.name),
        ("Kode", sop.code),
        ("Nomor SOP", sop.number),
        ("Tanggal pembuatan", str(sop.created) if sop.created else ""),
        ("Tanggal revisi", revised),
        ("Tanggal efektif", str(sop.effective) if sop.effective else ""),
        ("Disahkan oleh", approved),
        ("Unit", sop.unit),
        ("Jumlah langkah", str(len(sop.steps))),
    )
    return tuple((label, value or "-") for label, value in fields)


def sop_sections(sop: Sop) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the SOP header lists (dasar hukum ... pencatatan) with their Indonesian titles."""
    return (
        ("Dasar hukum", tuple(r.text for r in sop.legal_basis)),
        ("Kualifikasi pelaksana", sop.qualifications),
        ("Keterkaitan", sop.related),
        ("Peralatan/perlengkapan", sop.equipment),
        ("Peringatan", sop.warnings),
        ("Pencatatan dan pendataan", sop.records),
    )
