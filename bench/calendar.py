"""Benchmark working-time arithmetic against numpy, workalendar, pandas and businesstime.

Every figure is measured in this one run: each side gets the same inputs and the same number
of repeats (each timed run lasting at least MIN_RUN seconds of CPU), and the best run's wall
and CPU time are both printed. On a shared machine CPU time is the fairer measure: wall time
includes waiting for a core. Every anchor's answers are
checked against sopkit's on all inputs; disagreements are counted and shown, not hidden.
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

from sopkit.calendar import (  # noqa: E402
    Duration,
    DurationUnit,
    WeeklyHours,
    WorkCalendar,
    WorkSchedule,
)

SEED = 20250327
REPEATS = 5
"""Every side of every comparison is run this many times; the best run counts."""
WIB = "Asia/Jakarta"
UNIFORM = WorkSchedule(
    hours=WeeklyHours(**dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), ("07:30-16:00",)))
)
"""One period a day, Monday to Friday: what pandas and businesstime can express."""


Rate = tuple[float, float]
"""Calls per second: best wall time, best CPU time."""


MIN_RUN = 0.2
"""Seconds of CPU each timed run lasts at least: a fast side makes more passes over the same
inputs, so that no side's best-of-REPEATS benefits from runs too short to be preempted."""


def timed(label: str, call: Callable[[], Any], count: int) -> Rate:
    """Run `call` (which makes `count` calls) REPEATS times; print and return the best rates."""
    start = time.process_time()
    call()
    passes = max(1, round(MIN_RUN / max(time.process_time() - start, 1e-6)))
    best_wall = best_cpu = float("inf")
    for _ in range(REPEATS):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(passes):
            call()
        best_wall = min(best_wall, (time.perf_counter() - wall) / passes)
        best_cpu = min(best_cpu, (time.process_time() - cpu) / passes)
    wall, cpu = count / best_wall, count / max(best_cpu, 1e-9)
    print(f"  {label:<56} {wall:>13,.0f}/s wall  {cpu:>13,.0f}/s CPU")
    return wall, cpu


def _verdict(met: bool) -> str:
    return "meets" if met else "MISSES"


def ratio(name: str, ours: Rate, anchor: Rate, target: float) -> bool:
    """Print ours / anchor by wall and by CPU time, and whether each meets the target."""
    wall, cpu = ours[0] / anchor[0], ours[1] / anchor[1]
    print(
        f"  => {name}: {wall:,.1f}x wall ({_verdict(wall >= target)}), {cpu:,.1f}x CPU "
        f"({_verdict(cpu >= target)}); target >= {target:g}x"
    )
    return wall >= target and cpu >= target


def absolute(name: str, ours: Rate, target: float) -> None:
    """Print a rate against an absolute target, by wall and by CPU time."""
    print(
        f"  => {name}: {ours[0] / 1e6:,.2f}M/s wall ({_verdict(ours[0] >= target)}), "
        f"{ours[1] / 1e6:,.2f}M/s CPU ({_verdict(ours[1] >= target)}); target >= {target / 1e6:g}M/s"
    )


def disagreements(name: str, pairs: Sequence[tuple[Any, Any, Any]]) -> None:
    """Print how many answers of an anchor differ from sopkit's, with the first few."""
    bad = [(given, ours, theirs) for given, ours, theirs in pairs if ours != theirs]
    print(f"  answers checked: {name} differs from sopkit on {len(bad)} of {len(pairs)} inputs")
    for given, ours, theirs in bad[:3]:
        print(f"    e.g. {given}: sopkit {ours}, {name} {theirs}")


def memory() -> None:
    """Build a 2000–2100 calendar under tracemalloc and print what it keeps."""
    WorkCalendar(first_year=2024, last_year=2024)  # imports and translation catalogues load here
    tracemalloc.start()
    WorkCalendar(first_year=2000, last_year=2100)
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"Machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (wall rates suffer under load; CPU rates less so)\n"
    )
    print("Calendar 2000–2100 (East Java schedule, national days and cuti bersama)")
    print(
        f"  retained after build: {current / 1e6:.2f} MB; peak while building: {peak / 1e6:.2f} MB\n"
    )


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


def working_days(cal: WorkCalendar, run: int) -> bool:
    """Per call: the N-th working day after a date, sopkit vs numpy and workalendar."""
    rng = random.Random(SEED + run)
    days = [dt.date(2001, 1, 1) + dt.timedelta(days=rng.randrange(98 * 365)) for _ in range(5_000)]
    counts = [rng.randrange(1, 60) for _ in days]
    pairs = list(zip(days, counts, strict=True))
    off = [d.date for d in cal.days]
    busdays = np.busdaycalendar(weekmask="1111100", holidays=np.array(off, dtype="datetime64[D]"))
    np_pairs = [(np.datetime64(d, "D"), n) for d, n in pairs]
    wl = _SameHolidays(off)
    offset, bo = cal.working_day_offset, np.busday_offset
    ours = [offset(d, n) for d, n in pairs]
    numpy_answers = [bo(d, n, roll="backward", busdaycal=busdays).item() for d, n in np_pairs]
    wl_answers = [wl.add_working_days(d, n) for d, n in pairs]
    print(
        f"Run {run}: add N working days to a date, one call each (N in 1..59, 2001–2098, {len(pairs):,} dates)"
    )
    disagreements("numpy", list(zip(pairs, ours, numpy_answers, strict=True)))
    disagreements("workalendar", list(zip(pairs, ours, wl_answers, strict=True)))
    rate = timed(
        "sopkit WorkCalendar.working_day_offset",
        lambda: [offset(d, n) for d, n in pairs],
        len(pairs),
    )
    anchor = timed(
        "numpy.busday_offset, one call per date",
        lambda: [bo(d, n, roll="backward", busdaycal=busdays) for d, n in np_pairs],
        len(pairs),
    )
    wl_rate = timed(
        "workalendar add_working_days",
        lambda: [wl.add_working_days(d, n) for d, n in pairs],
        len(pairs),
    )
    ratio("sopkit / numpy per call", rate, anchor, 10)
    met = ratio("sopkit / workalendar", rate, wl_rate, 300)
    print()
    return met


def batch(cal: WorkCalendar) -> None:
    """Batches of 10^6: working-day deadlines vs numpy's busday_offset, and office time."""
    rng = np.random.default_rng(SEED)
    n = 1_000_000
    start = np.datetime64("2001-01-01T00:00", "us").astype(np.int64)
    received = (start + rng.integers(0, 95 * 365 * 86_400 * 1_000_000, n)).astype("datetime64[us]")
    counts = rng.integers(1, 60, n)
    limits = [Duration(int(c), DurationUnit.WORKING_DAY) for c in counts]
    one_limit = Duration(14, DurationUnit.WORKING_DAY)
    off = np.array([d.date for d in cal.days], dtype="datetime64[D]")
    busdays = np.busdaycalendar(weekmask="1111100", holidays=off)
    local_days = (received + np.timedelta64(7, "h")).astype("datetime64[D]")  # WIB is UTC+7
    ours = cal.deadlines(received, limits)
    theirs = np.busday_offset(local_days, counts, roll="backward", busdaycal=busdays)
    ours_days = (ours + np.timedelta64(7, "h")).astype("datetime64[D]")
    differ = int((ours_days != theirs).sum())
    print(f"Batch of {n:,} working-day deadlines (N in 1..59 per instant), same holidays")
    print(
        f"  answers checked: numpy differs from sopkit on {differ} of {n:,} deadlines (due dates)"
    )
    mine = timed(
        "sopkit WorkCalendar.deadlines, amounts array + unit",
        lambda: cal.deadlines(received, counts, unit=DurationUnit.WORKING_DAY),
        n,
    )
    objects = timed(
        "sopkit WorkCalendar.deadlines, a Duration per instant",
        lambda: cal.deadlines(received, limits),
        n,
    )
    single = timed(
        "sopkit WorkCalendar.deadlines, one limit for all",
        lambda: cal.deadlines(received, one_limit),
        n,
    )
    anchor = timed(
        "numpy.busday_offset on arrays",
        lambda: np.busday_offset(local_days, counts, roll="backward", busdaycal=busdays),
        n,
    )
    ratio("sopkit (amounts + unit) / numpy batch", mine, anchor, 1)
    ratio("sopkit (a Duration object per instant) / numpy batch", objects, anchor, 1)
    ratio("sopkit (one limit) / numpy batch", single, anchor, 1)
    print(f"\nBatch of {n:,} office-time deadlines (N hours, N in 1..39)")
    hours = rng.integers(1, 40, n)
    office = timed(
        "sopkit WorkCalendar.deadlines, N hours per instant",
        lambda: cal.deadlines(received, hours, unit=DurationUnit.HOUR),
        n,
    )
    office_one = timed(
        "sopkit WorkCalendar.deadlines, '8 jam' for all",
        lambda: cal.deadlines(received, Duration(8, DurationUnit.HOUR)),
        n,
    )
    ends = received + rng.integers(0, 30 * 86_400, n).astype("timedelta64[s]")
    between = timed(
        "sopkit WorkCalendar.working_times_between",
        lambda: cal.working_times_between(received, ends),
        n,
    )
    for label, value in (
        ("per instant", office),
        ("one for all", office_one),
        ("elapsed", between),
    ):
        absolute(f"office-time deadlines {label}", value, 3e6)
    print()


def office_hours(cal: WorkCalendar) -> None:
    """Per call: office-time deadlines and elapsed office time vs pandas CBH and businesstime."""
    rng = random.Random(SEED + 1)
    off = [d.date for d in cal.days]
    starts = [
        pendulum.datetime(2001, 1, 1, tz=WIB).add(minutes=rng.randrange(98 * 365 * 1440))
        for _ in range(2_000)
    ]
    hours = [rng.randrange(1, 40) for _ in starts]
    ends = [s.add(minutes=rng.randrange(30 * 1440)) for s in starts]
    cbh = pd.offsets.CustomBusinessHour(
        start="07:30", end="16:00", holidays=off, weekmask="Mon Tue Wed Thu Fri"
    )
    bt = businesstime.BusinessTime(
        business_hours=(dt.time(7, 30), dt.time(16, 0)), holidays=frozenset(off)
    )
    naive = [pd.Timestamp(s.naive()) for s in starts]
    add = cal.add_working_time
    amounts = [dt.timedelta(hours=h) for h in hours]
    print(
        f"Office-hours deadline, one call each ({len(starts):,} instants, N hours, Mon–Fri 07:30–16:00)"
    )
    ours = [add(s, a).naive() for s, a in zip(starts, amounts, strict=True)]
    theirs = [(p + h * cbh).to_pydatetime() for p, h in zip(naive, hours, strict=True)]
    # pandas ends a deadline that falls on a close at the next opening: the same office instant
    same = [
        o if (o != t and o.time() == dt.time(16) and t.time() == dt.time(7, 30) and t > o) else t
        for o, t in zip(ours, theirs, strict=True)
    ]
    disagreements("pandas CBH (close = next opening)", list(zip(starts, ours, same, strict=True)))
    rate = timed(
        "sopkit WorkCalendar.add_working_time",
        lambda: [add(s, a) for s, a in zip(starts, amounts, strict=True)],
        len(starts),
    )
    anchor = timed(
        "pandas Timestamp + N * CustomBusinessHour",
        lambda: [p + h * cbh for p, h in zip(naive, hours, strict=True)],
        len(starts),
    )
    print("  businesstime: offers no add operation (businesstimedelta only); not measured")
    ratio("sopkit / pandas CBH (add)", rate, anchor, 25)

    print("\nOffice time between two instants, one call each (spans up to 30 days)")
    between = cal.working_time_between
    spans = list(zip(starts, ends, strict=True))
    naive_spans = [(a.naive(), b.naive()) for a, b in spans]
    ours_between = [between(a, b) for a, b in spans]
    # businesstime counts whole business days (8.5 h each here) plus the rest: unfold them
    day = dt.timedelta(hours=8, minutes=30)
    bt_between = [
        d.days * day + dt.timedelta(seconds=d.seconds, microseconds=d.microseconds)
        for d in (bt.businesstimedelta(a, b) for a, b in naive_spans)
    ]
    disagreements(
        "businesstime",
        [
            (f"{a:%Y-%m-%d %H:%M}→{b:%Y-%m-%d %H:%M}", o, t)
            for (a, b), o, t in zip(naive_spans, ours_between, bt_between, strict=True)
        ],
    )
    rate = timed(
        "sopkit WorkCalendar.working_time_between",
        lambda: [between(a, b) for a, b in spans],
        len(spans),
    )
    anchor = timed(
        "businesstime BusinessTime.businesstimedelta",
        lambda: [bt.businesstimedelta(a, b) for a, b in naive_spans],
        len(spans),
    )
    print("  pandas: offers no elapsed-business-time operation; not measured")
    ratio("sopkit / businesstime (elapsed)", rate, anchor, 3)


def main() -> None:
    """Run every comparison and print the figures."""
    memory()
    full = WorkCalendar(first_year=2000, last_year=2100)
    runs = [working_days(full, run) for run in (1, 2, 3)]
    print(f"sopkit / workalendar >= 300x in every run: {'yes' if all(runs) else 'NO'}\n")
    batch(full)
    uniform = WorkCalendar(first_year=2000, last_year=2100, schedule=UNIFORM)
    office_hours(uniform)


if __name__ == "__main__":
    main()
