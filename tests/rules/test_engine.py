"""Tests for the rules engine: combinators, verdicts, earliest dates, errors (sopkit.rules._engine)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit._errors import DataError, NotFoundError
from sopkit.asn import add_months, months_elapsed
from sopkit.rules import Outcome, make_rulebook
from sopkit.testing import make_pegawai

BOOK = make_rulebook()
ON = dt.date(2026, 4, 1)


def test_unknown_rule_names_close_ones() -> None:
    """A misspelt rule name is not found, and the error suggests the right one."""
    with pytest.raises(NotFoundError, match=r"did you mean kenaikan_pangkat\.reguler"):
        BOOK.rule("kenaikan_pangkat.regular")


def test_bad_params_name_the_rule_and_field() -> None:
    """Parameters that do not fit the rule are reported with the rule and field path."""
    with pytest.raises(DataError) as info:
        BOOK.evaluate("pegawai.skp_minimal", make_pegawai(), on=ON, params={"rating": "good"})
    paths = [p.path for p in info.value.problems]
    assert ["pegawai.skp_minimal.params.rating", "pegawai.skp_minimal.params.years"] == paths


def test_rule_without_params_rejects_them() -> None:
    """Giving parameters to a rule that takes none is an error, not silently ignored."""
    with pytest.raises(DataError, match="takes no parameters"):
        BOOK.evaluate("kenaikan_pangkat.reguler", make_pegawai(), on=ON, params={"x": 1})


def test_any_with_unknown_and_fail_is_unknown() -> None:
    """Three-valued logic: any(unknown, fail) is unknown; not(unknown) stays unknown."""
    subject = make_pegawai(jabatan=[])
    unknown = {"rule": "pegawai.jabatan", "params": {"kinds": ["pelaksana"]}}
    failing = {"rule": "pegawai.status", "params": {"status": "CPNS"}}
    any_verdict = BOOK.evaluate("any", subject, on=ON, params={"rules": [unknown, failing]})
    not_verdict = BOOK.evaluate("not", subject, on=ON, params={"rule": unknown})
    assert (Outcome.UNKNOWN, Outcome.UNKNOWN) == (any_verdict.outcome, not_verdict.outcome)
    assert not any_verdict.eligible


def test_earliest_crosses_the_october_2025_period_change() -> None:
    """Four years in rank complete on 2 Jul 2025: next period 1 Aug 2025 (six a year), yet
    completing on 2 Oct 2025 gives 1 Nov 2025 (monthly)."""
    skp = [{"year": 2023, "rating": "baik"}, {"year": 2024, "rating": "baik"}]
    base = {"skp": skp, "atasan_golongan": "III/d"}
    july = make_pegawai(base, pangkat=[{"golongan": "III/a", "tmt": "2021-07-02"}])
    october = make_pegawai(base, pangkat=[{"golongan": "III/a", "tmt": "2021-10-02"}])
    on = dt.date(2025, 6, 1)
    assert dt.date(2025, 8, 1) == BOOK.evaluate("kenaikan_pangkat.reguler", july, on=on).earliest
    assert (
        dt.date(2025, 11, 1) == BOOK.evaluate("kenaikan_pangkat.reguler", october, on=on).earliest
    )


def test_verdict_data_is_json_ready() -> None:
    """to_data gives eligibility, failing names and checks with bilingual messages and basis."""
    data = BOOK.evaluate(
        "pegawai.status", make_pegawai(), on=ON, params={"status": "CPNS"}
    ).to_data()
    assert (False, ["pegawai.status"]) == (data["eligible"], data["failing"])
    assert {"id", "en"} == set(data["checks"][0]["message"])
    assert data["checks"][0]["basis"]


def test_evaluate_many_matches_evaluate() -> None:
    """Batch verdicts equal one-by-one verdicts."""
    subjects = [
        make_pegawai(pangkat=[{"golongan": "III/a", "tmt": f"20{y}-04-01"}]) for y in (18, 22, 23)
    ]
    batch = [v.outcome for v in BOOK.evaluate_many("kenaikan_pangkat.reguler", subjects, on=ON)]
    single = [BOOK.evaluate("kenaikan_pangkat.reguler", s, on=ON).outcome for s in subjects]
    assert single == batch


dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
# evaluation dates on or after the base profile's TMT CPNS (1 May 2015)
in_service = st.dates(min_value=dt.date(2015, 5, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=150, deadline=None)
@given(tmt=in_service, on=in_service, years=st.integers(0, 10), months=st.integers(0, 11))
def test_masa_pangkat_matches_month_arithmetic(
    tmt: dt.date, on: dt.date, years: int, months: int
) -> None:
    """Time in rank passes exactly when whole months elapsed reach the limit; fast and explained
    outcomes agree, and a failing check is ready when the months are complete. A pangkat whose
    TMT is after the date is not held yet: the verdict is undetermined, with no date."""
    subject = make_pegawai(pangkat=[{"golongan": "III/a", "tmt": tmt.isoformat()}])
    params = {"years": years, "months": months}
    verdict = BOOK.evaluate("pegawai.masa_pangkat_minimal", subject, on=on, params=params)
    need = 12 * years + months
    assert verdict.root.outcome is verdict.outcome
    if tmt > on:
        assert (None, None) == (verdict.eligible, verdict.earliest)
        assert ["pegawai.masa_pangkat_minimal"] == [u.check.name for u in verdict.undated]
        return
    assert (months_elapsed(tmt, on) >= need) == verdict.eligible
    if not verdict.eligible:
        assert add_months(tmt, need) == verdict.earliest


@settings(max_examples=150, deadline=None)
@given(
    birth=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2005, 12, 31)),
    on=in_service,
    years=st.integers(18, 70),
)
def test_age_limits_are_complementary(birth: dt.date, on: dt.date, years: int) -> None:
    """At least N years and at most N-1 years 11 months never both hold, and one always does."""
    subject = make_pegawai(birth_date=birth.isoformat(), nip="")
    at_least = BOOK.evaluate("pegawai.usia_minimal", subject, on=on, params={"years": years})
    below = BOOK.evaluate(
        "pegawai.usia_maksimal", subject, on=on, params={"years": years - 1, "months": 11}
    )
    assert at_least.eligible != below.eligible
