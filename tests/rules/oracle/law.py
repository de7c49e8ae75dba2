"""An eligibility oracle written from the regulations, independent of sopkit's rule code.

Profiles are plain dicts (the profile-file shape); nothing here imports sopkit. Each function
returns True (eligible), False (not eligible) or None (a fact the law needs is missing).
Citations are per check in `CITES`; the points left out as unclear are listed in `EXCLUDED`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

Profile = dict[str, Any]
Tri = bool | None

GOLONGAN = [f"{g}/{r}" for g in ("I", "II", "III") for r in "abcd"] + [f"IV/{r}" for r in "abcde"]
RATING = ["sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"]

CITES: dict[str, str] = {
    # Articles are named where a copy of the text was seen; otherwise the regulation alone.
    "periode": "PP 12/2002 (1 April dan 1 Oktober); Peraturan BKN 4/2023 (1 Feb/Apr/Jun/Agu/Okt/Des, "
    "2024 - September 2025); Peraturan BKN 4/2025 (setiap tanggal 1 sejak 1 Oktober 2025)",
    "reguler": "PP 99/2000 jo. PP 12/2002 Pasal 6 (KP reguler: tidak menduduki jabatan struktural "
    "atau fungsional tertentu; tidak melampaui pangkat atasan langsung) dan Pasal 7 (4 tahun dalam "
    "pangkat terakhir; setiap unsur penilaian baik dalam 2 tahun terakhir)",
    "ijazah": "PP 99/2000 jo. PP 12/2002 (pangkat tertinggi KP reguler menurut ijazah; tabel dikutip "
    "juga dalam ringkasan Peraturan BKN 2/2025)",
    "atasan": "PP 99/2000 jo. PP 12/2002 Pasal 6; Peraturan BKN 2/2025 Pasal 2 ayat (2) (boleh "
    "melampaui pangkat atasan langsung; terbit 20 Mei 2025) ⚠ sumber sekunder",
    "ujian_dinas": "PP 99/2000 jo. PP 12/2002 dan Kep. Ka BKN 12/2002 (ujian dinas tingkat I dari "
    "II/d, tingkat II dari III/d; pembebasan S1/D-IV atau Diklatpim IV, dan dokter/apoteker/S2/S3 "
    "atau Diklatpim III) ⚠ daftar pembebasan dari sumber sekunder",
    "disiplin": "PP 94/2021 (PNS yang sedang menjalani hukuman disiplin sedang/berat tidak dinaikkan "
    "pangkatnya) ⚠ pasal tidak terlihat",
    "struktural": "PP 99/2000 jo. PP 12/2002 (KP pilihan jabatan struktural: rentang pangkat eselon; "
    "satu tingkat di bawah pangkat terendah eselon: 1 tahun dalam pangkat; 1 tahun dalam jabatan; "
    "baik 2 tahun)",
    "fungsional": "PP 99/2000 Pasal 13 (2 tahun dalam pangkat terakhir, angka kredit, baik 2 tahun "
    "terakhir); PermenPAN-RB 1/2023 (rentang pangkat tiap jenjang jabatan fungsional)",
    "kgb": "PP 7/1977 tentang Peraturan Gaji PNS (kenaikan gaji berkala setiap 2 tahun masa kerja "
    "golongan, penilaian pekerjaan memadai)",
    "bup": "PP 11/2017 jo. PP 17/2020 (BUP 58 pejabat administrasi, JF ahli pertama/muda dan "
    "keterampilan; 60 JPT dan JF ahli madya; 65 JF ahli utama); UU 14/2005 Pasal 30 ayat (4) "
    "(guru 60) dan Pasal 67 ayat (4) (dosen 65); TMT pensiun tanggal 1 bulan berikutnya ⚠",
    "cuti_tahunan": "PP 11/2017 Pasal 311 ayat (1) (PNS dan CPNS, 1 tahun bekerja terus-menerus; "
    "12 hari kerja); hak yang tidak digunakan: paling lama 18 hari kerja tahun berikutnya, 24 bila "
    "2 tahun berturut-turut tidak digunakan, termasuk tahun berjalan; Peraturan BKN 24/2017 "
    "lampiran diktum III.A angka 9 (sisa paling banyak 6 hari); cuti besar menghapus cuti tahunan "
    "tahun itu",
    "cuti_besar": "PP 11/2017 (cuti besar: 5 tahun bekerja terus-menerus, paling lama 3 bulan; "
    "haji pertama dikecualikan dari masa kerja)",
    "cuti_sakit": "PP 11/2017 (cuti sakit paling lama 1 tahun, ditambah paling lama 6 bulan; "
    "PNS yang mengalami gugur kandungan paling lama 1,5 bulan; kecelakaan kerja sampai sembuh)",
    "cuti_melahirkan": "PP 11/2017 (cuti melahirkan bagi PNS yang melahirkan, anak pertama sampai "
    "ketiga selama menjadi PNS, paling lama 3 bulan; anak keempat dst. cuti besar)",
    "cuti_alasan_penting": "PP 11/2017 dan Peraturan BKN 24/2017 (alasan yang disebut; istri "
    "melahirkan bagi PNS laki-laki; paling lama 1 bulan)",
    "cltn": "PP 11/2017 (CLTN bagi PNS dengan 5 tahun bekerja terus-menerus, paling lama 3 tahun, "
    "perpanjangan paling lama 1 tahun)",
    "belajar": "SE MenPAN-RB 4/2013 (tugas belajar: PNS, 1 tahun bekerja, tidak menjalani hukuman "
    "disiplin sedang/berat, usia paling tinggi D/S1 25, S2 37, S3 40) ⚠ salinan sekunder",
}

EXCLUDED: dict[str, str] = {
    "hukuman ringan": "whether a teguran/pernyataan tidak puas (PP 94/2021 ringan, no duration) blocks KP",
    "spesialis": "the KP reguler ceiling of a spesialis diploma is not in PP 99/2000 Pasal 8",
    "struktural in range": "the years in rank for KP pilihan struktural when the rank is already "
    "within the eselon's range (4 years as read, not seen in a copy of the text): only under 1 or "
    "over 4 years are generated",
    "2+ below eselon": "KP pilihan struktural two or more ranks below the eselon minimum",
    "Mei-Sep 2025 atasan": "the day Peraturan BKN 2/2025 took effect (issued 20 May 2025) is not "
    "in a primary text; no case evaluates the cap between 20 May and 30 Sep 2025",
    "tahunan first year": "carry-over out of the year in which the 1 year of service is completed",
    "KGB without kgb_terakhir": "the first KGB depends on the MKG at appointment, not in profiles",
    "KGB rating": "PP 7/1977 says 'cukup'; today's SKP scale has no 'cukup' (only baik/sangat baik "
    "and missing ratings are generated)",
    "gugur kandungan": "whether 1,5 bulan is 1 month 15 days or 45 days (no boundary generated)",
    "belajar age": "'usia paling tinggi N' at N years and some months (no boundary generated)",
    "CPNS cuti besar": "whether a CPNS may take cuti besar for a first hajj (no CPNS cuti besar generated)",
    "izin belajar": "the national rule rests on single secondary sources (SE 4/2013 copies); not generated",
    "month ends": "TMT on the 29th-31st (TMTs are the 1st, or the 2nd for boundaries)",
}


def d(text: str | dt.date) -> dt.date:
    """Return a date from ISO text."""
    return text if isinstance(text, dt.date) else dt.date.fromisoformat(str(text))


def plus_months(day: dt.date, n: int) -> dt.date:
    """Return the same day n calendar months later, clamped to the month's end."""
    y, m = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def served(start: dt.date, on: dt.date, months: int) -> bool:
    """Return whether `months` whole calendar months have passed from start by on."""
    return plus_months(start, months) <= on


def g(label: str) -> int:
    """Return the rank index of a golongan."""
    return GOLONGAN.index(label)


# ---- the profile as it stood on a date --------------------------------------------------------


def seen(p: Profile, on: dt.date) -> Profile:
    """Return the profile on a date: records dated after it do not exist yet."""
    q = dict(p)
    q["pangkat"] = [r for r in p.get("pangkat", []) if d(r["tmt"]) <= on]
    q["jabatan"] = [r for r in p.get("jabatan", []) if d(r["tmt"]) <= on]
    q["education"] = [r for r in p.get("education", []) if d(r["graduated"]) <= on]
    q["skp"] = [r for r in p.get("skp", []) if int(r["year"]) <= on.year]
    q["sanctions"] = [r for r in p.get("sanctions", []) if d(r["start"]) <= on]
    q["exams"] = [r for r in p.get("exams", []) if d(r["date"]) <= on]
    q["trainings"] = [r for r in p.get("trainings", []) if d(r["date"]) <= on]
    q["leaves"] = [r for r in p.get("leaves", []) if d(r["start"]) <= on]
    q["angka_kredit"] = [r for r in p.get("angka_kredit", []) if d(r["date"]) <= on]
    if p.get("tmt_pns") and d(p["tmt_pns"]) > on:
        q["status"] = "CPNS"
    if p.get("kgb_terakhir") and d(p["kgb_terakhir"]) > on:
        q["kgb_terakhir"] = None
    return q


def all_of(*parts: Tri) -> Tri:
    """Return the conjunction in three values: any False is False, else any None is None."""
    if any(x is False for x in parts):
        return False
    if any(x is None for x in parts):
        return None
    return True


# ---- checks -------------------------------------------------------------------------------------


def period_months(on: dt.date) -> tuple[int, ...]:
    """Return the KP period months in force on a date."""
    if on >= dt.date(2025, 10, 1):
        return tuple(range(1, 13))
    if on >= dt.date(2024, 1, 1):
        return (2, 4, 6, 8, 10, 12)
    return (4, 10)


def is_period(on: dt.date) -> bool:
    """Return whether the date is a KP period date."""
    return on.day == 1 and on.month in period_months(on)


def skp_ok(p: Profile, on: dt.date, years: int) -> Tri:
    """Return whether each of the last `years` calendar years is rated baik or better."""
    ratings = {int(r["year"]): r["rating"] for r in p["skp"]}
    out: Tri = True
    for year in range(on.year - years, on.year):
        if year not in ratings:
            out = None if out else out
        elif RATING.index(ratings[year]) < RATING.index("baik"):
            return False
    return out


ALL_LEVELS = ("ringan", "sedang", "berat")


def free_of_sanction(p: Profile, on: dt.date, levels: Iterable[str]) -> bool:
    """Return whether no sanction of the levels is being served on the date (end inclusive)."""
    wanted = set(levels)
    return not any(
        s["level"] in wanted and d(s["start"]) <= on <= d(s["end"]) for s in p["sanctions"]
    )


EDU_RANK = {
    "SD": 0, "SLTP": 1, "SLTA": 2, "D-I": 3, "D-II": 4, "D-III": 5,
    "D-IV": 6, "S1": 6, "profesi": 7, "S2": 8, "S3": 9,
}  # fmt: skip
CEILING = {
    "SD": "II/a", "SLTP": "II/c", "SLTA": "III/b", "D-I": "III/b", "D-II": "III/b",
    "D-III": "III/c", "D-IV": "III/d", "S1": "III/d", "profesi": "IV/a", "S2": "IV/a", "S3": "IV/b",
}  # fmt: skip


def top_education(p: Profile) -> str | None:
    """Return the highest diploma held."""
    levels = [r["level"] for r in p["education"]]
    return max(levels, key=EDU_RANK.__getitem__) if levels else None


def ujian_dinas_ok(p: Profile, current: str) -> bool:
    """Return whether the ujian dinas for leaving this golongan is passed or exempted."""
    if current not in ("II/d", "III/d"):
        return True
    tingkat = "ujian_dinas_i" if current == "II/d" else "ujian_dinas_ii"
    if any(e["kind"] == tingkat and e["passed"] for e in p["exams"]):
        return True
    top = top_education(p)
    floor = EDU_RANK["S1"] if tingkat == "ujian_dinas_i" else EDU_RANK["profesi"]
    if top is not None and EDU_RANK[top] >= floor:
        return True
    trainings = {t["kind"] for t in p["trainings"]}
    exempt = {"diklatpim_iv"} if tingkat == "ujian_dinas_i" else {"diklatpim_iii"}
    return bool(trainings & exempt)


def kp_reguler(p: Profile, on: dt.date) -> Tri:
    """KP reguler (PP 99/2000 jo. PP 12/2002 Pasal 6-7, ceilings, ujian dinas, period)."""
    p = seen(p, on)
    if p["status"] != "PNS":
        return False
    job = p["jabatan"][-1] if p["jabatan"] else None
    if not p["pangkat"]:
        return all_of(is_period(on), None)
    current, tmt = p["pangkat"][-1]["golongan"], d(p["pangkat"][-1]["tmt"])
    top = top_education(p)
    edu: Tri = None if top is None else g(current) < g(CEILING[top])
    boss = p.get("atasan_golongan")
    if on >= dt.date(2025, 5, 20):
        capped: Tri = True
    else:
        capped = None if boss is None else g(current) < g(boss)
    return all_of(
        is_period(on),
        None if job is None else job["kind"] == "pelaksana",
        served(tmt, on, 48),
        skp_ok(p, on, 2),
        free_of_sanction(p, on, ALL_LEVELS),
        edu,
        capped,
        ujian_dinas_ok(p, current),
    )


def _post_unknown(p: Profile, on: dt.date, *more: Tri) -> Tri:
    """Return a KP pilihan verdict without the post or rank: undetermined unless a check fails."""
    return all_of(is_period(on), None, skp_ok(p, on, 2), free_of_sanction(p, on, ALL_LEVELS), *more)


ESELON = {
    "I.a": ("IV/d", "IV/e"), "I.b": ("IV/c", "IV/e"), "V.a": ("III/a", "III/b"),
    "II.a": ("IV/c", "IV/d"), "II.b": ("IV/b", "IV/c"), "III.a": ("IV/a", "IV/b"),
    "III.b": ("III/d", "IV/a"), "IV.a": ("III/c", "III/d"), "IV.b": ("III/b", "III/c"),
}  # fmt: skip


def kp_struktural(p: Profile, on: dt.date) -> Tri:
    """KP pilihan struktural (PP 99/2000 jo. PP 12/2002; ujian dinas from III/d)."""
    p = seen(p, on)
    if p["status"] != "PNS":
        return False
    if not p["jabatan"] or not p["pangkat"]:
        current = p["pangkat"][-1]["golongan"] if p["pangkat"] else "I/a"
        return _post_unknown(p, on, ujian_dinas_ok(p, current))
    job = p["jabatan"][-1]
    if job["kind"] not in ("pengawas", "administrator", "jpt_pratama", "jpt_madya", "jpt_utama"):
        return all_of(False)
    low, high = ESELON[job["eselon"]]
    current, tmt = p["pangkat"][-1]["golongan"], d(p["pangkat"][-1]["tmt"])
    need = 12 if g(current) == g(low) - 1 else 48
    return all_of(
        is_period(on),
        g(current) < g(high),
        served(tmt, on, need),
        served(d(job["tmt"]), on, 12),
        skp_ok(p, on, 2),
        free_of_sanction(p, on, ALL_LEVELS),
        ujian_dinas_ok(p, current),
    )


JENJANG = {
    "pemula": ("II/a", "II/a"), "terampil": ("II/b", "II/d"), "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"), "ahli_pertama": ("III/a", "III/b"),
    "ahli_muda": ("III/c", "III/d"), "ahli_madya": ("IV/a", "IV/c"), "ahli_utama": ("IV/d", "IV/e"),
}  # fmt: skip


def kp_fungsional(p: Profile, on: dt.date) -> Tri:
    """KP pilihan jabatan fungsional (PP 99/2000 Pasal 13; jenjang ranges PermenPAN-RB 1/2023)."""
    p = seen(p, on)
    if p["status"] != "PNS":
        return False
    if not p["jabatan"] or not p["pangkat"]:
        return _post_unknown(p, on)
    job = p["jabatan"][-1]
    if not job["kind"].startswith("fungsional_"):
        return False
    current, tmt = p["pangkat"][-1]["golongan"], d(p["pangkat"][-1]["tmt"])
    paks = p["angka_kredit"]
    pak: Tri = None if not paks else paks[-1]["earned"] >= paks[-1]["required"]
    return all_of(
        is_period(on),
        served(tmt, on, 24),
        pak,
        g(current) < g(JENJANG[job["jenjang"]][1]),
        skp_ok(p, on, 2),
        free_of_sanction(p, on, ALL_LEVELS),
    )


def kgb(p: Profile, on: dt.date) -> Tri:
    """Kenaikan gaji berkala (PP 7/1977): 2 years since the last KGB, rated at least baik."""
    p = seen(p, on)
    if p["status"] not in ("PNS", "CPNS"):
        return False
    base = p.get("kgb_terakhir")
    if base is None:
        return None
    return all_of(served(d(base), on, 24), skp_ok(p, on, 1))


BUP = {
    "pelaksana": 58, "pengawas": 58, "administrator": 58, "jpt_pratama": 60, "jpt_madya": 60,
    "jpt_utama": 60, "pemula": 58, "terampil": 58, "mahir": 58, "penyelia": 58,
    "ahli_pertama": 58, "ahli_muda": 58, "ahli_madya": 60, "ahli_utama": 65,
}  # fmt: skip


def bup_years(job: dict[str, Any]) -> int:
    """Return the BUP of a position (guru 60 and dosen 65 by UU 14/2005)."""
    if job["kind"].startswith("fungsional_"):
        named = {"guru": 60, "dosen": 65}.get(job.get("fungsional", ""))
        return named if named is not None else BUP[job["jenjang"]]
    return BUP[job["kind"]]


def tmt_pensiun(p: Profile, on: dt.date) -> dt.date | None:
    """Return the TMT pensiun: the 1st of the month after the BUP birthday's month."""
    q = seen(p, on)
    if not q["jabatan"]:
        return None
    birth = d(p["birth_date"])
    years = bup_years(q["jabatan"][-1])
    first = dt.date(birth.year + years, birth.month, 1)
    return plus_months(first, 1)


def pensiun_bup(p: Profile, on: dt.date) -> Tri:
    """Pensiun at BUP: a PNS whose TMT pensiun has come."""
    q = seen(p, on)
    if q["status"] != "PNS":
        return False
    tmt = tmt_pensiun(p, on)
    return None if tmt is None else tmt <= on


# ---- cuti -------------------------------------------------------------------------------------


def _service_start(p: Profile) -> dt.date:
    return d(p["tmt_cpns"])


def _tahunan_used(p: Profile, year: int) -> int:
    return sum(
        int(x["days"]) for x in p["leaves"] if x["kind"] == "tahunan" and d(x["start"]).year == year
    )


def _besar_in(p: Profile, year: int) -> bool:
    return any(
        x["kind"] == "besar" and d(x["start"]).year <= year <= d(x["end"]).year for x in p["leaves"]
    )


def cuti_tahunan(p: Profile, on: dt.date, days: int) -> Tri:
    """Cuti tahunan with carry-over (PP 11/2017 Pasal 311; law.CITES["cuti_tahunan"])."""
    p = seen(p, on)
    if p["status"] not in ("PNS", "CPNS"):
        return False
    start = _service_start(p)
    if not served(start, on, 12) or _besar_in(p, on.year):
        return False

    def had_right(year: int) -> bool:
        return served(start, dt.date(year, 12, 31), 12) and not _besar_in(p, year)

    year = on.year
    total = 12
    if had_right(year - 1):
        unused1 = 12 - _tahunan_used(p, year - 1)
        if had_right(year - 2) and unused1 == 12 and _tahunan_used(p, year - 2) == 0:
            total = 24
        else:
            total = min(18, 12 + min(6, max(0, unused1)))
    return days <= total - _tahunan_used(p, year)


def _within(start: dt.date, end: dt.date, months: int, days: int = 0) -> bool:
    return end < plus_months(start, months) + dt.timedelta(days=days)


def cuti_besar(p: Profile, on: dt.date, start: dt.date, end: dt.date, hajj: bool) -> Tri:
    """Cuti besar (PP 11/2017; law.CITES["cuti_besar"])."""
    p = seen(p, on)
    five = hajj or served(_service_start(p), on, 60)
    return all_of(p["status"] == "PNS" or hajj, five, _within(start, end, 3))


def cuti_sakit(p: Profile, on: dt.date, start: dt.date, end: dt.date, reason: str) -> Tri:
    """Cuti sakit (PP 11/2017; law.CITES["cuti_sakit"])."""
    if reason == "kecelakaan_kerja":
        return True
    if reason == "gugur_kandungan":  # 1,5 bulan, for the PNS who miscarries
        return all_of(_gender_is(p, "P"), _within(start, end, 1, 15))
    return _within(start, end, 18)


def _gender_is(p: Profile, wanted: str) -> Tri:
    return None if not p.get("gender") else p["gender"] == wanted


def cuti_melahirkan(p: Profile, on: dt.date, start: dt.date, end: dt.date, child: int) -> Tri:
    """Cuti melahirkan: the PNS who gives birth, 1st-3rd child, at most 3 months."""
    return all_of(_gender_is(p, "P"), 1 <= child <= 3, _within(start, end, 3))


REASONS = {
    "keluarga_sakit_keras", "keluarga_meninggal", "perkawinan", "istri_melahirkan", "bencana",
    "penugasan_berbahaya",
}  # fmt: skip


def cuti_alasan_penting(p: Profile, on: dt.date, start: dt.date, end: dt.date, reason: str) -> Tri:
    """Cuti karena alasan penting (PP 11/2017, Peraturan BKN 24/2017)."""
    husband: Tri = _gender_is(p, "L") if reason == "istri_melahirkan" else True
    return all_of(reason in REASONS, husband, _within(start, end, 1))


def cltn(p: Profile, on: dt.date, start: dt.date, end: dt.date, extension: bool) -> Tri:
    """Cuti di luar tanggungan negara (PP 11/2017; law.CITES["cltn"])."""
    p = seen(p, on)
    return all_of(
        p["status"] == "PNS",
        served(_service_start(p), on, 60),
        _within(start, end, 36 + (12 if extension else 0)),
    )


def tugas_belajar(p: Profile, on: dt.date, level: str) -> Tri:
    """Tugas belajar (SE MenPAN-RB 4/2013): PNS, 1 year, no sedang/berat sanction, age cap."""
    p = seen(p, on)
    cap = {"S1": 25, "S2": 37, "S3": 40}[level]
    birth = d(p["birth_date"])
    age_years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return all_of(
        p["status"] == "PNS",
        served(_service_start(p), on, 12),
        free_of_sanction(p, on, ("sedang", "berat")),
        age_years <= cap,
    )


# ---- earliest date by brute force -----------------------------------------------------------------


def earliest(
    verdict: Callable[[Profile, dt.date], Tri],
    p: Profile,
    on: dt.date,
    step: str,
    limit_days: int,
) -> dt.date | None:
    """Return the first day from `on` the verdict is True on the profile as known on `on`.

    Scans every candidate day (`step`: "day" or "first" of the month); an undetermined day
    before the first True day means no date can be given (None).
    """
    known = seen(p, on)
    day, stop = on, on + dt.timedelta(days=limit_days)
    while day <= stop:
        out = verdict(known, day)
        if out is True:
            return day
        if out is None:
            return None
        if step == "day":
            day += dt.timedelta(days=1)
        else:
            day = plus_months(day.replace(day=1), 1)
    return None
