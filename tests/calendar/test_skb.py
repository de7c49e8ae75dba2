"""Each confirmed year's days off against its SKB 3 Menteri, and the holidays package against it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import holidays
import pytest
import yaml

from sopkit.calendar import DayKind, WorkCalendar, national_days
from sopkit.calendar._days import last_confirmed_year
from sopkit.calendar._skb import skb_years

ANSWERS = yaml.safe_load((Path(__file__).parent / "answers" / "skb.yaml").read_text())
YEARS = sorted(ANSWERS)


def _expected(year: int, kind: DayKind) -> dict[dt.date, str]:
    entry = ANSWERS[year]
    if kind is DayKind.CUTI_BERSAMA:
        return dict(entry["cuti_bersama"])
    return {**entry["holidays"], **entry.get("other", {})}


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("kind", [DayKind.HOLIDAY, DayKind.CUTI_BERSAMA])
def test_days_and_names_match_the_skb(year: int, kind: DayKind) -> None:
    """Dates and names of each year are those of its SKB (libur nasional, cuti bersama)."""
    actual = {d.date: d.name for d in national_days(year, year) if d.kind is kind}
    assert _expected(year, kind) == actual


@pytest.mark.parametrize("year", YEARS)
def test_each_day_cites_its_skb_number(year: int) -> None:
    """Every day of a confirmed year names the SKB it comes from, with its number."""
    numbers = ANSWERS[year]["skb"].split(" (")[0].split(", ")
    source = skb_years()[year].skb
    assert {source} == {d.source for d in national_days(year, year)}
    for number in numbers:
        serial, issued = number.split("/")
        assert f"Nomor {serial} Tahun {issued}" in source


@pytest.mark.parametrize("year", YEARS)
def test_the_holidays_package_agrees_on_every_date(year: int) -> None:
    """An upgrade of `holidays` that moves a date fails here instead of in a deadline."""
    found = holidays.country_holidays(
        "ID", years=year, categories=("public", "government"), language="id"
    )
    expected = set(_expected(year, DayKind.HOLIDAY)) | set(_expected(year, DayKind.CUTI_BERSAMA))
    assert expected == set(found)


@pytest.mark.parametrize("year", YEARS)
def test_working_days_match_the_hand_count(year: int) -> None:
    """A year's working days are its weekdays minus its weekday days off, counted by hand."""
    cal = WorkCalendar(first_year=year, last_year=year)
    assert ANSWERS[year]["working_days"] == cal.working_days_in(year)


def test_confirmed_years_reach_the_last_skb() -> None:
    """The last confirmed year is at least the last year an SKB list is shipped for."""
    assert max(YEARS) <= last_confirmed_year()
