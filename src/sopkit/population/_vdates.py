"""Calendar-month arithmetic on arrays of dates, as sopkit.asn._dates does on one date.

Dates are numpy datetime64[D]; the arithmetic runs on their day numbers with integer civil
calendar conversions (H. Hinnant's algorithms), which are much faster than numpy's datetime
casts. NaT stays NaT.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Days = npt.NDArray[Any]  # datetime64[D]
Ints = npt.NDArray[Any]  # int64 (or a smaller int)
NAT = np.datetime64("NaT", "D")
_NAT_INT = np.iinfo(np.int64).min
_LENGTHS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def days(values: Any) -> Days:
    """Return the values as a datetime64[D] array."""
    return np.asarray(values, dtype="datetime64[D]")


def civil(day: Days) -> tuple[Ints, Ints, Ints]:
    """Return year, month and day of each date (NaT gives garbage: mask it)."""
    z = day.view(np.int64) + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = np.where(mp < 10, mp + 3, mp - 9)
    y = yoe + era * 400 + (m <= 2)
    return y, m, d


def from_civil(y: Ints, m: Ints, d: Ints) -> Days:
    """Return the dates of the given years, months and days."""
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * np.where(m > 2, m - 3, m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    out: Days = (era * 146097 + doe - 719468).view("datetime64[D]")
    return out


def _length(y: Ints, m: Ints) -> Ints:
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    out: Ints = _LENGTHS[m] + (leap & (m == 2))
    return out


def _keep_nat(day: Days, out: Days) -> Days:
    nat = day.view(np.int64) == _NAT_INT
    if nat.any():
        out = np.where(nat, NAT, out)
    return out


def day_of_month(day: Days) -> Ints:
    """Return the day of the month (1–31) of each date."""
    return civil(day)[2]


def month_of(day: Days) -> Ints:
    """Return the month (1–12) of each date."""
    return civil(day)[1]


def year_of(day: Days) -> Ints:
    """Return the year of each date."""
    return civil(day)[0]


def add_months(day: Days, months: Any) -> Days:
    """Return each date `months` later, clamped to the month's last day (NaT stays NaT)."""
    day = np.asarray(day, dtype="datetime64[D]")
    y, m, d = civil(day)
    index = y * 12 + (m - 1) + np.asarray(months, dtype=np.int64)
    y2, m2 = index // 12, index % 12 + 1
    out = from_civil(y2, m2, np.minimum(d, _length(y2, m2)))
    return _keep_nat(day, out)


def months_elapsed(start: Days, end: Days) -> Ints:
    """Return the whole months from start to end: the largest n with add_months(start, n) <= end."""
    sy, sm, _ = civil(start)
    ey, em, _ = civil(end)
    n = (ey - sy) * 12 + em - sm
    return n - (add_months(start, n) > end)


def latest_start(end: Days, months: Any) -> Days:
    """Return the latest start from which `months` whole months have elapsed by end."""
    end = np.asarray(end, dtype="datetime64[D]")
    y, m, d = civil(end)
    index = y * 12 + (m - 1) - np.asarray(months, dtype=np.int64)
    y2, m2 = index // 12, index % 12 + 1
    last = _length(y2, m2)
    # an end on its month's last day is reached from the last day of a shorter month too
    d2 = np.where(d == _length(y, m), last, np.minimum(d, last))
    return _keep_nat(end, from_civil(y2, m2, d2))


def first_of_month(day: Days) -> Days:
    """Return the 1st of each date's month."""
    day = np.asarray(day, dtype="datetime64[D]")
    return _keep_nat(day, day - (day_of_month(day) - 1).astype("timedelta64[D]"))


def year_start(year: Ints) -> Days:
    """Return 1 January of each year."""
    return from_civil(np.asarray(year, dtype=np.int64), np.ones_like(year), np.ones_like(year))
