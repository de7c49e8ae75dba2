"""Tests for verdicts: three-valued eligibility, reasons without a date, titles, warnings, and
facts read as of the evaluation date (sopkit.rules._verdict, Pegawai.as_of in the engine)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.rules import Outcome, make_rulebook
from sopkit.testing import make_pegawai

BOOK = make_rulebook()
ON = dt.date(2026, 4, 1)
ELIGIBLE = {
    "pangkat": [
        {"golongan": "III/a", "tmt": "2015-05-01"},
        {"golongan": "III/b", "tmt": "2022-04-01"},
    ],
    "skp": [{"year": 2024, "rating": "baik"}, {"year": 2025, "rating": "baik"}],
}


def test_a_missing_fact_is_undetermined_not_eligible() -> None:
    """No SKP for 2025: no check fails, one is unknown, so eligible is None."""
    subject = make_pegawai(ELIGIBLE, skp=[{"year": 2024, "rating": "baik"}])
    verdict = BOOK.evaluate("kenaikan_pangkat.reguler", subject, on=ON)
    assert (None, Outcome.UNKNOWN) == (verdict.eligible, verdict.outcome)
    assert None is verdict.to_data()["eligible"]


def test_no_date_says_which_check_and_why() -> None:
    """Without the SKP the date is not computable: the SKP check is named, as a missing fact."""
    subject = make_pegawai(ELIGIBLE, skp=[{"year": 2024, "rating": "baik"}])
    verdict = BOOK.evaluate("kenaikan_pangkat.reguler", subject, on=ON)
    assert verdict.earliest is None
    assert [("pegawai.skp_minimal", "a fact is missing")] == [
        (u.check.name, u.reason.en.split(":")[0]) for u in verdict.undated
    ]
    assert verdict.to_data()["undated"][0]["check"] == "pegawai.skp_minimal"


def test_a_ceiling_has_no_date_and_says_time_does_not_help() -> None:
    """III/d with S1 is at the education ceiling: time alone never makes it pass."""
    subject = make_pegawai(ELIGIBLE, pangkat=[{"golongan": "III/d", "tmt": "2020-04-01"}])
    verdict = BOOK.evaluate("kenaikan_pangkat.reguler", subject, on=ON)
    assert ["kenaikan_pangkat.batas_pendidikan", "kenaikan_pangkat.ujian_dinas"] == [
        u.check.name for u in verdict.undated
    ]
    assert all("passing of time alone" in u.reason.en for u in verdict.undated)


def test_messages_and_titles_show_no_internal_ids() -> None:
    """Every message and title of an explained verdict is free of snake_case ids."""
    subjects = [
        make_pegawai(ELIGIBLE, pangkat=[{"golongan": "II/d", "tmt": "2020-04-01"}]),
        make_pegawai(ELIGIBLE, pangkat=[{"golongan": "III/d", "tmt": "2020-04-01"}]),
        make_pegawai(ELIGIBLE, status="CPNS", tmt_pns=None),
    ]
    for subject in subjects:
        for rule in ("kenaikan_pangkat.reguler", "kenaikan_pangkat.pilihan_struktural"):
            verdict = BOOK.evaluate(rule, subject, on=ON)
            for check in verdict.root.leaves():
                for text in (check.message.id, check.message.en, check.label.id, check.label.en):
                    assert not re.search(r"[a-z]+_[a-z]+", text), text


WIDE = [
    ("kenaikan_pangkat.pilihan_fungsional", {}),
    ("kenaikan_pangkat.penyesuaian_ijazah", {}),
    ("kenaikan_gaji_berkala", {}),
    ("pensiun.bup", {}),
    ("izin_belajar", {"level": "S2"}),
    ("tugas_belajar", {"level": "S1"}),
    ("pelatihan.pkn_ii", {}),
    ("cuti.tahunan", {"days": 40}),
    ("cuti.besar", {"start": "2026-05-01", "end": "2026-09-30"}),
    ("cuti.sakit", {"start": "2026-05-01", "end": "2028-05-01"}),
    ("cuti.melahirkan", {"start": "2026-05-01", "end": "2026-09-30", "child": 4}),
    ("cuti.alasan_penting", {"start": "2026-05-01", "end": "2026-07-30", "reason": "x"}),
    ("cuti.luar_tanggungan_negara", {"start": "2026-05-01", "end": "2031-04-30"}),
    (
        "pegawai.jabatan",
        {"kinds": ["fungsional_keahlian", "jpt_pratama"], "jenjang": ["ahli_madya"]},
    ),
    ("pegawai.skp_minimal", {"rating": "sangat_baik", "years": 2}),
]


def test_messages_of_every_kind_of_rule_show_no_internal_ids() -> None:
    """Failing and passing checks across the national rules speak in words, not ids."""
    subjects = [
        make_pegawai(ELIGIBLE),
        make_pegawai(ELIGIBLE, status="CPNS", tmt_pns=None, gender="P"),
        make_pegawai(
            ELIGIBLE,
            jabatan=[
                {"kind": "fungsional_keahlian", "jenjang": "ahli_pertama", "tmt": "2016-01-04"}
            ],
        ),
    ]
    for subject in subjects:
        for rule, params in WIDE:
            verdict = BOOK.evaluate(rule, subject, on=ON, params=params)
            for check in verdict.root.leaves():
                for text in (check.message.id, check.message.en, check.label.id, check.label.en):
                    assert not re.search(r"[a-z]+_[a-z]+", text), (rule, text)


def test_unusual_facts_are_warnings_on_the_verdict() -> None:
    """A golongan that goes down with no sanction, and CPNS before 18, are warned about."""
    subject = make_pegawai(
        ELIGIBLE,
        birth_date="1998-01-01",
        nip="",
        pangkat=[
            {"golongan": "III/b", "tmt": "2015-05-01"},
            {"golongan": "III/a", "tmt": "2018-04-01"},
        ],
    )
    verdict = BOOK.evaluate("pegawai.status", subject, on=ON, params={"status": "PNS"})
    assert ["tmt_cpns", "pangkat"] == [w.field for w in verdict.warnings]
    assert verdict.eligible is True


FUTURE_RECORDS: dict[str, Any] = {
    "pangkat": {"golongan": "IV/e", "tmt": "{d}"},
    "jabatan": {"kind": "jpt_utama", "tmt": "{d}", "eselon": "I.a"},
    "education": {"level": "S3", "graduated": "{d}"},
    "sanctions": {"level": "berat", "start": "{d}", "end": "2040-01-01"},
    "exams": {"kind": "ujian_dinas_ii", "date": "{d}", "passed": True},
    "angka_kredit": {"date": "{d}", "earned": 1000, "required": 1},
    "trainings": {"kind": "diklatpim_iii", "date": "{d}"},
    "leaves": {"kind": "besar", "start": "{d}", "end": "{d}", "days": 1},
}
RULES = [
    ("kenaikan_pangkat.reguler", {}),
    ("kenaikan_pangkat.pilihan_struktural", {}),
    ("kenaikan_pangkat.pilihan_fungsional", {}),
    ("kenaikan_pangkat.penyesuaian_ijazah", {}),
    ("kenaikan_gaji_berkala", {}),
    ("pensiun.bup", {}),
    ("tugas_belajar", {"level": "S2"}),
    ("cuti.tahunan", {"days": 3}),
    ("pegawai.pangkat_minimal", {"golongan": "III/b"}),
]


@settings(max_examples=60, deadline=None)
@given(
    field=st.sampled_from(sorted(FUTURE_RECORDS)),
    on=st.dates(min_value=dt.date(2017, 4, 1), max_value=dt.date(2030, 12, 1)),
    later=st.integers(1, 3000),
    rule=st.sampled_from(RULES),
)
def test_a_record_dated_after_the_date_never_changes_a_verdict(
    field: str, on: dt.date, later: int, rule: tuple[str, dict[str, Any]]
) -> None:
    """Adding any record dated after `on` leaves the outcome, the checks and the date unchanged."""
    day = (on + dt.timedelta(days=later)).isoformat()
    record = {
        k: v.format(d=day) if isinstance(v, str) else v for k, v in FUTURE_RECORDS[field].items()
    }
    base = make_pegawai(ELIGIBLE)
    earlier = ELIGIBLE[field] if field in ELIGIBLE else base_records(field)
    extended = make_pegawai(ELIGIBLE, **{field: [*earlier, record]})
    name, params = rule
    one = BOOK.evaluate(name, base, on=on, params=params)
    two = BOOK.evaluate(name, extended, on=on, params=params)
    assert one.outcome is two.outcome
    assert one.to_data() == two.to_data()


def base_records(field: str) -> list[dict[str, Any]]:
    """Return the base profile's records of a history (those make_pegawai starts from)."""
    from sopkit.testing import BASE_PROFILE

    return list(BASE_PROFILE.get(field, []))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "golongan": st.sampled_from(["II/c", "II/d", "III/b", "III/d", "IV/a"]),
                "tmt": st.dates(dt.date(2016, 1, 1), dt.date(2026, 3, 1)),
                "rating": st.sampled_from(["baik", "butuh_perbaikan", "sangat_baik"]),
                "level": st.sampled_from(["SLTA", "D-III", "S1", "S2"]),
                "exam": st.sampled_from([None, "ujian_dinas_i", "ujian_dinas_ii"]),
                "sanction": st.booleans(),
                "atasan": st.sampled_from([None, "III/c", "IV/b"]),
            }
        ),
        min_size=2,
        max_size=6,
    ),
    st.sampled_from([dt.date(2025, 4, 1), dt.date(2026, 4, 1), dt.date(2026, 4, 15)]),
)
def test_shared_explanations_equal_fresh_ones(people: list[dict[str, Any]], on: dt.date) -> None:
    """Explaining many subjects with one rule book (checks shared by equal facts) gives what a
    fresh rule book gives each subject alone."""
    shared = make_rulebook()
    for person in people:
        subject = make_pegawai(
            pangkat=[{"golongan": person["golongan"], "tmt": person["tmt"].isoformat()}],
            skp=[{"year": y, "rating": person["rating"]} for y in (2023, 2024, 2025)],
            education=[{"level": person["level"], "graduated": "2010-08-01"}],
            exams=[{"kind": person["exam"], "date": "2016-06-01", "passed": True}]
            if person["exam"]
            else [],
            sanctions=[{"level": "sedang", "start": "2025-01-01", "end": "2026-12-31"}]
            if person["sanction"]
            else [],
            atasan_golongan=person["atasan"],
        )
        alone = make_rulebook().evaluate("kenaikan_pangkat.reguler", subject, on=on)
        together = shared.evaluate("kenaikan_pangkat.reguler", subject, on=on)
        assert alone.to_data() == together.to_data()
