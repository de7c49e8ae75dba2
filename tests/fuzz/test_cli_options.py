"""Fuzzing the CLI's date, time and number options: only usage errors escape, never a crash."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.cli import _options as opt
from sopkit.cli import main

OPTIONS: dict[str, opt.Option[Any]] = {
    "date": opt.date,
    "datetime": opt.datetime,
    "year": opt.year,
    "rate": opt.rate,
    "positive number": opt.number(0, above=True),
    "whole number": opt.integer(0, 10_000),
    "probability": opt.number(0, 1),
    "step pair": opt.pair(opt.step_number, opt.number(0, 1), what="a branch"),
}

# text that looks like what users type into these options, and plain noise
NEAR = st.one_of(
    st.text(alphabet="0123456789-:T+Z. /eE", max_size=30),
    st.text(max_size=30),
    st.from_regex(r"\A\d{1,6}-\d{1,3}-\d{1,3}(T\d{1,3}:\d{1,3}(:\d{1,3})?)?\Z"),
    st.sampled_from(["inf", "-inf", "nan", "1e309", "9999999999999999999999", "tomorrow"]),
)


@pytest.mark.parametrize("name", sorted(OPTIONS))
@given(text=NEAR)
def test_option_parsers_raise_only_usage_errors(name: str, text: str) -> None:
    """Each parser returns a value or raises ArgumentTypeError naming what it accepts."""
    message = ""
    try:
        OPTIONS[name](text)
    except argparse.ArgumentTypeError as exc:
        message = str(exc)
    assert not message or "expected" in message or "accepted" in message


@given(st.dates())
def test_dates_in_range_are_read_back_and_others_refused(day: dt.date) -> None:
    """An ISO date is accepted exactly when its year is within the supported years."""
    inside = opt.FIRST_YEAR <= day.year <= opt.LAST_YEAR
    try:
        assert day == opt.date(day.isoformat())
        assert inside
    except argparse.ArgumentTypeError:
        assert not inside


@given(st.datetimes(timezones=st.one_of(st.none(), st.timezones())))
def test_datetimes_round_trip(moment: dt.datetime) -> None:
    """An ISO date-time in range reads back as the same moment (offsets kept)."""
    text = moment.replace(microsecond=0).isoformat()
    offset = moment.utcoffset()
    # ISO 8601 offsets are whole minutes; an offset with seconds is rightly refused
    readable = opt.FIRST_YEAR <= moment.year <= opt.LAST_YEAR and not (
        offset and offset.total_seconds() % 60
    )
    try:
        parsed = opt.datetime(text)
    except argparse.ArgumentTypeError:
        assert not readable
        return
    assert readable
    assert text == parsed.isoformat()  # same wall time and offset, DST folds included


@given(text=NEAR)
def test_deadline_from_never_crashes_the_command_line(text: str) -> None:
    """`sopkit deadline --from TEXT` parses or exits 2; a malformed one never loads anything."""
    try:
        opt.datetime(text)
    except argparse.ArgumentTypeError:
        argv = ["deadline", "--agency", "malang.bkpsdm", "--duration", "3 hari", "--from", text]
        assert 2 == main(argv)
