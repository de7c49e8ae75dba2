"""Tests for sopkit.calendar._schedule: office periods, weekly hours and overrides."""

from __future__ import annotations

import datetime as dt

import pytest

from sopkit.calendar import EAST_JAVA_SCHEDULE, ScheduleOverride, WeeklyHours, WorkSchedule
from sopkit.calendar._errors import CalendarConfigError
from sopkit.calendar._schedule import parse_period


def test_parse_period_accepts_dots_colons_and_dashes() -> None:
    """Periods read with ':' or '.' and '-' or '–', as seconds after midnight."""
    assert (27000, 43200) == parse_period("07.30–12.00")
    assert (27000, 43200) == parse_period("07:30-12:00")


@pytest.mark.parametrize("text", ["7-12", "12:00-07:30", "07:30-24:30", "07:75-08:00"])
def test_parse_period_rejects_bad_periods(text: str) -> None:
    """A period that is malformed, backwards or past midnight raises, quoting it."""
    with pytest.raises(CalendarConfigError, match="office period"):
        parse_period(text)


def test_overlapping_periods_are_rejected() -> None:
    """Periods of a day must be in order and must not overlap."""
    with pytest.raises(CalendarConfigError, match="must not overlap"):
        WeeklyHours(mon=("07:30-12:00", "11:00-16:00"))


def test_east_java_week_is_37_and_a_half_hours() -> None:
    """The default schedule gives the 37 h 30 min a week of Perpres 21/2023."""
    assert 37.5 * 3600 == EAST_JAVA_SCHEDULE.hours.weekly_seconds()


def test_east_java_friday_break_is_90_minutes() -> None:
    """Friday opens 07:30–11:30 and 13:00–16:30."""
    assert ((27000, 41400), (46800, 59400)) == EAST_JAVA_SCHEDULE.hours.periods(4)
    assert () == EAST_JAVA_SCHEDULE.hours.periods(5)


def test_override_applies_between_its_dates_inclusive() -> None:
    """An override rules from its first to its last day, both included."""
    ramadan = WeeklyHours(mon=("08:00-12:00", "12:30-15:00"))
    schedule = WorkSchedule(
        hours=EAST_JAVA_SCHEDULE.hours,
        overrides=(
            ScheduleOverride("Ramadan", dt.date(2025, 3, 3), dt.date(2025, 3, 31), ramadan),
        ),
    )
    assert ramadan == schedule.hours_on(dt.date(2025, 3, 3))
    assert ramadan == schedule.hours_on(dt.date(2025, 3, 31))
    assert EAST_JAVA_SCHEDULE.hours == schedule.hours_on(dt.date(2025, 4, 1))


def test_override_must_not_end_before_it_starts() -> None:
    """An override whose last day precedes its first raises."""
    with pytest.raises(CalendarConfigError, match="ends"):
        ScheduleOverride("x", dt.date(2025, 3, 3), dt.date(2025, 3, 1), WeeklyHours())
