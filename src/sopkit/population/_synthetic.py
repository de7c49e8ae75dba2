"""A synthetic workforce in the documented layout, for examples, benchmarks and capacity planning.

The mix (golongan by education, kinds of post, ratings, sanctions) is made up to look like a
regency's roster; it is not statistics of any real agency.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pyarrow as pa

from sopkit.population._vdates import add_months, first_of_month

_EDUCATION = np.array(["SLTA", "D-III", "S1", "D-IV", "S2", "S3"])
_EDU_P = np.array([0.22, 0.14, 0.45, 0.06, 0.12, 0.01])
_START_GOL = np.array([5, 7, 9, 9, 10, 11])  # II/a, II/c, III/a, III/a, III/b, III/c
_GOLONGAN = np.array(
    [
        "",
        "I/a",
        "I/b",
        "I/c",
        "I/d",
        "II/a",
        "II/b",
        "II/c",
        "II/d",
        "III/a",
        "III/b",
        "III/c",
        "III/d",
        "IV/a",
        "IV/b",
        "IV/c",
        "IV/d",
        "IV/e",
    ]
)
_KINDS = np.array(
    [
        "pelaksana",
        "fungsional_keahlian",
        "fungsional_keterampilan",
        "pengawas",
        "administrator",
        "jpt_pratama",
    ]
)
_KIND_P = np.array([0.45, 0.28, 0.12, 0.10, 0.04, 0.01])
_AHLI = np.array(["ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama"])
_TERAMPIL = np.array(["pemula", "terampil", "mahir", "penyelia"])
_ESELON = {"pengawas": "IV.a", "administrator": "III.a", "jpt_pratama": "II.b"}
_SKP = np.array(["sangat_baik", "baik", "butuh_perbaikan", "kurang"])
_SKP_P = np.array([0.2, 0.72, 0.06, 0.02])


def _iso(days: np.ndarray) -> pa.Array:
    return pa.array(days.astype("datetime64[D]"), pa.date32())


def synthetic_workforce(n: int, *, on: dt.date, seed: int = 0) -> pa.Table:
    """Return n made-up PNS in the flat layout, with dates placed around `on`."""
    rng = np.random.default_rng(seed)
    day: Any = np.datetime64(on, "D")
    birth = day - rng.integers(int(22.5 * 365), int(59.5 * 365), n).astype("timedelta64[D]")
    age_in = rng.integers(21 * 12, 35 * 12, n)
    tmt_cpns = first_of_month(add_months(birth, age_in))
    tmt_cpns = np.minimum(tmt_cpns, first_of_month(day - np.timedelta64(400, "D")))
    tmt_cpns = np.maximum(tmt_cpns, first_of_month(birth) + np.timedelta64(32 * 18, "D"))
    tmt_cpns = first_of_month(tmt_cpns)
    status = np.where(rng.random(n) < 0.04, "CPNS", "PNS")
    tmt_pns = np.where(status == "PNS", add_months(tmt_cpns, 12), np.datetime64("NaT"))
    edu = rng.choice(len(_EDUCATION), n, p=_EDU_P)
    graduated = tmt_cpns - rng.integers(30, 2000, n).astype("timedelta64[D]")
    served = (day - tmt_cpns).astype(np.int64) // 365
    steps = np.minimum(served // 4 + rng.integers(-1, 2, n), 8).clip(0)
    golongan = np.minimum(_START_GOL[edu] + steps, 17)
    months_in_rank = rng.integers(0, 72, n)
    tmt_gol = np.maximum(first_of_month(add_months(day, -months_in_rank)), tmt_cpns)
    kind = rng.choice(len(_KINDS), n, p=_KIND_P)
    kinds = _KINDS[kind]
    jenjang = np.where(
        kinds == "fungsional_keahlian",
        _AHLI[np.clip(golongan - 9, 0, 7) // 2],
        np.where(
            kinds == "fungsional_keterampilan", _TERAMPIL[np.clip(golongan - 5, 0, 7) // 2], ""
        ),
    )
    eselon = np.array([_ESELON.get(k, "") for k in _KINDS])[kind]
    tmt_job = np.maximum(first_of_month(add_months(day, -rng.integers(0, 96, n))), tmt_cpns)
    atasan = np.minimum(golongan + rng.integers(-1, 4, n), 17).clip(1)
    sanctioned = rng.random(n) < 0.03
    s_start = day - rng.integers(0, 900, n).astype("timedelta64[D]")
    s_end = s_start + rng.integers(30, 720, n).astype("timedelta64[D]")
    level = rng.choice(np.array(["ringan", "sedang", "berat"]), n, p=[0.6, 0.3, 0.1])
    kgb = np.maximum(first_of_month(add_months(day, -rng.integers(0, 26, n))), tmt_cpns)
    pak_due = (kinds == "fungsional_keahlian") | (kinds == "fungsional_keterampilan")
    sex = rng.integers(1, 3, n)
    seq = _sequence(birth, tmt_cpns, sex)
    nip = _nips(birth, tmt_cpns, sex, seq)
    year = on.year
    none = np.datetime64("NaT")
    udi = np.where(
        (golongan >= 8) & (rng.random(n) < 0.85), tmt_gol - np.timedelta64(200, "D"), none
    )
    udii = np.where(
        (golongan >= 12) & (rng.random(n) < 0.75), tmt_gol - np.timedelta64(200, "D"), none
    )
    return pa.table(
        {
            "nip": pa.array(nip, pa.string()),
            "status": pa.array(status, pa.string()),
            "tanggal_lahir": _iso(birth),
            "tmt_cpns": _iso(tmt_cpns),
            "tmt_pns": _iso(tmt_pns),
            "golongan": pa.array(_GOLONGAN[golongan], pa.string()),
            "tmt_golongan": _iso(tmt_gol),
            "jabatan_jenis": pa.array(kinds, pa.string()),
            "jenjang": pa.array(jenjang, pa.string(), mask=jenjang == ""),
            "eselon": pa.array(eselon, pa.string(), mask=eselon == ""),
            "tmt_jabatan": _iso(tmt_job),
            "pendidikan": pa.array(_EDUCATION[edu], pa.string()),
            "tanggal_lulus": _iso(graduated),
            f"skp_{year - 2}": pa.array(_SKP[rng.choice(4, n, p=_SKP_P)], pa.string()),
            f"skp_{year - 1}": pa.array(_SKP[rng.choice(4, n, p=_SKP_P)], pa.string()),
            "hukuman_tingkat": pa.array(level, pa.string(), mask=~sanctioned),
            "hukuman_mulai": _iso(np.where(sanctioned, s_start, none)),
            "hukuman_selesai": _iso(np.where(sanctioned, s_end, none)),
            "atasan_golongan": pa.array(_GOLONGAN[atasan], pa.string()),
            "kgb_terakhir": _iso(kgb),
            "ujian_dinas_i": _iso(udi),
            "ujian_dinas_ii": _iso(udii),
            "angka_kredit": pa.array(np.where(pak_due, rng.integers(20, 120, n), np.nan)),
            "angka_kredit_dibutuhkan": pa.array(np.where(pak_due, 50.0, np.nan)),
            "tanggal_pak": _iso(np.where(pak_due, day - np.timedelta64(90, "D"), none)),
        }
    )


def _sequence(birth: np.ndarray, tmt: np.ndarray, sex: np.ndarray) -> np.ndarray:
    """Return NIP sequence numbers 1, 2, … within each (birth date, TMT month, sex) group."""
    key = (birth.astype(np.int64) * 100000 + tmt.astype("datetime64[M]").astype(np.int64)) * 3 + sex
    order = np.argsort(key, kind="stable")
    ranked = key[order]
    start = np.r_[0, np.nonzero(np.diff(ranked))[0] + 1]
    group_start = np.repeat(start, np.diff(np.r_[start, len(key)]))
    seq = np.empty(len(key), dtype=np.int64)
    seq[order] = np.arange(len(key)) - group_start + 1
    return seq


def _nips(birth: np.ndarray, tmt: np.ndarray, sex: np.ndarray, seq: np.ndarray) -> np.ndarray:
    """Return 18-digit NIPs as text, built as digit arrays."""
    b = birth.astype("datetime64[D]")
    y = b.astype("datetime64[Y]").astype(np.int64) + 1970
    m = b.astype("datetime64[M]").astype(np.int64) % 12 + 1
    d = (b - b.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    ty = tmt.astype("datetime64[Y]").astype(np.int64) + 1970
    tm = tmt.astype("datetime64[M]").astype(np.int64) % 12 + 1
    number = (((y * 100 + m) * 100 + d) * 10000 + ty) * 100 + tm  # 14 digits
    digits = np.empty((len(b), 18), dtype=np.uint8)
    for k in range(13, -1, -1):
        digits[:, k] = number % 10 + 48
        number //= 10
    digits[:, 14] = sex + 48
    for k, div in ((15, 100), (16, 10), (17, 1)):
        digits[:, k] = (seq // div) % 10 + 48
    return digits.view("S18").ravel().astype("U18")
