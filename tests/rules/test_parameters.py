"""Tests for dated parameters in data (sopkit.rules._parameters)."""

from __future__ import annotations

import datetime as dt

import pytest

from sopkit._errors import DataError
from sopkit.rules import (
    ParameterDateError,
    make_rulebook,
    national_parameter_sets,
    parameter_set_from_yaml,
)

BOOK = make_rulebook()


@pytest.mark.parametrize(
    ("day", "months"),
    [
        (dt.date(2023, 12, 31), (4, 10)),
        (dt.date(2024, 1, 1), (2, 4, 6, 8, 10, 12)),
        (dt.date(2025, 9, 30), (2, 4, 6, 8, 10, 12)),
        (dt.date(2025, 10, 1), tuple(range(1, 13))),
    ],
)
def test_kenaikan_pangkat_periods_change_over_time(day: dt.date, months: tuple[int, ...]) -> None:
    """Two periods a year until 2023, six in 2024 - Sep 2025, monthly from 1 Oct 2025."""
    assert months == BOOK.parameter("kenaikan_pangkat.periode").at(day)


def test_before_the_first_value_is_an_error() -> None:
    """Asking for a parameter before it took effect raises, naming the first date."""
    with pytest.raises(ParameterDateError, match="2002-01-01"):
        BOOK.parameter("kenaikan_pangkat.periode").at(dt.date(1999, 1, 1))


def test_every_national_parameter_cites_a_reference() -> None:
    """Each shipped parameter has a description, a reference and at least one dated value."""
    params = [p for s in national_parameter_sets() for p in s.parameters]
    assert params
    assert all(p.description and p.reference and p.values for p in params)


def test_single_source_points_are_flagged() -> None:
    """The TMT pensiun rule, PKN II and izin belajar service years carry a flag."""
    for name in ("pensiun.tmt_rule", "pelatihan.pkn_ii", "belajar.izin_belajar", "kgb.skp"):
        assert BOOK.parameter(name).flag


def test_yaml_errors_name_the_path() -> None:
    """A parameter file without a reference is rejected naming the parameter."""
    text = "description: x\nparameters:\n  a:\n    description: y\n    values: {2020-01-01: {value: 1}}\n"
    with pytest.raises(DataError, match=r"\$\.parameters\.a\.reference"):
        parameter_set_from_yaml(text, "demo", file="demo.yaml")
