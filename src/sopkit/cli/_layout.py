"""Terminal layout: tables that fit a width (long cells wrap) and text lines wrapped to it.

Plain text and nothing else: colour is laid on afterwards by the caller, so widths are counted
on the characters a terminal shows. Written by hand rather than with rich's tables because the
CLI's latency budget is a few tens of milliseconds and rich needs ~40 ms to import and ~130 ms to
lay out a 200-row table; the output here is the same for a pipe and a terminal.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence

GAP = "  "
MIN_COLUMN = 6
_BULLET = re.compile(r"^(\s*)((?:[-·•*]|\d+[.)]|\[[^\]]{1,9}\])\s+)?")

Styler = Callable[[int, str, str], str]  # (column, cell text, padded text) -> styled text


def wrap_cell(text: str, width: int) -> list[str]:
    """Return a cell's lines wrapped to width; words longer than width are split."""
    out: list[str] = []
    for line in text.split("\n") or [""]:
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width, break_long_words=True, break_on_hyphens=True) or [""])
    return out


def column_widths(natural: Sequence[int], minimum: Sequence[int], available: int) -> list[int]:
    """Return column widths summing to at most available: the widest columns give way first."""
    if sum(natural) <= available:
        return list(natural)
    floor = [min(n, m) for n, m in zip(natural, minimum, strict=True)]
    if sum(floor) >= available:
        return floor
    low, high = 0, max(natural)
    while low < high:  # the largest cap at which the capped columns still fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(n, cap)) for n, f in zip(natural, floor, strict=True)) <= available:
            low = cap
        else:
            high = cap - 1
    widths = [max(f, min(n, low)) for n, f in zip(natural, floor, strict=True)]
    spare = available - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):  # hand out what is left
        if spare <= 0:
            break
        extra = min(spare, natural[i] - widths[i])
        widths[i] += extra
        spare -= extra
    return widths


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    width: int,
    *,
    style: Styler | None = None,
    keep: frozenset[int] = frozenset(),
) -> str:
    """Return rows as an aligned table no wider than width, with a ruled header.

    Columns in keep (codes, which are copied whole) wrap only past half the width.
    """
    cells = [[str(c) for c in headers]]
    cells += [["" if c is None else str(c) for c in row] for row in rows]
    count = len(headers)
    natural = [max(max(len(x) for x in row[i].split("\n")) for row in cells) for i in range(count)]
    minimum = [
        max(MIN_COLUMN, *map(len, headers[i].split()), natural[i] if i in keep else 0)
        for i in range(count)
    ]
    minimum = [m if i not in keep else min(m, width // 2) for i, m in enumerate(minimum)]
    widths = column_widths(natural, minimum, max(count, width - len(GAP) * (count - 1)))
    out: list[str] = []
    for n, row in enumerate(cells):
        wrapped = [wrap_cell(cell, w) for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(w) for w in wrapped)):
            parts = []
            for i, lines in enumerate(wrapped):
                piece = lines[k] if k < len(lines) else ""
                padded = piece.ljust(widths[i]) if i < count - 1 else piece
                parts.append(style(-1 if n == 0 else i, piece, padded) if style else padded)
            out.append(GAP.join(parts).rstrip())
        if n == 0:
            out.append(GAP.join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def fit_lines(text: str, width: int) -> str:
    """Return text with every line longer than width wrapped under its own indent or bullet."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        match = _BULLET.match(line)
        indent = match.group(1) if match else ""
        hanging = indent + " " * len(match.group(2) or "") if match else ""
        if len(hanging) > width // 2:
            hanging = indent[: width // 4]
        out.extend(
            textwrap.wrap(
                line,
                width,
                initial_indent="",
                subsequent_indent=hanging,
                break_long_words=True,
                drop_whitespace=True,
            )
            or [""]
        )
    return "\n".join(out)
