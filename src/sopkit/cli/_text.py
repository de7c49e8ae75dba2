"""Plain-text views of agencies, services and SOPs for the terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sopkit.calendar._duration import Duration, OpenDuration, TimeLimit
from sopkit.cli._layout import render_table
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

if TYPE_CHECKING:
    from sopkit.cli._common import Context

Words = Callable[..., str]


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


def show_text(item: Agency | Service | Sop, ctx: Context) -> str:
    """Return a readable multi-line view of an agency, service or SOP, in ctx's language."""
    if isinstance(item, Agency):
        return _agency(item, ctx.t)
    if isinstance(item, Service):
        return _service(item, ctx)
    return _sop(item, ctx)


def _agency(a: Agency, t: Words) -> str:
    out = f"{a.name} ({a.code})\n{a.regency}" + (f", {a.parent}" if a.parent else "") + "\n"
    if a.address:
        out += f"{t('show.address')}: {a.address}\n"
    out += "".join(f"{n.label}: {n.text}\n" for n in a.other_addresses)
    out += _lines(
        t("show.contacts"), (f"{t(f'contact.{c.kind.value}')}: {c.value}" for c in a.contacts)
    )
    if a.decree:
        d = a.decree
        out += f"{t('show.decree')}: {d.number} ({d.date or d.date_text or '-'})"
        out += f" {d.title}" if d.title else ""
        out += f", {t('show.signed_by', who=d.signed_by)}\n" if d.signed_by else "\n"
    out += t("show.timezone", tz=a.timezone, day=t(f"bareday.{a.bare_day.value}")) + "\n"
    if a.vision:
        out += f"{t('show.vision')}: {a.vision}\n"
    if a.mission:
        out += _lines(t("show.mission"), a.mission)
    if a.maklumat:
        out += f"{t('show.maklumat')}: {a.maklumat}\n"
    if a.legal_basis:
        out += _lines(t("show.legal_basis"), (r.text for r in a.legal_basis))
    if a.complaint_channels:
        out += _lines(
            t("show.complaints"),
            (f"{t(f'channel.{c.kind.value}')}: {c.value}" for c in a.complaint_channels),
        )
    if a.notes:
        out += _lines(t("show.notes"), a.notes)
    return out


def _component(service: Service, name: str, t: Words) -> str:
    value = getattr(service, name)
    if name == "time_limit":
        return describe_limit(value, service.time_limit_text)
    if name in ("fee", "staffing"):
        return value.text if value else "-"
    if name == "requirements" and service.requirement_groups:
        groups = [_requirements(value, t)] if value else []
        groups += [
            f"  {g.title}\n" + _requirements(g.requirements, t) for g in service.requirement_groups
        ]
        return "\n".join(groups)
    if not value:
        return "-"
    if name == "requirements":
        return _requirements(value, t)
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
            text = f"{_kind_word(t, entry.kind)}: {entry.value}"
        parts.append(text)
    return "\n".join(f"  - {p}" for p in parts)


def _requirements(requirements: tuple[Requirement, ...], t: Words) -> str:
    lines = []
    for req in requirements:
        rule = f"  [{req.rule.rule} {dict(req.rule.params)}]" if req.rule else ""
        mark = f" {t('show.condition')}" if req.kind is RequirementKind.CONDITION else ""
        lines.append(f"  - {req.text}{mark}{rule}")
        lines.extend(f"      · {item}" for item in req.items)
    return "\n".join(lines) if lines else "-"


def _service(s: Service, ctx: Context) -> str:
    t = ctx.t
    number = ".".join(p for p in (s.section_code, s.number) if p)
    out = f"{s.name}\n{s.code}" + (f"  ({t('show.number', number=number)})" if number else "")
    out += "\n"
    if s.section:
        out += f"{t('show.section')}: {s.section}\n"
    for name, _, _ in COMPONENTS:
        body = _component(s, name, t)
        sep = "\n" if body.startswith("  - ") else " "
        out += f"{t('component.' + name)}:{sep}{body}\n"
    for v in s.variants:
        limit = describe_limit(v.time_limit)
        out += "\n" + t("show.variant", name=v.name, slug=v.slug, limit=limit)
        out += f", {t('show.signed_by', who=v.signer)}\n" if v.signer else "\n"
        if v.description:
            out += f"  {v.description}\n"
        if v.requirements:
            out += f"{t('component.requirements')}:\n" + _requirements(v.requirements, t) + "\n"
        out += _lines(t("show.procedure"), map(str, v.procedure)) if v.procedure else ""
    out += _lines(t("show.notes"), s.notes) if s.notes else ""
    for sop in s.sops:
        out += "\n" + _sop(sop, ctx)
    return out


def _sop(p: Sop, ctx: Context) -> str:
    t = ctx.t
    out = f"SOP {p.name} ({p.code})\n"
    for key, value in (
        ("show.sop_number", p.number),
        ("show.created", p.created),
        ("show.revised", p.revised or p.revision),
        ("show.effective", p.effective),
        ("show.approved_by", p.approved_by.text or p.approved_by.role if p.approved_by else ""),
    ):
        out += f"{t(key)}: {value or '-'}\n"
    out += _lines(t("show.legal_basis"), (r.text for r in p.legal_basis))
    out += _lines(t("show.qualifications"), p.qualifications)
    out += _lines(t("show.related"), p.related)
    out += _lines(t("show.equipment"), p.equipment)
    out += _lines(t("show.warnings"), p.warnings)
    out += _lines(t("show.records"), p.records)
    for key, value in (("show.product_owner", p.product_owner), ("show.executor", p.executor)):
        if value:
            out += f"{t(key)}: {value}\n"
    if p.scope:
        out += _lines(t("show.scope"), p.scope)
    out += f"{t('show.actors')}: {', '.join(p.actors) or '-'}\n"
    yes_word, no_word = t("show.yes"), t("show.no")
    rows = []
    for step in p.steps:
        duration = describe_limit(step.duration, step.duration_text)
        activity = step.activity + "".join(
            f" / {a}" for a in step.sub_activities if a != step.activity
        )
        if step.decision is not None:
            yes, no = step.decision.yes, step.decision.no
            activity += (
                f"  ◇ {yes_word}→{yes if yes is not None else '?'}"
                f" {no_word}→{no if no is not None else '?'}"
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
    headers = "col.step_no col.activity col.actors col.inputs col.duration col.output col.remarks"
    out += render_table([t(h) for h in headers.split()], rows, ctx.width)
    if p.stated_total is not None or p.stated_total_text:
        out += f"{t('show.total')}: {describe_limit(p.stated_total, p.stated_total_text)}\n"
    out += _lines(t("show.notes"), p.notes) if p.notes else ""
    return out


def _kind_word(t: Words, kind: object) -> str:
    """Return a contact's or complaint channel's kind in the interface language."""
    from sopkit.core._agency import ChannelKind

    prefix = "channel" if isinstance(kind, ChannelKind) else "contact"
    return t(f"{prefix}.{getattr(kind, 'value', kind)}")
