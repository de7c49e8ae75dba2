"""Tests for sopkit.sim._experiments: replications, confidence intervals, sweeps, executors."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from sopkit.sim import SimOverloadError, build_model, mmc_model, replicate, sweep
from sopkit.sim._stats import estimate, t975
from tests.sim._models import hand_calendar, two_hour_service

MODEL = mmc_model(0.8, 1.0, 1, 3000)


def test_replications_are_reproducible() -> None:
    """Replications with one base seed give identical JSON."""
    assert replicate(MODEL, 3, seed=5).to_json() == replicate(MODEL, 3, seed=5).to_json()


def test_executor_gives_the_same_runs() -> None:
    """Running replications on a thread pool gives exactly the serial results."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        parallel = replicate(MODEL, 4, seed=9, executor=pool)
    assert replicate(MODEL, 4, seed=9).runs == parallel.runs


def test_confidence_interval_covers_theory() -> None:
    """Twenty replications of an M/M/1 give an interval on utilisation around 0.8."""
    reps = replicate(mmc_model(0.8, 1.0, 1, 2000), 20, seed=1)
    util = reps.utilisation("servers")
    assert util is not None
    assert util.low < 0.8 < util.high


def test_estimate_half_width() -> None:
    """Mean of 1, 2, 3 is 2 with half-width t(0.975, 2) * 1 / sqrt(3)."""
    est = estimate([1.0, 2.0, 3.0])
    assert (2.0, pytest.approx(4.303 / 3**0.5)) == (est.mean, est.half_width)
    assert 1.96 < t975(1000) < 1.963


def test_progress_is_reported() -> None:
    """The progress callback hears every finished replication."""
    seen: list[tuple[int, int]] = []
    replicate(MODEL, 3, seed=1, progress=lambda done, total: seen.append((done, total)))
    assert [(1, 3), (2, 3), (3, 3)] == seen


def test_sweep_staffing_lowers_the_wait() -> None:
    """A second server shortens the lead time of an M/M/c at the same rate and seeds."""
    model = mmc_model(0.9, 1.0, 1, 2000)
    result = sweep(model, staffing=({}, {"servers": 2}), replications=3, seed=2)
    one, two = (p.replications.lead_working_days.mean for p in result.points)
    assert two < one
    assert (("servers", 2),) == result.points[1].staffing


def test_sweep_rates_on_a_calendar_model() -> None:
    """A sweep over arrival rates of a calendar model reports SLA attainment for each."""
    model = build_model(
        two_hour_service("1 hari kerja"),
        hand_calendar(),
        start=dt.date(2026, 1, 5),
        per_day=2,
        days=40,
    )
    result = sweep(model, rates=(1.0, 3.5), replications=2, seed=3)
    low, high = (p.replications.sla_attainment for p in result.points)
    assert low is not None
    assert high is not None
    assert low.mean >= high.mean
    assert (1.0, 3.5) == tuple(p.per_day for p in result.points)


def test_sweep_refuses_an_overloaded_point_before_running() -> None:
    """A sweep point past capacity (6 files of 2 h a day on one 7.5 h server) is named up front."""
    model = build_model(
        two_hour_service("1 hari kerja"), hand_calendar(), start=dt.date(2026, 1, 5),
        per_day=2, days=40,
    )  # fmt: skip
    seen: list[tuple[int, int]] = []
    with pytest.raises(SimOverloadError, match=r"Petugas: ρ = 1.60.*stable with 2 servers"):
        sweep(model, rates=(1.0, 6.0), replications=2, progress=lambda d, t: seen.append((d, t)))
    assert [] == seen


def test_frames() -> None:
    """Results, stations, replications and sweeps give pandas frames."""
    pytest.importorskip("pandas")
    reps = replicate(MODEL, 2, seed=1)
    assert 2 == len(reps.to_frame())
    frame = sweep(MODEL, rates=(0.5, 0.6), replications=2).to_frame()
    assert [0.5, 0.6] == list(frame["per_day"])


def test_dask_cluster_runs_replications() -> None:
    """Replications run unchanged on a dask.distributed cluster's executor."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = replicate(MODEL, 3, seed=4, executor=client.get_executor())
    assert replicate(MODEL, 3, seed=4).runs == on_dask.runs
