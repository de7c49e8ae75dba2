"""Offered load before a run: visits from the routing, ρ per station, overload named."""

from __future__ import annotations

import pytest

from sopkit.sim import (
    OfficeHours,
    PoissonArrivals,
    SimModel,
    SimModelError,
    SimOverloadError,
    Stage,
    Station,
    offered_load,
    simulate,
)

HOURS = OfficeHours.always_open(day_hours=1.0)


def _model(rate: float, p_back: float = 0.2, allow: bool = False) -> SimModel:
    """Step a (2 servers, 0.5 h) then a check (1 server, 0.3 h) sending p_back of files back to a."""
    return SimModel(
        name="rework",
        stations=(Station("a", 2), Station("b", 1)),
        stages=(
            Stage("s1", 0, 0.5, next=1),
            Stage("s2", 1, 0.3, p_yes=1 - p_back, yes=-1, no=0),
        ),
        arrivals=PoissonArrivals(rate, 400),
        hours=HOURS,
        allow_overload=allow,
    )


def test_visits_follow_the_traffic_equations() -> None:
    """With 20% sent back, each file visits both steps 1 / 0.8 = 1.25 times; ρ follows."""
    load = offered_load(_model(1.0))
    assert (pytest.approx(1.25), pytest.approx(1.25)) == load.visits
    assert pytest.approx(1.0 * 1.25 * 0.5 / 2) == load.stations[0].rho
    assert pytest.approx(1.0 * 1.25 * 0.3) == load.stations[1].rho


def test_overload_is_refused_naming_stations_rho_and_remedies() -> None:
    """At 3 files an hour station b has ρ = 3 × 1.25 × 0.3 = 1.125: named, with servers and a rate."""
    with pytest.raises(SimOverloadError) as caught:
        simulate(_model(3.0), seed=1)
    text = str(caught.value)
    assert "b: ρ = 1.12" in text
    assert "stable with 2 servers" in text
    assert f"stable below {3.0 / 1.125:.3g} files a working day" in text
    assert "allow_overload=True" in text


def test_allow_overload_runs_and_names_the_unstable_stations() -> None:
    """With allow_overload the run finishes, and the result lists b as growing without bound."""
    result = simulate(_model(3.0, allow=True), seed=1)
    assert ("b",) == result.unstable
    b = result.stations[1]
    assert b.unstable
    stable = simulate(_model(1.0), seed=1).stations[1]
    assert b.max_queue > 5 * stable.max_queue


def test_certain_loop_back_is_refused() -> None:
    """A decision sending every file back can never finish: refused before running."""
    with pytest.raises(SimModelError, match="can never leave"):
        simulate(_model(0.1, p_back=1.0), seed=1)


def test_near_certain_loop_back_is_bounded() -> None:
    """A loop-back chance so close to 1 that a file visits a step over 10,000 times is refused."""
    with pytest.raises(SimModelError, match="expected to visit it"):
        offered_load(_model(0.1, p_back=1 - 1e-6))


def test_an_overload_reads_in_indonesian_line_by_line() -> None:
    """Every line of the overload report is shown in Indonesian; the figures stay."""
    with pytest.raises(SimOverloadError) as caught:
        simulate(_model(3.0), seed=1)
    lines = caught.value.localized("id").splitlines()
    assert lines[0] == (
        "1 stasiun pada 'rework' tidak mampu mengimbangi (beban ρ ≥ 1: antreannya bertambah "
        "tanpa batas):"
    )
    assert lines[1].startswith("  - b: ρ = 1.12 (beban kerja 1.12 petugas untuk 1); stabil dengan")
    assert lines[-1] == (
        "  (untuk tetap menjalankan dan melihat antrean bertambah: allow_overload=True)"
    )
    assert len(lines) == len(str(caught.value).splitlines())
