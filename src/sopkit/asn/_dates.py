"""Calendar-month arithmetic for service periods, ages and ranks (masa kerja, usia)."""

from __future__ import annotations

import calendar
import datetime as dt


def last_day(year: int, month: int) -> int:
    """Return the number of days in the month."""
    return calendar.monthrange(year, month)[1]


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, last_day(year, month)))


def months_elapsed(start: dt.date, end: dt.date) -> int:
    """Return the whole months from start to end: the largest n with add_months(start, n) <= end."""
    n = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, n) > end:
        n -= 1
    return n


def latest_start(end: dt.date, months: int) -> dt.date:
    """Return the latest start from which `months` whole months have elapsed by end."""
    start = add_months(end, -months)
    if end.day == last_day(end.year, end.month):
        # a start at the end of a shorter month still reaches this month's last day
        start = start.replace(day=last_day(start.year, start.month))
    return start


def years_months(months: int) -> tuple[int, int]:
    """Return a month count as (years, months)."""
    return divmod(months, 12)


def describe_months(months: int, *, english: bool = False) -> str:
    """Return a month count as '4 tahun 2 bulan' (or '4 years 2 months')."""
    years, rest = divmod(months, 12)
    if english:
        parts = [f"{years} year{'s' if years != 1 else ''}"] if years else []
        if rest or not parts:
            parts.append(f"{rest} month{'s' if rest != 1 else ''}")
        return " ".join(parts)
    parts = [f"{years} tahun"] if years else []
    if rest or not parts:
        parts.append(f"{rest} bulan")
    return " ".join(parts)
