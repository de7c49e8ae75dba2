"""Years without an SKB, strict calendars, dated regency hours and declared working days."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest

from sopkit import load_catalog
from sopkit.calendar import (
    CalendarConfigError,
    DateOutOfRangeError,
    DayKind,
    WorkCalendar,
    calendar_for,
    parse_time_limit,
)
from sopkit.calendar._days import last_confirmed_year

WIB = "Asia/Jakarta"
CATALOG = load_catalog()


def test_default_calendars_reach_2100_and_name_unconfirmed_days() -> None:
    """A default calendar covers any year up to 2100; days of unconfirmed years are named."""
    cal = WorkCalendar()
    assert (2000, 2100) == (cal.first_year, cal.last_year)
    span = (dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    named = cal.estimated_days(*span)
    assert (2027,) == cal.unconfirmed_years(*span)
    assert {dt.date(2027, 3, 10), dt.date(2027, 3, 15)} <= {d.date for d in named}
    assert () == cal.estimated_days(dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_strict_calendars_stop_at_the_last_confirmed_year() -> None:
    """strict=True covers confirmed years only and refuses a wider last_year."""
    cal = WorkCalendar(strict=True)
    assert last_confirmed_year() == cal.last_year
    with pytest.raises(DateOutOfRangeError):
        cal.deadline(pendulum.datetime(2027, 3, 15, 10, tz=WIB), parse_time_limit("3 hari kerja"))
    with pytest.raises(CalendarConfigError, match="strict"):
        WorkCalendar(strict=True, last_year=last_confirmed_year() + 1)


def test_magetan_hours_apply_from_the_circular_date() -> None:
    """Magetan's Friday closes at 15.00 from 14 Aug 2023 (SE Sekda), 16.30 before (assumed)."""
    cal = calendar_for(CATALOG, "magetan.bkpsdm", first_year=2023, last_year=2026)
    two_hours = parse_time_limit("2 jam")
    # Friday 11 Aug 2023, before the SE: East Java hours, 14.00 + 2 h ends 16.00 the same day
    before = cal.deadline(pendulum.datetime(2023, 8, 11, 14, tz=WIB), two_hours)
    assert pendulum.datetime(2023, 8, 11, 16, tz=WIB) == before
    # Friday 18 Aug 2023: closes 15.00, so 1 h on Friday and 1 h from Monday 07.30
    after = cal.deadline(pendulum.datetime(2023, 8, 18, 14, tz=WIB), two_hours)
    assert pendulum.datetime(2023, 8, 21, 8, 30, tz=WIB) == after


def test_ramadan_hours_of_each_regency() -> None:
    """Ramadan 1447 H: Pasuruan's Friday ends 13.30 (SE 800/233/204/2026), Malang's the SK's 15.00."""
    friday = dt.date(2026, 2, 27)
    pasuruan = calendar_for(CATALOG, "pasuruan.bkppd", first_year=2026, last_year=2026)
    malang = calendar_for(CATALOG, "malang.bkpsdm", first_year=2026, last_year=2026)
    assert pendulum.datetime(2026, 2, 27, 13, 30, tz=WIB) == pasuruan.close_on(friday)
    assert pendulum.datetime(2026, 2, 27, 15, tz=WIB) == malang.close_on(friday)
    # after Ramadan both are back on the East Java Friday, 16.30
    assert pendulum.datetime(2026, 4, 10, 16, 30, tz=WIB) == pasuruan.close_on(dt.date(2026, 4, 10))


def test_every_bundled_agency_range_cites_a_source() -> None:
    """Every range of hours in force names its source, or says no source was found."""
    for agency in ("magetan.bkpsdm", "magetan.ortala", "pasuruan.bkppd", "malang.bkpsdm"):
        cal = calendar_for(CATALOG, agency, first_year=2020, last_year=2026)
        for entry in cal.schedule.ranges(dt.date(2020, 1, 1), dt.date(2026, 12, 31)):
            assert entry.source, (agency, entry)


def test_a_declared_working_day_opens_a_saturday() -> None:
    """A Saturday declared working takes its own hours and counts as a working day."""
    saturday = dt.date(2025, 6, 7)
    cal = WorkCalendar(first_year=2025, last_year=2025, working=[(saturday, ("08:00-12:00",))])
    assert cal.is_working_day(saturday)
    assert pendulum.datetime(2025, 6, 7, 12, tz=WIB) == cal.close_on(saturday)
    friday = pendulum.datetime(2025, 6, 6, 10, tz=WIB)
    assert pendulum.datetime(2025, 6, 7, 12, tz=WIB) == cal.deadline(
        friday, parse_time_limit("1 hari kerja")
    )


def test_skb_days_carry_their_kind() -> None:
    """Confirmed years tell libur nasional from cuti bersama."""
    cal = WorkCalendar(first_year=2025, last_year=2025)
    off = cal.day_off(dt.date(2025, 8, 18))
    assert off is not None
    assert DayKind.CUTI_BERSAMA is off.kind
