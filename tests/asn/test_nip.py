"""Tests for NIP parsing and validation (sopkit.asn._nip)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.asn._nip import Gender, Nip, NipError


def test_parse_reference_example() -> None:
    """The example NIP of the reference reads as born 26 Sep 1986, CPNS May 2015, male, 001."""
    expected = Nip(dt.date(1986, 9, 26), dt.date(2015, 5, 1), Gender.L, 1)
    assert expected == Nip.parse("19860926 201505 1 001")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1986092620150510011", "19 digits"),
        ("198609322015051001", "digits 1–8"),
        ("198609262015131001", "digits 9–14"),
        ("198609262015053001", "digits 15–15"),
        ("198609262015051000", "digits 16–18"),
        ("19860926201505100x", "character 18 is not a digit"),
        ("198609262015051001"[:8] + "198001" + "1001", "not after the birth date"),
    ],
)
def test_parse_errors_name_the_digits(text: str, fragment: str) -> None:
    """Each malformed NIP is rejected with a message naming the offending digits."""
    with pytest.raises(NipError, match=fragment):
        Nip.parse(text)


@st.composite
def nips(draw: st.DrawFn) -> Nip:
    """Draw a valid NIP."""
    birth = draw(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2008, 12, 31)))
    year = draw(st.integers(min_value=birth.year + 1, max_value=2030))
    month = draw(st.integers(min_value=1, max_value=12))
    gender = draw(st.sampled_from(Gender))
    sequence = draw(st.integers(min_value=1, max_value=999))
    return Nip(birth, dt.date(year, month, 1), gender, sequence)


@given(nips())
def test_round_trip(nip: Nip) -> None:
    """Printing an NIP and parsing it again gives the same NIP, spaced or not."""
    assert nip == Nip.parse(nip.digits)
    assert nip == Nip.parse(nip.spaced())
    assert len(str(nip)) == 18
