"""Serialise a swimlane drawing as a standalone SVG document."""

from __future__ import annotations

import re

from sopkit.core._sop import Sop
from sopkit.render._chart import chart
from sopkit.render._layout import FONT, LINE, LayoutOptions
from sopkit.render._pages import split_pages
from sopkit.render._safe import xml_escape
from sopkit.render._shapes import Arrow, Connector, Drawing, Rect, Symbol, Text
from sopkit.render._text import FONT_STACK, text_width

BRANCH_FONT = 10.0

_STYLE = f"""
.sopkit-chart text {{ font-family: {FONT_STACK}; font-size: 11px; fill: #111; }}"""
_STYLE += """
.sopkit-chart .cell { fill: #fff; stroke: #444; stroke-width: 0.8; }
.sopkit-chart .head { fill: #e6ecf3; stroke: #444; stroke-width: 0.8; }
.sopkit-chart text.head { fill: #111; stroke: none; font-weight: bold; }
.sopkit-chart .band { fill: #fafafa; stroke: #444; stroke-width: 0.8; }
.sopkit-chart .title { font-size: 15px; font-weight: bold; }
.sopkit-chart .subtitle, .sopkit-chart .page { fill: #444; }
.sopkit-chart .warn { fill: #b00020; font-style: italic; }
.sopkit-chart .total { font-weight: bold; }
.sopkit-chart .symbol { fill: #fff; stroke: #111; stroke-width: 1.4; }
.sopkit-chart .unassigned { stroke-dasharray: 5 3; }
.sopkit-chart.review .unassigned { stroke: #b00020; fill: #fff6f6; }
.sopkit-chart .review { fill: #fff8d6; stroke: #b8860b; stroke-width: 0.8; stroke-dasharray: 4 2; }
.sopkit-chart text.review-head { fill: #6b4e00; font-size: 10px; font-weight: bold; }
.sopkit-chart .symbol-label { fill: #b00020; font-size: 10px; font-style: italic; }
.sopkit-chart .end-label { font-size: 10px; }
.sopkit-chart .link { stroke: #111; stroke-width: 1.2; }
.sopkit-chart .flow { fill: none; stroke: #111; stroke-width: 1.2; }
.sopkit-chart .branch { font-size: 10px; font-weight: bold; fill: #0b4f8a; }
.sopkit-chart .branch-bg { fill: #fff; stroke: none; }
.sopkit-chart .connector { fill: #fff; stroke: #111; stroke-width: 1.3; }
.sopkit-chart .connector-label { font-size: 10px; font-weight: bold; }
"""


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _rect(r: Rect) -> str:
    lane = f' data-lane="{xml_escape(r.lane)}"' if r.lane is not None else ""
    return (
        f'<rect class="{r.cls}"{lane} x="{_n(r.x)}" y="{_n(r.y)}" '
        f'width="{_n(r.w)}" height="{_n(r.h)}"/>'
    )


def _text(t: Text) -> str:
    cls = f' class="{t.cls}"' if t.cls else ""
    spans = "".join(
        f'<tspan x="{_n(t.x)}" dy="{0 if i == 0 else _n(LINE)}">{xml_escape(line)}</tspan>'
        for i, line in enumerate(t.lines)
    )
    anchor = f' text-anchor="{t.anchor}"' if t.anchor != "start" else ""
    return f'<text x="{_n(t.x)}" y="{_n(t.y)}"{anchor}{cls} xml:space="preserve">{spans}</text>'


def _symbol_shape(s: Symbol) -> str:
    unassigned = " unassigned" if s.step is not None and s.lane is None else ""
    data = f' data-step="{s.step}"' if s.step is not None else ""
    data += f' data-lane="{xml_escape(s.lane)}"' if s.lane is not None else ""
    cls = f'class="symbol {s.shape}{unassigned}"{data}'
    if s.shape == "decision":
        points = (
            f"{_n(s.cx)},{_n(s.top)} {_n(s.right)},{_n(s.cy)} "
            f"{_n(s.cx)},{_n(s.bottom)} {_n(s.left)},{_n(s.cy)}"
        )
        return f'<polygon {cls} points="{points}"/>'
    rx = f' rx="{_n(min(s.h, s.w) / 2)}"' if s.shape in ("terminator", "end") else ""
    return (
        f'<rect {cls} x="{_n(s.left)}" y="{_n(s.top)}" width="{_n(s.w)}" height="{_n(s.h)}"{rx}/>'
    )


def _symbol(s: Symbol) -> str:
    out = _symbol_shape(s)
    if s.label:
        cls = "end-label" if s.shape == "end" else "symbol-label"
        first = s.cy - (len(s.label) - 1) * (LINE - 2) / 2 + (FONT - 1) * 0.35
        spans = "".join(
            f'<tspan x="{_n(s.cx)}" dy="{0 if i == 0 else _n(LINE - 2)}">{xml_escape(line)}</tspan>'
            for i, line in enumerate(s.label)
        )
        out += f'<text x="{_n(s.cx)}" y="{_n(first)}" text-anchor="middle" class="{cls}">{spans}</text>'
    return out


def _arrow(a: Arrow, marker: str) -> str:
    d = "M" + " L".join(f"{_n(x)},{_n(y)}" for x, y in a.points)
    out = (
        f'<path class="flow" d="{d}" data-edge="{a.edge}" data-from="{a.source}" '
        f'data-to="{xml_escape(a.target)}" marker-end="url(#{marker})"/>'
    )
    if a.label and a.label_at:
        x, y = a.label_at
        # an opaque box behind the label instead of a text halo: every renderer draws rects
        w = text_width(a.label, BRANCH_FONT, bold=True) + 4
        left = {"start": x - 2, "middle": x - w / 2, "end": x - w + 2}[a.label_anchor]
        out += (
            f'<rect class="branch-bg" x="{_n(left)}" y="{_n(y - BRANCH_FONT)}" '
            f'width="{_n(w)}" height="{_n(BRANCH_FONT + 3)}"/>'
        )
        out += (
            f'<text class="branch" x="{_n(x)}" y="{_n(y)}" text-anchor="{a.label_anchor}">'
            f"{xml_escape(a.label)}</text>"
        )
    return out


def _connector(c: Connector) -> str:
    x, y = c.cx, c.cy
    points = f"{_n(x - 11)},{_n(y - 11)} {_n(x + 11)},{_n(y - 11)} {_n(x + 11)},{_n(y + 3)} "
    points += f"{_n(x)},{_n(y + 11)} {_n(x - 11)},{_n(y + 3)}"
    return (
        f'<polygon class="connector" points="{points}" data-edge="{c.edge}" data-page="{c.page}"/>'
        f'<text class="connector-label" x="{_n(x)}" y="{_n(y + 1)}" text-anchor="middle">'
        f"{xml_escape(c.label)}</text>"
    )


def drawing_svg(drawing: Drawing, ident: str, *, review: bool = False) -> str:
    """Return the SVG markup of a drawing; ident keeps its marker id unique on a page."""
    marker = "arrow-" + re.sub(r"[^A-Za-z0-9_-]", "-", ident)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(drawing.width)}" '
        f'height="{_n(drawing.height)}" viewBox="0 0 {_n(drawing.width)} {_n(drawing.height)}" '
        f'class="sopkit-chart{" review" if review else ""}" role="img" aria-label="{xml_escape(drawing.title)}">',
        f"<title>{xml_escape(drawing.title)}</title>",
        f"<defs><style>{_STYLE}</style>"
        f'<marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="#111"/></marker></defs>',
        f'<rect width="{_n(drawing.width)}" height="{_n(drawing.height)}" fill="#fff"/>',
    ]
    parts += (_rect(r) for r in drawing.rects)
    parts += (_text(t) for t in drawing.texts)
    parts += (
        f'<line class="link" x1="{_n(k.x1)}" y1="{_n(k.y1)}" x2="{_n(k.x2)}" y2="{_n(k.y2)}" '
        f'data-step="{k.step}"/>'
        for k in drawing.links
    )
    parts += (_symbol(s) for s in drawing.symbols)
    parts += (_arrow(a, marker) for a in drawing.arrows)
    parts += (_connector(c) for c in drawing.connectors)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render_sop_svg_pages(sop: Sop, options: LayoutOptions | None = None) -> tuple[str, ...]:
    """Return the SOP as one standalone SVG per page, each with the title and the header."""
    options = options or LayoutOptions()
    return tuple(
        drawing_svg(page, sop.code, review=options.review)
        for page in split_pages(chart(sop, options))
    )


def render_sop_svg(sop: Sop, options: LayoutOptions | None = None) -> str:
    """Return the SOP as a standalone SVG swimlane table (PermenPAN-RB 35/2012)."""
    options = options or LayoutOptions()
    return drawing_svg(chart(sop, options), sop.code, review=options.review)
