"""Arrows between the symbols of the swimlane chart, with off-page connectors across pages."""

from __future__ import annotations

import string

import attrs

from sopkit.core._sop import END
from sopkit.render._flow import Branch, FlowEdge
from sopkit.render._layout import END_GAP, END_W
from sopkit.render._shapes import Arrow, Connector, Point, Symbol

CHANNEL = 7.0
CHANNEL_STEP = 5.0
END_H = 22.0


@attrs.frozen
class Grid:
    """Where each step sits (by position): symbols, page; the position of each step number."""

    symbols: dict[int, tuple[Symbol, ...]]
    index: dict[int, int]  # step number -> position of its first step
    page: dict[int, int]  # position -> page
    first_index: tuple[int, ...]
    last_index: tuple[int, ...]
    top_band: dict[int, float]
    bottom_band: dict[int, float]
    lanes_left: float
    lanes_right: float


def _x_toward(symbol: Symbol, x: float) -> float:
    if symbol.lane is None:  # spans every lane: meet the other end straight
        # a flat diamond is too thin near its tips: stay within its middle half
        inset = symbol.w / 4 if symbol.shape == "decision" else 12
        return min(max(x, symbol.left + inset), symbol.right - inset)
    return symbol.cx


def _pair(source: tuple[Symbol, ...], target: tuple[Symbol, ...]) -> tuple[Symbol, Symbol]:
    return min(
        ((s, t) for s in source for t in target),
        key=lambda p: abs(_x_toward(p[0], p[1].cx) - _x_toward(p[1], p[0].cx)),
    )


def _edge_y(symbol: Symbol, x: float, side: int) -> float:
    """Return the y where a vertical line at x meets the symbol's top (side -1) or bottom (+1)."""
    if symbol.shape != "decision":
        return symbol.cy + side * symbol.h / 2
    slope = 1 - min(1.0, abs(x - symbol.cx) / (symbol.w / 2))
    return symbol.cy + side * symbol.h / 2 * slope


def _side_x(symbol: Symbol, side: int) -> float:
    return symbol.right if side > 0 else symbol.left


LABEL_W = 30.0


def _label_at(points: tuple[Point, ...], left: float, right: float) -> tuple[Point, str]:
    """Return where a Ya/Tidak label goes and its anchor, kept inside the lanes."""
    (x0, y0), (x1, _) = points[0], points[-1 if len(points) < 2 else 1]
    if x0 == x1:
        return (x0 + 4, y0 + 12), "start"
    if x1 > x0:
        if x0 + 4 + LABEL_W <= right:
            return (x0 + 4, y0 - 5), "start"
        return (x0 - 4, y0 - 9), "end"
    if x0 - 4 - LABEL_W >= left:
        return (x0 - 4, y0 - 5), "end"
    return (x0 + 4, y0 - 9), "start"


@attrs.define
class Router:
    """Routes every flow edge of one chart into arrows and connectors."""

    grid: Grid
    arrows: list[Arrow] = attrs.Factory(list)
    connectors: list[Connector] = attrs.Factory(list)
    end_symbols: list[Symbol] = attrs.Factory(list)
    _ports: dict[int, set[str]] = attrs.Factory(dict)
    _channels: dict[tuple[float, int], int] = attrs.Factory(dict)
    _placed: dict[tuple[int, str], list[float]] = attrs.Factory(dict)

    def route_all(self, edges: tuple[FlowEdge, ...]) -> None:
        """Route each edge, numbering them in order."""
        for number, edge in enumerate(edges):
            if edge.target == END:
                self._to_end(number, edge)
            elif edge.target in self.grid.index:
                self._to_step(number, edge)

    def _port(self, source: Symbol, wanted: str) -> str:
        used = self._ports.setdefault(source.step or 0, set())
        order = {"bottom": ("bottom", "right", "left"), "right": ("right", "left", "bottom")}
        for port in order.get(wanted, ("left", "right", "bottom")):
            if port not in used:
                used.add(port)
                return port
        return wanted

    def _channel(self, x: float, side: int) -> float:
        key = (round(x), side)
        count = self._channels.get(key, 0)
        self._channels[key] = count + 1
        return x + side * (CHANNEL + CHANNEL_STEP * count)

    def _add(self, points: list[Point], number: int, edge: FlowEdge, labelled: bool) -> None:
        clean: list[Point] = []
        for p in points:
            if not clean or clean[-1] != p:
                clean.append(p)
        if len(clean) == 1:  # touching symbols: keep a visible stub rather than lose the edge
            clean.append((clean[0][0], clean[0][1] + 6))
        label = edge.branch.value if labelled else ""
        at, anchor = _label_at(tuple(clean), self.grid.lanes_left, self.grid.lanes_right)
        self.arrows.append(
            Arrow(
                tuple(clean),
                number,
                edge.source,
                str(edge.target),
                label,
                at if label else None,
                anchor,
            )
        )

    def _to_end(self, number: int, edge: FlowEdge) -> None:
        source = self.grid.symbols[edge.index][-1]
        port = self._port(source, "right")
        side = 1 if port == "right" else -1
        if side > 0 and source.right + END_GAP + END_W > self.grid.lanes_right:
            side = -1
        x = _side_x(source, side)
        cx = x + side * (END_GAP + END_W / 2)
        end = Symbol("end", cx, source.cy, END_W, END_H, None, None, ("Selesai",))
        self.end_symbols.append(end)
        end_x = cx - side * END_W / 2
        self._add([(x, source.cy), (end_x, source.cy)], number, edge, True)

    def _to_step(self, number: int, edge: FlowEdge) -> None:
        assert isinstance(edge.target, int)
        grid = self.grid
        s_index, t_index = edge.index, grid.index[edge.target]
        source, target = _pair(grid.symbols[s_index], grid.symbols[t_index])
        s_page, t_page = grid.page[s_index], grid.page[t_index]
        last_on_page = s_index == grid.last_index[s_page]
        if (s_page == t_page and t_index == s_index + 1) or (s_page < t_page and last_on_page):
            wanted = "bottom"
        else:
            wanted = "right" if t_index > s_index else "left"
        port = self._port(source, wanted) if edge.branch is not Branch.NEXT else "bottom"
        labelled = edge.branch is not Branch.NEXT
        if s_page != t_page:
            self._across_pages(number, edge, source, target, port, labelled)
            return
        xt = _x_toward(target, _x_toward(source, target.cx))
        if port == "bottom":
            xs = _x_toward(source, xt)
            start, end = _edge_y(source, xs, 1), _edge_y(target, xt, -1)
            mid = target.top - 12 if target.top - 12 >= source.bottom + 6 else (start + end) / 2
            points = [(xs, start), (xs, mid), (xt, mid), (xt, end)]
        else:
            points = self._side_path(source, target, port, xt, t_index > s_index)
        self._add(points, number, edge, labelled)

    def _side_path(
        self, source: Symbol, target: Symbol, port: str, xt: float, forward: bool
    ) -> list[Point]:
        side = 1 if port == "right" else -1
        start = (_side_x(source, side), source.cy)
        ch = self._channel(start[0], side)
        if forward:
            if target.left <= ch <= target.right and target.lane is None:
                return [start, (ch, source.cy), (ch, _edge_y(target, ch, -1))]
            above = target.top - 10
            end = _edge_y(target, xt, -1)
            return [start, (ch, source.cy), (ch, above), (xt, above), (xt, end)]
        if target.left <= ch <= target.right:
            return [start, (ch, source.cy), (ch, _edge_y(target, ch, 1))]
        entry = target.left if ch < target.cx else target.right
        return [start, (ch, source.cy), (ch, target.cy), (entry, target.cy)]

    def _connector_x(self, page: int, band: str, x: float) -> float:
        placed = self._placed.setdefault((page, band), [])
        while any(abs(x - other) < 26 for other in placed):
            x += 26
        placed.append(x)
        return x

    def _across_pages(
        self,
        number: int,
        edge: FlowEdge,
        source: Symbol,
        target: Symbol,
        port: str,
        labelled: bool,
    ) -> None:
        grid = self.grid
        letter = _letter(len(self.connectors) // 2)
        target_number = edge.target
        assert isinstance(target_number, int)
        t_index = grid.index[target_number]
        s_page, t_page = grid.page[edge.index], grid.page[t_index]
        # the source's half: down to a connector in the bottom band of its page
        band = grid.bottom_band[s_page]
        if port == "bottom":
            x = _x_toward(source, target.cx)
            points: list[Point] = [(x, _edge_y(source, x, 1))]
        else:
            side = 1 if port == "right" else -1
            x = self._channel(_side_x(source, side), side)
            points = [(_side_x(source, side), source.cy), (x, source.cy)]
        cx = self._connector_x(s_page, "bottom", x)
        if cx != x:
            points += [(x, band + 6), (cx, band + 6)]
        points.append((cx, band + 14))
        self.connectors.append(Connector(cx, band + 25, letter, number, s_page))
        self._add(points, number, edge, labelled)
        # the target's half: from a connector in the top band of its page
        band = grid.top_band[t_page]
        first = t_index == grid.first_index[t_page]
        if first or target.lane is None:
            x = _x_toward(target, source.cx)
            cx = self._connector_x(t_page, "top", x)
            end = _edge_y(target, x, -1)
            tail: list[Point] = [(cx, band + 36), (cx, band + 42), (x, band + 42), (x, end)]
        else:
            x = self._channel(target.left, -1)
            cx = self._connector_x(t_page, "top", x)
            tail = [(cx, band + 36), (cx, band + 42), (x, band + 42), (x, target.cy)]
            tail.append((target.left, target.cy))
        self.connectors.append(Connector(cx, band + 25, letter, number, t_page))
        self._add(tail, number, edge, False)


def _letter(n: int) -> str:
    letters = string.ascii_uppercase
    return letters[n % 26] * (n // 26 + 1)
