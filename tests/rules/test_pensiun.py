"""Pensiun janda/duda: when the survivor's pension starts (after the gaji terusan)."""

from __future__ import annotations

import datetime as dt

from sopkit.rules import make_rulebook
from sopkit.testing import make_pegawai


def test_pension_starts_after_four_months_of_gaji_terusan() -> None:
    """Death on 10 Feb 2026: gaji terusan March-June, the pension from 1 July 2026."""
    verdict = make_rulebook().evaluate(
        "pensiun.janda_duda",
        make_pegawai(),
        on=dt.date(2026, 3, 1),
        params={"died": dt.date(2026, 2, 10), "registered": True},
    )
    assert verdict.eligible is True
    died = next(c for c in verdict.root.children if c.name == "pensiun.janda_duda.meninggal")
    assert died.facts["pension_from"] == "2026-07-01"
