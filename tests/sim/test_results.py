"""Tests for sopkit.sim._results: summaries, bottleneck ranking, JSON and frames."""

from __future__ import annotations

import json

import pytest

from sopkit.sim import OfficeHours, PoissonArrivals, SimModel, Stage, Station, simulate

MODEL = SimModel(
    name="two stations",
    stations=(Station("fast", 1), Station("slow", 1), Station("outside", None)),
    stages=(
        Stage("a", 0, 0.2, next=1),
        Stage("b", 1, 0.6, next=2),
        Stage("c", 2, 5.0),
    ),
    arrivals=PoissonArrivals(1.0, 2000),
    hours=OfficeHours.always_open(day_hours=1.0),
)


def test_bottleneck_is_the_busiest_limited_station() -> None:
    """The slower station ranks first; the unlimited one is not ranked."""
    assert ("slow", "fast") == simulate(MODEL, seed=1).bottlenecks


def test_json_carries_derived_figures() -> None:
    """The JSON holds the lead-time spreads, the bottlenecks and every file's lead time."""
    result = simulate(MODEL, seed=1)
    data = json.loads(result.to_json())
    assert ["slow", "fast"] == data["bottlenecks"]
    assert result.files == len(data["lead_working_hours"])
    assert result.lead_working_days.mean == data["lead_working_days"]["mean"]


def test_wip_is_sampled_every_day() -> None:
    """WIP is sampled once a working day over the run."""
    result = simulate(MODEL, seed=1)
    assert int(result.end_hours) + 1 <= len(result.wip_by_day) <= int(result.end_hours) + 2


def test_frames() -> None:
    """The per-file and per-station frames have a row per file and per station."""
    pytest.importorskip("pandas")
    result = simulate(MODEL, seed=2)
    assert result.files == len(result.to_frame())
    assert ["fast", "slow", "outside"] == list(result.stations_frame().index)
