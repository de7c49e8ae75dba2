"""The batch API against the scalar one: same deadlines and office time, element by element."""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pandas as pd
import pendulum
import pytest

from sopkit.calendar import (
    CalendarConfigError,
    DateOutOfRangeError,
    Duration,
    DurationUnit,
    NaiveDatetimeError,
    OpenDurationError,
    TimeLimit,
    WorkCalendar,
    parse_time_limit,
)
from sopkit.calendar._agency_calendar import Roll
from sopkit.core._agency import DayReading

# CI compares this many random pairs per limit; `make fuzz` sets SOPKIT_BATCH_PAIRS=1000000
PAIRS = int(os.environ.get("SOPKIT_BATCH_PAIRS", "2000"))
CALENDAR = WorkCalendar(first_year=2019, last_year=2031, bare_day=DayReading.WORKING)
ROLLING = WorkCalendar(first_year=2019, last_year=2031, roll=Roll.FOLLOWING)
LIMITS = [
    "1 jam",
    "0 jam",
    "45 menit",
    "3 JP",
    "40 jam",
    "0 hari kerja",
    "1 hari kerja",
    "14 (empat belas) hari kerja",
    "3 hari",
    "7 hari kalender",
    "2 minggu",
    "1 bulan",
    "2 (dua) bulan",
    "887 JP / 101 hari",
]
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
ZERO = {
    "0 jam": Duration(0, DurationUnit.HOUR),
    "0 hari kerja": Duration(0, DurationUnit.WORKING_DAY),
}
"""Zero amounts are refused as text ('0 hari kerja' names no time) but valid as objects."""


def _limit(text: str) -> TimeLimit:
    return ZERO.get(text) or parse_time_limit(text)


def _instants(seed: int, n: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    start = np.datetime64("2020-01-01T00:00", "us").astype(np.int64)
    span = 10 * 365 * 86_400 * 1_000_000
    return (start + rng.integers(0, span, n)).astype("datetime64[us]")


def _aware(value: np.datetime64) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=int(value.astype(np.int64)))


def _scalar_due(cal: WorkCalendar, when: np.datetime64, text: str) -> np.datetime64:
    due = cal.deadline(_aware(when), _limit(text)).in_tz("UTC")
    return np.datetime64(dt.datetime(*due.timetuple()[:6], due.microsecond), "us")


@pytest.mark.parametrize("text", LIMITS)
def test_deadlines_equal_the_scalar_ones(text: str) -> None:
    """Every batch deadline equals `deadline()` on the same instant (random instants, 2020–2029)."""
    received = _instants(LIMITS.index(text), PAIRS)
    batch = CALENDAR.deadlines(received, _limit(text))
    expected = np.array([_scalar_due(CALENDAR, r, text) for r in received])
    assert (expected == batch).all()


def test_roll_following_matches_the_scalar_roll() -> None:
    """Calendar-day and month limits rolled to the next working day agree with the scalar path."""
    received = _instants(99, PAIRS // 4)
    for text in ("5 hari kalender", "1 bulan"):
        batch = ROLLING.deadlines(received, _limit(text))
        expected = np.array([_scalar_due(ROLLING, r, text) for r in received])
        assert (expected == batch).all()


def test_many_limits_one_per_instant() -> None:
    """A list of limits, one per instant, gives each instant its own deadline."""
    received = _instants(7, PAIRS)
    rng = np.random.default_rng(8)
    texts = [LIMITS[i] for i in rng.integers(0, len(LIMITS), PAIRS)]
    batch = CALENDAR.deadlines(received, [_limit(t) for t in texts])
    expected = np.array([_scalar_due(CALENDAR, r, t) for r, t in zip(received, texts, strict=True)])
    assert (expected == batch).all()


def test_working_time_between_equals_the_scalar_one() -> None:
    """Office time in [start, end) of random pairs, end before start included, as the scalar API."""
    starts = _instants(11, PAIRS)
    rng = np.random.default_rng(12)
    ends = starts + rng.integers(-10 * 86_400, 40 * 86_400, PAIRS).astype("timedelta64[s]")
    batch = CALENDAR.working_times_between(starts, ends)
    expected = np.array(
        [
            CALENDAR.working_time_between(_aware(a), _aware(b)) // dt.timedelta(microseconds=1)
            for a, b in zip(starts, ends, strict=True)
        ]
    )
    assert (expected == batch.astype(np.int64)).all()


def test_pandas_series_in_and_out_in_the_agency_zone() -> None:
    """An aware Series comes back as an aware Series in the calendar's zone, index kept."""
    received = pd.Series(
        pd.to_datetime(["2025-03-27 15:00", "2025-08-15 10:00"]).tz_localize("Asia/Jakarta"),
        index=["a", "b"],
    )
    due = CALENDAR.deadlines(received, parse_time_limit("1 hari kerja"))
    assert ["a", "b"] == list(due.index)
    assert "Asia/Jakarta" == str(due.dt.tz)
    # 28 March 2025 is cuti bersama Nyepi, 18 August 2025 the added cuti bersama (SKB 933/2025)
    assert [
        pd.Timestamp("2025-04-08 16:00", tz="Asia/Jakarta"),
        pd.Timestamp("2025-08-19 16:00", tz="Asia/Jakarta"),
    ] == list(due)


def test_naive_series_and_open_limits_are_refused() -> None:
    """A naive Series, an open duration and an instant past the range raise sopkit errors."""
    naive = pd.Series(pd.to_datetime(["2025-03-27 15:00"]))
    with pytest.raises(NaiveDatetimeError):
        CALENDAR.deadlines(naive, parse_time_limit("1 jam"))
    with pytest.raises(OpenDurationError):
        CALENDAR.deadlines(_instants(1, 3), parse_time_limit("Menyesuaikan"))
    late = np.array(["2031-12-31T10:00"], dtype="datetime64[us]")
    with pytest.raises(DateOutOfRangeError):
        CALENDAR.deadlines(late, parse_time_limit("14 hari kerja"))


def test_aware_datetimes_in_a_list() -> None:
    """A list of aware datetimes is accepted; the result is UTC datetime64."""
    received = [pendulum.datetime(2025, 3, 27, 15, tz="Asia/Jakarta")]
    due = CALENDAR.deadlines(received, parse_time_limit("14 (empat belas) hari kerja"))
    assert np.datetime64("2025-04-28T09:00", "us") == due[0]


def test_amounts_with_a_unit_equal_one_limit_each() -> None:
    """An integer array with unit= gives the same deadlines as one Duration per instant."""
    received = _instants(21, PAIRS)
    amounts = np.random.default_rng(22).integers(0, 20, PAIRS)
    for unit in (DurationUnit.WORKING_DAY, DurationUnit.HOUR, DurationUnit.MONTH):
        by_unit = CALENDAR.deadlines(received, amounts, unit=unit)
        each = CALENDAR.deadlines(received, [Duration(int(a), unit) for a in amounts])
        assert (each == by_unit).all()
    with pytest.raises(CalendarConfigError):
        CALENDAR.deadlines(received, -amounts - 1, unit=DurationUnit.HOUR)
