"""Markdown views: the service card with its 14 components, and an SOP's identity and steps."""

from __future__ import annotations

import re

from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.render._card import GROUP_TITLES, Entry, components, sop_identity, sop_sections
from sopkit.render._card import variant_rows as _variant_rows
from sopkit.render._flow import missing_branches
from sopkit.render._safe import one_line
from sopkit.render._text import describe_limit

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_escape(text: str) -> str:
    """Return text with Markdown and HTML special characters backslash-escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def md_code(text: str) -> str:
    """Return text as an inline code span whose fence no backtick run inside can close."""
    text = one_line(text)
    runs = [len(r) for r in re.findall("`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _entries(entries: tuple[Entry, ...], ordered: bool = False) -> str:
    if not entries:
        return "-\n"
    if len(entries) == 1 and not entries[0].items and not ordered:
        return md_escape(entries[0].text) + "\n"
    out = ""
    for n, entry in enumerate(entries, start=1):
        bullet = f"{n}." if ordered else "-"
        out += f"{bullet} {md_escape(entry.text)}\n"
        out += "".join(f"    - {md_escape(item)}\n" for item in entry.items)
    return out


def _number(service: Service) -> str:
    return ".".join(p for p in (service.section_code, service.number) if p)


def render_service_markdown(service: Service) -> str:
    """Return the service card in Markdown: identity, the 14 components, variants, SOPs."""
    out = f"# {md_escape(service.name)}\n\n"
    facts = [f"Kode: {md_code(service.code)}"]
    if _number(service):
        facts.append(f"Nomor: {md_escape(_number(service))}")
    if service.section:
        facts.append(f"Bidang: {md_escape(service.section)}")
    if service.signer:
        facts.append(f"Penandatangan: {md_escape(service.signer)}")
    out += "  \n".join(facts) + "\n"
    group = ""
    for comp in components(service):
        if comp.group != group:
            group = comp.group
            out += f"\n## {GROUP_TITLES[group]}\n"
        out += f"\n### {comp.number}. {comp.label}\n\n"
        out += _entries(comp.entries, comp.ordered)
    if service.variants:
        out += "\n## Varian\n"
        for variant in service.variants:
            out += f"\n### {md_escape(variant.name)} ({md_code(variant.slug)})\n\n"
            for label, entries in _variant_rows(variant) or (("Keterangan", ()),):
                out += f"**{label}:**\n\n" + _entries(entries, label == "Prosedur") + "\n"
    out += "\n## SOP\n\n"
    out += _sop_table(service.sops) if service.sops else "-\n"
    if service.notes:
        out += "\n## Catatan\n\n" + _entries(tuple(Entry(n) for n in service.notes), False)
    return out


def _sop_table(sops: tuple[Sop, ...]) -> str:
    labels = [label for label, _ in sop_identity(sops[0])]
    out = "| " + " | ".join(labels) + " |\n|" + "---|" * len(labels) + "\n"
    for sop in sops:
        out += "| " + " | ".join(md_escape(v) for _, v in sop_identity(sop)) + " |\n"
    return out


def _cell(items: tuple[str, ...] | str) -> str:
    parts = (items,) if isinstance(items, str) else items
    return "<br>".join(md_escape(p) for p in parts if p) or "-"


def render_sop_markdown(sop: Sop) -> str:
    """Return an SOP in Markdown: identity, header lists and the table of steps."""
    out = f"# SOP {md_escape(sop.name)}\n\n| Identitas | |\n|---|---|\n"
    out += "".join(f"| {label} | {md_escape(value)} |\n" for label, value in sop_identity(sop))
    for title, items in sop_sections(sop):
        out += f"\n**{title}:**\n\n" + _entries(tuple(Entry(i) for i in items))
    out += f"\n**Pelaksana:** {_cell(', '.join(sop.actors))}\n\n"
    out += "| No | Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan |\n"
    out += "|---|---|---|---|---|---|---|\n"
    for step in sop.steps:
        activity = [step.activity, *(f"- {s}" for s in step.sub_activities)]
        notes = [step.note]
        if step.decision is not None:
            d = step.decision
            activity.append(f"Keputusan: {d.question}" if d.question else "Keputusan")
            notes += [f"Ya → {d.yes}" if d.yes is not None else "", ""]
            notes += [f"Tidak → {d.no}" if d.no is not None else ""]
            notes += [f"cabang {b.value} tidak tercantum" for b in missing_branches(step)]
        actors = ", ".join(step.actors) or "pelaksana tidak tercantum"
        cells = (
            str(step.number),
            _cell(tuple(activity)),
            _cell(actors),
            _cell(step.inputs),
            _cell(describe_limit(step.duration, step.duration_text)),
            _cell(step.output),
            _cell(tuple(notes)),
        )
        out += "| " + " | ".join(cells) + " |\n"
    if sop.stated_total is not None or sop.stated_total_text:
        out += f"\n**Jumlah waktu:** {md_escape(describe_limit(sop.stated_total, sop.stated_total_text))}\n"
    return out
