"""Indonesian number words ("dua puluh tiga", "seratus", "sebelas") read as integers."""

from __future__ import annotations

_UNITS = {
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


def _below_thousand(tokens: list[str]) -> int | None:
    """Read [hundreds] [tens | teens] [units], each once and in that order; None otherwise."""
    total, i = 0, 0
    if i < len(tokens) and tokens[i] == "seratus":
        total, i = 100, i + 1
    elif i + 1 < len(tokens) and tokens[i] in _UNITS and tokens[i + 1] == "ratus":
        if tokens[i] == "satu":
            return None  # "satu ratus" is written "seratus"
        total, i = _UNITS[tokens[i]] * 100, i + 2
    if i < len(tokens) and tokens[i] == "sebelas":
        return total + 11 if i + 1 == len(tokens) else None
    if i < len(tokens) and tokens[i] == "sepuluh":
        return total + 10 if i + 1 == len(tokens) else None
    if i + 1 < len(tokens) and tokens[i] in _UNITS and tokens[i + 1] == "belas":
        if tokens[i] == "satu":
            return None
        return total + 10 + _UNITS[tokens[i]] if i + 2 == len(tokens) else None
    if i + 1 < len(tokens) and tokens[i] in _UNITS and tokens[i + 1] == "puluh":
        if tokens[i] == "satu":
            return None
        total, i = total + _UNITS[tokens[i]] * 10, i + 2
    if i < len(tokens) and tokens[i] in _UNITS:
        total, i = total + _UNITS[tokens[i]], i + 1
    return total if i == len(tokens) else None


def words_to_int(text: str) -> int | None:
    """Return the integer an Indonesian number phrase names (0 to 999 999), or None.

    Each magnitude appears once, largest first ("dua ribu tiga ratus lima belas"); a
    phrase such as "seratus seratus" names no number and gives None.
    """
    tokens = text.lower().replace("-", " ").split()
    if not tokens:
        return None
    if tokens == ["nol"]:
        return 0
    if "seribu" in tokens:
        at = tokens.index("seribu")
        if at != 0:
            return None
        thousands, rest = 1, tokens[1:]
    elif "ribu" in tokens:
        at = tokens.index("ribu")
        head = _below_thousand(tokens[:at]) if at else None
        if not head or tokens[:at] == ["satu"]:
            return None
        thousands, rest = head, tokens[at + 1 :]
    else:
        thousands, rest = 0, tokens
    if not rest:
        return thousands * 1000 if thousands else None
    below = _below_thousand(rest)
    if below is None or (below == 0 and not thousands):
        return None
    return thousands * 1000 + below
