"""Lead time versus effort: defaults from the data, overrides, and the old model recovered."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

import pytest

from sopkit import load_catalog
from sopkit.calendar._duration import Dimension, Duration
from sopkit.roles import RoleKind
from sopkit.sim import (
    DEFAULT_EFFORT_MINUTES,
    SimModel,
    SimModelError,
    build_model,
    offered_load,
    simulate,
)
from tests.sim._models import hand_calendar, roles, service, step

START = dt.date(2026, 1, 5)
DAY = 7.5  # office hours of an East Java working day


def _svc():  # type: ignore[no-untyped-def]
    return service(
        (
            step(1, "30 menit", ("Petugas",)),
            step(2, "2 hari kerja", ("Analis",)),
            step(3, "3 hari kerja", ("Kepala Bidang",)),
            step(4, "1 hari kerja", ("Petugas",)),
            step(5, "5 hari kerja", ("BKN",)),
        ),
        staff=4,
    )


def _build(**kw):  # type: ignore[no-untyped-def]
    kw = {"per_day": 0.3, "days": 40, **kw}
    return build_model(_svc(), hand_calendar(), start=START, roles=roles(), **kw)


def test_default_split_by_unit_and_kind() -> None:
    """Office-time waktu is all effort; waktu in days gives the kind's median; outside bodies hold no one."""
    stages = _build().stages
    assert [0.5, 2 * DAY, 3 * DAY, DAY, 5 * DAY] == [s.lead_hours for s in stages]
    assert [0.5, 30 / 60, 15 / 60, 10 / 60, 0.0] == [pytest.approx(s.mean_hours) for s in stages]


def test_effort_overrides_and_lead() -> None:
    """efforts= sets a step's server time; 'lead' gives it the whole lead time."""
    stages = _build(efforts={2: "1 jam", 3: "lead"}).stages
    assert (1.0, 2 * DAY - 1.0) == (stages[1].mean_hours, stages[1].elapsed_hours)
    assert (3 * DAY, 0.0) == (stages[2].mean_hours, stages[2].elapsed_hours)


def test_effort_longer_than_lead_time_is_refused() -> None:
    """An effort above the step's lead time is an error naming the option."""
    with pytest.raises(SimModelError, match=r"efforts=\{1: \.\.\.\}.*more than its lead time"):
        _build(efforts={1: "2 jam"})


def test_effort_equal_to_lead_recovers_the_old_model() -> None:
    """effort_default='lead' runs exactly like stages holding a server for the whole waktu."""
    split = _build(effort_default="lead")
    old = SimModel(
        name=split.name,
        stations=split.stations,
        stages=tuple(type(s)(s.name, s.station, s.lead_hours, next=s.next) for s in split.stages),
        arrivals=split.arrivals,
        hours=split.hours,
        sla=split.sla,
    )
    a, b = simulate(split, seed=4), simulate(old, seed=4)
    assert list(b.lead_working_hours) == list(a.lead_working_hours)
    assert [s.utilisation for s in b.stations] == [s.utilisation for s in a.stations]


def test_signature_in_days_is_no_longer_the_bottleneck() -> None:
    """At 0.3 files a day, '3 hari kerja' signed by one Kepala loads him 0.9 as effort, 0.01 as lead time."""
    old = offered_load(_build(effort_default="lead"))
    new = offered_load(_build())
    kepala = [s.name for s in old.stations].index("Kepala Bidang")
    assert 0.3 * 3 == pytest.approx(old.stations[kepala].rho)
    assert 0.3 * 0.25 / DAY == pytest.approx(new.stations[kepala].rho)


def test_unloaded_lead_time_is_the_sum_of_the_waktu() -> None:
    """With nobody queueing, every file takes the printed waktu of all steps; results show the split."""
    result = simulate(_build(per_day=0.05, days=60), seed=1)
    assert result.files > 0
    total = 0.5 + 11 * DAY
    assert {round(total, 9)} == {round(v, 9) for v in result.lead_working_hours}
    bkn = result.steps[4]
    assert (0.0, 5 * DAY, "BKN") == (bkn.effort_hours, bkn.elapsed_hours, bkn.station)


def test_default_efforts_are_the_catalogue_medians() -> None:
    """DEFAULT_EFFORT_MINUTES are the medians of office-time waktu by role kind in the bundled data."""
    catalog = load_catalog(lenient=True)
    minutes: dict[RoleKind | None, list[float]] = defaultdict(list)
    for sop in catalog.sops:
        registry = catalog.roles_of(sop.agency)
        for s in sop.steps:
            d = s.duration
            if not (isinstance(d, Duration) and d.dimension is Dimension.OFFICE_TIME):
                continue
            kind = (
                registry.resolve(s.actors[0]).kind if s.actors and s.actors[0] in registry else None
            )
            minutes[kind].append(d.base_amount)
    for kind in (RoleKind.STRUCTURAL, RoleKind.FUNCTIONAL, RoleKind.STAFF):
        assert statistics.median(minutes[kind]) == DEFAULT_EFFORT_MINUTES[kind]
