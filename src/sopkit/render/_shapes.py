"""Drawing primitives the swimlane layout produces and the SVG writer serialises."""

from __future__ import annotations

import attrs

Point = tuple[float, float]


@attrs.frozen
class Rect:
    """A table cell or band: its box and CSS class."""

    x: float
    y: float
    w: float
    h: float
    cls: str = "cell"
    lane: str | None = None


@attrs.frozen
class Text:
    """Lines of text whose first baseline is at y; anchor is start, middle or end."""

    x: float
    y: float
    lines: tuple[str, ...]
    anchor: str = "start"
    cls: str = ""


@attrs.frozen
class Symbol:
    """A flowchart symbol centred at (cx, cy); step is None for the extra end terminators."""

    shape: str
    cx: float
    cy: float
    w: float
    h: float
    step: int | None = None
    lane: str | None = None
    label: tuple[str, ...] = ()

    @property
    def left(self) -> float:
        """Return the x of the symbol's left edge."""
        return self.cx - self.w / 2

    @property
    def right(self) -> float:
        """Return the x of the symbol's right edge."""
        return self.cx + self.w / 2

    @property
    def top(self) -> float:
        """Return the y of the symbol's top edge."""
        return self.cy - self.h / 2

    @property
    def bottom(self) -> float:
        """Return the y of the symbol's bottom edge."""
        return self.cy + self.h / 2


@attrs.frozen
class Link:
    """A plain line joining the symbols of one step drawn in several actors' lanes."""

    x1: float
    y1: float
    x2: float
    y2: float
    step: int


@attrs.frozen
class Arrow:
    """A flow arrow (or the part of one on a page) with its Ya/Tidak label."""

    points: tuple[Point, ...]
    edge: int
    source: int
    target: str
    label: str = ""
    label_at: Point | None = None
    label_anchor: str = "start"


@attrs.frozen
class Connector:
    """An off-page connector (segi lima) carrying the flow to or from another page."""

    cx: float
    cy: float
    label: str
    edge: int
    page: int


@attrs.frozen
class Drawing:
    """Everything a swimlane chart draws, in page coordinates."""

    width: float
    height: float
    title: str
    rects: tuple[Rect, ...] = ()
    texts: tuple[Text, ...] = ()
    links: tuple[Link, ...] = ()
    symbols: tuple[Symbol, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    connectors: tuple[Connector, ...] = ()
    pages: tuple[tuple[float, float], ...] = ()  # (top, bottom) of each page's table
    title_height: float = 0.0  # the title block above the first page
