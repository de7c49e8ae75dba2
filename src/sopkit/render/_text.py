"""Text helpers shared by the renderers: width estimates, wrapping, printed time limits."""

from __future__ import annotations

from sopkit.calendar._duration import Duration, OpenDuration, TimeLimit

# Advance widths of Arial / Liberation Sans in em; SVG has no text measurement, so the layout
# estimates widths from these classes of characters.
_NARROW = frozenset("iljtfrI.,:;'!|()[]/ ")
_WIDE = frozenset("mwMW@%")


def char_width(char: str) -> float:
    """Return the estimated advance of one character, in em."""
    if char in _NARROW:
        return 0.3
    if char in _WIDE:
        return 0.86
    if char.isupper():
        return 0.68
    if char.isdigit():
        return 0.56
    return 0.53


def text_width(text: str, size: float) -> float:
    """Return the estimated width of a line of text in pixels at this font size."""
    return sum(char_width(c) for c in text) * size


def _split_word(word: str, width: float, size: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """Return the lines of text wrapped to fit width pixels; words too long are split."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _split_word(word, width, size)
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
