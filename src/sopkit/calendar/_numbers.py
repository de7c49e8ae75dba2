"""Indonesian number words ("dua puluh tiga", "seratus", "sebelas") read as integers."""

from __future__ import annotations

_UNITS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_MULTIPLIERS = {"puluh": 10, "ratus": 100}


def words_to_int(text: str) -> int | None:
    """Return the integer an Indonesian number phrase names, or None when it names none."""
    tokens = text.lower().replace("-", " ").split()
    if not tokens:
        return None
    total = 0
    current = 0
    pending: int | None = None
    for token in tokens:
        if token in _UNITS:
            if pending is not None:
                return None
            pending = _UNITS[token]
        elif token in _SE:
            if pending is not None:
                return None
            value = _SE[token]
            if value == 1000:
                total += (current or 1) * 1000 if current else 1000
                current = 0
            else:
                current += value
        elif token == "belas":
            if pending is None:
                return None
            current += 10 + pending
            pending = None
        elif token in _MULTIPLIERS:
            if pending is None:
                return None
            current += pending * _MULTIPLIERS[token]
            pending = None
        elif token == "ribu":
            value = current + (pending or 0)
            if value == 0:
                return None
            total += value * 1000
            current, pending = 0, None
        else:
            return None
    return total + current + (pending or 0)
