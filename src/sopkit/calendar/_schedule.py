"""Weekly office hours with breaks, date-ranged overrides, and the East Java default."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable

import attrs

from sopkit._i18n import Text
from sopkit.calendar._errors import CalendarConfigError

_PERIOD = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*$")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Field names of WeeklyHours, Monday first (the index is date.weekday())."""

Period = tuple[int, int]
"""An open period as seconds after local midnight: [start, end)."""


def parse_period(text: str) -> Period:
    """Return '07:30-12:00' (or '07.30–12.00') as seconds after midnight, start and end."""
    match = _PERIOD.match(text)
    if match is None:
        raise CalendarConfigError(
            Text(
                "office period {period} is not written as 'HH:MM-HH:MM' (e.g. '07:30-12:00')",
                period=repr(text),
            )
        )
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60
    if m1 > 59 or m2 > 59 or not 0 <= start < end <= 86400:
        raise CalendarConfigError(
            Text(
                "office period {period} must start before it ends, within one day (00:00-24:00)",
                period=repr(text),
            )
        )
    return start, end


def _check_periods(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    periods = [parse_period(str(p)) for p in value]
    for (_, end), (start, _) in itertools.pairwise(periods):
        if start < end:
            raise CalendarConfigError(
                Text(
                    "{field}: periods {periods} must be in order and must not overlap",
                    field=attribute.name,
                    periods=list(value),
                )
            )


def _periods_field() -> tuple[str, ...]:
    return attrs.field(default=(), validator=_check_periods)


@attrs.frozen
class WeeklyHours:
    """Office periods for each weekday ('07:30-12:00'); a weekday with none is a day off."""

    mon: tuple[str, ...] = _periods_field()
    tue: tuple[str, ...] = _periods_field()
    wed: tuple[str, ...] = _periods_field()
    thu: tuple[str, ...] = _periods_field()
    fri: tuple[str, ...] = _periods_field()
    sat: tuple[str, ...] = _periods_field()
    sun: tuple[str, ...] = _periods_field()

    def periods(self, weekday: int) -> tuple[Period, ...]:
        """Return the open periods of a weekday (0 = Monday), each [start, end) in seconds."""
        texts: tuple[str, ...] = getattr(self, WEEKDAYS[weekday])
        return tuple(parse_period(t) for t in texts)

    def weekly_seconds(self) -> int:
        """Return the office time of a full week, in seconds, breaks excluded."""
        return sum(e - s for day in range(7) for s, e in self.periods(day))


@attrs.frozen
class ScheduleOverride:
    """Different hours between two dates, both included (reduced Ramadan hours, for example)."""

    name: str
    first: dt.date
    last: dt.date
    hours: WeeklyHours
    source: str = ""

    def __attrs_post_init__(self) -> None:
        if self.last < self.first:
            raise CalendarConfigError(
                Text(
                    "override {name} ends ({last}) before it starts ({first})",
                    name=repr(self.name),
                    last=self.last,
                    first=self.first,
                )
            )


@attrs.frozen
class DatedHours:
    """Weekly hours in force from a date on, until the next dated entry (a decree, an SE)."""

    first: dt.date
    hours: WeeklyHours
    source: str = ""
    name: str = ""


@attrs.frozen
class HoursRange:
    """The weekly hours in force over a range of days (both included), and why."""

    first: dt.date
    last: dt.date
    hours: WeeklyHours
    name: str
    source: str


def _by_date(changes: Iterable[DatedHours]) -> tuple[DatedHours, ...]:
    return tuple(sorted(changes, key=lambda c: c.first))


@attrs.frozen
class WorkSchedule:
    """Weekly office hours: a base, dated changes, and date-ranged overrides.

    On a day, the last override covering it wins; else the last dated change that started
    on or before it; else the base `hours` (what applies before the first sourced date).
    """

    hours: WeeklyHours
    overrides: tuple[ScheduleOverride, ...] = ()
    name: str = ""
    source: str = ""
    changes: tuple[DatedHours, ...] = attrs.field(default=(), converter=_by_date)

    def _entry_on(self, day: dt.date) -> tuple[WeeklyHours, str, str]:
        for override in reversed(self.overrides):
            if override.first <= day <= override.last:
                return override.hours, override.name, override.source
        for change in reversed(self.changes):
            if change.first <= day:
                return change.hours, change.name or self.name, change.source
        return self.hours, self.name, self.source

    def hours_on(self, day: dt.date) -> WeeklyHours:
        """Return the weekly hours in force on a day."""
        return self._entry_on(day)[0]

    def periods_on(self, day: dt.date) -> tuple[Period, ...]:
        """Return the office periods of a day, each [start, end) in seconds after midnight."""
        return self.hours_on(day).periods(day.weekday())

    def ranges(self, first: dt.date, last: dt.date) -> tuple[HoursRange, ...]:
        """Return the hours in force between two dates (both included), one entry per range."""
        bounds = {first, last + dt.timedelta(days=1)}
        for change in self.changes:
            bounds.add(change.first)
        for override in self.overrides:
            bounds.update((override.first, override.last + dt.timedelta(days=1)))
        edges = sorted(b for b in bounds if first <= b <= last + dt.timedelta(days=1))
        found: list[HoursRange] = []
        for start, stop in itertools.pairwise(edges):
            hours, name, source = self._entry_on(start)
            end = stop - dt.timedelta(days=1)
            if found and (found[-1].hours, found[-1].name, found[-1].source) == (
                hours,
                name,
                source,
            ):
                found[-1] = attrs.evolve(found[-1], last=end)
            else:
                found.append(HoursRange(start, end, hours, name, source))
        return tuple(found)


EAST_JAVA_HOURS = WeeklyHours(
    mon=("07:30-12:00", "13:00-16:00"),
    tue=("07:30-12:00", "13:00-16:00"),
    wed=("07:30-12:00", "13:00-16:00"),
    thu=("07:30-12:00", "13:00-16:00"),
    fri=("07:30-11:30", "13:00-16:30"),
)
"""Mon–Thu 07.30–16.00 (break 12.00–13.00), Fri 07.30–16.30 (break 11.30–13.00): 37.5 h a week."""

EAST_JAVA_RAMADAN_HOURS = WeeklyHours(
    mon=("08:00-12:00", "12:30-15:00"),
    tue=("08:00-12:00", "12:30-15:00"),
    wed=("08:00-12:00", "12:30-15:00"),
    thu=("08:00-12:00", "12:30-15:00"),
    fri=("08:00-11:30", "13:00-15:00"),
)
"""⚠ SK Gubernur Jatim's Ramadan hours as reported: Mon–Thu 08.00–15.00 (break 12.00–12.30),
Fri 08.00–15.00 (break 11.30–13.00); 31.5 h, not the Perpres's 32.5 h."""

_EAST_JAVA_SK = "SK Gubernur Jawa Timur 100.3.3.1/797/013/2025 (4 November 2025)"

EAST_JAVA_SCHEDULE = WorkSchedule(
    hours=EAST_JAVA_HOURS,
    name="Jawa Timur, 5 hari kerja",
    source=(
        "assumed: no East Java source before 4 November 2025 was found; the SK's hours "
        "(which meet Perpres 21/2023: 37.5 h a week, start 07.30) are applied backwards"
    ),
    changes=(DatedHours(dt.date(2025, 11, 4), EAST_JAVA_HOURS, _EAST_JAVA_SK),),
    overrides=(
        ScheduleOverride(
            name="Ramadan 1447 H (Jawa Timur)",
            first=dt.date(2026, 2, 19),  # 1 Ramadan 1447 H per sidang isbat, 17 Feb 2026
            last=dt.date(2026, 3, 20),  # the eve of Idul Fitri 1447 H (SKB 2026)
            hours=EAST_JAVA_RAMADAN_HOURS,
            source=f"⚠ {_EAST_JAVA_SK}, Ramadan hours as reported by bolinggonews.com (4 Dec 2025)",
        ),
    ),
)
"""The default schedule of East Java agencies, dated from the provincial SK."""
