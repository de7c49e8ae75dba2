"""Tests for calendar-month arithmetic (sopkit.asn._dates)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sopkit.asn._dates import add_months, describe_months, latest_start, months_elapsed

dates = st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2090, 12, 31))
spans = st.integers(min_value=0, max_value=600)


def test_add_months_clamps_to_month_end() -> None:
    """31 January plus one month is the last day of February."""
    assert dt.date(2024, 2, 29) == add_months(dt.date(2024, 1, 31), 1)
    assert dt.date(2023, 2, 28) == add_months(dt.date(2023, 1, 31), 1)


def test_months_elapsed_counts_whole_months() -> None:
    """Four years in rank are complete on the same day four years later, not the day before."""
    tmt = dt.date(2020, 4, 1)
    assert months_elapsed(tmt, dt.date(2024, 4, 1)) == 48
    assert months_elapsed(tmt, dt.date(2024, 3, 31)) == 47


@given(dates, spans)
def test_months_elapsed_is_the_inverse_of_add_months(start: dt.date, n: int) -> None:
    """n months after start, exactly n whole months have elapsed, and one day less gives n-1."""
    end = add_months(start, n)
    assert n == months_elapsed(start, end)
    if n:
        assert n - 1 == months_elapsed(start, end - dt.timedelta(days=1))


@given(dates, dates, spans)
def test_latest_start_is_the_threshold(start: dt.date, end: dt.date, n: int) -> None:
    """n months have elapsed from start by end exactly when start is on or before latest_start."""
    assert (months_elapsed(start, end) >= n) == (start <= latest_start(end, n))


def test_describe_months_in_both_languages() -> None:
    """Month counts read as years and months in Indonesian and English."""
    assert describe_months(50) == "4 tahun 2 bulan"
    assert describe_months(13, english=True) == "1 year 1 month"
    assert describe_months(0) == "0 bulan"
