"""Staffing as printed: jumlah pelaksana is the total, shared by the roles that need it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.core._service import StaffCount, Staffing
from sopkit.sim import SimModelError, build_model, simulate
from sopkit.sim._staffing import _shares
from tests.sim._models import hand_calendar, roles, service, step

START = dt.date(2026, 1, 5)


def _svc(total: int | None, breakdown: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    svc = service(
        (
            step(1, "3 jam", ("Petugas",)),
            step(2, "1 jam", ("Analis",)),
            step(3, "2 hari kerja", ("Kepala Bidang",)),
            step(4, "1 hari kerja", ("Pemohon",)),
        ),
        staff=total,
    )
    import attrs

    lines = tuple(StaffCount.parse(line) for line in breakdown)
    return attrs.evolve(svc, staffing=Staffing(f"{total} orang", total, lines))


def _servers(model):  # type: ignore[no-untyped-def]
    return {s.name: s.capacity for s in model.stations}


def _build(svc, **kw):  # type: ignore[no-untyped-def]
    return build_model(svc, hand_calendar(), start=START, per_day=1, days=20, roles=roles(), **kw)


def test_total_is_shared_by_effort_less_the_eselon_holders() -> None:
    """5 orang with '1 orang Eselon III' leaves 4 for Petugas (3 h) and Analis (1 h): 3 and 1."""
    model = _build(_svc(5, ("1 orang Eselon III", "1 orang JF", "3 orang pelaksana")))
    assert {"Petugas": 3, "Analis": 1, "Kepala Bidang": 1, "Pemohon": None} == _servers(model)
    assert 4 == sum(c for c in _servers(model).values() if c is not None) - 1
    assert "jumlah pelaksana 5 less 1 Eselon" in model.stations[0].capacity_source


def test_even_rule_and_overrides() -> None:
    """staff_rule='even' splits evenly; staff= fixes a role and the rest share what is left."""
    assert {"Petugas": 2, "Analis": 2} == {
        k: v
        for k, v in _servers(_build(_svc(4), staff_rule="even")).items()
        if k in ("Petugas", "Analis")
    }
    fixed = _servers(_build(_svc(6), staff={"Analis": 1}))
    assert (1, 5) == (fixed["Analis"], fixed["Petugas"])


def test_result_states_servers_per_role() -> None:
    """The run reports each station's servers and where they came from."""
    result = simulate(_build(_svc(4)), seed=1)
    assert [("Petugas", 3), ("Analis", 1)] == [(s.name, s.capacity) for s in result.stations[:2]]
    assert all(s.capacity_source for s in result.stations)


def test_no_total_needs_staff_or_assume() -> None:
    """Without jumlah pelaksana the error names staff= and assume=; assume gives one each, listed."""
    with pytest.raises(SimModelError, match=r"staff=\{ROLE: N\}.*assume=True"):
        _build(_svc(None))
    model = _build(_svc(None), assume=True)
    assert (1, 1) == (_servers(model)["Petugas"], _servers(model)["Analis"])
    assert any("no jumlah pelaksana" in a for a in model.assumptions)


@settings(max_examples=60, deadline=None)
@given(
    pool=st.integers(0, 60),
    work=st.dictionaries(
        st.text("abc", min_size=1, max_size=3), st.floats(0, 50), min_size=1, max_size=6
    ),
    even=st.booleans(),
)
def test_shares_use_the_whole_pool_and_give_each_role_one(
    pool: int, work: dict[str, float], even: bool
) -> None:
    """Every role gets at least one server, and no more than the pool is handed out beyond that."""
    got = _shares(pool, work, "even" if even else "work")
    assert set(work) == set(got)
    assert all(v >= 1 for v in got.values())
    assert max(pool, len(work)) == sum(got.values())
