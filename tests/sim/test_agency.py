"""A whole agency: services share their role pools; results per service and per role."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from sopkit.core._service import Staffing
from sopkit.sim import SimModelError, build_agency_model, replicate, simulate
from tests.sim._models import hand_calendar, roles, service, step

START = dt.date(2026, 1, 5)


def _services():  # type: ignore[no-untyped-def]
    a = service((step(1, "2 jam", ("Petugas",)), step(2, "1 jam", ("Kepala Bidang",))), staff=3)
    b = service((step(1, "1 jam", ("Petugas",)), step(2, "2 jam", ("Analis",))), staff=5)
    b = attrs.evolve(b, slug="lain", staffing=Staffing("5 orang", 5))
    return a, b


def _build(**kw):  # type: ignore[no-untyped-def]
    return build_agency_model(
        _services(), hand_calendar(), start=START, days=30, roles=roles(),
        rates={"test.sim/uji": 1.0, "lain": 2.0}, **kw,
    )  # fmt: skip


def test_roles_are_one_pool_across_services() -> None:
    """Petugas serves both services from one station, with the most servers either gives it."""
    model = _build()
    names = [s.name for s in model.stations]
    assert ["Petugas", "Kepala Bidang", "Analis"] == names
    servers = {s.name: s.capacity for s in model.stations}
    # service uji: 3 for Petugas alone; service lain: 5 shared 1 h : 2 h, so 2 for Petugas
    assert (3, 1, 3) == (servers["Petugas"], servers["Kepala Bidang"], servers["Analis"])
    assert 2 == len(model.flows)
    assert [0, 0, 1, 1] == [s.flow for s in model.stages]


def test_results_per_service_and_per_role() -> None:
    """Each service gets its own files, lead times and SLA; stations count visits from both."""
    result = simulate(_build(), seed=2)
    uji, lain = result.flows
    assert uji.files > 0
    assert lain.files > uji.files  # twice the rate
    assert result.files == uji.files + lain.files
    petugas = result.stations[0]
    assert petugas.visits == sum(s.visits for s in result.steps if s.station == "Petugas")
    assert {"test.sim/uji", "test.sim/lain"} == {s.flow for s in result.steps}


def test_replications_give_figures_per_service() -> None:
    """Replications of an agency keep each service's lead time and SLA."""
    reps = replicate(_build(), 3, seed=1)
    assert ("test.sim/uji", "test.sim/lain") == reps.flow_names
    assert reps.flow_lead_working_days("test.sim/lain").mean > 0
    assert reps.flow_sla_attainment("test.sim/uji") is None  # the hand services have no limit


def test_unknown_service_and_empty_rates_are_refused() -> None:
    """A rate for a service the agency lacks, or no rate at all, is an error."""
    with pytest.raises(SimModelError, match="'nope'"):
        build_agency_model(_services(), hand_calendar(), start=START, days=5, rates={"nope": 1})
    with pytest.raises(SimModelError, match="at least one service"):
        build_agency_model(_services(), hand_calendar(), start=START, days=5, rates={})
