"""Between Pegawai profiles and the table layout: writing profiles as tables, reading a row back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa

from sopkit.asn._golongan import Golongan
from sopkit.asn._pegawai import (
    AngkaKreditRecord,
    EducationRecord,
    ExamKind,
    ExamRecord,
    JabatanRecord,
    LeaveRecord,
    PangkatRecord,
    Pegawai,
    Sanction,
    SkpRecord,
    TrainingKind,
    TrainingRecord,
)
from sopkit.population._population import (
    EDUCATION,
    GENDER,
    JENJANG,
    KIND,
    LEAVE,
    SANCTION,
    SKP,
    STATUS,
    Population,
)
from sopkit.population._records import Records


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def profiles_to_tables(profiles: Iterable[Pegawai]) -> tuple[pa.Table, pa.Table]:
    """Return the flat table (latest record of each kind) and the history table (the rest)."""
    flat: dict[str, list[Any]] = {}
    hist: dict[str, list[Any]] = {}
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for s in profiles:
        row: dict[str, Any] = {
            "nip": s.nip,
            "nama": s.name,
            "status": s.status.value,
            "jenis_kelamin": s.gender.value if s.gender else None,
            "tanggal_lahir": _iso(s.birth_date),
            "tmt_cpns": _iso(s.tmt_cpns),
            "tmt_pns": _iso(s.tmt_pns),
            "atasan_golongan": s.atasan_golongan.label if s.atasan_golongan else None,
            "kgb_terakhir": _iso(s.kgb_terakhir),
        }
        base = {"nip": s.nip}
        if s.pangkat:
            *older, last = s.pangkat
            row |= {"golongan": last.golongan.label, "tmt_golongan": _iso(last.tmt)}
            events += [
                base | {"jenis": "pangkat", "tanggal": _iso(r.tmt), "golongan": r.golongan.label}
                for r in older
            ]
        if s.jabatan:
            *older_j, job = s.jabatan
            row |= {
                "jabatan_jenis": job.kind.value,
                "jenjang": job.jenjang.value if job.jenjang else None,
                "eselon": job.eselon or None,
                "jabatan_fungsional": job.fungsional or None,
                "tmt_jabatan": _iso(job.tmt),
            }
            events += [
                base
                | {
                    "jenis": "jabatan",
                    "tanggal": _iso(r.tmt),
                    "jabatan_jenis": r.kind.value,
                    "jenjang": r.jenjang.value if r.jenjang else None,
                    "eselon": r.eselon or None,
                    "jabatan_fungsional": r.fungsional or None,
                }
                for r in older_j
            ]
        if s.education:
            *older_e, edu = s.education
            row |= {"pendidikan": edu.level.value, "tanggal_lulus": _iso(edu.graduated)}
            events += [
                base
                | {"jenis": "pendidikan", "tanggal": _iso(r.graduated), "pendidikan": r.level.value}
                for r in older_e
            ]
        if s.sanctions:
            *older_s, last_s = s.sanctions
            row |= {
                "hukuman_tingkat": last_s.level.value,
                "hukuman_mulai": _iso(last_s.start),
                "hukuman_selesai": _iso(last_s.end),
            }
            events += [
                base
                | {
                    "jenis": "hukuman",
                    "tanggal": _iso(r.start),
                    "tingkat": r.level.value,
                    "selesai": _iso(r.end),
                }
                for r in older_s
            ]
        for r in s.skp:
            row[f"skp_{r.year}"] = r.rating.value
        if s.angka_kredit:
            *older_a, pak = s.angka_kredit
            row |= {
                "angka_kredit": pak.earned,
                "angka_kredit_dibutuhkan": pak.required,
                "tanggal_pak": _iso(pak.date),
            }
            events += [
                base
                | {
                    "jenis": "angka_kredit",
                    "tanggal": _iso(r.date),
                    "angka_kredit": r.earned,
                    "dibutuhkan": r.required,
                }
                for r in older_a
            ]
        for kind in ExamKind:
            passed = [e for e in s.exams if e.kind is kind and e.passed]
            if passed:
                row[kind.value] = _iso(passed[0].date)
        events += [
            base
            | {
                "jenis": "ujian",
                "tanggal": _iso(e.date),
                "ujian": e.kind.value,
                "lulus": str(e.passed).lower(),
            }
            for e in s.exams
            if not (e.passed and row.get(e.kind.value) == _iso(e.date))
        ]
        for training in TrainingKind:
            done = [t for t in s.trainings if t.kind is training]
            if done:
                row[training.value] = _iso(done[-1].date)
            events += [
                base | {"jenis": "diklat", "tanggal": _iso(t.date), "diklat": training.value}
                for t in done[:-1]
            ]
        events += [
            base
            | {
                "jenis": "cuti",
                "tanggal": _iso(x.start),
                "cuti_jenis": x.kind.value,
                "selesai": _iso(x.end),
                "hari": x.days,
            }
            for x in s.leaves
        ]
        rows.append(row)
    for row in rows:
        for key in row:
            flat.setdefault(key, [])
    for key in flat:
        flat[key] = [row.get(key) for row in rows]
    for event in events:
        for key in event:
            hist.setdefault(key, [])
    for key in ("nip", "jenis", "tanggal"):
        hist.setdefault(key, [])
    for key in hist:
        hist[key] = [e.get(key) for e in events]
    numeric = {"angka_kredit", "angka_kredit_dibutuhkan", "dibutuhkan", "hari"}
    flat_t = pa.table(
        {k: pa.array(v, pa.float64() if k in numeric else pa.string()) for k, v in flat.items()}
    )
    hist_t = pa.table(
        {k: pa.array(v, pa.float64() if k in numeric else pa.string()) for k, v in hist.items()}
    )
    return flat_t, hist_t


def _day(value: np.datetime64) -> dt.date | None:
    return None if np.isnat(value) else value.astype(dt.date)


def _on(value: np.datetime64) -> dt.date:
    day = _day(value)
    assert day is not None, "a record without its date"
    return day


def _records(records: Records, row: int) -> list[int]:
    if records.dense:
        return [] if np.isnat(records.date[row]) else [row]
    lo = np.searchsorted(records.person, row, side="left")
    hi = np.searchsorted(records.person, row, side="right")
    return list(range(int(lo), int(hi)))


def profile_of(pop: Population, row: int) -> Pegawai:
    """Return the Pegawai profile of one row (0-based) of a population."""
    p, j, e, s = pop.pangkat, pop.jabatan, pop.education, pop.sanctions
    exams = [
        ExamRecord(kind, _on(r.date[i]), bool(r.values["passed"][i]))
        for kind, r in pop.exams.items()
        for i in _records(r, row)
    ]
    return Pegawai(
        birth_date=_on(pop.birth[row]),
        status=STATUS.member(int(pop.status[row])),
        tmt_cpns=_day(pop.tmt_cpns[row]),
        tmt_pns=_day(pop.tmt_pns[row]),
        nip=str(pop.nip[row] or ""),
        name=str(pop.name[row] or ""),
        gender=GENDER.member(int(pop.gender[row])),
        pangkat=[
            PangkatRecord(Golongan(int(p.values["golongan"][i])), _on(p.date[i]))
            for i in _records(p, row)
        ],
        jabatan=[
            JabatanRecord(
                KIND.member(int(j.values["kind"][i])),
                _on(j.date[i]),
                jenjang=JENJANG.member(int(j.values["jenjang"][i])),
                eselon=pop.eselons[int(j.values["eselon"][i])],
                fungsional=pop.fungsionals[int(j.values["fungsional"][i])],
            )
            for i in _records(j, row)
        ],
        skp=[
            SkpRecord(year, SKP.member(int(scores[row])))
            for year, scores in sorted(pop.skp.items())
            if scores[row]
        ],
        sanctions=[
            Sanction(
                SANCTION.member(int(s.values["level"][i])),
                _on(s.date[i]),
                _on(s.values["end"][i]),
            )
            for i in _records(s, row)
        ],
        education=[
            EducationRecord(EDUCATION.member(int(e.values["level"][i])), _on(e.date[i]))
            for i in _records(e, row)
        ],
        leaves=[
            LeaveRecord(
                LEAVE.member(int(pop.leaves.values["kind"][i])),
                _on(pop.leaves.date[i]),
                _on(pop.leaves.values["end"][i]),
                int(pop.leaves.values["days"][i]),
            )
            for i in _records(pop.leaves, row)
        ],
        exams=exams,
        trainings=[
            TrainingRecord(kind, _on(r.date[i]))
            for kind, r in pop.trainings.items()
            for i in _records(r, row)
        ],
        angka_kredit=[
            AngkaKreditRecord(
                _on(pop.angka_kredit.date[i]),
                float(pop.angka_kredit.values["earned"][i]),
                float(pop.angka_kredit.values["required"][i]),
            )
            for i in _records(pop.angka_kredit, row)
        ],
        atasan_golongan=Golongan(int(pop.atasan[row])) if pop.atasan[row] else None,
        kgb_terakhir=_day(pop.kgb_terakhir[row]),
    )
