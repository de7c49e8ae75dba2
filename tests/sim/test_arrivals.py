"""Time-varying arrivals (month, weekday, dated waves), own streams per replication, batches."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from sopkit.sim import (
    Batch,
    OfficeHours,
    RateProfile,
    ScheduledArrivals,
    SimModel,
    SimModelError,
    Stage,
    Station,
    build_model,
    replicate,
    simulate,
    sweep,
)
from sopkit.sim._arrivals import positions
from tests.sim._models import hand_calendar, service, step, two_hour_service

START = dt.date(2026, 1, 5)


def _dates(hours: OfficeHours, found: list[float]) -> Counter[dt.date]:
    assert hours.start is not None
    return Counter(hours.start + dt.timedelta(days=int(hours.clock(p) // 24)) for p in found)


def _model(profile: RateProfile | None, per_day: float = 20, days: float = 90):  # type: ignore[no-untyped-def]
    return build_model(
        two_hour_service("1 hari kerja"), hand_calendar(), start=START, per_day=per_day,
        days=days, profile=profile, staff={"Petugas": 40},
    )  # fmt: skip


def test_monthly_factors_shape_the_counts() -> None:
    """February at 3× January gets about three times January's files per working day."""
    model = _model(RateProfile(months=(1, 3, *([1] * 10))))
    assert model.arrivals is not None
    found = list(positions(model.hours, model.arrivals, random.Random(1)))
    by_day = _dates(model.hours, found)
    jan = [n for d, n in by_day.items() if d.month == 1]
    feb = [n for d, n in by_day.items() if d.month == 2]
    jan_rate = sum(jan) / 19  # working days 5-30 January 2026
    feb_rate = sum(feb) / 20
    assert 3.0 == pytest.approx(feb_rate / jan_rate, rel=0.15)


def test_dated_wave_and_weekday_factors() -> None:
    """A wave of 5× over 2-13 March, and no Monday arrivals, show in the daily counts."""
    wave = (dt.date(2026, 3, 2), dt.date(2026, 3, 13), 5.0)
    model = _model(RateProfile(weekdays=(0, 1, 1, 1, 1, 1, 1), periods=(wave,)))
    assert model.arrivals is not None
    by_day = _dates(model.hours, list(positions(model.hours, model.arrivals, random.Random(2))))
    assert all(d.weekday() != 0 for d in by_day)
    inside = [n for d, n in by_day.items() if wave[0] <= d <= wave[1]]
    outside = [n for d, n in by_day.items() if not wave[0] <= d <= wave[1]]
    ratio = (sum(inside) / len(inside)) / (sum(outside) / len(outside))
    assert 5.0 == pytest.approx(ratio, rel=0.2)


def test_mean_rate_accounts_for_the_profile() -> None:
    """The load check uses the profile's average (doubling every month doubles ρ) and its peak."""
    from sopkit.sim import offered_load

    flat = offered_load(_model(None, per_day=5)).stations[0]
    double = offered_load(_model(RateProfile(months=(2,) * 12), per_day=5)).stations[0].offered
    assert 2 * flat.offered == pytest.approx(double)
    wave = (dt.date(2026, 2, 2), dt.date(2026, 2, 6), 4.0)
    peaked = offered_load(_model(RateProfile(periods=(wave,)), per_day=5)).stations[0]
    assert flat.rho is not None
    assert 4 * flat.rho == pytest.approx(peaked.peak_rho)
    assert flat.rho < (peaked.rho or 0.0) < 4 * flat.rho


def test_replications_draw_their_own_arrivals() -> None:
    """Each replication of a profiled model draws its own arrival stream."""
    reps = replicate(_model(RateProfile(months=(1, 2, *([1] * 10))), per_day=2, days=30), 4, seed=3)
    assert len({r.files for r in reps.runs}) > 1


def test_sweeps_scale_a_profiled_rate() -> None:
    """A rate sweep keeps the profile's shape and scales its base rate."""
    model = _model(RateProfile(weekdays=(2, 1, 1, 1, 0.5, 0, 0)), per_day=2, days=40)
    result = sweep(model, rates=(1.0, 4.0), replications=3, seed=1)
    low, high = (sum(r.files for r in p.replications.runs) for p in result.points)
    assert 4.0 == pytest.approx(high / low, rel=0.25)


def test_profile_needs_dates() -> None:
    """A profile on always-open hours (no dates) is refused."""
    model = SimModel(
        name="x",
        stations=(Station("s", 1),),
        stages=(Stage("a", 0, 0.1),),
        arrivals=__import__("sopkit").sim.PoissonArrivals(1.0, 10, RateProfile(months=(1,) * 12)),
        hours=OfficeHours.always_open(1.0),
    )
    with pytest.raises(SimModelError, match="rate profile needs calendar"):
        simulate(model, seed=1)


def test_batch_releases_waiting_files_together() -> None:
    """Files at hours 1, 3 and 12 with releases every 10 h: the first two go at 10, the third at 20.

    The batch holds the one server for 1 h, so they finish at 11, 11 and 21.
    """
    model = SimModel(
        name="batch",
        stations=(Station("tim", 1),),
        stages=(Stage("rapat", 0, 1.0, batch=Batch(every_hours=10.0)),),
        arrivals=ScheduledArrivals((1.0, 3.0, 12.0)),
        hours=OfficeHours.always_open(day_hours=10.0),
    )
    result = simulate(model, seed=1)
    assert [10.0, 8.0, 9.0] == list(result.lead_working_hours)
    assert [9.0, 7.0, 8.0] == list(result.waiting_hours)
    assert 2.0 / 21.0 == pytest.approx(result.stations[0].utilisation)


def test_batch_on_dates_from_the_builder() -> None:
    """A step batched on two dates releases at their first office hour."""
    svc = service((step(1, "1 jam"), step(2, "1 jam")))
    model = build_model(
        svc, hand_calendar(), start=START, per_day=1, days=5,
        batches={2: [dt.date(2026, 1, 19), dt.date(2026, 2, 2)]},
    )  # fmt: skip
    batch = model.stages[1].batch
    assert batch is not None
    opening = model.hours.position((dt.date(2026, 1, 19) - START).days * 24.0)
    assert opening == batch.at[0]
    pytest.importorskip("pandas")
    log = simulate(model, seed=2, event_log=True).event_log()
    done = log[
        (log["lifecycle:transition"] == "complete") & log["concept:name"].str.startswith("step 2")
    ]
    assert len(done) > 0
    assert {dt.date(2026, 1, 19)} == {t.date() for t in done["time:timestamp"]}
