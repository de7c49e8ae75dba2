"""Tests for sopkit.sim._build: models from a service's SOP, and explicit errors for gaps."""

from __future__ import annotations

import datetime as dt

import pytest

from sopkit.calendar import parse_duration, parse_time_limit
from sopkit.core._agency import DayReading
from sopkit.sim import Branch, SimModelError, build_model, simulate
from sopkit.sim._model import END
from tests.sim._models import hand_calendar, rework_service, service, step

START = dt.date(2026, 1, 5)


def _build(svc, **kw):  # type: ignore[no-untyped-def]
    return build_model(svc, hand_calendar(), start=START, per_day=2, days=20, **kw)


def test_open_duration_needs_an_override() -> None:
    """A step whose time is 'Menyesuaikan' is refused, naming the step and the option."""
    svc = service((step(1, "1 jam"), step(2, "Menyesuaikan")))
    with pytest.raises(SimModelError, match=r"step 2 .*'Menyesuaikan'.*durations=\{2"):
        _build(svc)


def test_open_duration_override_is_used() -> None:
    """An override in office hours, or as a phrase, replaces the open duration."""
    svc = service((step(1, "1 jam"), step(2, "Menyesuaikan")))
    assert 2.5 == _build(svc, durations={2: 2.5}).stages[1].mean_hours
    assert 0.75 == _build(svc, durations={2: "45 menit"}).stages[1].mean_hours


def test_step_without_actor_needs_a_role() -> None:
    """A step with no actors is refused unless step_roles or default_pool says who does it."""
    svc = service((step(1, "1 jam"), step(2, "1 jam", actors=())))
    with pytest.raises(SimModelError, match=r"step 2 .*names no actor.*default_pool"):
        _build(svc)


def test_default_pool_serves_unassigned_steps_and_is_noted() -> None:
    """default_pool sends actor-less steps to that station and lists the choice in the notes."""
    svc = service((step(1, "1 jam"), step(2, "1 jam", actors=())))
    model = _build(svc, default_pool="Tim Pelayanan", staff={"Tim Pelayanan": 3})
    assert ("Petugas", "Tim Pelayanan") == tuple(s.name for s in model.stations)
    assert 3 == model.stations[1].capacity
    assert any("step 2: no actor" in n for n in model.notes)


def test_step_roles_override_the_actor() -> None:
    """step_roles sends a step to another role's station."""
    model = _build(service((step(1, "1 jam"), step(2, "1 jam"))), step_roles={2: "Kasubag"})
    assert 1 == model.stages[1].station


def test_capacity_defaults_to_jumlah_pelaksana() -> None:
    """A lone role without roles data gets the whole jumlah pelaksana, and says so."""
    model = _build(service((step(1, "1 jam"),), staff=4))
    assert 4 == model.stations[0].capacity
    assert "jumlah pelaksana 4" in model.stations[0].capacity_source


def test_missing_jumlah_pelaksana_needs_staff() -> None:
    """With no jumlah pelaksana the error asks for staff= for the role."""
    with pytest.raises(SimModelError, match=r"no jumlah pelaksana.*'Petugas'"):
        _build(service((step(1, "1 jam"),), staff=None))


def test_unknown_staff_key_is_refused() -> None:
    """A staff override for a role that serves no step is an error listing the stations."""
    with pytest.raises(SimModelError, match=r"'Bupati', which serves no step; stations: Petugas"):
        _build(service((step(1, "1 jam"),)), staff={"Bupati": 1})


def test_working_day_step_is_a_days_office_time() -> None:
    """'2 hari kerja' of processing is two days of 7.5 office hours in East Java."""
    assert 15.0 == _build(service((step(1, "2 hari kerja"),))).stages[0].lead_hours


def test_bare_day_step_needs_a_reading() -> None:
    """A bare 'hari' is refused when the agency does not declare how it is read."""
    svc = service((step(1, "3 hari"),))
    with pytest.raises(SimModelError, match="bare 'hari'"):
        _build(svc)
    assert 22.5 == _build(svc, bare_day=DayReading.WORKING).stages[0].lead_hours


def test_decision_with_targets_needs_a_probability() -> None:
    """A decision that loops back must be given its branch probability."""
    with pytest.raises(SimModelError, match=r"step 2 .*yes='end', no=1.*branches=\{2"):
        _build(rework_service(), staff={"Petugas": 1})


def test_branch_uses_the_sop_targets() -> None:
    """Branch(p) takes yes/no targets from the SOP: 'end' and step 1."""
    model = _build(rework_service(), staff={"Petugas": 1}, branches={2: Branch(0.75)})
    stage = model.stages[1]
    assert (0.75, END, 0) == (stage.p_yes, stage.yes, stage.no)


def test_branch_to_missing_step_is_refused() -> None:
    """A branch target that is no step of the SOP is an error."""
    with pytest.raises(SimModelError, match="branches to step 9"):
        _build(rework_service(), staff={"Petugas": 1}, branches={2: Branch(0.5, no=9)})


def test_open_time_limit_gives_no_sla_and_a_note() -> None:
    """An open time limit leaves SLA figures out, and the notes say why."""
    svc = service((step(1, "1 jam"),), limit=parse_duration("Menyesuaikan"))
    model = _build(svc)
    assert model.sla is None
    assert None is simulate(model, seed=1).sla
    assert any("is open" in n for n in model.notes)


def test_arrivals_need_a_rate_or_instants() -> None:
    """Neither per_day/days nor received instants is an error."""
    with pytest.raises(SimModelError, match="per_day= and days="):
        build_model(service((step(1, "1 jam"),)), hand_calendar(), start=START)


def test_calendar_day_step_is_a_seventh_of_the_week() -> None:
    """'7 hari kalender' of processing is one week's office time (37.5 h in East Java)."""
    assert 37.5 == _build(service((step(1, "7 hari kalender"),))).stages[0].lead_hours


def test_with_capacity_accepts_the_sop_spelling() -> None:
    """A model's capacities can be changed by station name or the SOP's spelling of the role."""
    model = _build(service((step(1, "1 jam", actors=("petugas  loket",)),)))
    assert 3 == model.with_capacity({"Petugas Loket": 3}).stations[0].capacity
    with pytest.raises(SimModelError, match="no station named 'Bupati'"):
        model.with_capacity({"Bupati": 1})


def test_equivalent_time_limit_is_read_by_its_headline() -> None:
    """'16 jam / 2 hari kerja' sets an office-time SLA of 16 hours."""
    model = _build(service((step(1, "1 jam"),), limit=parse_time_limit("16 jam / 2 hari kerja")))
    assert model.sla is not None
    assert 16.0 == model.sla.office_hours


def test_a_model_error_reads_in_indonesian_with_the_option_as_spelt() -> None:
    """The step, the open waktu and the option: Indonesian words, the option unchanged."""
    from sopkit._i18n import localize_error

    svc = service((step(1, "1 jam"), step(2, "Menyesuaikan")))
    with pytest.raises(SimModelError) as info:
        _build(svc)
    shown = localize_error(info.value, "id")
    assert shown.startswith("langkah 2 (")
    assert "memiliki waktu terbuka 'Menyesuaikan'; berikan durations={2: ...} atau assume=True" in (
        shown
    )
    assert "has an open waktu 'Menyesuaikan'; give durations={2: ...} or assume=True" in str(
        info.value
    )
    with pytest.raises(SimModelError) as arrivals:
        build_model(svc, hand_calendar(), start=START, durations={2: 1.0})
    assert "berikan per_day= dan days=, atau waktu penerimaan" == arrivals.value.localized("id")
    assert "give per_day= and days=, or received instants" == str(arrivals.value)
