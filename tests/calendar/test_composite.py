"""Tests for sopkit.calendar._composite: equivalent statements of one length."""

from __future__ import annotations

import pytest

from sopkit.calendar import Combine, CompositeDuration, Duration, DurationUnit, parse_time_limit

PKN_II = (
    "887 (delapan ratus delapan puluh tujuh) JP yang dapat dilaksanakan selama 101 (seratus "
    "satu) Hari Pelatihan, dengan rincian : a. 221 (dua ratus dua puluh satu) JP"
)
LATSAR = (
    "511 (lima ratus sebelas) JP atau setara dengan 51 (lima puluh satu) hari kerja "
    "dengan rincian : a. 177 (seratus tujuh puluh tujuh) JP"
)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("887 JP / 101 hari", (887, DurationUnit.JP), (101, DurationUnit.DAY)),
        (PKN_II, (887, DurationUnit.JP), (101, DurationUnit.DAY)),
        (LATSAR, (511, DurationUnit.JP), (51, DurationUnit.WORKING_DAY)),
    ],
)
def test_equivalent_statements(
    text: str, first: tuple[int, DurationUnit], second: tuple[int, DurationUnit]
) -> None:
    """A length stated in JP and in days reads as an equivalent composite keeping the text."""
    parsed = parse_time_limit(text)
    assert isinstance(parsed, CompositeDuration)
    assert (Combine.EQUIVALENT, text) == (parsed.combine, parsed.text)
    amounts = [
        (p.duration.amount, p.duration.unit)
        for p in parsed.parts
        if isinstance(p.duration, Duration)
    ]
    assert [first, second] == amounts


def test_single_phrases_fall_through() -> None:
    """A plain phrase reads as the plain duration."""
    assert Duration(14, DurationUnit.WORKING_DAY, "14 hari kerja") == parse_time_limit(
        "14 hari kerja"
    )
