"""Benchmark working-time arithmetic against numpy, workalendar, pandas and businesstime.

Every figure is measured in this one run and printed with its ratio to the anchor.
Run: .venv/bin/python bench/calendar.py   (anchors: pip install 'sopkit[bench]')
"""

from __future__ import annotations

import os
import sys

# this file is named like the stdlib module `calendar`: keep its folder off the import path
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import datetime as dt  # noqa: E402
import gc  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from typing import Any  # noqa: E402

import businesstime  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pendulum  # noqa: E402
from workalendar.core import Calendar as WorkalendarBase  # noqa: E402

from sopkit.calendar import Duration, DurationUnit, WeeklyHours, WorkCalendar, WorkSchedule  # noqa: E402

SEED = 20250327
WIB = "Asia/Jakarta"
UNIFORM = WorkSchedule(
    hours=WeeklyHours(**dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), ("07:30-16:00",)))
)
"""One period a day, Monday to Friday: what pandas and businesstime can express."""


def rate(label: str, call: Callable[[], Any], count: int, repeat: int = 3) -> float:
    """Return the best calls per second over `repeat` runs of `call` (which makes `count` calls)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    per_second = count / best
    print(f"  {label:<58} {per_second:>14,.0f} calls/s")
    return per_second


def ratio(name: str, ours: float, anchor: float, target: float) -> None:
    """Print ours / anchor and whether it meets the target."""
    value = ours / anchor
    verdict = "meets" if value >= target else "MISSES"
    print(f"  => {name}: {value:,.1f}x (target >= {target:g}x: {verdict})\n")


def memory() -> WorkCalendar:
    """Build a 2000–2100 calendar under tracemalloc and print what it keeps."""
    WorkCalendar(first_year=2024, last_year=2024)  # imports and translation catalogues load here
    tracemalloc.start()
    cal = WorkCalendar(first_year=2000, last_year=2100)
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("Calendar 2000–2100 (East Java schedule, national days and cuti bersama)")
    print(
        f"  retained after build: {current / 1e6:.2f} MB (target < 5 MB); peak while building: {peak / 1e6:.2f} MB\n"
    )
    return cal


class _SameHolidays(WorkalendarBase):
    """A workalendar calendar with exactly the days off of a sopkit calendar."""

    def __init__(self, days: Sequence[dt.date]) -> None:
        super().__init__()
        self._days_by_year: dict[int, list[tuple[dt.date, str]]] = {}
        for day in days:
            self._days_by_year.setdefault(day.year, []).append((day, "libur"))

    def get_weekend_days(self) -> tuple[int, int]:
        return (5, 6)

    def holidays(self, year: int | None = None) -> list[tuple[dt.date, str]]:  # type: ignore[override]
        return self._days_by_year.get(year or 0, [])


def working_days(cal: WorkCalendar) -> None:
    """Adding N working days to a date: sopkit vs numpy.busday_offset and workalendar."""
    rng = random.Random(SEED)
    days = [dt.date(2001, 1, 1) + dt.timedelta(days=rng.randrange(98 * 365)) for _ in range(20_000)]
    counts = [rng.randrange(1, 60) for _ in days]
    pairs = list(zip(days, counts, strict=True))
    off = [d.date for d in cal.days]
    busdays = np.busdaycalendar(weekmask="1111100", holidays=np.array(off, dtype="datetime64[D]"))
    np_pairs = [(np.datetime64(d, "D"), n) for d, n in pairs]
    wl = _SameHolidays(off)
    for d, n in pairs[:200]:  # the three agree before we time them
        ours = cal.working_day_offset(d, n)
        assert ours == np.busday_offset(d, n, roll="backward", busdaycal=busdays).item()
        assert ours == wl.add_working_days(d, n), (d, n)
    print("Add N working days to a date (N in 1..59, dates 2001–2098)")
    offset = cal.working_day_offset
    # ten passes over the pairs: a 20,000-call run lasts ~5 ms, short enough for VM noise
    ours = rate(
        "sopkit WorkCalendar.working_day_offset",
        lambda: [offset(d, n) for _ in range(10) for d, n in pairs],
        10 * len(pairs),
        repeat=5,
    )
    bo = np.busday_offset
    anchor = rate(
        "numpy.busday_offset, one call per date",
        lambda: [bo(d, n, roll="backward", busdaycal=busdays) for d, n in np_pairs],
        len(pairs),
    )
    ratio("sopkit / numpy", ours, anchor, 3)
    few = pairs[:2000]
    wl_rate = rate(
        "workalendar add_working_days",
        lambda: [wl.add_working_days(d, n) for d, n in few],
        len(few),
        repeat=3,
    )
    ratio("sopkit / workalendar", ours, wl_rate, 300)


def office_hours(cal: WorkCalendar) -> None:
    """Deadlines and office time between instants: sopkit vs pandas CBH and businesstime."""
    rng = random.Random(SEED + 1)
    off = [d.date for d in cal.days]
    starts = [
        pendulum.datetime(2001, 1, 1, tz=WIB).add(minutes=rng.randrange(98 * 365 * 1440))
        for _ in range(5_000)
    ]
    hours = [rng.randrange(1, 40) for _ in starts]
    ends = [s.add(minutes=rng.randrange(30 * 1440)) for s in starts]
    cbh = pd.offsets.CustomBusinessHour(
        start="07:30", end="16:00", holidays=off, weekmask="Mon Tue Wed Thu Fri"
    )
    naive = [pd.Timestamp(s.naive()) for s in starts]
    for s, p, h in list(zip(starts, naive, hours, strict=True))[:100]:  # sopkit and pandas agree
        ours = cal.add_working_time(s, dt.timedelta(hours=h)).naive()
        theirs = (p + h * cbh).to_pydatetime()
        assert ours == theirs or (ours.time() == dt.time(16) and theirs.time() == dt.time(7, 30)), (
            s,
            h,
            ours,
            theirs,
        )
    print("Office-hours deadline from an aware datetime (N hours, Mon–Fri 07:30–16:00)")
    limits = [Duration(h, DurationUnit.HOUR) for h in hours]
    deadline = cal.deadline
    pairs = list(zip(starts, limits, strict=True))
    ours = rate(
        "sopkit WorkCalendar.deadline(instant, 'N jam')",
        lambda: [deadline(s, d) for s, d in pairs],
        len(pairs),
    )
    npairs = list(zip(naive, hours, strict=True))
    few = npairs[:500]
    anchor = rate(
        "pandas Timestamp + N * CustomBusinessHour",
        lambda: [p + h * cbh for p, h in few],
        len(few),
        repeat=1,
    )
    ratio("sopkit / pandas", ours, anchor, 20)

    print("Office time between two datetimes (spans up to 30 days)")
    between = cal.working_time_between
    spans = list(zip(starts, ends, strict=True))
    ours = rate(
        "sopkit WorkCalendar.working_time_between",
        lambda: [between(a, b) for a, b in spans],
        len(spans),
    )
    bt = businesstime.BusinessTime(
        business_hours=(dt.time(7, 30), dt.time(16, 0)), holidays=frozenset(off)
    )
    naive_spans = [(a.naive(), b.naive()) for a, b in spans]
    few_spans = naive_spans[:1000]
    anchor = rate(
        "businesstime BusinessTime.businesstimedelta",
        lambda: [bt.businesstimedelta(a, b) for a, b in few_spans],
        len(few_spans),
        repeat=1,
    )
    ratio("sopkit / businesstime", ours, anchor, 3)


def main() -> None:
    """Run every comparison and print the figures."""
    memory()
    full = WorkCalendar(first_year=2000, last_year=2100)
    working_days(full)
    uniform = WorkCalendar(first_year=2000, last_year=2100, schedule=UNIFORM)
    office_hours(uniform)


if __name__ == "__main__":
    main()
