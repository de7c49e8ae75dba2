"""HTML views: the SOP page (identity, header lists, embedded SVG chart) and the service card."""

from __future__ import annotations

from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.render._card import (
    GROUP_TITLES,
    Entry,
    components,
    sop_identity,
    sop_sections,
    variant_rows,
)
from sopkit.render._layout import LayoutOptions
from sopkit.render._safe import xml_escape
from sopkit.render._svg import render_sop_svg
from sopkit.render._text import FONT_STACK

_CSS = f"""
.sopkit {{ font-family: {FONT_STACK}; font-size: 14px;"""
_CSS += """
  color: #111; max-width: 100%; }
.sopkit h1 { font-size: 20px; margin: 0 0 6px; }
.sopkit h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 1px solid #ccc; }
.sopkit h3 { font-size: 14px; margin: 12px 0 4px; }
.sopkit table { border-collapse: collapse; margin: 6px 0; }
.sopkit table.card { width: 100%; }
.sopkit th, .sopkit td { border: 1px solid #999; padding: 4px 8px; vertical-align: top;
  text-align: left; }
.sopkit th { background: #e6ecf3; }
.sopkit td.num { width: 2.5em; text-align: right; }
.sopkit td.label { width: 16em; font-weight: bold; }
.sopkit .empty { color: #777; }
.sopkit ul, .sopkit ol { margin: 0; padding-left: 1.4em; }
.sopkit .meta { color: #444; margin: 0 0 8px; }
.sopkit .chart { overflow-x: auto; border: 1px solid #ddd; margin-top: 10px; }
.sopkit .sections { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
@media print { .sopkit .chart { overflow: visible; border: none; } }
"""


def _list(entries: tuple[Entry, ...], ordered: bool = False) -> str:
    if not entries:
        return '<span class="empty">-</span>'
    if len(entries) == 1 and not entries[0].items and not ordered:
        return xml_escape(entries[0].text)
    tag = "ol" if ordered else "ul"
    items = ""
    for entry in entries:
        sub = "".join(f"<li>{xml_escape(i)}</li>" for i in entry.items)
        items += f"<li>{xml_escape(entry.text)}" + (f"<ul>{sub}</ul>" if sub else "") + "</li>"
    return f"<{tag}>{items}</{tag}>"


def _page(title: str, body: str, standalone: bool) -> str:
    content = f'<div class="sopkit"><style>{_CSS}</style>{body}</div>'
    if not standalone:
        return content
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{xml_escape(title)}</title></head><body>{content}</body></html>\n"
    )


def _identity_table(sop: Sop) -> str:
    rows = "".join(
        f'<tr><td class="label">{xml_escape(k)}</td><td>{xml_escape(v)}</td></tr>'
        for k, v in sop_identity(sop)
    )
    return f"<table>{rows}</table>"


def render_sop_html(
    sop: Sop, options: LayoutOptions | None = None, *, standalone: bool = True
) -> str:
    """Return an SOP as HTML: identity, header lists and the swimlane chart as inline SVG."""
    body = f"<h1>SOP {xml_escape(sop.name)}</h1>"
    if sop.unit:
        body += f'<p class="meta">{xml_escape(sop.unit)}</p>'
    body += _identity_table(sop) + '<div class="sections">'
    for title, items in sop_sections(sop):
        entries = tuple(Entry(i) for i in items)
        body += f"<div><h3>{xml_escape(title)}</h3>{_list(entries)}</div>"
    body += "</div>"
    svg = render_sop_svg(sop, options)
    body += f'<h2>Prosedur</h2><div class="chart">{svg}</div>'
    return _page(f"SOP {sop.name}", body, standalone)


def render_service_html(service: Service, *, standalone: bool = True) -> str:
    """Return the service card as HTML: the 14 components, variants and each SOP's identity."""
    number = ".".join(p for p in (service.section_code, service.number) if p)
    body = f'<h1>{xml_escape(service.name)}</h1><p class="meta">{xml_escape(service.code)}'
    body += f" &middot; nomor {xml_escape(number)}" if number else ""
    body += f" &middot; {xml_escape(service.section)}" if service.section else ""
    body += "</p>"
    group = ""
    for comp in components(service):
        if comp.group != group:
            body += "</table>" if group else ""
            group = comp.group
            body += f'<h2>{xml_escape(GROUP_TITLES[group])}</h2><table class="card">'
        body += (
            f'<tr><td class="num">{comp.number}</td><td class="label">{xml_escape(comp.label)}</td>'
            f"<td>{_list(comp.entries, comp.ordered)}</td></tr>"
        )
    body += "</table>"
    if service.variants:
        body += "<h2>Varian</h2>"
        for variant in service.variants:
            body += f'<h3>{xml_escape(variant.name)}</h3><table class="card">'
            for label, entries in variant_rows(variant):
                body += f'<tr><td class="label">{xml_escape(label)}</td>'
                body += f"<td>{_list(entries, label == 'Prosedur')}</td></tr>"
            body += "</table>"
    body += "<h2>SOP</h2>"
    if not service.sops:
        body += '<p class="empty">-</p>'
    for sop in service.sops:
        body += f"<h3>SOP {xml_escape(sop.name)}</h3>" + _identity_table(sop)
    return _page(service.name, body, standalone)
