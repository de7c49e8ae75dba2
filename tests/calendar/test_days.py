"""Tests for sopkit.calendar._days: national holidays and cuti bersama."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from sopkit.calendar import CalendarConfigError, CalendarDay, DayKind, national_days
from sopkit.calendar._days import last_confirmed_year

ANSWERS = yaml.safe_load((Path(__file__).parent / "answers" / "national_days.yaml").read_text())


@pytest.mark.parametrize("year", [2024, 2025])
def test_cuti_bersama_match_the_answer_file(year: int) -> None:
    """The cuti bersama of 2024 and 2025 are the days the SKB 3 Menteri set."""
    expected = ANSWERS["cuti_bersama"][year]
    actual = [d.date for d in national_days(year, year) if d.kind is DayKind.CUTI_BERSAMA]
    assert expected == actual


@pytest.mark.parametrize("year", [2024, 2025])
def test_idul_fitri_cuti_bersama(year: int) -> None:
    """The Idul Fitri cuti bersama carry the Indonesian name of the feast."""
    expected = ANSWERS["idul_fitri_cuti_bersama"][year]
    actual = [
        d.date
        for d in national_days(year, year)
        if d.kind is DayKind.CUTI_BERSAMA and "Idul Fitri" in d.name
    ]
    assert expected == actual


def test_public_holidays_2025() -> None:
    """The 2025 libur nasional are the public-category days, named in Indonesian."""
    days = national_days(2025, 2025)
    assert ANSWERS["holidays"][2025] == [d.date for d in days if d.kind is DayKind.HOLIDAY]
    assert "Proklamasi Kemerdekaan" == _name(days, dt.date(2025, 8, 17))


def _name(days: tuple[CalendarDay, ...], day: dt.date) -> str:
    return next(d.name for d in days if d.date == day)


def test_estimated_days_are_marked() -> None:
    """Islamic holidays the package only estimates are flagged, never passed off as set."""
    year = last_confirmed_year()
    assert not any(d.estimated for d in national_days(year, year))
    assert any(d.estimated for d in national_days(2090, 2090))


def test_years_outside_the_data_raise() -> None:
    """Asking for years the holiday data does not describe raises a configuration error."""
    with pytest.raises(CalendarConfigError, match="1946–2100"):
        national_days(1900, 1901)
