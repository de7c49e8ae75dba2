"""Calendar-aware runs checked against completion instants worked out by hand."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest

from sopkit.sim import ScheduledArrivals, SimModel, SimResult, build_model, simulate
from tests.sim._models import hand_calendar, two_hour_service

WIB = "Asia/Jakarta"


def _at(day: int, month: int, hour: int, minute: int = 0) -> pendulum.DateTime:
    return pendulum.datetime(2026, month, day, hour, minute, tz=WIB)


@pytest.fixture
def result() -> tuple[SimModel, SimResult]:
    """Three files through two one-hour steps on one server, around a weekend and a holiday."""
    model = build_model(
        two_hour_service(),
        hand_calendar(),
        start=dt.date(2026, 2, 23),
        received=(
            _at(27, 2, 15, 30),  # Friday: office closes 16.30
            _at(28, 2, 10),  # Saturday: waits for the next opening
            _at(3, 3, 11),  # Tuesday: break 12.00-13.00
        ),
    )
    return model, simulate(model, seed=1)


def test_completion_instants_by_hand(result: tuple[SimModel, SimResult]) -> None:
    """Monday 2 March is off, so the Friday file ends Tuesday 08.30; the others queue behind it.

    A: step 1 Fri 15.30-16.30, step 2 Tue 07.30-08.30 (it took the server as it freed).
    B (Saturday): waits from Tue 07.30, step 1 08.30-09.30, step 2 09.30-10.30.
    C (Tue 11.00): step 1 11.00-12.00, break, step 2 13.00-14.00.
    """
    model, res = result
    hours = model.hours
    assert isinstance(model.arrivals, ScheduledArrivals)
    arrivals = model.arrivals.clock
    done = [hours.instant(a + h) for a, h in zip(arrivals, res.lead_calendar_hours, strict=True)]
    expected = [_at(3, 3, 8, 30), _at(3, 3, 10, 30), _at(3, 3, 14)]
    assert expected == done


def test_lead_times_by_hand(result: tuple[SimModel, SimResult]) -> None:
    """Office hours: A 1+1, B 3 (one queued), C 2 (the break is not office time)."""
    _, res = result
    assert [2.0, 3.0, 2.0] == [round(v, 9) for v in res.lead_working_hours]
    assert [89.0, 72.5, 3.0] == [round(v, 9) for v in res.lead_calendar_hours]
    assert [0.0, 1.0, 0.0] == [round(v, 9) for v in res.waiting_hours]


def test_sla_by_hand(result: tuple[SimModel, SimResult]) -> None:
    """'2 jam' of office time: A is due Tue 08.30 (met at it), B 09.30 (late), C 14.00 (met)."""
    _, res = result
    assert res.sla is not None
    assert (2, 1) == (res.sla.met, res.sla.late)


def test_working_day_limit_uses_deadline_semantics() -> None:
    """'1 hari kerja' ends at the close of the next working day: all three files are on time."""
    model = build_model(
        two_hour_service("1 hari kerja"),
        hand_calendar(),
        start=dt.date(2026, 2, 23),
        received=(_at(27, 2, 15, 30), _at(28, 2, 10), _at(3, 3, 11)),
    )
    res = simulate(model, seed=1)
    assert res.sla is not None
    assert (3, 0) == (res.sla.met, res.sla.late)
    # the Friday file is due at Tuesday's close (Monday is off)
    due = model.sla.by_day[4] if model.sla else None
    assert model.hours.position(model.hours.offset(_at(3, 3, 16))) == due
