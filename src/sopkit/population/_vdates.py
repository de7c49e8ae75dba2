"""Calendar-month arithmetic on arrays of dates (numpy datetime64[D]), as sopkit.asn._dates does."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Days = npt.NDArray[np.datetime64]
Ints = npt.NDArray[np.int64]
NAT = np.datetime64("NaT", "D")


def days(values: Any) -> Days:
    """Return the values as a datetime64[D] array."""
    return np.asarray(values, dtype="datetime64[D]")


def month_index(day: Days) -> Ints:
    """Return year * 12 + month - 1 of each date (1970-01 is 23640)."""
    return day.astype("datetime64[M]").astype(np.int64) + 1970 * 12


def _first_of(index: Ints) -> Days:
    return (index - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]")


def day_of_month(day: Days) -> Ints:
    """Return the day of the month (1–31) of each date."""
    return (day - day.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1


def month_of(day: Days) -> Ints:
    """Return the month (1–12) of each date."""
    return month_index(day) % 12 + 1


def year_of(day: Days) -> Ints:
    """Return the year of each date."""
    return month_index(day) // 12


def month_length(index: Ints) -> Ints:
    """Return the number of days in each month given by month_index."""
    return (_first_of(index + 1) - _first_of(index)).astype(np.int64)


def add_months(day: Days, months: Any) -> Days:
    """Return each date `months` later, clamped to the month's last day (NaT stays NaT)."""
    index = month_index(day) + np.asarray(months, dtype=np.int64)
    dom = np.minimum(day_of_month(day), month_length(index))
    out = _first_of(index) + (dom - 1).astype("timedelta64[D]")
    return np.where(np.isnat(day), NAT, out)


def months_elapsed(start: Days, end: Days) -> Ints:
    """Return the whole months from start to end: the largest n with add_months(start, n) <= end."""
    n = month_index(end) - month_index(start)
    return n - (add_months(start, n) > end)


def latest_start(end: Days, months: Any) -> Days:
    """Return the latest start from which `months` whole months have elapsed by end."""
    start = add_months(end, -np.asarray(months, dtype=np.int64))
    last = day_of_month(end) == month_length(month_index(end))
    start_last = _first_of(month_index(start) + 1) - np.timedelta64(1, "D")
    return np.where(last, start_last, start)


def first_of_month(day: Days) -> Days:
    """Return the 1st of each date's month."""
    return day.astype("datetime64[M]").astype("datetime64[D]")
