"""Deadlines and SLA status of a time limit, following the time semantics in docs/calendar.md."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Protocol

import attrs
import pendulum

from sopkit._i18n import Text
from sopkit.calendar._duration import (
    Combine,
    CompositeDuration,
    Dimension,
    Duration,
    OpenDuration,
    TimeLimit,
)
from sopkit.calendar._errors import (
    BareDayError,
    CalendarError,
    DateOutOfRangeError,
    OpenDurationError,
)
from sopkit.core._agency import DayReading


class WorkCalendar(Protocol):
    """What deadlines need of a calendar (WorkCalendar provides it; no import circle)."""

    agency: str
    bare_day: DayReading

    @property
    def first_year(self) -> int:
        """Return the first year covered."""

    @property
    def last_year(self) -> int:
        """Return the last year covered."""

    def add_working_time(self, instant: dt.datetime, amount: dt.timedelta) -> pendulum.DateTime:
        """Return the instant when `amount` of office time has passed."""

    def working_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Return the office time in [start, end)."""

    def local_index(self, instant: dt.datetime) -> int:
        """Return the day index of an instant's local date."""

    def index_date(self, index: int) -> dt.date:
        """Return the date of a day index."""

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether a date has office hours."""

    def close_on(self, day: dt.date) -> pendulum.DateTime:
        """Return the end of office hours on a working day."""

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return the first working day strictly after day."""

    def working_day_offset(self, day: dt.date, count: int) -> dt.date:
        """Return the count-th working day after day."""

    def midnight_after(self, index: int) -> pendulum.DateTime:
        """Return local midnight closing the day with this index."""

    def rolled(self, index: int) -> int:
        """Return the day index a calendar-day or month limit ends on."""


class SlaState(enum.StrEnum):
    """Where a file stands against its time limit."""

    ON_TIME = "on_time"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"


@attrs.frozen
class SlaStatus:
    """A file's standing: state, due instant, and office time left, overdue and allowed."""

    state: SlaState
    due: pendulum.DateTime
    remaining: dt.timedelta
    overdue_by: dt.timedelta
    allowed: dt.timedelta


def deadline_of(
    cal: WorkCalendar, start: dt.datetime, limit: TimeLimit, bare_day: DayReading | None
) -> pendulum.DateTime:
    """Return when limit, counted from start, ends on cal."""
    try:
        return _deadline(cal, start, limit, bare_day)
    except OverflowError:  # amounts past what datetime arithmetic can hold
        raise DateOutOfRangeError(
            start.date(),
            cal.first_year,
            cal.last_year,
            Text("{limit} from it", limit=repr(_text(limit))),
        ) from None


def _text(limit: TimeLimit) -> str:
    return limit.text or (limit.describe() if isinstance(limit, Duration) else "")


def _deadline(
    cal: WorkCalendar, start: dt.datetime, limit: TimeLimit, bare_day: DayReading | None
) -> pendulum.DateTime:
    if isinstance(limit, OpenDuration):
        raise OpenDurationError(limit.text, limit.kind.value)
    if isinstance(limit, CompositeDuration):
        return _composite(cal, start, limit, bare_day)
    dimension = _dimension(cal, limit, bare_day)
    if dimension is Dimension.OFFICE_TIME:
        return cal.add_working_time(start, dt.timedelta(minutes=limit.base_amount))
    day = cal.local_index(start)
    if dimension is Dimension.WORKING_DAYS:
        received = cal.index_date(day)
        if limit.base_amount == 0:
            # zero working days: the next close of office hours at or after receipt
            if cal.is_working_day(received) and cal.close_on(received) >= start:
                return cal.close_on(received)
            return cal.close_on(cal.next_working_day(received))
        return cal.close_on(cal.working_day_offset(received, limit.base_amount))
    if dimension is Dimension.CALENDAR_DAYS:
        return cal.midnight_after(cal.rolled(day + limit.base_amount))
    try:
        later = pendulum.Date.fromordinal(cal.index_date(day).toordinal()).add(
            months=limit.base_amount
        )
    except ValueError:  # pendulum's way of saying the year passed 9999
        raise OverflowError("months past the last year datetime holds") from None
    return cal.midnight_after(
        cal.rolled(day + (later.toordinal() - cal.index_date(day).toordinal()))
    )


def _dimension(cal: WorkCalendar, limit: Duration, bare_day: DayReading | None) -> Dimension:
    if limit.dimension is not Dimension.BARE_DAYS:
        return limit.dimension
    reading = bare_day or cal.bare_day
    if reading is DayReading.WORKING:
        return Dimension.WORKING_DAYS
    if reading is DayReading.CALENDAR:
        return Dimension.CALENDAR_DAYS
    raise BareDayError(limit.text or limit.describe(), cal.agency)


def _composite(
    cal: WorkCalendar, start: dt.datetime, limit: CompositeDuration, bare_day: DayReading | None
) -> pendulum.DateTime:
    # equivalent statements describe one length: the first (headline) statement rules
    parts = limit.parts[:1] if limit.combine is Combine.EQUIVALENT else limit.parts
    when = deadline_of(cal, start, parts[0].duration, bare_day)
    for part in parts[1:]:
        when = deadline_of(cal, when, part.duration, bare_day)
    return when


def sla_of(
    cal: WorkCalendar,
    received_at: dt.datetime,
    now: dt.datetime,
    limit: TimeLimit,
    at_risk: float,
    bare_day: DayReading | None,
) -> SlaStatus:
    """Return the SLA status of a file received at received_at, seen at now."""
    if not 0.0 <= at_risk <= 1.0:
        raise ValueError(
            Text("at_risk is a share of the allowed time, 0 to 1; got {value}", value=at_risk)
        )
    if now < received_at:
        raise CalendarError(
            Text(
                "now ({now}) is before the file was received ({received})",
                now=now.isoformat(),
                received=received_at.isoformat(),
            )
        )
    due = deadline_of(cal, received_at, limit, bare_day)
    zero = dt.timedelta(0)
    allowed = cal.working_time_between(received_at, due)
    if now > due:
        late = cal.working_time_between(due, now)
        return SlaStatus(SlaState.OVERDUE, due, zero, late, allowed)
    left = cal.working_time_between(now, due)
    state = SlaState.AT_RISK if left <= allowed * at_risk else SlaState.ON_TIME
    return SlaStatus(state, due, left, zero, allowed)
