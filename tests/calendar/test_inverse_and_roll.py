"""The latest receipt meeting a due date (inverse of deadline), and `roll: following`."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.calendar import Duration, DurationUnit, WorkCalendar, parse_time_limit
from sopkit.calendar._agency_calendar import Roll
from sopkit.core._agency import DayReading
from tests.calendar.strategies import CALENDAR, instants

ONE_US = dt.timedelta(microseconds=1)
WIB = "Asia/Jakarta"
limits = st.builds(
    Duration,
    st.integers(1, 12),  # months stay inside the covered years
    st.sampled_from(
        [DurationUnit.HOUR, DurationUnit.WORKING_DAY, DurationUnit.CALENDAR_DAY, DurationUnit.MONTH]
    ),
)


@settings(max_examples=60, deadline=None)
@given(instants, limits)
def test_latest_receipt_is_the_last_instant_meeting_the_due_date(
    received: pendulum.DateTime, limit: Duration
) -> None:
    """From the deadline of any receipt, the inverse gives a receipt no earlier that still meets it."""
    due = CALENDAR.deadline(received, limit)
    latest = CALENDAR.latest_receipt(due, limit)
    assert latest >= received
    assert CALENDAR.deadline(latest, limit) <= due
    assert CALENDAR.deadline(latest + ONE_US, limit) > due


def test_latest_receipt_for_fourteen_working_days() -> None:
    """Due 28 April 2025 16:00: the last receipt is the end of 7 April (an Idul Fitri cuti bersama)."""
    due = pendulum.datetime(2025, 4, 28, 16, tz=WIB)
    latest = CALENDAR.latest_receipt(due, parse_time_limit("14 (empat belas) hari kerja"))
    assert pendulum.datetime(2025, 4, 7, 23, 59, 59, 999999, tz=WIB) == latest


ROLLING = WorkCalendar(first_year=2024, last_year=2026, roll=Roll.FOLLOWING)
PLAIN = WorkCalendar(first_year=2024, last_year=2026)


@pytest.mark.parametrize(
    ("text", "plain", "rolled"),
    [
        # Mon 24 Mar 2025 + 5 days = Sat 29 Mar (Nyepi) -> next working day Tue 1 Apr? No: 31 Mar
        # and 1 Apr are Idul Fitri, 2-7 Apr cuti bersama: the next working day is Tue 8 April
        ("5 hari kalender", dt.date(2025, 3, 30), dt.date(2025, 4, 9)),
        # Fri 17 Jan 2025 + 1 month = Mon 17 Feb, a working day: unchanged
        ("1 bulan", dt.date(2025, 2, 18), dt.date(2025, 2, 18)),
    ],
)
def test_roll_following_moves_only_days_off(text: str, plain: dt.date, rolled: dt.date) -> None:
    """A calendar-day or month limit ending on a day off ends after the next working day."""
    start = (
        pendulum.datetime(2025, 3, 24, 10, tz=WIB)
        if "hari" in text
        else pendulum.datetime(2025, 1, 17, 10, tz=WIB)
    )
    limit = parse_time_limit(text)
    assert pendulum.datetime(plain.year, plain.month, plain.day, tz=WIB) == PLAIN.deadline(
        start, limit
    )
    assert pendulum.datetime(rolled.year, rolled.month, rolled.day, tz=WIB) == ROLLING.deadline(
        start, limit
    )


def test_roll_leaves_working_day_limits_alone() -> None:
    """Working-day limits already end on a working day: roll does not touch them."""
    start = pendulum.datetime(2025, 3, 24, 10, tz=WIB)
    limit = Duration(3, DurationUnit.WORKING_DAY)
    assert PLAIN.deadline(start, limit) == ROLLING.deadline(start, limit)


def test_bare_day_times_24_hours_follows_the_declaration() -> None:
    """'1 x 24 jam' on a working-day agency ends at the close of the next working day."""
    cal = WorkCalendar(first_year=2025, last_year=2025, bare_day=DayReading.WORKING)
    due = cal.deadline(pendulum.datetime(2025, 3, 3, 9, tz=WIB), parse_time_limit("1 x 24 jam"))
    assert pendulum.datetime(2025, 3, 4, 16, tz=WIB) == due
