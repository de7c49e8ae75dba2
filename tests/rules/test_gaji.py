"""Masa kerja golongan, gaji pokok (PP 5/2024 table) and the next KGB."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.asn import Golongan, profile_from_data
from sopkit.rules import GajiError, gaji_pokok, make_rulebook, masa_kerja_golongan, next_kgb
from sopkit.rules._parameters import ParameterDateError

BOOK = make_rulebook()
JAN_2024 = dt.date(2024, 1, 1)


def _profile(**changes: Any) -> Any:
    data: dict[str, Any] = {
        "birth_date": "1980-01-03",
        "status": "PNS",
        "tmt_cpns": "2000-03-01",
        "tmt_pns": "2001-03-01",
        "pangkat": [
            {"golongan": "II/a", "tmt": "2000-03-01"},
            {"golongan": "II/d", "tmt": "2012-04-01"},
            {"golongan": "III/a", "tmt": "2016-04-01"},
        ],
        "skp": [{"year": 2025, "rating": "baik"}, {"year": 2026, "rating": "baik"}],
    }
    data.update(changes)
    return profile_from_data(data)


# Figures from a second, independent transcription of the PP 5/2024 Lampiran (a salary
# calculator in a public repository), not from the table this package ships.
@pytest.mark.parametrize(
    ("golongan", "mkg", "amount"),
    [
        ("III/a", 8, 3_153_600),
        ("III/a", 9, 3_153_600),
        ("III/a", 10, 3_252_900),
        ("III/a", 12, 3_355_400),
        ("IV/e", 28, 5_989_900),
        ("IV/e", 30, 6_178_600),
        ("IV/e", 32, 6_373_200),
        ("IV/e", 40, 6_373_200),
    ],
)
def test_gaji_pokok_pp_5_2024(golongan: str, mkg: int, amount: int) -> None:
    assert gaji_pokok(golongan, mkg, dt.date(2026, 6, 1), book=BOOK) == amount


def test_gaji_pokok_below_the_first_step_is_the_first_step() -> None:
    # a D-III CPNS is appointed at II/c with MKG 0; the II/c column starts at MKG 3
    assert gaji_pokok(Golongan.II_C, 0, JAN_2024, book=BOOK) == 2_485_900


def test_cpns_gets_80_percent() -> None:
    # PP 7/1977 Pasal 5 ayat (1): 80% of III/a MKG 0 (2.785.700)
    assert gaji_pokok("III/a", 0, JAN_2024, cpns=True, book=BOOK) == 2_228_560


def test_no_table_before_2024_is_an_error_not_a_guess() -> None:
    with pytest.raises(ParameterDateError, match=r"gaji\.pokok"):
        gaji_pokok("III/a", 0, dt.date(2023, 12, 31), book=BOOK)


def test_negative_mkg_is_refused() -> None:
    with pytest.raises(GajiError, match="negative"):
        gaji_pokok("III/a", -1, JAN_2024, book=BOOK)


def test_mkg_reduced_when_crossing_from_golongan_ii_to_iii() -> None:
    # 2000-03-01 .. 2026-01-15 is 25 years 10 months; II -> III takes 5 years off
    mkg = masa_kerja_golongan(_profile(), dt.date(2026, 1, 15), book=BOOK)
    assert (mkg.months, mkg.reduced_months, mkg.years) == (250, 60, 20)


def test_mkg_reduced_when_crossing_from_golongan_i_to_ii() -> None:
    p = _profile(
        pangkat=[
            {"golongan": "I/d", "tmt": "2000-03-01"},
            {"golongan": "II/a", "tmt": "2010-04-01"},
        ]
    )
    assert masa_kerja_golongan(p, dt.date(2026, 3, 1), book=BOOK).months == 26 * 12 - 72


def test_a_crossing_after_the_date_does_not_reduce_yet() -> None:
    mkg = masa_kerja_golongan(_profile(), dt.date(2016, 3, 31), book=BOOK)
    assert mkg.reduced_months == 0


def test_peninjauan_masa_kerja_credits_from_its_date() -> None:
    p = _profile(masa_kerja=[{"date": "2005-01-01", "years": 2, "months": 6}])
    assert masa_kerja_golongan(p, dt.date(2004, 12, 31), book=BOOK).credited_months == 0
    assert masa_kerja_golongan(p, dt.date(2026, 1, 15), book=BOOK).months == 250 + 30


def test_pppk_has_no_mkg_under_pp_7_1977() -> None:
    p = profile_from_data({"birth_date": "1990-01-01", "status": "PPPK"})
    with pytest.raises(GajiError, match="CPNS or PNS"):
        masa_kerja_golongan(p, dt.date(2026, 1, 1), book=BOOK)


def test_next_kgb_date_and_amounts() -> None:
    # MKG 20 years 10 months on 15 Jan 2026; III/a's next step is 22 years, 14 months later
    forecast = next_kgb(_profile(), dt.date(2026, 1, 15), book=BOOK)
    assert forecast is not None
    assert forecast.due == dt.date(2027, 3, 1)
    assert (forecast.mkg_years, forecast.gaji_pokok, forecast.previous_gaji_pokok) == (
        22,
        3_918_100,
        3_798_500,
    )
    assert forecast.postponed is False  # SKP 2026 baik is in the profile


def test_next_kgb_postponed_when_the_skp_fails() -> None:
    p = _profile(skp=[{"year": 2026, "rating": "kurang"}])
    forecast = next_kgb(p, dt.date(2026, 1, 15), book=BOOK)
    assert forecast is not None
    assert forecast.postponed is True
    assert forecast.postponement_months == 12


def test_next_kgb_undetermined_without_the_skp() -> None:
    forecast = next_kgb(_profile(skp=[]), dt.date(2026, 1, 15), book=BOOK)
    assert forecast is not None
    assert forecast.postponed is None


def test_next_kgb_on_the_day_mkg_reaches_a_step_is_the_following_step() -> None:
    # on 1 Jan 2027 MKG is 20 y 10 m + 12 m = 21 y 10 m; 1 Mar 2027 reaches 22 y
    day_before = next_kgb(_profile(), dt.date(2027, 2, 28), book=BOOK)
    on_the_day = next_kgb(_profile(), dt.date(2027, 3, 1), book=BOOK)
    assert day_before is not None
    assert day_before.due == dt.date(2027, 3, 1)
    assert on_the_day is not None
    assert on_the_day.due == dt.date(2029, 3, 1)


def test_no_kgb_past_the_last_step() -> None:
    p = _profile(
        tmt_cpns="1990-03-01",
        tmt_pns="1991-03-01",
        birth_date="1966-01-03",
        pangkat=[{"golongan": "IV/e", "tmt": "1990-03-01"}],
    )
    assert next_kgb(p, dt.date(2026, 1, 15), book=BOOK) is None


@given(
    st.sampled_from(list(Golongan)),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_gaji_pokok_never_falls_with_mkg(golongan: Golongan, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert gaji_pokok(golongan, low, JAN_2024, book=BOOK) <= gaji_pokok(
        golongan, high, JAN_2024, book=BOOK
    )


@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2060, 1, 1)))
def test_next_kgb_is_after_the_date_and_on_a_first(day: dt.date) -> None:
    forecast = next_kgb(_profile(), day, book=BOOK)
    if forecast is not None:
        assert forecast.due > day
        assert forecast.due.day == 1
        mkg = masa_kerja_golongan(_profile(), forecast.due, book=BOOK)
        assert mkg.years >= forecast.mkg_years


def test_an_entrant_below_the_first_step_is_raised_at_the_second() -> None:
    """A D-III CPNS at II/c (MKG 0) is paid the MKG 3 step already; the raise is at MKG 5."""
    p = _profile(
        tmt_cpns="2024-03-01",
        tmt_pns="2025-03-01",
        birth_date="2001-01-03",
        pangkat=[{"golongan": "II/c", "tmt": "2024-03-01"}],
    )
    forecast = next_kgb(p, dt.date(2026, 1, 15), book=BOOK)
    assert forecast is not None
    assert (forecast.due, forecast.mkg_years) == (dt.date(2029, 3, 1), 5)
    assert (forecast.previous_gaji_pokok, forecast.gaji_pokok) == (2_485_900, 2_564_200)
