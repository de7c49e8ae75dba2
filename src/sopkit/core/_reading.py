"""Readings: a printed word kept as printed, beside the word the document likely means."""

from __future__ import annotations

from collections.abc import Iterable

import attrs


@attrs.frozen
class Reading:
    """A printed wording that is a real word but likely not the intended one, and that one."""

    printed: str
    intended: str
    note: str = ""


def read(text: str, readings: Iterable[Reading]) -> str:
    """Return text with every printed wording replaced by its likely intended one."""
    for reading in readings:
        if reading.printed:
            text = text.replace(reading.printed, reading.intended)
    return text
