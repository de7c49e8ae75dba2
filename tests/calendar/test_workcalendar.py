"""Tests for sopkit.calendar._workcalendar: working days, office time and their invariants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pendulum
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sopkit.calendar import (
    CalendarConfigError,
    CalendarDay,
    DateOutOfRangeError,
    NaiveDatetimeError,
    RemovedDay,
    WorkCalendar,
)
from tests.calendar.strategies import (
    CALENDAR,
    FIRST_YEAR,
    LAST_YEAR,
    dates,
    instants,
    office_minutes,
    working_day_counts,
)

ANSWERS = yaml.safe_load((Path(__file__).parent / "answers" / "national_days.yaml").read_text())
WIB = "Asia/Jakarta"
HOLIDAYS = np.array([d.date for d in CALENDAR.days], dtype="datetime64[D]")
BUSDAYS = np.busdaycalendar(weekmask="1111100", holidays=HOLIDAYS)


@pytest.mark.parametrize("year", [2024, 2025])
def test_working_days_in_year_match_the_answer_file(year: int) -> None:
    """A year's working days are the weekdays minus its weekday holidays and cuti bersama."""
    assert ANSWERS["working_days"][year] == CALENDAR.working_days_in(year)


def test_cuti_bersama_are_not_working_days() -> None:
    """The Idul Fitri cuti bersama of 2025 close the office; the Tuesday after opens it."""
    assert not CALENDAR.is_working_day(dt.date(2025, 4, 7))
    assert CALENDAR.is_working_day(dt.date(2025, 4, 8))


@given(dates, working_day_counts)
def test_offset_matches_numpy_busday_offset(day: dt.date, count: int) -> None:
    """The n-th working day after a date is numpy's busday_offset rolled backward."""
    expected = np.busday_offset(day, count, roll="backward", busdaycal=BUSDAYS).item()
    actual = CALENDAR.working_day_offset(day, count)
    if count == 0:
        expected = day
    assert expected == actual


@given(dates, dates)
def test_between_matches_numpy_busday_count(a: dt.date, b: dt.date) -> None:
    """Working days in (start, end] are numpy's busday_count over [start + 1, end + 1)."""
    start, end = sorted((a, b))
    one = dt.timedelta(days=1)
    expected = int(np.busday_count(start + one, end + one, busdaycal=BUSDAYS))
    assert expected == CALENDAR.working_days_between(start, end)


@given(dates, dates)
def test_between_is_antisymmetric(a: dt.date, b: dt.date) -> None:
    """Counting backwards gives the negated count of (end, start]."""
    assert -CALENDAR.working_days_between(a, b) == CALENDAR.working_days_between(b, a)


@given(dates, working_day_counts)
def test_offset_then_between_round_trips(day: dt.date, count: int) -> None:
    """Counting the working days up to the n-th working day after a date gives n back."""
    assert count == CALENDAR.working_days_between(day, CALENDAR.working_day_offset(day, count))


@given(dates, st.integers(1, 200))
def test_offset_lands_on_a_working_day(day: dt.date, count: int) -> None:
    """A positive offset never lands on a weekend, holiday or cuti bersama."""
    assert CALENDAR.is_working_day(CALENDAR.working_day_offset(day, count))


@given(dates, st.integers(1, 200))
def test_negative_offset_inverts_positive(day: dt.date, count: int) -> None:
    """Going n working days forward from a working day and n back returns to it."""
    start = CALENDAR.next_working_day(day)
    assert start == CALENDAR.working_day_offset(CALENDAR.working_day_offset(start, count), -count)


@given(instants, office_minutes)
def test_add_then_between_round_trips(start: pendulum.DateTime, minutes: int) -> None:
    """The office time between an instant and that instant plus N office minutes is N minutes."""
    amount = dt.timedelta(minutes=minutes)
    assert amount == CALENDAR.working_time_between(start, CALENDAR.add_working_time(start, amount))


@given(instants, instants, office_minutes)
def test_add_is_monotonic_in_the_start(a: pendulum.DateTime, b: pendulum.DateTime, m: int) -> None:
    """A later start never gives an earlier result."""
    first, second = sorted((a, b))
    amount = dt.timedelta(minutes=m)
    assert CALENDAR.add_working_time(first, amount) <= CALENDAR.add_working_time(second, amount)


@given(instants, office_minutes, office_minutes)
def test_add_is_monotonic_in_the_amount(start: pendulum.DateTime, m: int, n: int) -> None:
    """A longer office duration never gives an earlier result."""
    low, high = sorted((m, n))
    assert CALENDAR.add_working_time(start, dt.timedelta(minutes=low)) <= CALENDAR.add_working_time(
        start, dt.timedelta(minutes=high)
    )


@given(instants, office_minutes)
def test_add_lands_in_office_hours(start: pendulum.DateTime, minutes: int) -> None:
    """A result lies within [open, close] of an office period of a working day."""
    due = CALENDAR.add_working_time(start, dt.timedelta(minutes=minutes))
    assert CALENDAR.is_working_day(due.date())
    tod = due.hour * 3600 + due.minute * 60 + due.second
    periods = CALENDAR.schedule.periods_on(due.date())
    assert any(s <= tod <= e for s, e in periods)


@given(instants)
def test_next_open_is_idempotent(start: pendulum.DateTime) -> None:
    """The next opening of an opening is itself, and it is office time."""
    opening = CALENDAR.next_open(start)
    assert opening == CALENDAR.next_open(opening)
    assert CALENDAR.is_working_time(opening)
    assert opening >= start


@given(instants)
def test_previous_close_is_idempotent(start: pendulum.DateTime) -> None:
    """The previous close of a close is itself, and it is not after the instant."""
    close = CALENDAR.previous_close(start)
    assert close == CALENDAR.previous_close(close)
    assert close <= start


def test_next_open_skips_the_break() -> None:
    """Inside the morning period, the next opening is after the lunch break."""
    at = pendulum.datetime(2025, 3, 17, 9, 0, tz=WIB)
    assert pendulum.datetime(2025, 3, 17, 13, 0, tz=WIB) == CALENDAR.next_open(at)


def test_is_working_time_is_half_open() -> None:
    """An office period includes its opening and excludes its close."""
    assert CALENDAR.is_working_time(pendulum.datetime(2025, 3, 17, 7, 30, tz=WIB))
    assert not CALENDAR.is_working_time(pendulum.datetime(2025, 3, 17, 12, 0, tz=WIB))
    assert not CALENDAR.is_working_time(pendulum.datetime(2025, 3, 17, 16, 0, tz=WIB))


def test_working_time_between_counts_office_time_only() -> None:
    """From Friday 16:00 to Monday 08:00 there is one hour of office time."""
    start = pendulum.datetime(2025, 3, 14, 16, 0, tz=WIB)
    end = pendulum.datetime(2025, 3, 17, 8, 0, tz=WIB)
    assert dt.timedelta(hours=1) == CALENDAR.working_time_between(start, end)
    assert -dt.timedelta(hours=1) == CALENDAR.working_time_between(end, start)


def test_naive_datetimes_are_rejected() -> None:
    """A datetime without a timezone raises instead of being guessed."""
    with pytest.raises(NaiveDatetimeError, match="no timezone"):
        CALENDAR.is_working_time(dt.datetime(2025, 3, 17, 9, 0))


def test_other_timezones_are_converted() -> None:
    """An instant in WITA is read as the same moment in WIB, and results come out in WIB."""
    wita = pendulum.datetime(2025, 3, 17, 8, 30, tz="Asia/Makassar")
    due = CALENDAR.add_working_time(wita, dt.timedelta(hours=1))
    assert pendulum.datetime(2025, 3, 17, 8, 30, tz=WIB) == due
    assert WIB == due.timezone_name


@pytest.mark.parametrize(
    "call",
    [
        lambda: CALENDAR.is_working_day(dt.date(FIRST_YEAR - 1, 12, 31)),
        lambda: CALENDAR.is_working_day(dt.date(LAST_YEAR + 1, 1, 1)),
        lambda: CALENDAR.working_day_offset(dt.date(LAST_YEAR, 12, 20), 30),
        lambda: CALENDAR.add_working_time(
            pendulum.datetime(LAST_YEAR, 12, 30, tz=WIB), dt.timedelta(hours=100)
        ),
    ],
)
def test_outside_the_covered_years_raises(call: object) -> None:
    """Dates and results outside the covered years raise DateOutOfRangeError."""
    assert callable(call)
    with pytest.raises(DateOutOfRangeError, match="outside the years"):
        call()


def test_local_days_and_removals() -> None:
    """An agency adds its own day off and works on a cuti bersama it removes."""
    hari_jadi = CalendarDay(dt.date(2025, 10, 12), "Hari Jadi Kabupaten")
    closure = CalendarDay(dt.date(2025, 10, 13), "Penutupan layanan")
    kept = RemovedDay(dt.date(2025, 12, 26), "loket tetap buka")
    cal = WorkCalendar(first_year=2025, last_year=2025, added=(hari_jadi, closure), removed=(kept,))
    assert not cal.is_working_day(dt.date(2025, 10, 13))
    assert cal.is_working_day(dt.date(2025, 12, 26))
    assert closure == cal.day_off(dt.date(2025, 10, 13))
    assert CALENDAR.working_days_in(2025) - 1 + 1 == cal.working_days_in(2025)


def test_removing_an_ordinary_day_raises() -> None:
    """Removing a date that is not a national day off is a configuration error."""
    with pytest.raises(CalendarConfigError, match="not a national"):
        WorkCalendar(
            first_year=2025, last_year=2025, removed=(RemovedDay(dt.date(2025, 3, 17), "x"),)
        )


def test_range_and_timezone_errors_read_in_indonesian() -> None:
    """A date out of range (with its detail) and a naive datetime, in either language."""
    with pytest.raises(DateOutOfRangeError) as info:
        CALENDAR.is_working_time(pendulum.datetime(LAST_YEAR + 1, 1, 2, 9, tz=WIB))
    english, indonesian = str(info.value), info.value.localized("id")
    assert english.startswith(
        f"{LAST_YEAR + 1}-01-02 (the date of {LAST_YEAR + 1}-01-02T09:00:00+07:00) is outside "
        f"the years this calendar covers ({FIRST_YEAR}–{LAST_YEAR})"
    )
    assert indonesian.startswith(
        f"{LAST_YEAR + 1}-01-02 (tanggal {LAST_YEAR + 1}-01-02T09:00:00+07:00) berada di luar "
        f"tahun yang dicakup kalender ini ({FIRST_YEAR}–{LAST_YEAR})"
    )
    with pytest.raises(NaiveDatetimeError) as naive:
        CALENDAR.is_working_time(dt.datetime(2025, 3, 17, 9, 0))
    assert naive.value.localized("id").startswith(
        "2025-03-17T09:00:00 tidak memiliki zona waktu; berikan datetime"
    )
    assert "'Asia/Jakarta'" in naive.value.localized("id")
