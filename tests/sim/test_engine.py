"""Tests for sopkit.sim._engine: queueing theory, Little's law, reproducibility."""

from __future__ import annotations

import pytest

from sopkit.sim import (
    OfficeHours,
    PoissonArrivals,
    SimModel,
    Stage,
    Station,
    mmc_mean_wait,
    mmc_model,
    simulate,
)
from tests.sim._models import network


@pytest.mark.parametrize(
    ("arrival_rate", "servers"),
    [(0.7, 1), (2.4, 3)],
    ids=["M/M/1 rho=0.7", "M/M/3 rho=0.8"],
)
def test_mean_wait_matches_erlang_c(arrival_rate: float, servers: int) -> None:
    """Over 400 000 customers the mean wait is within 3% of Erlang C (fixed seed)."""
    result = simulate(mmc_model(arrival_rate, 1.0, servers, 400_000), seed=2026)
    expected = mmc_mean_wait(arrival_rate, 1.0, servers)
    assert expected == pytest.approx(result.mean_wait_hours, rel=0.03)


def test_utilisation_matches_offered_load() -> None:
    """An M/M/2 at load 0.75 per server keeps its servers busy about 75% of the time."""
    result = simulate(mmc_model(1.5, 1.0, 2, 100_000), seed=7)
    assert 0.75 == pytest.approx(result.stations[0].utilisation, rel=0.03)


def _network(per_day: float) -> SimModel:
    return network(per_day)


def test_rework_loop_repeats_steps() -> None:
    """A check passing 80% of files sends each file through step 1 1.25 times on average."""
    result = simulate(_network(1.0), seed=5)
    visits = result.stations[0].visits / result.files
    assert 1.25 == pytest.approx(visits, rel=0.05)


def test_unlimited_station_never_queues() -> None:
    """A station with no capacity limit has no queue and no utilisation."""
    station = simulate(_network(1.5), seed=6).stations[2]
    assert (None, 0, 0.0) == (station.utilisation, station.max_queue, station.mean_wait_hours)


def test_same_seed_same_json() -> None:
    """Two runs with one seed give identical JSON; another seed gives other figures."""
    model = _network(1.2)
    assert simulate(model, seed=11).to_json() == simulate(model, seed=11).to_json()
    assert simulate(model, seed=11).to_json() != simulate(model, seed=12).to_json()


def test_deterministic_single_server_has_no_wait() -> None:
    """With a server faster than any gap, nobody waits and lead time equals service time."""
    model = SimModel(
        name="D",
        stations=(Station("only", 1),),
        stages=(Stage("s", 0, 0.001),),
        arrivals=PoissonArrivals(0.01, 2000),
        hours=OfficeHours.always_open(day_hours=1.0),
    )
    result = simulate(model, seed=1)
    assert result.files > 0
    assert {0.001} == {round(v, 12) for v in result.lead_working_hours}


def test_progress_hears_every_arrival_block() -> None:
    """A run reports progress every 4096 arrivals and once at the end."""
    seen: list[tuple[int, int]] = []
    result = simulate(
        mmc_model(0.5, 1.0, 1, 10_000), seed=1, progress=lambda d, t: seen.append((d, t))
    )
    assert [4096, 8192, result.files] == [d for d, _ in seen]
