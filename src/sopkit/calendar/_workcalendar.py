"""WorkCalendar: working days, office hours and deadlines of one agency, in its timezone."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pendulum

from sopkit._i18n import Text
from sopkit.calendar._agency_calendar import Roll
from sopkit.calendar._batch import deadlines as batch_deadlines
from sopkit.calendar._batch import working_times_between as batch_working_times
from sopkit.calendar._days import (
    DEFAULT_FIRST_YEAR,
    HOLIDAYS_LAST_YEAR,
    CalendarDay,
    DayKind,
    RemovedDay,
    last_confirmed_year,
    merge_days,
    national_days,
)
from sopkit.calendar._duration import Duration, DurationUnit, TimeLimit
from sopkit.calendar._errors import CalendarConfigError, DateOutOfRangeError, NaiveDatetimeError
from sopkit.calendar._limits import SlaStatus, deadline_of, sla_of
from sopkit.calendar._schedule import EAST_JAVA_SCHEDULE, WorkSchedule
from sopkit.calendar._tables import DAY_US, US, DayTables
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    from sopkit.calendar._batch import BatchTables

_ONE_US = dt.timedelta(microseconds=1)
_DATE = dt.date


class WorkCalendar:
    """Working days and office hours of one agency over an explicit range of years.

    Instants go in and come out timezone-aware (pendulum, in the agency's timezone); a
    naive datetime raises NaiveDatetimeError. Any date outside `first_year`–`last_year`
    raises DateOutOfRangeError. Interval ends are stated in each method's docstring.
    """

    __slots__ = (
        "_batch",
        "_day_cum",
        "_days",
        "_first",
        "_last_before",
        "_off",
        "_size",
        "_t",
        "_tz",
        "_work_dates",
        "agency",
        "bare_day",
        "confirmed_through",
        "roll",
        "schedule",
        "strict",
    )

    def __init__(
        self,
        *,
        first_year: int = DEFAULT_FIRST_YEAR,
        last_year: int | None = None,
        schedule: WorkSchedule = EAST_JAVA_SCHEDULE,
        timezone: str = "Asia/Jakarta",
        added: Iterable[CalendarDay] = (),
        removed: Iterable[RemovedDay] = (),
        bare_day: DayReading = DayReading.UNDECLARED,
        agency: str = "",
        national: Iterable[CalendarDay] | None = None,
        strict: bool = False,
        working: Iterable[tuple[dt.date, tuple[str, ...]]] = (),
        roll: Roll = Roll.NONE,
    ) -> None:
        confirmed = last_confirmed_year() if national is None else HOLIDAYS_LAST_YEAR
        last = (confirmed if strict else HOLIDAYS_LAST_YEAR) if last_year is None else last_year
        if strict and last > confirmed:
            raise CalendarConfigError(
                Text(
                    "strict calendars cover confirmed years only (up to {confirmed}); "
                    "last_year={last} would use estimated holidays",
                    confirmed=confirmed,
                    last=last,
                )
            )
        self._batch: BatchTables | None = None
        self.strict = strict
        self.roll = roll
        self.confirmed_through = confirmed
        base = national_days(first_year, last) if national is None else tuple(national)
        self._off = merge_days(base, tuple(added), tuple(removed), first_year, last)
        self._days = tuple(self._off[d] for d in sorted(self._off))
        try:
            self._tz = pendulum.timezone(timezone)
        except Exception as exc:  # pendulum raises its own InvalidTimezone
            raise CalendarConfigError(
                Text(
                    "unknown timezone {value}; Indonesian agencies use Asia/Jakarta (WIB), "
                    "Asia/Makassar (WITA) or Asia/Jayapura (WIT)",
                    value=repr(timezone),
                )
            ) from exc
        self._t = DayTables(first_year, last, schedule, self._off, dict(working))
        # the day arithmetic fast path reads these directly
        self._first = self._t.first_ordinal
        self._size = self._t.size
        self._day_cum = self._t.day_cum
        self._work_dates = tuple(
            map(dt.date.fromordinal, map(self._first.__add__, self._t.work_index))
        )
        # index in _work_dates of the last working day up to each day (-1 before the first)
        self._last_before = [c - 1 for c in self._t.day_cum[1:]]
        self.schedule = schedule
        self.bare_day = bare_day
        self.agency = agency

    def __repr__(self) -> str:
        who = f"{self.agency!r}, " if self.agency else ""
        return f"WorkCalendar({who}{self.first_year}–{self.last_year}, {self.timezone})"

    # ---- range and conversions -------------------------------------------------------
    @property
    def first_year(self) -> int:
        """Return the first year covered (1 January included)."""
        return dt.date.fromordinal(self._t.first_ordinal).year

    @property
    def last_year(self) -> int:
        """Return the last year covered (31 December included)."""
        return dt.date.fromordinal(self._t.first_ordinal + self._t.size - 1).year

    @property
    def timezone(self) -> str:
        """Return the IANA name of the calendar's timezone."""
        return str(self._tz.name)

    @property
    def days(self) -> tuple[CalendarDay, ...]:
        """Return every day off in the covered years (national, cuti bersama, local), in order."""
        return self._days

    def estimated_days(self, first: dt.date, last: dt.date) -> tuple[CalendarDay, ...]:
        """Return the days off between two dates (both included) that no SKB confirms.

        These are the days the holidays package marks as estimates and every national day
        of a year after the last confirmed one (its list may still change).
        """
        return tuple(
            d
            for d in self._days
            if first <= d.date <= last
            and (
                d.estimated
                or (d.date.year > self.confirmed_through and d.kind is not DayKind.LOCAL)
            )
        )

    def unconfirmed_years(self, first: dt.date, last: dt.date) -> tuple[int, ...]:
        """Return the years between two dates whose national days no SKB has confirmed yet."""
        return tuple(y for y in range(first.year, last.year + 1) if y > self.confirmed_through)

    def _out_of_range(self, when: dt.date, detail: str = "") -> DateOutOfRangeError:
        return DateOutOfRangeError(when, self.first_year, self.last_year, detail)

    def _index(self, day: dt.date) -> int:
        if isinstance(day, dt.datetime):
            return self._local(day) // DAY_US
        i = day.toordinal() - self._t.first_ordinal
        if not 0 <= i < self._t.size:
            raise self._out_of_range(day)
        return i

    def _local(self, instant: dt.datetime) -> int:
        """Return microseconds from local midnight of 1 January of the first year."""
        if instant.tzinfo is not self._tz:
            if instant.tzinfo is None or instant.utcoffset() is None:
                raise NaiveDatetimeError(instant, self.timezone)
            instant = instant.astimezone(self._tz)
        days = instant.toordinal() - self._t.first_ordinal
        if not 0 <= days < self._t.size:
            raise self._out_of_range(
                instant.date(), Text("the date of {instant}", instant=instant.isoformat())
            )
        seconds = instant.hour * 3600 + instant.minute * 60 + instant.second
        return (days * 86400 + seconds) * US + instant.microsecond

    def _instant(self, local: int) -> pendulum.DateTime:
        days, tod = divmod(local, DAY_US)
        day = dt.date.fromordinal(self._t.first_ordinal + days)
        seconds, micro = divmod(tod, US)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return pendulum.DateTime(
            day.year, day.month, day.day, hour, minute, second, micro, tzinfo=self._tz
        )

    def _date(self, index: int) -> dt.date:
        return dt.date.fromordinal(self._t.first_ordinal + index)

    # ---- days --------------------------------------------------------------------------
    def day_off(self, day: dt.date) -> CalendarDay | None:
        """Return the holiday, cuti bersama or local day off on a date, or None."""
        self._index(day)
        return self._off.get(day)

    def days_off(self, year: int) -> tuple[CalendarDay, ...]:
        """Return the days off of one covered year, in date order."""
        self._index(dt.date(year, 1, 1))
        return tuple(d for d in self._days if d.date.year == year)

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether a date has office hours (a weekday with hours, not a day off)."""
        return self._t.pattern_of[self._index(day)] != 0

    def working_days_in(self, year: int) -> int:
        """Return the number of working days from 1 January to 31 December of a year."""
        first = self._index(dt.date(year, 1, 1))
        last = self._index(dt.date(year, 12, 31))
        return self._t.day_cum[last + 1] - self._t.day_cum[first]

    def working_day_offset(self, day: dt.date, count: int) -> dt.date:
        """Return the count-th working day after day (day excluded); negative counts go back."""
        if count > 0 and type(day) is _DATE:  # the common case, kept to a few list lookups
            i = day.toordinal() - self._first
            if 0 <= i < self._size:
                try:
                    return self._work_dates[self._last_before[i] + count]
                except IndexError:
                    pass
        return self._offset(day, count)

    def _offset(self, day: dt.date, count: int) -> dt.date:
        i = day.toordinal() - self._first
        if type(day) is not dt.date or not 0 <= i < self._size:
            i = self._index(day)  # converts datetimes, raises outside the covered years
        if count > 0:
            k = self._day_cum[i + 1] + count - 1
        elif count < 0:
            k = self._day_cum[i] + count
        else:
            return self._date(i)
        if k >= 0:
            try:
                return self._work_dates[k]
            except IndexError:
                pass
        raise self._out_of_range(
            self._date(i),
            Text("{count} working days from it end past the data", count=count),
        )

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return the first working day strictly after day."""
        return self.working_day_offset(day, 1)

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return the last working day strictly before day."""
        return self.working_day_offset(day, -1)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Return the working days in (start, end]: start excluded, end included; negative if end < start."""
        cum = self._t.day_cum
        return cum[self._index(end) + 1] - cum[self._index(start) + 1]

    # ---- office time -------------------------------------------------------------------
    def _periods(self, index: int) -> tuple[tuple[int, int], ...]:
        return self._t.patterns[self._t.pattern_of[index]]

    def is_working_time(self, instant: dt.datetime) -> bool:
        """Return whether an instant falls in an office period [start, end) of a working day."""
        i, tod = divmod(self._local(instant), DAY_US)
        return any(s <= tod < e for s, e in self._periods(i))

    def _next_open(self, local: int) -> int:
        i, tod = divmod(local, DAY_US)
        for s, _ in self._periods(i):
            if s >= tod:
                return i * DAY_US + s
        c = self._t.day_cum[i + 1]
        if c >= len(self._t.work_index):
            raise self._out_of_range(self._date(i), Text("no later opening in the data"))
        j = self._t.work_index[c]
        return j * DAY_US + self._periods(j)[0][0]

    def next_open(self, instant: dt.datetime) -> pendulum.DateTime:
        """Return the start of the first office period that starts at or after instant."""
        return self._instant(self._next_open(self._local(instant)))

    def previous_close(self, instant: dt.datetime) -> pendulum.DateTime:
        """Return the end of the last office period that ends at or before instant."""
        i, tod = divmod(self._local(instant), DAY_US)
        for _, e in reversed(self._periods(i)):
            if e <= tod:
                return self._instant(i * DAY_US + e)
        c = self._t.day_cum[i]
        if c == 0:
            raise self._out_of_range(self._date(i), Text("no earlier close in the data"))
        j = self._t.work_index[c - 1]
        return self._instant(j * DAY_US + self._periods(j)[-1][1])

    def close_on(self, day: dt.date) -> pendulum.DateTime:
        """Return the end of office hours on a working day; raise CalendarConfigError otherwise."""
        i = self._index(day)
        periods = self._periods(i)
        if not periods:
            raise CalendarConfigError(Text("{day} is not a working day", day=day.isoformat()))
        return self._instant(i * DAY_US + periods[-1][1])

    def _position(self, local: int) -> int:
        i, tod = divmod(local, DAY_US)
        acc = self._t.time_cum[i]
        for s, e in self._periods(i):
            if tod <= s:
                break
            if tod < e:
                return acc + tod - s
            acc += e - s
        return acc

    def working_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Return the office time in [start, end); negative when end is before start."""
        micro = self._position(self._local(end)) - self._position(self._local(start))
        return dt.timedelta(microseconds=micro)

    def add_working_time(self, instant: dt.datetime, amount: dt.timedelta) -> pendulum.DateTime:
        """Return the instant when `amount` of office time counted from instant has passed.

        Counting starts at instant, or at the next opening when instant is outside office
        hours; the result lies in (start, end] of an office period (so it may be a close),
        or is that next opening itself when amount is zero.
        """
        local = self._local(instant)
        micro = amount // _ONE_US
        if micro < 0:
            raise ValueError(f"office time to add must not be negative, got {amount}")
        if micro == 0:
            return self._instant(local if self._is_open(local) else self._next_open(local))
        target = self._position(local) + micro
        cum = self._t.time_cum
        j = bisect_left(cum, target) - 1
        if j >= self._t.size:
            raise self._out_of_range(
                self._date(self._t.size - 1), Text("the deadline falls after it")
            )
        rest = target - cum[j]
        for s, e in self._periods(j):
            if rest <= e - s:
                return self._instant(j * DAY_US + s + rest)
            rest -= e - s
        raise AssertionError("time_cum and patterns disagree")  # pragma: no cover

    def _is_open(self, local: int) -> bool:
        i, tod = divmod(local, DAY_US)
        return any(s <= tod < e for s, e in self._periods(i))

    # ---- durations, deadlines, SLA -----------------------------------------------------
    def add(
        self, instant: dt.datetime, duration: Duration, *, bare_day: DayReading | None = None
    ) -> pendulum.DateTime:
        """Return the deadline a fixed duration sets from instant (see deadline for the rules)."""
        return deadline_of(self, instant, duration, bare_day)

    def deadline(
        self, received_at: dt.datetime, time_limit: TimeLimit, *, bare_day: DayReading | None = None
    ) -> pendulum.DateTime:
        """Return when a time limit counted from receipt ends.

        N working days end at the close of office hours on the N-th working day after the
        day of receipt (that day never counts); N calendar days (weeks: 7) at midnight closing
        the N-th day after it; N months at midnight closing the same day N months later (or
        the month's last day); minutes, hours and JP count office time from receipt or the
        next opening. A bare 'hari' follows bare_day, else the agency's declaration.
        """
        return deadline_of(self, received_at, time_limit, bare_day)

    def latest_receipt(
        self, due: dt.datetime, time_limit: TimeLimit, *, bare_day: DayReading | None = None
    ) -> pendulum.DateTime:
        """Return the latest receipt instant whose deadline for time_limit is at or before due.

        The inverse of `deadline`: any file received at or before the result is due by
        `due`, any file received after it is due later. Deadlines never decrease as receipt
        moves later, so the answer is found by bisection to the microsecond.
        """
        high = self._local(due)
        target = self._instant(high)

        def meets(local: int) -> bool:
            try:
                return deadline_of(self, self._instant(local), time_limit, bare_day) <= target
            except DateOutOfRangeError:  # the deadline falls after the data, so after due
                return False

        if meets(high):
            return target
        step = DAY_US
        low = high - step
        while True:
            if low < 0:
                if not meets(0):
                    raise DateOutOfRangeError(
                        self._date(0),
                        self.first_year,
                        self.last_year,
                        Text(
                            "no receipt in the covered years meets {target}",
                            target=target.isoformat(),
                        ),
                    )
                low = 0
                break
            if meets(low):
                break
            high, step = low, step * 2
            low = high - step
        while high - low > 1:  # meets(low) holds, meets(high) does not
            middle = (low + high) // 2
            if meets(middle):
                low = middle
            else:
                high = middle
        return self._instant(low)

    def sla_status(
        self,
        received_at: dt.datetime,
        now: dt.datetime,
        time_limit: TimeLimit,
        *,
        at_risk: float = 0.2,
        bare_day: DayReading | None = None,
    ) -> SlaStatus:
        """Return on time / at risk / overdue at `now`, with the office time left or overdue.

        At risk means the office time left in [now, due) is at most `at_risk` (a share)
        of the office time allowed in [received_at, due); overdue means now is after due.
        """
        return sla_of(self, received_at, now, time_limit, at_risk, bare_day)

    # ---- batches (numpy) -----------------------------------------------------------------
    def deadlines(
        self,
        received: Any,
        time_limits: TimeLimit | Sequence[TimeLimit] | Any,
        *,
        unit: DurationUnit | None = None,
        bare_day: DayReading | None = None,
    ) -> Any:
        """Return the deadline of each instant of a numpy datetime64 array or pandas Series.

        One time limit applies to all, or give one per instant (a sequence of limits, or an
        integer array of amounts with `unit=`). numpy values are UTC and come back as
        datetime64[us] UTC; an aware pandas Series comes back in the calendar's zone. Each
        result equals `deadline()` of the same instant and limit.
        """
        return batch_deadlines(self, received, time_limits, bare_day, unit)

    def working_times_between(self, starts: Any, ends: Any) -> Any:
        """Return the office time in [start, end) of each pair, as numpy timedelta64[us]."""
        return batch_working_times(self, starts, ends)

    # used by _limits: day-level helpers in local time
    def local_index(self, instant: dt.datetime) -> int:
        """Return the day index (0 = 1 January of the first year) of an instant's local date."""
        return self._local(instant) // DAY_US

    def midnight_after(self, index: int) -> pendulum.DateTime:
        """Return local midnight closing the day with this index (the next day's 00:00)."""
        if not 0 <= index < self._t.size:
            raise self._out_of_range(self._date(index), Text("the deadline's day"))
        return self._instant((index + 1) * DAY_US)

    def rolled(self, index: int) -> int:
        """Return the day index a calendar-day or month limit ends on, after the calendar's roll."""
        if self.roll is Roll.NONE or not 0 <= index < self._t.size or self._t.pattern_of[index]:
            return index
        c = self._t.day_cum[index + 1]
        if c >= len(self._t.work_index):
            raise self._out_of_range(self._date(index), Text("no later working day to roll to"))
        return self._t.work_index[c]

    def index_date(self, index: int) -> dt.date:
        """Return the date of a day index."""
        return self._date(index)
