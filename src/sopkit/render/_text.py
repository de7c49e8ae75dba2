"""Text helpers shared by the renderers: font metrics, wrapping, printed time limits."""

from __future__ import annotations

import functools
import json
from importlib import resources

from sopkit.calendar._duration import Duration, OpenDuration, TimeLimit

FONT_FAMILY = "Liberation Sans"
FONT_STACK = "'Liberation Sans', Arial, Arimo, Helvetica, sans-serif"
"""The declared font first, then its metric-compatible equals: text measured with one fits all."""

_UNKNOWN_EM = 0.75  # a character outside the table: wider than most, so text never overflows


@functools.cache
def _metrics() -> tuple[int, dict[str, int], dict[str, int]]:
    raw = resources.files("sopkit.render").joinpath("fonts/liberation-sans.json").read_text("utf-8")
    table = json.loads(raw)
    return int(table["units_per_em"]), table["regular"], table["bold"]


def char_width(char: str, *, bold: bool = False) -> float:
    """Return the advance of one character in Liberation Sans (= Arial), in em."""
    upem, regular, heavy = _metrics()
    width = (heavy if bold else regular).get(char)
    return _UNKNOWN_EM if width is None else width / upem


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Return the width of a line of text in pixels at this font size, from the font's metrics."""
    upem, regular, heavy = _metrics()
    table = heavy if bold else regular
    units = sum(table.get(c, _UNKNOWN_EM * upem) for c in text)
    return units * size / upem


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, bold=bold) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> tuple[str, ...]:
    """Return the lines of text wrapped to fit width pixels; words too long are split."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold=bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _split_word(word, width, size, bold)
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
        lines.append(current)
    return tuple(lines)


def describe_limit(limit: TimeLimit | None, fallback: str = "") -> str:
    """Return a time limit as the text it was printed with, or fallback, or ''."""
    if limit is None:
        return fallback
    if isinstance(limit, Duration):
        return limit.text or limit.describe()
    if isinstance(limit, OpenDuration):
        return limit.text or limit.kind.value
    if limit.text:
        return limit.text
    return " + ".join(describe_limit(p.duration) for p in limit.parts)
