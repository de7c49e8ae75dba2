"""Precomputed day tables that make working-day and office-time arithmetic O(1) or O(log n)."""

from __future__ import annotations

import datetime as dt
import itertools
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
        first_day, last_day = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
        self.first_ordinal = first_day.toordinal()
        self.size = last_day.toordinal() - self.first_ordinal + 1
        self.patterns: list[tuple[Period, ...]] = [()]
        ids: dict[tuple[Period, ...], int] = {(): 0}

        def pid(periods: tuple[Period, ...]) -> int:
            found = ids.get(periods)
            if found is None:
                found = ids[periods] = len(self.patterns)
                self.patterns.append(periods)
            return found

        # whole ranges of constant weekly hours first, repeating their week (C-speed list work),
        # then days off, then declared working days, which win over both
        weeks: dict[int, list[tuple[Period, ...]]] = {}
        pattern_of: list[int] = []
        for span in schedule.ranges(first_day, last_day):
            week = [pid(p) for p in _week(weeks, span.hours)]
            start = span.first.weekday()
            week = week[start:] + week[:start]
            count = (span.last - span.first).days + 1
            pattern_of.extend((week * (count // 7 + 1))[:count])
        for day in off:
            index = day.toordinal() - self.first_ordinal
            if 0 <= index < self.size:
                pattern_of[index] = 0
        for day, texts in (working or {}).items():
            index = day.toordinal() - self.first_ordinal
            if 0 <= index < self.size:
                pattern_of[index] = pid(
                    tuple((a * US, b * US) for a, b in map(parse_period, texts))
                )
        lengths = [sum(e - s for s, e in periods) for periods in self.patterns]
        self.pattern_of = array("H", pattern_of)
        self.day_cum = array("i", itertools.accumulate(map(bool, pattern_of), initial=0))
        self.time_cum = array(
            "q", itertools.accumulate(map(lengths.__getitem__, pattern_of), initial=0)
        )
        self.work_index = array("i", itertools.compress(range(self.size), pattern_of))


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
