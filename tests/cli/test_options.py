"""The typed option parsers: what each accepts, and what its error says."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from sopkit.cli import _options as opt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-27T15:00", dt.datetime(2025, 3, 27, 15, 0)),
        ("2025-03-27 15:00:30", dt.datetime(2025, 3, 27, 15, 0, 30)),
        ("2025-03-27", dt.datetime(2025, 3, 27)),
        (
            "2025-03-27T15:00+09:00",
            dt.datetime(2025, 3, 27, 15, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
    ],
)
def test_datetimes_accepted(text: str, expected: dt.datetime) -> None:
    """ISO dates and times, with or without seconds or an offset, and a date alone."""
    assert expected == opt.datetime(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2025-02-30T10:00", "day is out of range"),
        ("27-03-2025", "is not a date and time"),
        ("tomorrow", "is not a date and time"),
        ("9999-12-31T23:00", "outside the years 1900–2200"),
        ("20250327T1000", "is not a date and time"),
    ],
)
def test_datetimes_refused_name_the_format(text: str, problem: str) -> None:
    """A refused date-time says why and gives the accepted format."""
    with pytest.raises(argparse.ArgumentTypeError) as exc:
        opt.datetime(text)
    assert problem in str(exc.value)
    assert opt.DATETIME_FORMAT in str(exc.value)


def test_choice_is_case_insensitive_with_a_did_you_mean() -> None:
    """Choices match whatever the case and suggest the closest on a typo."""
    levels = opt.choice(("S1", "D-III", "profesi"))
    assert "D-III" == levels("d-iii")
    with pytest.raises(argparse.ArgumentTypeError, match=r"did you mean 'profesi'\?"):
        levels("profesy")


def test_pairs_parse_both_sides() -> None:
    """KEY=VALUE options parse each side with its own type and name the whole on error."""
    branch = opt.pair(opt.step_number, opt.number(0, 1), what="a branch")
    assert (3, 0.25) == branch("3=0.25")
    with pytest.raises(argparse.ArgumentTypeError, match="in '3=2'"):
        branch("3=2")


def test_comma_lists_and_validated_text() -> None:
    """Comma lists read each item; validated() keeps the text after checking it."""
    assert ("a", "b") == opt.comma_list(opt.text)("a, b")
    assert "3=0.5" == opt.validated(opt.pair(opt.step_number, opt.number(0, 1), what="x"))("3=0.5")
    with pytest.raises(argparse.ArgumentTypeError):
        opt.comma_list(opt.text)("a,,b")


def test_long_values_are_cut_in_messages() -> None:
    """A huge value is quoted cut to 60 characters, with its length."""
    with pytest.raises(argparse.ArgumentTypeError) as exc:
        opt.date("x" * 10_000)
    assert "(10000 characters)" in str(exc.value)
    assert len(str(exc.value)) < 200
