"""Tests for YAML rule cases and their failure reports (sopkit.testing._cases)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sopkit._errors import DataError
from sopkit.rules import make_rulebook
from sopkit.testing import CaseError, RuleCase, load_cases, run_case
from sopkit.testing._profiles import BASE_PROFILE


def _case(**changes: object) -> RuleCase:
    fields: dict[str, object] = {
        "name": "demo",
        "profile": dict(BASE_PROFILE),
        "on": dt.date(2026, 4, 1),
        "rule": "pegawai.pangkat_minimal",
        "params": {"golongan": "III/a"},
        "eligible": True,
    }
    fields.update(changes)
    return RuleCase(**fields)  # type: ignore[arg-type]


def test_passing_case_returns_the_verdict() -> None:
    """A case that matches returns its verdict."""
    assert run_case(_case(), make_rulebook()).eligible


def test_failing_case_names_the_check_that_differed() -> None:
    """A wrong expectation reports the check, its outcome and its message."""
    case = _case(params={"golongan": "III/b"})
    with pytest.raises(CaseError, match=r"check pegawai\.pangkat_minimal did not pass.*III/b"):
        run_case(case, make_rulebook())


def test_expected_failing_check_that_passed_is_reported() -> None:
    """Expecting a failing check that passed says so."""
    case = _case(eligible=True, failing=("pegawai.pangkat_minimal",))
    with pytest.raises(CaseError, match="was expected not to pass but did"):
        run_case(case, make_rulebook())


def test_bare_on_key_is_rejected(tmp_path: Path) -> None:
    """YAML reads `on:` as true; the loader asks for `date:` instead."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        "- {name: a, profile: {}, on: 2026-01-01, date: 2026-01-01, rule: r, expected: {eligible: true}}\n"
    )
    with pytest.raises(DataError, match="date"):
        load_cases(path)
