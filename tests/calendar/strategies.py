"""Hypothesis strategies for working-time arithmetic: instants, dates and office durations."""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import strategies as st

from sopkit.calendar import WorkCalendar

FIRST_YEAR, LAST_YEAR = 2020, 2026
CALENDAR = WorkCalendar(first_year=FIRST_YEAR, last_year=LAST_YEAR)
"""One calendar on the default East Java schedule, shared by the property tests."""

# keep results inside the covered years: starts end a year before the data does
dates = st.dates(min_value=dt.date(FIRST_YEAR, 1, 10), max_value=dt.date(LAST_YEAR - 1, 12, 31))
instants = st.builds(
    lambda day, minute, second: pendulum.datetime(
        day.year, day.month, day.day, minute // 60, minute % 60, second, tz="Asia/Jakarta"
    ),
    dates,
    st.integers(0, 24 * 60 - 1),
    st.sampled_from((0, 0, 0, 30, 59)),
)
working_day_counts = st.integers(0, 200)
office_minutes = st.integers(0, 60 * 7 * 40)
