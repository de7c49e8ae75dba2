"""Columnar and scalar engines give identical verdicts, earliest dates and failing checks.

Profiles come from a seeded generator that places every date on a rule's boundary relative to
the evaluation date. The default run checks a few thousand profiles per date; SOPKIT_PROFILES
raises it (`make fuzz` runs 100,000 and more).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest

from sopkit import load_catalog
from sopkit.population import evaluate_table, profiles_to_tables
from sopkit.rules import RuleBook, make_rulebook, rulebook_for
from tests.population.profiles import ON_DATES, Generator

TOTAL = int(os.environ.get("SOPKIT_PROFILES", "1650"))
PER_DATE = max(1, TOTAL // len(ON_DATES))

NATIONAL: list[tuple[str, dict[str, Any]]] = [
    ("kenaikan_pangkat.reguler", {}),
    ("kenaikan_pangkat.pilihan_struktural", {}),
    ("kenaikan_pangkat.pilihan_fungsional", {}),
    ("kenaikan_pangkat.penyesuaian_ijazah", {}),
    ("kenaikan_gaji_berkala", {}),
    ("pensiun.bup", {}),
    ("cuti.tahunan", {"days": 6}),
    ("cuti.tahunan", {"days": 18}),
    ("cuti.tahunan", {"days": 24}),
    ("cuti.besar", {"start": "2027-05-01", "end": "2027-07-31"}),
    ("cuti.besar", {"start": "2027-05-01", "end": "2027-08-01", "hajj": True}),
    ("cuti.luar_tanggungan_negara", {"start": "2027-05-01", "end": "2029-05-01"}),
    ("izin_belajar", {"level": "S2"}),
    (
        "izin_belajar",
        {"level": "S1", "pangkat_minimal": {"S1": {"golongan": "II/a", "years": 2}}},
    ),
    ("tugas_belajar", {"level": "S1"}),
    ("tugas_belajar", {"level": "S3", "daerah_3t": True}),
    ("pegawai.bebas_hukuman_disiplin", {"ever": True}),
    ("pegawai.usia_minimal", {"years": 30, "months": 6}),
    ("pegawai.pangkat_maksimal", {"golongan": "III/d"}),
    (
        "any",
        {
            "rules": [
                {"rule": "pegawai.status", "params": {"status": "CPNS"}},
                {"rule": "pegawai.masa_kerja_minimal", "params": {"years": 4}},
            ]
        },
    ),
    ("not", {"rule": {"rule": "pegawai.pangkat_minimal", "params": {"golongan": "IV/a"}}}),
]


def _catalogue_refs() -> tuple[RuleBook, list[tuple[str, dict[str, Any]]]]:
    """Return the rule book of the bundled catalogues and every rule their services link."""
    catalog = load_catalog()
    refs: dict[str, tuple[str, dict[str, Any]]] = {}
    for service in catalog.services:
        for req in (*service.requirements, *(r for v in service.variants for r in v.requirements)):
            if req.rule is not None:
                params = _plain(req.rule.params)
                refs[repr((req.rule.rule, params))] = (req.rule.rule, params)
    return rulebook_for(catalog), list(refs.values())


def _plain(value: Any) -> Any:
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


BOOK, LINKED = _catalogue_refs()
CASES = [*NATIONAL, *LINKED]


@pytest.fixture(scope="module")
def populations() -> list[tuple[dt.date, list[Any], Any, Any]]:
    gen = Generator(20270401)
    out = []
    for on in ON_DATES:
        profiles = list(gen.profiles(PER_DATE, on))
        flat, history = profiles_to_tables(profiles)
        out.append((on, profiles, flat, history))
    return out


def test_catalogues_link_rules() -> None:
    """The bundled catalogues link rules, so the differential covers them."""
    assert len(LINKED) >= 20


@pytest.mark.parametrize(("rule", "params"), CASES, ids=[f"{r}{p}" for r, p in CASES])
def test_columnar_equals_scalar(rule: str, params: dict[str, Any], populations: Any) -> None:
    """Every profile: the same outcome, earliest date and failing checks both ways."""
    book = BOOK if (rule, params) in LINKED else make_rulebook()
    for on, profiles, flat, history in populations:
        result = evaluate_table(rule, flat, history=history, on=on, params=params, book=book)
        assert "columnar" == result.engine, result.fallback
        assert () == result.errors
        table = result.to_arrow()
        outcomes = table.column("outcome").to_pylist()
        earliest = table.column("earliest").to_pylist()
        failing = table.column("failing").to_pylist()
        mismatches = []
        for i, subject in enumerate(profiles):
            verdict = book.evaluate(rule, subject, on=on, params=params)
            got = (outcomes[i], earliest[i], tuple(failing[i]))
            want = (verdict.outcome.value, verdict.earliest, verdict.failing)
            if got != want:
                mismatches.append((i, on, got, want))
        assert [] == mismatches[:3], f"{len(mismatches)} of {len(profiles)} differ on {on}"


def test_eligible_is_three_valued(populations: Any) -> None:
    """eligible is true, false, or null exactly where the outcome is pass, fail, unknown."""
    seen: dict[str, set[Any]] = {}
    for on, _, flat, history in populations:
        table = evaluate_table("kenaikan_gaji_berkala", flat, history=history, on=on).to_arrow()
        for outcome, eligible in zip(
            table.column("outcome").to_pylist(), table.column("eligible").to_pylist(), strict=True
        ):
            seen.setdefault(outcome, set()).add(eligible)
    assert {"pass": {True}, "fail": {False}, "unknown": {None}} == seen
