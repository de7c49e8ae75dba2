"""Assemble the swimlane chart of an SOP: title, pages of header and rows, symbols, arrows."""

from __future__ import annotations

from sopkit.core._sop import Sop
from sopkit.render._flow import flow_edges
from sopkit.render._layout import (
    BAND,
    LINE,
    MARGIN,
    PAGE_GAP,
    REVIEW_GAP,
    REVIEW_TITLE,
    REVIEW_W,
    SYMBOL_ROOM,
    Columns,
    LayoutOptions,
    cells,
    columns,
    header,
    links_for,
    pages_of,
    row,
    symbols_for,
    title_texts,
)
from sopkit.render._routing import Grid, Router
from sopkit.render._shapes import Drawing, Link, Rect, Symbol, Text
from sopkit.render._text import describe_limit, wrap


def _review_head(cols: Columns, y: float, h: float) -> tuple[Rect, Text]:
    left = cols.right + REVIEW_GAP
    lines = wrap(REVIEW_TITLE, REVIEW_W - 12, 11.0, bold=True)
    first = y + h / 2 - (len(lines) - 1) * LINE / 2 + 4
    return Rect(left, y, REVIEW_W, h, "review head"), Text(
        left + REVIEW_W / 2, first, lines, "middle", "review-head"
    )


def _band(cols: Columns, y: float) -> Rect:
    return Rect(cols.x[0], y, cols.right - cols.x[0], BAND, "band")


def _crossing_pages(
    sop: Sop, page_of: dict[int, int], index_of: dict[int, int]
) -> tuple[set[int], set[int]]:
    sources: set[int] = set()
    targets: set[int] = set()
    for edge in flow_edges(sop):
        target = edge.target
        if (
            isinstance(target, int)
            and target in index_of
            and page_of[edge.index] != page_of[index_of[target]]
        ):
            sources.add(page_of[edge.index])
            targets.add(page_of[index_of[target]])
    return sources, targets


def chart(sop: Sop, options: LayoutOptions | None = None) -> Drawing:
    """Return the drawing of an SOP's swimlane table with its flowchart."""
    options = options or LayoutOptions()
    review = options.review
    cols = columns(sop, options)
    width = cols.right + MARGIN + (REVIEW_GAP + REVIEW_W if review else 0)
    texts, title_h = title_texts(sop, width - 2 * MARGIN - 120)  # room for 'Halaman x dari y'
    all_texts: list[Text] = list(texts)
    rects: list[Rect] = []
    symbols: dict[int, tuple[Symbol, ...]] = {}
    links: list[Link] = []
    pages = pages_of(sop, options)
    page_of = {i: p for p, idx in enumerate(pages) for i in idx}
    index_of: dict[int, int] = {}
    for i, step in enumerate(sop.steps):
        index_of.setdefault(step.number, i)
    out_pages, in_pages = _crossing_pages(sop, page_of, index_of)
    top_band: dict[int, float] = {}
    bottom_band: dict[int, float] = {}
    y = MARGIN + title_h
    spans: list[tuple[float, float]] = []
    for p, indexes in enumerate(pages):
        page_top = y - 8  # the "Halaman" label sits 6 above the header, the title above that
        if len(pages) > 1:
            label = f"Halaman {p + 1} dari {len(pages)}"
            all_texts.append(Text(cols.right, y - 6, (label,), "end", "page"))
        head_rects, head_texts, head_h = header(cols, y)
        rects += head_rects
        all_texts += head_texts
        if review:
            review_rect, review_text = _review_head(cols, y, head_h)
            rects.append(review_rect)
            all_texts.append(review_text)
        y += head_h
        if p in in_pages:
            top_band[p] = y
            rects.append(_band(cols, y))
            y += BAND
        for i in indexes:
            the_cells = cells(sop, sop.steps[i], cols, review)
            tallest = max(s.h for s in symbols_for(sop, i, cols, 0, review))
            height = max(the_cells.height, tallest + SYMBOL_ROOM)
            row_rects, row_texts = row(sop, i, cols, y, height, the_cells)
            rects += row_rects
            all_texts += row_texts
            found = symbols_for(sop, i, cols, y + height / 2, review)
            symbols[i] = found
            links += links_for(found)
            y += height
        if p in out_pages:
            bottom_band[p] = y
            rects.append(_band(cols, y))
            y += BAND
        spans.append((page_top, y))
        y += PAGE_GAP
    y -= PAGE_GAP
    if sop.stated_total is not None or sop.stated_total_text:
        total = describe_limit(sop.stated_total, sop.stated_total_text)
        all_texts.append(Text(cols.x[0], y + LINE + 4, (f"Jumlah waktu: {total}",), cls="total"))
        y += LINE + 8
        spans[-1] = (spans[-1][0], y)
    grid = Grid(
        symbols=symbols,
        index=index_of,
        page=page_of,
        first_index=tuple(idx[0] if idx else 0 for idx in pages),
        last_index=tuple(idx[-1] if idx else 0 for idx in pages),
        top_band=top_band,
        bottom_band=bottom_band,
        lanes_left=cols.lane_x,
        lanes_right=cols.lane_x + cols.lanes_w,
    )
    router = Router(grid)
    router.route_all(flow_edges(sop))
    every_symbol = [s for group in symbols.values() for s in group] + router.end_symbols
    return Drawing(
        width=width,
        height=y + MARGIN,
        title=sop.name,
        rects=tuple(rects),
        texts=tuple(all_texts),
        links=tuple(links),
        symbols=tuple(every_symbol),
        arrows=tuple(router.arrows),
        connectors=tuple(router.connectors),
        pages=tuple(spans),
        title_height=MARGIN + title_h,
    )
