"""Fuzzing duration and time-limit text: only SopkitError escapes, and numbers read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopkit._errors import SopkitError
from sopkit.calendar import (
    CompositeDuration,
    Duration,
    OpenDuration,
    parse_duration,
    parse_time_limit,
)
from sopkit.calendar._numbers import words_to_int

# how many examples: the hypothesis profile of tests/conftest.py ("ci" bounded, "fuzz" long)
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
UNIT_WORDS = [
    "hari kerja",
    "hari kalender",
    "hari",
    "jam",
    "menit",
    "JP",
    "minggu",
    "bulan",
    "tahun",
]


def spell(n: int) -> str:
    """Spell 1..999 999 in Indonesian, written independently of sopkit's reader."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        words = "seribu" if head == 1 else f"{spell(head)} ribu"
        return f"{words} {spell(rest)}".strip() if rest else words
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest == 10:
        parts.append("sepuluh")
    elif rest == 11:
        parts.append("sebelas")
    elif 12 <= rest <= 19:
        parts.append(f"{_UNITS[rest - 10]} belas")
    else:
        tens, units = divmod(rest, 10)
        if tens:
            parts.append(f"{_UNITS[tens]} puluh")
        if units:
            parts.append(_UNITS[units])
    return " ".join(parts)


fragments = st.sampled_from(
    [
        "(",
        ")",
        "/",
        "x",
        "×",
        " ",
        "hari",
        "kerja",
        "jam",
        "JP",
        "atau setara dengan",
        "seratus",
        "belas",
        "puluh",
        "ribu",
        "nol",
        "0",
        "7",
        "٣",
        "Menyesuaikan",
        "-",
        ".",
        "\n",
        "dengan rincian",
    ]
)
phrases = st.one_of(
    st.text(max_size=60),
    st.lists(fragments, max_size=12).map(" ".join),
    st.lists(fragments, max_size=12).map("".join),
)


@FUZZ
@given(phrases)
def test_only_sopkit_errors_escape(text: str) -> None:
    """Any text either reads as a time limit or raises a SopkitError (never another exception)."""
    try:
        parsed = parse_time_limit(text)
    except SopkitError:
        return
    assert isinstance(parsed, (Duration, OpenDuration, CompositeDuration))
    if isinstance(parsed, Duration):
        assert parsed.amount > 0


@FUZZ
@given(st.integers(1, 999_999))
def test_spelled_numbers_read_back(n: int) -> None:
    """Every number from 1 to 999 999, spelled out, reads back as itself."""
    assert n == words_to_int(spell(n))


@FUZZ
@given(st.integers(1, 999), st.sampled_from(UNIT_WORDS))
def test_digits_and_words_agree(n: int, unit: str) -> None:
    """'14 (empat belas) hari kerja' reads as 14; digits and words that disagree are refused."""
    parsed = parse_duration(f"{n} ({spell(n)}) {unit}")
    assert isinstance(parsed, Duration)
    assert n == parsed.amount
    with pytest.raises(SopkitError, match="say"):
        parse_duration(f"{n} ({spell(n + 1)}) {unit}")


@FUZZ
@given(st.integers(1, 999_999), st.integers(1, 999_999))
def test_only_canonical_spellings_read(a: int, b: int) -> None:
    """Two spelled numbers in a row read only when they spell one number canonically."""
    text = f"{spell(a)} {spell(b)}"
    value = words_to_int(text)
    assert value is None or spell(value) == text


def test_repeated_hundreds_are_refused() -> None:
    """'seratus seratus' (read as 200 before) names no number."""
    assert words_to_int("seratus seratus") is None
