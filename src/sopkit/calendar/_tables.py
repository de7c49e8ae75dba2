"""Precomputed day tables that make working-day and office-time arithmetic O(1) or O(log n)."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Collection, Mapping

from sopkit.calendar._schedule import Period, WeeklyHours, WorkSchedule, parse_period

US = 1_000_000
DAY_US = 86_400 * US


class DayTables:
    """Arrays over every day of a year range (index 0 = 1 January of the first year).

    `day_cum[i]` counts working days before day i and `time_cum[i]` the office time
    (microseconds) before day i; both have one entry more than there are days.
    `work_index` lists the indices of working days in order; `pattern_of[i]` picks the
    day's office periods in `patterns` (microseconds after midnight, [start, end)).
    """

    __slots__ = (
        "day_cum",
        "first_ordinal",
        "pattern_of",
        "patterns",
        "size",
        "time_cum",
        "work_index",
    )

    def __init__(
        self,
        first_year: int,
        last_year: int,
        schedule: WorkSchedule,
        off: Collection[dt.date],
        working: Mapping[dt.date, tuple[str, ...]] | None = None,
    ) -> None:
        extra = {d: tuple(parse_period(p) for p in ps) for d, ps in (working or {}).items()}
        self.first_ordinal = dt.date(first_year, 1, 1).toordinal()
        self.size = dt.date(last_year, 12, 31).toordinal() - self.first_ordinal + 1
        self.patterns: list[tuple[Period, ...]] = [()]
        ids: dict[tuple[Period, ...], int] = {(): 0}
        weeks: dict[int, list[tuple[Period, ...]]] = {}
        self.pattern_of = array("H", bytes(2 * self.size))
        self.day_cum = array("i", [0])
        self.time_cum = array("q", [0])
        self.work_index = array("i")
        worked = spent = 0
        for i in range(self.size):
            day = dt.date.fromordinal(self.first_ordinal + i)
            if day in extra:  # a declared working day: its own periods, whatever the weekday
                periods = tuple((s * US, e * US) for s, e in extra[day])
            elif day in off:
                periods = ()
            else:
                periods = _week(weeks, schedule.hours_on(day))[day.weekday()]
            if periods:
                pid = ids.get(periods)
                if pid is None:
                    pid = ids[periods] = len(self.patterns)
                    self.patterns.append(periods)
                self.pattern_of[i] = pid
                self.work_index.append(i)
                worked += 1
                spent += sum(e - s for s, e in periods)
            self.day_cum.append(worked)
            self.time_cum.append(spent)


def _week(
    cache: dict[int, list[tuple[Period, ...]]], hours: WeeklyHours
) -> list[tuple[Period, ...]]:
    key = id(hours)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [
            tuple((s * US, e * US) for s, e in hours.periods(d)) for d in range(7)
        ]
    return found
