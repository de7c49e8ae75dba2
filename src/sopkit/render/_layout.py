"""The swimlane table of PermenPAN-RB 35/2012 laid out: columns, wrapped rows, pages, symbols."""

from __future__ import annotations

import itertools

import attrs

from sopkit._errors import SopkitError
from sopkit.core._sop import END, Sop, Step
from sopkit.render._flow import Shape, lanes, missing_branches, step_shape, untargeted
from sopkit.render._shapes import Link, Rect, Symbol, Text
from sopkit.render._text import describe_limit, wrap

FONT = 11.0
LINE = 14.0
PAD = 6.0
MARGIN = 16.0
MIN_ROW = 72.0
SYMBOL_ROOM = 42.0  # height a row keeps above and below its symbol for the arrows
BAND = 48.0
PAGE_GAP = 36.0
HEAD_TOP = 24.0
UNASSIGNED = "pelaksana tidak tercantum"
# a decision naming no target: drawn flowing on to the next step, as the simulation runs it
UNTARGETED = "keputusan tanpa tujuan Ya/Tidak: diteruskan ke langkah berikutnya"
REVIEW_GAP = 10.0  # between the official table and the review column
REVIEW_W = 170.0
REVIEW_TITLE = "Tinjauan sopkit (bukan bagian SOP)"
END_W = 52.0  # the small Selesai capsule a decision's "end" branch leads to
END_GAP = 30.0  # room for the Ya/Tidak label between a decision and that capsule


class LayoutError(SopkitError, ValueError):
    """Layout options that cannot be honoured."""


@attrs.frozen
class LayoutOptions:
    """How to lay out the chart: steps per page (None: one page), the activity column width.

    `review` adds, outside the official table, a marked column with what sopkit found wrong
    (missing branches, steps without pelaksana); by default the chart is the document as printed.
    """

    steps_per_page: int | None = None
    activity_width: float = 250.0
    review: bool = False

    def __attrs_post_init__(self) -> None:
        if self.steps_per_page is not None and self.steps_per_page < 1:
            raise LayoutError(
                f"steps_per_page must be a positive number of steps or None, "
                f"got {self.steps_per_page}"
            )


@attrs.frozen
class Columns:
    """x positions and widths of every column of the table."""

    x: tuple[float, ...]
    w: tuple[float, ...]
    lanes: tuple[str, ...]
    lane_w: float

    @property
    def lane_x(self) -> float:
        """Return the x of the first actor lane."""
        return self.x[2]

    @property
    def lanes_w(self) -> float:
        """Return the width of the block of actor lanes."""
        return self.lane_w * max(1, len(self.lanes))

    @property
    def right(self) -> float:
        """Return the x of the table's right edge."""
        return self.x[-1] + self.w[-1]

    def lane_cx(self, actor: str) -> float:
        """Return the x centre of an actor's lane."""
        return self.lane_x + (self.lanes.index(actor) + 0.5) * self.lane_w


def _lane_width(count: int) -> float:
    if count <= 5:
        return 100.0
    if count <= 8:
        return 88.0
    return 78.0


def columns(sop: Sop, options: LayoutOptions) -> Columns:
    """Return the column geometry: no, kegiatan, one lane per actor, mutu baku, keterangan."""
    names = lanes(sop)
    lane_w = _lane_width(len(names)) if names else 140.0  # one blank lane, wide enough to say why
    widths = [34.0, options.activity_width, *([lane_w] * max(1, len(names))), 130.0, 80.0]
    widths += [130.0, 130.0]
    xs = [MARGIN]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    return Columns(tuple(xs), tuple(widths), names, lane_w)


def _items(items: tuple[str, ...], width: float) -> tuple[str, ...]:
    if len(items) == 1:
        return wrap(items[0], width, FONT)
    lines: list[str] = []
    for item in items:
        wrapped = wrap(f"• {item}", width, FONT)
        lines.extend([wrapped[0], *(f"  {line}" for line in wrapped[1:])])
    return tuple(lines)


@attrs.frozen
class Cells:
    """The wrapped text of one step's row, column by column (lanes excluded)."""

    activity: tuple[str, ...]
    inputs: tuple[str, ...]
    time: tuple[str, ...]
    output: tuple[str, ...]
    note: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def height(self) -> float:
        """Return the row height these cells need."""
        longest = max(
            len(self.activity),
            len(self.inputs),
            len(self.time),
            len(self.output),
            len(self.note),
            len(self.warnings),
        )
        return max(MIN_ROW, longest * LINE + 2 * PAD)


def review_notes(step: Step, numbers: set[int]) -> tuple[str, ...]:
    """Return what a reviewer should know about a step that the printed SOP does not say."""
    found = [] if step.actors else [UNASSIGNED]
    found += [f"cabang {b.value} tidak tercantum" for b in missing_branches(step)]
    if untargeted(step):
        found.append(UNTARGETED)
    if step.decision is not None:
        for word, target in (("Ya", step.decision.yes), ("Tidak", step.decision.no)):
            if isinstance(target, int) and target not in numbers:
                found.append(f"cabang {word} menuju langkah {target} yang tidak ada")
    return tuple(found)


def _warnings(step: Step, numbers: set[int], width: float) -> tuple[str, ...]:
    return tuple(line for text in review_notes(step, numbers) for line in wrap(text, width, FONT))


def cells(sop: Sop, step: Step, cols: Columns, review: bool = False) -> Cells:
    """Return the wrapped texts of a step's row."""
    inner = [w - 2 * PAD for w in cols.w]
    activity = list(wrap(step.activity, inner[1], FONT))
    for sub in step.sub_activities:
        wrapped = wrap(f"- {sub}", inner[1] - 8, FONT)
        activity.extend(f"  {line}" for line in wrapped)
    if step.decision is not None and step.decision.question:
        activity.extend(wrap(f"Keputusan: {step.decision.question}", inner[1], FONT))
    numbers = {s.number for s in sop.steps}
    return Cells(
        activity=tuple(activity),
        inputs=_items(step.inputs, inner[-4]),
        time=wrap(describe_limit(step.duration, step.duration_text), inner[-3], FONT),
        output=_items(step.output, inner[-2]),
        note=wrap(step.note, inner[-1], FONT) if step.note else (),
        warnings=_warnings(step, numbers, REVIEW_W - 2 * PAD) if review else (),
    )


def pages_of(sop: Sop, options: LayoutOptions) -> tuple[tuple[int, ...], ...]:
    """Return the step indexes on each page."""
    count = len(sop.steps)
    size = options.steps_per_page or max(1, count)
    return tuple(tuple(range(i, min(i + size, count))) for i in range(0, max(1, count), size))


def symbols_for(
    sop: Sop, index: int, cols: Columns, cy: float, review: bool = False
) -> tuple[Symbol, ...]:
    """Return a step's symbols: one per actor lane, or one spanning every lane when none.

    A symbol spanning the lanes reads 'pelaksana tidak tercantum' in review mode only.
    """
    step = sop.steps[index]
    shape = step_shape(sop, index)
    height = 40.0 if shape is Shape.DECISION else 30.0
    if not step.actors:
        width = cols.lanes_w - 16
        cx = cols.lane_x + cols.lanes_w / 2
        if step.decision is not None and END in (step.decision.yes, step.decision.no):
            width -= END_W + END_GAP + 8  # leave room in the lanes for the Selesai capsule
            cx -= (END_W + END_GAP + 8) / 2
        label = (
            wrap(UNASSIGNED, width - (60 if shape is Shape.DECISION else 16), FONT - 1)
            if review
            else ()
        )
        height = max(height, len(label) * (LINE - 2) + 12 + (12 if shape is Shape.DECISION else 0))
        return (Symbol(shape.value, cx, cy, width, height, step.number, None, label),)
    width = cols.lane_w - 24
    return tuple(
        Symbol(shape.value, cols.lane_cx(a), cy, width, height, step.number, a)
        for a in sorted(dict.fromkeys(step.actors), key=cols.lanes.index)
    )


def links_for(symbols: tuple[Symbol, ...]) -> tuple[Link, ...]:
    """Return the lines joining a step's symbols in neighbouring lanes."""
    return tuple(
        Link(a.right, a.cy, b.left, b.cy, a.step or 0) for a, b in itertools.pairwise(symbols)
    )


def header(cols: Columns, y: float) -> tuple[tuple[Rect, ...], tuple[Text, ...], float]:
    """Return the two header rows (cells, texts) and their total height."""
    names = [wrap(n, cols.lane_w - 8, FONT, bold=True) for n in cols.lanes] or [("-",)]
    second = max(HEAD_TOP, max(len(n) for n in names) * LINE + 10)
    total = HEAD_TOP + second
    rects: list[Rect] = []
    texts: list[Text] = []

    def cell(
        x: float, w: float, top: float, h: float, lines: tuple[str, ...], lane: str | None = None
    ) -> None:
        rects.append(Rect(x, top, w, h, "head" if lane is None else "head lane", lane))
        first = top + h / 2 - (len(lines) - 1) * LINE / 2 + FONT * 0.35
        texts.append(Text(x + w / 2, first, lines, "middle", "head"))

    x, w = cols.x, cols.w
    cell(x[0], w[0], y, total, ("No",))
    cell(x[1], w[1], y, total, ("Kegiatan",))
    cell(cols.lane_x, cols.lanes_w, y, HEAD_TOP, ("Pelaksana",))
    for i, lines in enumerate(names):
        lane = cols.lanes[i] if cols.lanes else None
        cell(cols.lane_x + i * cols.lane_w, cols.lane_w, y + HEAD_TOP, second, lines, lane)
    cell(x[-4], w[-4] + w[-3] + w[-2], y, HEAD_TOP, ("Mutu Baku",))
    for i, label in ((-4, "Kelengkapan"), (-3, "Waktu"), (-2, "Output")):
        cell(x[i], w[i], y + HEAD_TOP, second, (label,))
    cell(x[-1], w[-1], y, total, ("Keterangan",))
    return tuple(rects), tuple(texts), total


def row(
    sop: Sop, index: int, cols: Columns, y: float, h: float, the_cells: Cells
) -> tuple[tuple[Rect, ...], tuple[Text, ...]]:
    """Return the cells and texts of one step's row of height h at y."""
    rects = [Rect(cols.x[i], y, cols.w[i], h) for i in range(len(cols.w))]
    first = y + PAD + FONT
    x = cols.x
    texts = [
        Text(x[0] + cols.w[0] / 2, first, (str(sop.steps[index].number),), "middle"),
        Text(x[1] + PAD, first, the_cells.activity),
        Text(x[-4] + PAD, first, the_cells.inputs),
        Text(x[-3] + PAD, first, the_cells.time),
        Text(x[-2] + PAD, first, the_cells.output),
        Text(x[-1] + PAD, first, the_cells.note),
    ]
    if the_cells.warnings:
        left = cols.right + REVIEW_GAP
        rects.append(Rect(left, y, REVIEW_W, h, "review"))
        texts.append(Text(left + PAD, first, the_cells.warnings, cls="warn"))
    return tuple(rects), tuple(t for t in texts if t.lines)


def title_texts(sop: Sop, width: float) -> tuple[tuple[Text, ...], float]:
    """Return the chart title (the SOP name and identity line) and its height."""
    name = wrap(sop.name, width, 15.0, bold=True)
    parts = [f"Nomor SOP: {sop.number}" if sop.number else "", sop.unit, sop.code]
    identity = wrap("  ·  ".join(p for p in parts if p), width, FONT)
    y = MARGIN + 15.0
    texts = (
        Text(MARGIN, y, name, cls="title"),
        Text(MARGIN, y + len(name) * 19 + 2, identity, cls="subtitle"),
    )
    return texts, len(name) * 19 + len(identity) * LINE + 14
