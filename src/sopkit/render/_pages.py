"""Cutting a multi-page swimlane drawing into one drawing per page, each with the title."""

from __future__ import annotations

import attrs

from sopkit.render._shapes import Arrow, Connector, Drawing, Link, Rect, Symbol, Text


def _shift_rect(r: Rect, dy: float) -> Rect:
    return attrs.evolve(r, y=r.y + dy)


def _shift_text(t: Text, dy: float) -> Text:
    return attrs.evolve(t, y=t.y + dy)


def _shift_link(k: Link, dy: float) -> Link:
    return attrs.evolve(k, y1=k.y1 + dy, y2=k.y2 + dy)


def _shift_symbol(s: Symbol, dy: float) -> Symbol:
    return attrs.evolve(s, cy=s.cy + dy)


def _shift_arrow(a: Arrow, dy: float) -> Arrow:
    at = None if a.label_at is None else (a.label_at[0], a.label_at[1] + dy)
    return attrs.evolve(a, points=tuple((x, y + dy) for x, y in a.points), label_at=at)


def _shift_connector(c: Connector, dy: float) -> Connector:
    return attrs.evolve(c, cy=c.cy + dy)


def split_pages(drawing: Drawing) -> tuple[Drawing, ...]:
    """Return one drawing per page of the table, each headed by the chart's title block."""
    if len(drawing.pages) <= 1:
        return (drawing,)
    title_bottom = drawing.pages[0][0]
    out = []
    for top, bottom in drawing.pages:
        dy = title_bottom - top

        def on_page(y: float, top: float = top, bottom: float = bottom) -> bool:
            return y < title_bottom or top <= y <= bottom

        def keep(y: float, top: float = top, bottom: float = bottom) -> bool:
            return top <= y <= bottom

        def move(y: float, dy: float = dy) -> float:
            return 0.0 if y < title_bottom else dy

        out.append(
            Drawing(
                width=drawing.width,
                height=title_bottom + (bottom - top) + (drawing.height - drawing.pages[-1][1]),
                title=drawing.title,
                rects=tuple(
                    _shift_rect(r, move(r.y)) for r in drawing.rects if on_page(r.y + r.h / 2)
                ),
                texts=tuple(_shift_text(t, move(t.y)) for t in drawing.texts if on_page(t.y)),
                links=tuple(_shift_link(k, dy) for k in drawing.links if keep(k.y1)),
                symbols=tuple(_shift_symbol(s, dy) for s in drawing.symbols if keep(s.cy)),
                arrows=tuple(
                    _shift_arrow(a, dy) for a in drawing.arrows if all(keep(y) for _, y in a.points)
                ),
                connectors=tuple(_shift_connector(c, dy) for c in drawing.connectors if keep(c.cy)),
                pages=((title_bottom, title_bottom + bottom - top),),
                title_height=drawing.title_height,
            )
        )
    return tuple(out)
