"""Day tables: built range by range, they agree with a day-by-day reading of the schedule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sopkit.calendar._schedule import (
    EAST_JAVA_SCHEDULE,
    DatedHours,
    ScheduleOverride,
    WeeklyHours,
    WorkSchedule,
    parse_period,
)
from sopkit.calendar._tables import US, DayTables

FIRST, LAST = 2023, 2026
_days = st.dates(dt.date(FIRST - 1, 11, 1), dt.date(LAST + 1, 2, 1))  # some fall outside
_periods = st.sampled_from(
    ((), ("07:30-12:00", "13:00-16:00"), ("08:00-15:00",), ("07:00-11:00", "12:00-14:30"))
)
_hours = st.builds(WeeklyHours, *([_periods] * 7))


@st.composite
def _overrides(draw: st.DrawFn) -> ScheduleOverride:
    first = draw(_days)
    return ScheduleOverride(
        "o", first, first + dt.timedelta(days=draw(st.integers(0, 60))), draw(_hours)
    )


_schedules = st.builds(
    WorkSchedule,
    hours=_hours,
    overrides=st.lists(_overrides(), max_size=3).map(tuple),
    changes=st.lists(st.builds(DatedHours, _days, _hours), max_size=3).map(tuple),
)


def _reference(
    schedule: WorkSchedule, off: set[dt.date], working: dict[dt.date, tuple[str, ...]]
) -> list[tuple[tuple[int, int], ...]]:
    """Each day's office periods (microseconds), read one day at a time."""
    out = []
    day = dt.date(FIRST, 1, 1)
    while day <= dt.date(LAST, 12, 31):
        if day in working:
            periods = tuple((s * US, e * US) for s, e in map(parse_period, working[day]))
        elif day in off:
            periods = ()
        else:
            periods = tuple((s * US, e * US) for s, e in schedule.periods_on(day))
        out.append(periods)
        day += dt.timedelta(days=1)
    return out


@given(
    _schedules,
    st.sets(_days, max_size=40),
    st.dictionaries(_days, _periods.filter(bool), max_size=5),
)
def test_tables_agree_with_a_day_by_day_reading(
    schedule: WorkSchedule, off: set[dt.date], working: dict[dt.date, tuple[str, ...]]
) -> None:
    """Periods, working-day counts, office-time sums and the working-day index all agree."""
    tables = DayTables(FIRST, LAST, schedule, off, working)
    expected = _reference(schedule, off, working)
    assert [tables.patterns[p] for p in tables.pattern_of] == expected
    counts, sums = [0], [0]
    for periods in expected:
        counts.append(counts[-1] + bool(periods))
        sums.append(sums[-1] + sum(e - s for s, e in periods))
    assert list(tables.day_cum) == counts
    assert list(tables.time_cum) == sums
    assert list(tables.work_index) == [i for i, p in enumerate(expected) if p]
    assert tables.patterns[0] == ()


def test_a_declared_working_day_wins_over_a_day_off() -> None:
    """A working day declared on a holiday (a Saturday service day) counts as working."""
    day = dt.date(2024, 8, 17)  # a Saturday and Independence Day
    tables = DayTables(FIRST, LAST, EAST_JAVA_SCHEDULE, {day}, {day: ("08:00-12:00",)})
    index = day.toordinal() - tables.first_ordinal
    assert ((8 * 3600 * US, 12 * 3600 * US),) == tables.patterns[tables.pattern_of[index]]
    assert tables.day_cum[index + 1] == tables.day_cum[index] + 1
