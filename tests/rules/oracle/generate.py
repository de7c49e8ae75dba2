"""Seeded generator of boundary-seeking eligibility cases for the law oracle."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.rules.oracle import law

Verdict = Callable[[law.Profile, dt.date], law.Tri]


@dataclass
class Case:
    """One generated case: a rule, its parameters, a date, a profile and the oracle's answer."""

    id: str
    rule: str
    on: dt.date
    profile: law.Profile
    params: dict[str, Any] = field(default_factory=dict)
    cite: tuple[str, ...] = ()  # keys of law.CITES
    verdict: Verdict | None = None
    step: str = ""  # "first" / "day": the oracle gives the earliest date too
    limit_days: int = 0

    def expected(self) -> law.Tri:
        """Return the oracle's verdict."""
        assert self.verdict is not None
        return self.verdict(self.profile, self.on)

    def expected_earliest(self) -> dt.date | None:
        """Return the oracle's earliest date (only for cases with a step)."""
        assert self.verdict is not None
        return law.earliest(self.verdict, self.profile, self.on, self.step, self.limit_days)


def _iso(day: dt.date) -> str:
    return day.isoformat()


# KP evaluation dates: period days on each side of every change, leap days, non-period days.
KP_DATES = [
    "2023-04-01", "2023-10-01", "2023-07-01", "2024-01-01", "2024-02-01", "2024-02-29",
    "2024-03-01", "2024-04-01", "2024-12-01", "2025-04-01", "2025-05-01", "2025-06-01",
    "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2026-01-01", "2026-03-01",
    "2026-04-01", "2026-04-02", "2027-02-01", "2028-02-29", "2028-03-01",
    "2023-01-01", "2023-02-01", "2024-06-01", "2024-07-01", "2024-08-01", "2025-02-01",
    "2025-03-01", "2026-07-01", "2026-12-01",
]  # fmt: skip
# The superior's cap is not evaluated between 20 May and 30 Sep 2025 (law.EXCLUDED).
UNCLEAR_CAP = (dt.date(2025, 5, 20), dt.date(2025, 9, 30))


def _kp_day(rng: random.Random) -> tuple[dt.date, bool]:
    """Return a KP evaluation date, and whether the case is 'clean' (a period date, SKP baik,
    no sanction) so that every outcome is reached, not only refusals."""
    clean = rng.random() < 0.35
    while True:
        on = law.d(rng.choice(KP_DATES))
        if not clean or law.is_period(on):
            return on, clean


def _clean(p: law.Profile, on: dt.date) -> None:
    p["skp"] = [{"year": y, "rating": "baik"} for y in range(on.year - 3, on.year)]
    p["sanctions"] = []


def _base(rng: random.Random, on: dt.date, years_service: int) -> law.Profile:
    tmt_cpns = dt.date(on.year - years_service, rng.choice([1, 3, 4, 10]), 1)
    birth = dt.date(tmt_cpns.year - rng.randint(22, 30), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "birth_date": _iso(birth),
        "status": "PNS",
        "tmt_cpns": _iso(tmt_cpns),
        "tmt_pns": _iso(law.plus_months(tmt_cpns, 12)),
        "gender": rng.choice(["L", "P"]),
    }


def _skp(
    rng: random.Random, on: dt.date, *, weak: float = 0.1, missing: float = 0.1
) -> list[dict[str, Any]]:
    out = []
    for year in range(on.year - 3, on.year + 1):
        if rng.random() < missing and year >= on.year - 2:
            continue
        rating = (
            rng.choice(["butuh_perbaikan", "kurang"])
            if rng.random() < weak
            else rng.choice(["baik", "sangat_baik"])
        )
        out.append({"year": year, "rating": rating})
    return out


def _tmt_in_rank(rng: random.Random, on: dt.date, months: int) -> dt.date:
    """Return a TMT pangkat around the boundary of `months` before on."""
    shift = rng.choice([0, 0, 0, -1, 1, -12, 12, -2])
    tmt = law.plus_months(on.replace(day=1), -(months + shift))
    if rng.random() < 0.15:
        tmt = tmt + dt.timedelta(days=1)  # one day short of the whole months
    return tmt


def _sanction(rng: random.Random, on: dt.date) -> list[dict[str, Any]]:
    if rng.random() > 0.2:
        return []
    end = on + dt.timedelta(days=rng.choice([0, -1, 1, 40]))
    return [
        {
            "level": rng.choice(["sedang", "berat"]),
            "start": _iso(end - dt.timedelta(days=300)),
            "end": _iso(end),
        }
    ]


def _later_record(rng: random.Random, p: law.Profile, on: dt.date) -> None:
    """Add records dated after `on` (an advance SK, a later diploma, a later sanction)."""
    later = on + dt.timedelta(days=rng.choice([1, 30, 200]))
    choice = rng.randrange(5)
    job = p.get("jabatan", [{}])[-1]
    if choice == 4 and job.get("jenjang") in NEXT_JENJANG:  # moved up a jenjang after `on`
        p["jabatan"].append({**job, "jenjang": NEXT_JENJANG[job["jenjang"]], "tmt": _iso(later)})
    elif choice == 0 and p.get("pangkat"):
        cur = law.g(p["pangkat"][-1]["golongan"])
        if cur + 1 < len(law.GOLONGAN):
            p["pangkat"].append({"golongan": law.GOLONGAN[cur + 1], "tmt": _iso(later)})
    elif choice == 1:
        p.setdefault("education", []).append({"level": "S3", "graduated": _iso(later)})
    elif choice == 2:
        p.setdefault("sanctions", []).append(
            {"level": "berat", "start": _iso(later), "end": _iso(later + dt.timedelta(days=365))}
        )
    else:
        p.setdefault("exams", []).append(
            {"kind": "ujian_dinas_i", "date": _iso(later), "passed": True}
        )
        p.setdefault("exams", []).append(
            {"kind": "ujian_dinas_ii", "date": _iso(later), "passed": True}
        )


NEXT_JENJANG = {
    "terampil": "mahir", "mahir": "penyelia", "ahli_pertama": "ahli_muda", "ahli_muda": "ahli_madya",
    "ahli_madya": "ahli_utama",
}  # fmt: skip
EDU_FOR = ["SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S1", "profesi", "S2", "S3"]


def kp_reguler(rng: random.Random, i: int) -> Case:
    """A KP reguler case near the period, masa pangkat, ceiling, cap and exam boundaries."""
    on, clean = _kp_day(rng)
    while UNCLEAR_CAP[0] <= on <= UNCLEAR_CAP[1]:
        on, clean = _kp_day(rng)
    p = _base(rng, on, rng.randint(6, 25))
    edu = rng.choice(EDU_FOR)
    ceiling = law.g(law.CEILING[edu])
    current = max(0, min(ceiling + rng.choice([-1, -1, -2, 0, 0, 1]), 15))
    if rng.random() < 0.3:
        current = law.g(rng.choice(["II/d", "III/d"]))
    p["education"] = [
        {"level": edu, "graduated": _iso(law.d(p["tmt_cpns"]) - dt.timedelta(days=400))}
    ]
    p["pangkat"] = [{"golongan": law.GOLONGAN[current], "tmt": _iso(_tmt_in_rank(rng, on, 48))}]
    p["jabatan"] = [{"kind": "pelaksana", "tmt": p["tmt_cpns"]}]
    if rng.random() < 0.08:
        p["jabatan"].append(
            {"kind": "fungsional_keahlian", "jenjang": "ahli_pertama", "tmt": p["tmt_cpns"]}
        )
    p["skp"] = _skp(rng, on)
    p["sanctions"] = _sanction(rng, on)
    p["atasan_golongan"] = law.GOLONGAN[min(16, current + rng.choice([0, 1, 1, 2]))]
    if rng.random() < 0.4:
        p["exams"] = [
            {
                "kind": rng.choice(["ujian_dinas_i", "ujian_dinas_ii"]),
                "date": "2020-05-01",
                "passed": rng.random() < 0.8,
            }
        ]
    if rng.random() < 0.25:
        p["trainings"] = [
            {"kind": rng.choice(["diklatpim_iv", "diklatpim_iii"]), "date": "2019-06-01"}
        ]
    if clean:
        _clean(p, on)
    if rng.random() < 0.25:
        _later_record(rng, p, on)
    if rng.random() < 0.04:
        p["tmt_pns"] = _iso(on + dt.timedelta(days=rng.choice([1, 30])))  # still a CPNS on `on`
    if rng.random() < 0.05:
        del p["atasan_golongan"]  # unknown superior: undetermined while the cap is law
    if rng.random() < 0.03:
        del p["education"]
    cite = ("reguler", "periode", "ijazah", "atasan", "ujian_dinas", "disiplin")
    return Case(
        f"kp-reguler-{i}",
        "kenaikan_pangkat.reguler",
        on,
        p,
        cite=cite,
        verdict=law.kp_reguler,
        step="first",
        limit_days=6 * 366,
    )


def kp_struktural(rng: random.Random, i: int) -> Case:
    """A KP pilihan struktural case: within the eselon range or one below, exam at III/d."""
    on, clean = _kp_day(rng)
    p = _base(rng, on, rng.randint(8, 25))
    eselon = rng.choice(list(law.ESELON))
    low, high = law.ESELON[eselon]
    current = rng.choice([law.g(low) - 1, law.g(low), law.g(high) - 1, law.g(high)])
    if eselon == "III.b" and rng.random() < 0.5:
        current = law.g("III/d")
    kind = {"I": "jpt_madya", "II": "jpt_pratama", "III": "administrator"}.get(
        eselon.split(".")[0], "pengawas"
    )
    if current == law.g(low) - 1:
        tmt = _tmt_in_rank(rng, on, 12)
    else:  # within the range: clearly under 1 or over 4 years in rank (law.EXCLUDED)
        tmt = law.plus_months(on.replace(day=1), -rng.choice([6, 11, 60, 72]))
    p["pangkat"] = [{"golongan": law.GOLONGAN[current], "tmt": _iso(tmt)}]
    p["jabatan"] = [{"kind": kind, "eselon": eselon, "tmt": _iso(_tmt_in_rank(rng, on, 12))}]
    p["education"] = [
        {
            "level": rng.choice(["S1", "S1", "S2", "D-III"]),
            "graduated": _iso(law.d(p["tmt_cpns"]) - dt.timedelta(days=400)),
        }
    ]
    p["skp"] = _skp(rng, on)
    p["sanctions"] = _sanction(rng, on)
    if rng.random() < 0.4:
        p["exams"] = [{"kind": "ujian_dinas_ii", "date": "2020-05-01", "passed": True}]
    if rng.random() < 0.3:
        p["trainings"] = [
            {"kind": rng.choice(["diklatpim_iv", "diklatpim_iii"]), "date": "2019-06-01"}
        ]
    if clean:
        _clean(p, on)
    if rng.random() < 0.2:
        _later_record(rng, p, on)
    return Case(
        f"kp-struktural-{i}",
        "kenaikan_pangkat.pilihan_struktural",
        on,
        p,
        cite=("struktural", "periode", "ujian_dinas", "disiplin"),
        verdict=law.kp_struktural,
    )


def kp_fungsional(rng: random.Random, i: int) -> Case:
    """A KP pilihan fungsional case at the jenjang ceilings."""
    on, clean = _kp_day(rng)
    p = _base(rng, on, rng.randint(5, 25))
    jenjang = rng.choice(list(law.JENJANG))
    low, high = law.JENJANG[jenjang]
    current = rng.choice([law.g(low), law.g(high) - 1, law.g(high), law.g(high)])
    current = max(current, law.g(low))
    kind = "fungsional_keahlian" if jenjang.startswith("ahli") else "fungsional_keterampilan"
    p["pangkat"] = [{"golongan": law.GOLONGAN[current], "tmt": _iso(_tmt_in_rank(rng, on, 24))}]
    p["jabatan"] = [{"kind": kind, "jenjang": jenjang, "tmt": p["tmt_cpns"]}]
    p["education"] = [
        {"level": "S3", "graduated": _iso(law.d(p["tmt_cpns"]) - dt.timedelta(days=400))}
    ]
    p["skp"] = _skp(rng, on)
    p["sanctions"] = _sanction(rng, on)
    if rng.random() < 0.9:
        p["angka_kredit"] = [
            {
                "date": _iso(on - dt.timedelta(days=60)),
                "earned": rng.choice([90, 100, 120]),
                "required": 100,
            }
        ]
    if clean:
        _clean(p, on)
    if rng.random() < 0.2:
        _later_record(rng, p, on)
    return Case(
        f"kp-fungsional-{i}",
        "kenaikan_pangkat.pilihan_fungsional",
        on,
        p,
        cite=("fungsional", "periode", "disiplin"),
        verdict=law.kp_fungsional,
    )


def kgb(rng: random.Random, i: int) -> Case:
    """A KGB case at the two-year boundary, across leap days."""
    last = dt.date(rng.choice([2020, 2022, 2023, 2024]), rng.randint(1, 12), 1)
    on = law.plus_months(last, 24) + dt.timedelta(days=rng.choice([0, -1, 1, -31, 59]))
    p = _base(rng, on, rng.randint(4, 20))
    p["kgb_terakhir"] = _iso(last)
    p["skp"] = list(_skp(rng, on, weak=0.0, missing=0.1))
    p["pangkat"] = [{"golongan": "III/a", "tmt": p["tmt_cpns"]}]
    p["jabatan"] = [{"kind": "pelaksana", "tmt": p["tmt_cpns"]}]
    if rng.random() < 0.15:  # an SKP and a pangkat recorded after `on` change nothing
        p["skp"].append({"year": on.year + 1, "rating": "sangat_kurang"})
        p["pangkat"].append({"golongan": "III/b", "tmt": _iso(on + dt.timedelta(days=1))})
    return Case(
        f"kgb-{i}",
        "kenaikan_gaji_berkala",
        on,
        p,
        cite=("kgb",),
        verdict=law.kgb,
        step="day",
        limit_days=800,
    )


def bup(rng: random.Random, i: int) -> Case:
    """A pensiun BUP case around the TMT pensiun, by position, jenjang, guru and dosen."""
    choice = rng.choice(
        [
            "pelaksana",
            "administrator",
            "jpt_pratama",
            "ahli_muda",
            "ahli_madya",
            "ahli_utama",
            "terampil",
            "guru",
            "dosen",
        ]
    )
    job: dict[str, Any]
    if choice in ("guru", "dosen"):
        job = {
            "kind": "fungsional_keahlian",
            "jenjang": rng.choice(["ahli_pertama", "ahli_madya", "ahli_utama"]),
            "fungsional": choice,
        }
    elif choice in law.JENJANG:
        job = {
            "kind": "fungsional_keahlian"
            if choice.startswith("ahli")
            else "fungsional_keterampilan",
            "jenjang": choice,
        }
    else:
        job = {"kind": choice}
        if choice in ("administrator", "jpt_pratama"):
            job["eselon"] = "III.a" if choice == "administrator" else "II.a"
    years = law.bup_years(job)
    year, month = rng.randint(1961, 1968), rng.randint(1, 12)
    if rng.random() < 0.1:
        year, month = rng.choice([1964, 1968]), 2  # born on a leap day
    day = 29 if month == 2 and year % 4 == 0 and rng.random() < 0.5 else rng.choice([1, 15, 28])
    birth = dt.date(year, month, day)
    tmt = law.plus_months(dt.date(birth.year + years, birth.month, 1), 1)
    on = tmt + dt.timedelta(days=rng.choice([0, -1, 1, -365, 31]))
    tmt_cpns = dt.date(birth.year + 25, 3, 1)
    job["tmt"] = _iso(tmt_cpns)
    p = {
        "birth_date": _iso(birth),
        "status": "PNS",
        "tmt_cpns": _iso(tmt_cpns),
        "tmt_pns": _iso(tmt_cpns.replace(year=tmt_cpns.year + 1)),
        "pangkat": [{"golongan": "III/d", "tmt": _iso(tmt_cpns)}],
        "jabatan": [job],
    }
    if rng.random() < 0.15:  # a move to another post recorded after `on`
        p["jabatan"] = [job, {"kind": "pelaksana", "tmt": _iso(on + dt.timedelta(days=5))}]
    return Case(
        f"bup-{i}",
        "pensiun.bup",
        on,
        p,
        cite=("bup",),
        verdict=law.pensiun_bup,
        step="first",
        limit_days=12 * 366,
    )


def cuti(rng: random.Random, i: int) -> Case:
    """A cuti case: tahunan carry-over, besar, sakit, melahirkan, alasan penting, CLTN."""
    kind = rng.choice(
        ["tahunan", "tahunan", "tahunan", "besar", "sakit", "melahirkan", "alasan_penting", "cltn"]
    )
    on = dt.date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    years = rng.choice([0, 1, 3, 4, 5, 6, 10])
    p = _base(rng, on, years)
    if years <= 1:  # around the first anniversary
        p["tmt_cpns"] = _iso(
            law.plus_months(on, -12) + dt.timedelta(days=rng.choice([0, 1, -1, 40]))
        )
        p["birth_date"] = "1995-05-05"
        p["tmt_pns"] = _iso(law.plus_months(law.d(p["tmt_cpns"]), 12))
    elif years == 5:
        p["tmt_cpns"] = _iso(law.plus_months(on, -60) + dt.timedelta(days=rng.choice([0, 1, -1])))
        p["tmt_pns"] = _iso(law.plus_months(law.d(p["tmt_cpns"]), 12))
    p["pangkat"] = [{"golongan": "III/a", "tmt": p["tmt_cpns"]}]
    p["jabatan"] = [{"kind": "pelaksana", "tmt": p["tmt_cpns"]}]
    if rng.random() < 0.1:
        del p["gender"]
    leaves = []
    if kind == "tahunan":
        for year in (on.year - 2, on.year - 1, on.year):
            if rng.random() < 0.55:
                used = rng.choice([1, 3, 6, 8, 12])
                start = dt.date(year, rng.randint(1, 12) if year < on.year else 1, 2)
                if start <= on:
                    leaves.append(
                        {
                            "kind": "tahunan",
                            "start": _iso(start),
                            "end": _iso(start + dt.timedelta(days=used + 4)),
                            "days": used,
                        }
                    )
        if rng.random() < 0.1:
            year = rng.choice([on.year - 1, on.year])
            leaves.append(
                {
                    "kind": "besar",
                    "start": _iso(dt.date(year, 1, 10)),
                    "end": _iso(dt.date(year, 3, 10)),
                    "days": 42,
                }
            )
        # years before the first full year of service are excluded (law.EXCLUDED)
        first_full = law.plus_months(law.d(p["tmt_cpns"]), 12)
        if first_full.year >= on.year - 2 and first_full.year < on.year:
            p["tmt_cpns"] = _iso(dt.date(on.year - 6, 1, 1))
            p["tmt_pns"] = _iso(dt.date(on.year - 5, 1, 1))
            p["pangkat"][0]["tmt"] = p["jabatan"][0]["tmt"] = p["tmt_cpns"]
        p["leaves"] = leaves
        days = rng.choice([1, 6, 12, 13, 18, 19, 24, 25])
        params: dict[str, Any] = {"days": days}
        return Case(
            f"cuti-tahunan-{i}",
            "cuti.tahunan",
            on,
            p,
            params,
            ("cuti_tahunan",),
            lambda q, day: law.cuti_tahunan(q, day, days),
        )
    start = on + dt.timedelta(days=rng.randint(0, 20))
    if kind == "besar":  # a CPNS's cuti besar is left out (law.EXCLUDED)
        p["tmt_pns"] = min(p["tmt_pns"], _iso(on))
        end = law.plus_months(start, 3) - dt.timedelta(days=rng.choice([1, 0, 2]))
        hajj = rng.random() < 0.3
        params = {"start": _iso(start), "end": _iso(end), "hajj": hajj}
        return Case(
            f"cuti-besar-{i}",
            "cuti.besar",
            on,
            p,
            params,
            ("cuti_besar",),
            lambda q, day: law.cuti_besar(q, day, start, end, hajj),
        )
    if kind == "sakit":
        reason = rng.choice(["umum", "umum", "kecelakaan_kerja", "gugur_kandungan"])
        end = law.plus_months(start, 18) - dt.timedelta(days=rng.choice([1, 0, 0, 100]))
        if reason == "gugur_kandungan":  # clearly within or beyond 1,5 bulan (law.EXCLUDED)
            end = start + dt.timedelta(days=rng.choice([20, 40, 60]))
        params = {"start": _iso(start), "end": _iso(end), "reason": reason}
        return Case(
            f"cuti-sakit-{i}",
            "cuti.sakit",
            on,
            p,
            params,
            ("cuti_sakit",),
            lambda q, day: law.cuti_sakit(q, day, start, end, reason),
        )
    if kind == "melahirkan":
        end = law.plus_months(start, 3) - dt.timedelta(days=rng.choice([1, 0]))
        child = rng.choice([1, 2, 3, 3, 4])
        if "gender" in p and rng.random() < 0.6:
            p["gender"] = "P"
        params = {"start": _iso(start), "end": _iso(end), "child": child}
        return Case(
            f"cuti-melahirkan-{i}",
            "cuti.melahirkan",
            on,
            p,
            params,
            ("cuti_melahirkan",),
            lambda q, day: law.cuti_melahirkan(q, day, start, end, child),
        )
    if kind == "alasan_penting":
        end = law.plus_months(start, 1) - dt.timedelta(days=rng.choice([1, 0]))
        reason = rng.choice([*sorted(law.REASONS), "liburan"])
        params = {"start": _iso(start), "end": _iso(end), "reason": reason}
        return Case(
            f"cuti-alasan-penting-{i}",
            "cuti.alasan_penting",
            on,
            p,
            params,
            ("cuti_alasan_penting",),
            lambda q, day: law.cuti_alasan_penting(q, day, start, end, reason),
        )
    ext = rng.random() < 0.4
    end = law.plus_months(start, 48 if ext else 36) - dt.timedelta(days=rng.choice([1, 0]))
    params = {"start": _iso(start), "end": _iso(end), "extension": ext}
    return Case(
        f"cltn-{i}",
        "cuti.luar_tanggungan_negara",
        on,
        p,
        params,
        ("cltn",),
        lambda q, day: law.cltn(q, day, start, end, ext),
    )


def belajar(rng: random.Random, i: int) -> Case:
    """A tugas belajar case away from the age boundaries (law.EXCLUDED)."""
    on = dt.date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    level = rng.choice(["S1", "S2", "S3"])
    cap = {"S1": 25, "S2": 37, "S3": 40}[level]
    age = cap + rng.choice([-3, -1, 2, 4])
    birth = dt.date(on.year - age, on.month, 1) - dt.timedelta(days=rng.randint(40, 300))
    tmt = (
        dt.date(birth.year + 19, 7, 1)
        if age < 23
        else law.plus_months(on, -rng.choice([11, 13, 24]))
    )
    if tmt > on:
        tmt = law.plus_months(on, -13)
    p = {
        "birth_date": _iso(birth),
        "status": "PNS",
        "tmt_cpns": _iso(tmt),
        "tmt_pns": _iso(law.plus_months(tmt, 12)),
        "pangkat": [{"golongan": "III/a", "tmt": _iso(tmt)}],
        "jabatan": [{"kind": "pelaksana", "tmt": _iso(tmt)}],
        "sanctions": _sanction(rng, on),
    }
    if p["sanctions"] and rng.random() < 0.3:
        p["sanctions"][0]["level"] = "ringan"  # tugas belajar is barred by sedang/berat only
    return Case(
        f"tugas-belajar-{i}",
        "tugas_belajar",
        on,
        p,
        {"level": level},
        ("belajar",),
        lambda q, day: law.tugas_belajar(q, day, level),
    )


FAMILIES = (
    (kp_reguler, 6), (kp_struktural, 2), (kp_fungsional, 2), (kgb, 2), (bup, 2), (cuti, 5), (belajar, 1),
)  # fmt: skip


def cases(seed: int = 20261202, n: int = 400) -> Iterator[Case]:
    """Yield `n` seeded cases across the rule families, weighted as in FAMILIES."""
    rng = random.Random(seed)
    pool = [f for f, w in FAMILIES for _ in range(w)]
    for i in range(n):
        yield rng.choice(pool)(rng, i)
