"""Tests for sopkit.sim._hours: the map between clock offsets and office time."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.calendar import EAST_JAVA_SCHEDULE, ScheduleOverride, WeeklyHours, WorkCalendar
from sopkit.sim import OfficeHours, SimRangeError
from tests.sim._models import hand_calendar

HOURS = OfficeHours.from_calendar(hand_calendar(), dt.date(2026, 2, 23))


def test_monday_morning_opens_at_half_past_seven() -> None:
    """Office time 0 is Monday 07.30; 4.5 h is the noon close (a close, not the reopening)."""
    assert (7.5, 12.0) == (HOURS.clock(0.0), HOURS.clock(4.5))


def test_closed_instants_map_to_the_next_opening() -> None:
    """Saturday noon has the same office position as Tuesday 07.30 after the Monday holiday."""
    saturday_noon = 5 * 24 + 12.0
    tuesday_open = 8 * 24 + 7.5
    assert HOURS.position(tuesday_open) == HOURS.position(saturday_noon)


def test_working_day_hours() -> None:
    """A working day in East Java is 7.5 office hours."""
    assert 7.5 == HOURS.day_hours


def test_past_the_data_is_an_error() -> None:
    """Office time after the calendar's last year raises SimRangeError."""
    with pytest.raises(SimRangeError, match="2026-12-31"):
        HOURS.clock(1e6)


@given(st.floats(min_value=0, max_value=1500))
def test_clock_then_position_round_trips(position: float) -> None:
    """Mapping office time to the clock and back returns it."""
    assert position == pytest.approx(HOURS.position(HOURS.clock(position)), abs=1e-9)


@given(st.floats(min_value=0, max_value=5000), st.floats(min_value=0, max_value=100))
def test_position_never_decreases(clock: float, later: float) -> None:
    """Office time is a non-decreasing function of clock time."""
    assert HOURS.position(clock) <= HOURS.position(clock + later)


def test_national_holidays_and_ramadan_hours_are_respected() -> None:
    """New Year's Day has no office hours; a Ramadan override's shorter day is used as given."""
    ramadan = ScheduleOverride(
        "Ramadan (uji)",
        dt.date(2026, 2, 18),
        dt.date(2026, 3, 19),
        WeeklyHours(**dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), ("08:00-14:00",))),
    )
    schedule = attrs.evolve(EAST_JAVA_SCHEDULE, overrides=(ramadan,))
    calendar = WorkCalendar(first_year=2026, last_year=2026, schedule=schedule)
    hours = OfficeHours.from_calendar(calendar, dt.date(2026, 1, 1))
    # 1 January (Tahun Baru) is off: office time starts Friday 2 January at 07.30
    assert 24 + 7.5 == hours.clock(0.0)
    wednesday = (dt.date(2026, 2, 25) - dt.date(2026, 1, 1)).days * 24
    start = hours.position(wednesday + 8.0)
    assert 14.0 == hours.clock(start + 6.0) - wednesday
