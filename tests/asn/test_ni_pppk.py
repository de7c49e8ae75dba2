"""Tests for NI PPPK parsing and validation (sopkit.asn._ni_pppk)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.asn import Gender, NipError, NiPppk, NiPppkError, ProfileDataError, profile_from_data


def test_parse_reference_example() -> None:
    """asn-rules.md §6 [N7]: 19900913 2025 24 2 014 - born 13 Sep 1990, 2025, code 24, female, 14."""
    expected = NiPppk(dt.date(1990, 9, 13), 2025, 24, Gender.P, 14)
    assert NiPppk.parse("19900913 2025 24 2 014") == expected
    assert expected.spaced() == "19900913 2025 24 2 014"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("19900913202524201", "17 digits"),
        ("199009312025242014", "digits 1–8"),
        ("199009132017242014", "digits 9–12"),
        ("199009132025243014", "digits 15–15"),
        ("199009132025242000", "digits 16–18"),
        ("19900913202524201x", "character 18 is not a digit"),
        ("", "empty"),
    ],
)
def test_parse_errors_name_the_digits(text: str, fragment: str) -> None:
    """Each malformed NI PPPK is rejected naming the offending digits, as an NI PPPK."""
    with pytest.raises(NiPppkError, match=fragment) as caught:
        NiPppk.parse(text)
    assert "invalid NI PPPK" in str(caught.value)


@st.composite
def numbers(draw: st.DrawFn) -> NiPppk:
    """Draw a valid NI PPPK."""
    birth = draw(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2008, 12, 31)))
    year = draw(st.integers(min_value=2018, max_value=2099))
    return NiPppk(
        birth,
        year,
        draw(st.integers(0, 99)),
        draw(st.sampled_from(Gender)),
        draw(st.integers(1, 999)),
    )


@given(numbers())
def test_digits_parse_back(ni: NiPppk) -> None:
    """An NI PPPK written as digits (or in its printed groups) reads back the same."""
    assert NiPppk.parse(ni.digits) == ni
    assert NiPppk.parse(ni.spaced()) == ni


@given(st.text(max_size=30))
def test_any_text_is_an_ni_pppk_or_a_precise_error(text: str) -> None:
    """Fuzz: arbitrary text parses or raises NiPppkError (a SopkitError), nothing else."""
    message = ""
    try:
        NiPppk.parse(text)
    except NiPppkError as exc:
        message = str(exc)
    assert not message or message.startswith("invalid NI PPPK")


def test_a_pppk_profile_checks_its_number_as_an_ni_pppk() -> None:
    """A PPPK's `nip` is read as an NI PPPK: its birth date and sex must match the profile."""
    good = {"birth_date": "1990-09-13", "status": "PPPK", "gender": "P"}
    assert profile_from_data({**good, "nip": "199009132025242014"}).nip
    with pytest.raises(ProfileDataError, match="differs from birth_date"):
        profile_from_data({**good, "nip": "199009142025242014"})
    with pytest.raises(ProfileDataError, match="sex digit differs"):
        profile_from_data({**good, "nip": "199009132025241014"})
    assert issubclass(NiPppkError, NipError)
