"""Office hours as arrays of open/close offsets, and the map between clock and office time.

The simulation clock is *office time*: hours of office time elapsed since the start date's
local midnight. Nothing happens while the office is closed, so queues and servers evolve in
office time exactly as they would on the wall clock; only arrivals (mapped to their position)
and reports (mapped back to instants) touch the calendar. Offsets are local wall-clock hours
from the start date's midnight; Indonesian timezones have no daylight saving, so they are
linear in real time.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right

import attrs
import pendulum

from sopkit._i18n import Text
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.sim._errors import SimRangeError


@attrs.frozen
class OfficeHours:
    """Open intervals [open, close) in hours after the start's local midnight, with running totals.

    `before[i]` is the office time before interval i and `ends[i]` the office time at its
    close. An always-open instance (no intervals)
    maps office time to clock time one to one.
    """

    opens: tuple[float, ...] = ()
    closes: tuple[float, ...] = ()
    before: tuple[float, ...] = ()
    ends: tuple[float, ...] = ()
    day_hours: float = 24.0
    start: dt.date | None = None
    timezone: str = "UTC"
    last_date: dt.date | None = None

    @classmethod
    def always_open(cls, day_hours: float = 24.0) -> OfficeHours:
        """Return hours that never close, with `day_hours` office hours counted as one day."""
        return cls(day_hours=day_hours)

    @classmethod
    def from_calendar(cls, calendar: WorkCalendar, start: dt.date) -> OfficeHours:
        """Return the open intervals of a WorkCalendar from start to the end of its data."""
        opens: list[float] = []
        closes: list[float] = []
        before: list[float] = []
        total = 0.0
        last = dt.date(calendar.last_year, 12, 31)
        day, k = start, 0
        while day <= last:
            if calendar.is_working_day(day):
                for s, e in calendar.schedule.periods_on(day):
                    opens.append(k * 24 + s / 3600)
                    closes.append(k * 24 + e / 3600)
                    before.append(total)
                    total += (e - s) / 3600
            day += dt.timedelta(days=1)
            k += 1
        return cls(
            tuple(opens),
            tuple(closes),
            tuple(before),
            tuple(b + (c - o) for b, o, c in zip(before, opens, closes, strict=True)),
            _day_hours(calendar),
            start,
            calendar.timezone,
            last,
        )

    @property
    def is_always_open(self) -> bool:
        """Return whether these hours never close."""
        return not self.opens

    def position(self, clock: float) -> float:
        """Return the office time elapsed at a clock offset (the next opening's, when closed)."""
        if not self.opens:
            return clock
        i = bisect_right(self.closes, clock)
        if i == len(self.closes):
            raise self._past(Text("clock offset {hours} h", hours=f"{clock:.2f}"))
        return self.before[i] + max(0.0, clock - self.opens[i])

    def clock(self, position: float) -> float:
        """Return the clock offset when office time reaches position (a close, not the next opening)."""
        if not self.opens:
            return position
        i = bisect_left(self.ends, position)
        if i == len(self.ends):
            raise self._past(Text("office time {hours} h", hours=f"{position:.2f}"))
        return self.opens[i] + (position - self.before[i])

    def working_days_position(self, days: float) -> float:
        """Return the office time at the close of the `days`-th working day (whole days)."""
        if not self.opens:
            return days * self.day_hours
        whole = math.ceil(days)
        seen, last_day = 0, -1
        for i, opened in enumerate(self.opens):
            d = int(opened // 24)
            if d != last_day:
                if seen == whole:
                    return self.before[i]
                seen, last_day = seen + 1, d
        if seen == whole:
            return self.ends[-1]
        raise self._past(Text("{days} working days", days=days))

    def working_days_available(self) -> float:
        """Return how many working days the hours cover from the start (inf when always open)."""
        if not self.opens:
            return math.inf
        return float(len({int(o // 24) for o in self.opens}))

    def instant(self, clock: float) -> pendulum.DateTime:
        """Return the local instant of a clock offset, to the second."""
        if self.start is None:
            raise ValueError("always-open hours have no calendar start; instants are undefined")
        base = pendulum.datetime(
            self.start.year, self.start.month, self.start.day, tz=self.timezone
        )
        return base.add(seconds=round(clock * 3600))

    def offset(self, instant: dt.datetime) -> float:
        """Return the clock offset (hours after the start's local midnight) of an aware instant."""
        if self.start is None:
            raise ValueError("always-open hours have no calendar start; give offsets instead")
        base = pendulum.datetime(
            self.start.year, self.start.month, self.start.day, tz=self.timezone
        )
        return (instant - base).total_seconds() / 3600

    def _past(self, what: Text) -> SimRangeError:
        end = self.last_date.isoformat() if self.last_date else Text("its end")
        return SimRangeError(
            Text(
                "{what} falls after the calendar's data ends ({end}); simulate fewer days, or "
                "build the calendar with a later last_year (`--last-year` on the command line; "
                "years past the last confirmed one use estimated holidays)",
                what=what,
                end=end,
            )
        )


def _day_hours(calendar: WorkCalendar) -> float:
    """Return one working day's office time: the base week's hours over its working weekdays."""
    hours = calendar.schedule.hours
    days = sum(1 for d in range(7) if hours.periods(d))
    return hours.weekly_seconds() / 3600 / days if days else 24.0
