"""Tests for sopkit.calendar._limits: deadlines of time limits and SLA status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pendulum
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sopkit import DayReading
from sopkit.calendar import (
    BareDayError,
    Combine,
    CompositeDuration,
    Duration,
    DurationPart,
    DurationUnit,
    OpenDurationError,
    ScheduleOverride,
    SlaState,
    WeeklyHours,
    WorkCalendar,
    WorkSchedule,
    parse_duration,
    parse_time_limit,
)
from sopkit.calendar._schedule import EAST_JAVA_SCHEDULE
from tests.calendar.strategies import CALENDAR as PROPERTY_CALENDAR
from tests.calendar.strategies import instants

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "answers" / "deadlines.yaml").read_text()
)
CALENDAR = WorkCalendar(first_year=2024, last_year=2025, bare_day=DayReading.WORKING)
UNDECLARED = WorkCalendar(first_year=2024, last_year=2025, agency="x.y")
WIB = "Asia/Jakarta"
_RAMADAN_HOURS = WeeklyHours(
    mon=("08:00-12:00", "12:30-15:00"),
    tue=("08:00-12:00", "12:30-15:00"),
    wed=("08:00-12:00", "12:30-15:00"),
    thu=("08:00-12:00", "12:30-15:00"),
    fri=("08:00-11:30", "13:00-15:00"),
)
RAMADAN_CALENDAR = WorkCalendar(
    first_year=2020,
    last_year=2026,
    schedule=WorkSchedule(
        hours=EAST_JAVA_SCHEDULE.hours,
        overrides=tuple(
            ScheduleOverride(f"Ramadan {y}", dt.date(y, 3, 1), dt.date(y, 4, 15), _RAMADAN_HOURS)
            for y in range(2020, 2026)
        ),
    ),
)


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_deadlines_match_the_answer_file(case: dict[str, Any]) -> None:
    """Each reviewed deadline comes out at the instant worked out by hand, in WIB."""
    received = pendulum.instance(case["received"])
    due = CALENDAR.deadline(received, parse_time_limit(case["limit"]))
    assert case["due"].isoformat() == due.isoformat()


def test_bare_day_undeclared_raises_naming_the_choice() -> None:
    """A bare 'hari' on an agency that declares no reading raises, naming both readings."""
    with pytest.raises(BareDayError, match="bare_day: working or calendar"):
        UNDECLARED.deadline(pendulum.datetime(2025, 3, 17, tz=WIB), parse_duration("3 hari"))


def test_bare_day_override_argument() -> None:
    """An explicit bare_day argument reads 'hari' as calendar days, whatever the agency says."""
    start = pendulum.datetime(2025, 3, 17, 9, tz=WIB)
    due = CALENDAR.deadline(start, parse_duration("3 hari"), bare_day=DayReading.CALENDAR)
    assert pendulum.datetime(2025, 3, 21, tz=WIB) == due


@pytest.mark.parametrize("text", ["Menyesuaikan", "Sesuai Juknis", "Fleksibel", "Mempersiapkan"])
def test_open_durations_raise(text: str) -> None:
    """An open duration has no deadline: it raises rather than reading as zero."""
    with pytest.raises(OpenDurationError, match="open duration"):
        CALENDAR.deadline(pendulum.datetime(2025, 3, 17, tz=WIB), parse_duration(text))


def test_composite_sum_adds_parts_in_order() -> None:
    """Consecutive stages: 2 working days, then 1 hour, counted from the end of the first."""
    limit = CompositeDuration(
        parts=(
            DurationPart(Duration(2, DurationUnit.WORKING_DAY)),
            DurationPart(Duration(1, DurationUnit.HOUR)),
        ),
        combine=Combine.SUM,
    )
    due = CALENDAR.deadline(pendulum.datetime(2025, 3, 17, 9, tz=WIB), limit)
    assert pendulum.datetime(2025, 3, 20, 8, 30, tz=WIB) == due


def test_composite_equivalent_uses_the_headline() -> None:
    """'887 JP / 101 hari' is one length: the deadline follows the first statement, in JP."""
    start = pendulum.datetime(2025, 3, 17, 7, 30, tz=WIB)
    composite = CALENDAR.deadline(start, parse_time_limit("887 JP / 101 hari"))
    assert CALENDAR.deadline(start, parse_duration("887 JP")) == composite


def test_add_takes_fixed_durations() -> None:
    """add() and deadline() agree on a fixed duration."""
    start = pendulum.datetime(2025, 3, 17, 9, tz=WIB)
    limit = parse_duration("14 hari kerja")
    assert CALENDAR.deadline(start, limit) == CALENDAR.add(start, limit)


def _status(now: pendulum.DateTime) -> Any:
    received = pendulum.datetime(2025, 3, 17, 8, 0, tz=WIB)  # Monday
    return CALENDAR.sla_status(received, now, parse_duration("5 hari kerja"))


def test_sla_on_time() -> None:
    """Early on, the file is on time with most of its office time left."""
    status = _status(pendulum.datetime(2025, 3, 17, 9, 0, tz=WIB))
    assert SlaState.ON_TIME == status.state
    assert pendulum.datetime(2025, 3, 24, 16, 0, tz=WIB) == status.due
    assert dt.timedelta(0) == status.overdue_by


def test_sla_at_risk() -> None:
    """On the due day, with less than a fifth of the allowed time left, it is at risk."""
    status = _status(pendulum.datetime(2025, 3, 24, 10, 0, tz=WIB))
    assert SlaState.AT_RISK == status.state
    assert dt.timedelta(hours=5) == status.remaining


def test_sla_overdue_reports_office_time_late() -> None:
    """After the deadline, it is overdue by the office time since the close of the due day."""
    status = _status(pendulum.datetime(2025, 3, 25, 9, 30, tz=WIB))
    assert SlaState.OVERDUE == status.state
    assert dt.timedelta(hours=2) == status.overdue_by
    assert dt.timedelta(0) == status.remaining


def test_sla_now_before_receipt_raises() -> None:
    """Asking about a moment before receipt is an error."""
    with pytest.raises(Exception, match="before the file was received"):
        _status(pendulum.datetime(2025, 3, 16, tz=WIB))


@given(
    instants,
    st.integers(0, 60),
    st.sampled_from(
        [DurationUnit.WORKING_DAY, DurationUnit.HOUR, DurationUnit.MINUTE, DurationUnit.JP]
    ),
)
def test_deadline_never_on_a_day_off_or_outside_office_hours(
    start: pendulum.DateTime, amount: int, unit: DurationUnit
) -> None:
    """Working-day and office-time deadlines land within [open, close] of a working day."""
    due = PROPERTY_CALENDAR.deadline(start, Duration(amount, unit))
    assert PROPERTY_CALENDAR.is_working_day(due.date())
    tod = due.hour * 3600 + due.minute * 60 + due.second
    assert any(s <= tod <= e for s, e in PROPERTY_CALENDAR.schedule.periods_on(due.date()))
    assert due >= start


@given(instants, st.integers(0, 60 * 40))
def test_round_trip_across_ramadan_hours(start: pendulum.DateTime, minutes: int) -> None:
    """With Ramadan hours in force, adding then measuring office time still round-trips."""
    amount = dt.timedelta(minutes=minutes)
    due = RAMADAN_CALENDAR.add_working_time(start, amount)
    assert amount == RAMADAN_CALENDAR.working_time_between(start, due)


def test_a_bare_day_error_reads_in_indonesian() -> None:
    """The agency is named in the Indonesian message too; option names stay as they are."""
    with pytest.raises(BareDayError) as info:
        UNDECLARED.deadline(pendulum.datetime(2025, 3, 17, tz=WIB), parse_duration("3 hari"))
    shown = info.value.localized("id")
    assert shown.startswith(
        "'3 hari' menghitung 'hari' tanpa keterangan dan instansi 'x.y' tidak menyatakan"
    )
    assert "--bare-day working|calendar di baris perintah" in shown
    assert str(info.value).startswith("'3 hari' counts bare 'hari' and agency 'x.y' declares")
