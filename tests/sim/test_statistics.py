"""Statistics from the warm-up on, checked against the per-file event log read back from disk.

The time averages here are recomputed by the test from the events a run wrote to CSV or
Parquet, independently of the engine's running sums; Little's law is then checked between
the engine's time-average WIP and the files' arrival rate and lead times.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.sim import (
    EVENT_LOG_COLUMNS,
    SimError,
    SimModel,
    SimResult,
    proportion_across,
    replicate,
    simulate,
    wilson,
)
from tests.sim._models import hand_calendar, network, two_hour_service

pd = pytest.importorskip("pandas")

WARM = 50.0  # office hours (working days of 1 h)


def _network(warm: float = WARM) -> SimModel:
    return network(per_day=1.5, days=400, warmup_days=warm)


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> tuple[SimResult, pd.DataFrame]:
    """One run of the network with a warm-up, its event log written to CSV and read back."""
    result = simulate(_network(), seed=3, event_log=True)
    path = tmp_path_factory.mktemp("log") / "events.csv"
    rows = result.write_event_log(str(path))
    frame = pd.read_csv(path)
    assert rows == len(frame)
    return result, frame


def _clipped(starts: pd.Series, ends: pd.Series, low: float, high: float) -> float:
    return float((ends.clip(low, high) - starts.clip(low, high)).sum())


def test_event_log_columns_and_counts(logged: tuple[SimResult, pd.DataFrame]) -> None:
    """Process-mining column names; three events (schedule, start, complete) per visit."""
    _, frame = logged
    assert list(EVENT_LOG_COLUMNS) == list(frame.columns)
    assert {"schedule", "start", "complete"} == set(frame["lifecycle:transition"])
    counts = frame["lifecycle:transition"].value_counts()
    assert counts["schedule"] == counts["start"] == counts["complete"]
    assert len(pd.unique(frame["case:concept:name"])) == len(_arrivals(frame))


def _arrivals(frame: pd.DataFrame) -> pd.DataFrame:
    by_case = frame.groupby("case:concept:name")["office_hours"]
    return pd.DataFrame({"arrived": by_case.min(), "done": by_case.max()})


def test_wip_time_average_matches_the_log(logged: tuple[SimResult, pd.DataFrame]) -> None:
    """Files in progress, averaged over [warm-up, end] from the log, equal the engine's mean_wip."""
    result, frame = logged
    files = _arrivals(frame)
    end = result.end_hours
    area = _clipped(files["arrived"], files["done"], WARM, end)
    assert area / (end - WARM) == pytest.approx(result.mean_wip, rel=1e-9)


def test_queue_time_averages_match_the_log(logged: tuple[SimResult, pd.DataFrame]) -> None:
    """Each station's mean queue over [warm-up, end], from schedule-to-start spans in the log."""
    result, frame = logged
    visits = _visits(frame)
    end = result.end_hours
    for station in result.stations:
        mine = visits[visits["org:role"] == station.name]
        area = _clipped(mine["schedule"], mine["start"], WARM, end)
        assert area / (end - WARM) == pytest.approx(station.mean_queue, rel=1e-9, abs=1e-12)


def _visits(frame: pd.DataFrame) -> pd.DataFrame:
    """Pair each visit's schedule, start and complete events (a file's k-th visit to a step)."""
    frame = frame.copy()
    frame["visit"] = frame.groupby(
        ["case:concept:name", "concept:name", "lifecycle:transition"]
    ).cumcount()
    wide = frame.pivot_table(
        index=["case:concept:name", "concept:name", "org:role", "visit"],
        columns="lifecycle:transition",
        values="office_hours",
        aggfunc="first",
    )
    return wide.reset_index()


def test_warmup_applies_to_visits_and_waits(logged: tuple[SimResult, pd.DataFrame]) -> None:
    """Per-step visits and mean waits count only visits that began after the warm-up."""
    result, frame = logged
    visits = _visits(frame)
    late = visits[visits["schedule"] >= WARM]
    for step in result.steps:
        mine = late[late["concept:name"] == step.name]
        assert len(mine) == step.visits
        wait = float((mine["start"] - mine["schedule"]).mean())
        assert wait == pytest.approx(step.mean_wait_hours, rel=1e-9, abs=1e-12)
    early = simulate(_network(warm=0.0), seed=3)
    assert sum(s.visits for s in early.steps) > sum(s.visits for s in result.steps)


def test_littles_law_over_the_measured_interval(logged: tuple[SimResult, pd.DataFrame]) -> None:
    """L = λW: the engine's time-average WIP against arrival rate times mean lead time, from the log."""
    result, frame = logged
    files = _arrivals(frame)
    late = files[files["arrived"] >= WARM]
    window = result.end_hours - WARM
    rate = len(late) / window
    lead = float((late["done"] - late["arrived"]).mean())
    assert rate * lead == pytest.approx(result.mean_wip, rel=0.03)


def test_parquet_log_reads_back_with_aware_timestamps(tmp_path: Path) -> None:
    """A calendar run's log in Parquet carries the agency's timezone and the step names."""
    pytest.importorskip("pyarrow")
    import datetime as dt

    from sopkit.sim import build_model

    model = build_model(
        two_hour_service(), hand_calendar(), start=dt.date(2026, 1, 5), per_day=2, days=5
    )
    result = simulate(model, seed=1, event_log=True)
    path = tmp_path / "log.parquet"
    result.write_event_log(str(path))
    frame = pd.read_parquet(path)
    stamps = frame["time:timestamp"]
    assert "Asia/Jakarta" == str(stamps.dt.tz)
    assert {"step 1: kegiatan 1", "step 2: kegiatan 2"} == set(frame["concept:name"])
    hours = stamps.dt.hour + stamps.dt.minute / 60
    assert ((hours >= 7.5) & (hours <= 16.5)).all()  # office hours only


def test_event_log_refuses_other_suffixes_and_missing_folders(tmp_path: Path) -> None:
    """An event log must be .csv or .parquet, in a folder that exists; a run without one says so."""
    result = simulate(_network(), seed=1, event_log=True)
    with pytest.raises(SimError, match=r"\.csv or \.parquet"):
        result.write_event_log(str(tmp_path / "log.xlsx"))
    with pytest.raises(SimError, match="does not exist"):
        result.write_event_log(str(tmp_path / "nowhere" / "log.csv"))
    with pytest.raises(SimError, match="event_log=True"):
        simulate(_network(), seed=1).event_log()


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 10_000), share=st.floats(0, 1))
def test_wilson_interval_stays_in_bounds(n: int, share: float) -> None:
    """The Wilson interval lies in [0, 1] and holds the observed share."""
    k = round(share * n)
    found = wilson(k, n)
    assert 0.0 <= found.low <= k / n + 1e-12
    assert k / n - 1e-12 <= found.high <= 1.0


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.floats(0, 1), min_size=1, max_size=30), files=st.integers(1, 10**6))
def test_proportion_across_runs_stays_in_bounds(values: list[float], files: int) -> None:
    """A share across replications gets an interval inside [0, 1] around its mean."""
    found = proportion_across(values, files)
    assert 0.0 <= found.low <= found.high <= 1.0
    assert found.low - 1e-9 <= found.mean <= found.high + 1e-9


def test_replicated_sla_interval_never_passes_one() -> None:
    """Nearly every file on time: the replications' SLA interval ends at or below 1."""
    import datetime as dt

    from sopkit.sim import build_model

    model = build_model(
        two_hour_service("3 jam"), hand_calendar(), start=dt.date(2026, 1, 5), per_day=0.4, days=20
    )
    sla = replicate(model, 5, seed=1).sla_attainment
    assert sla is not None
    assert sla.mean > 0.9
    assert sla.high <= 1.0
