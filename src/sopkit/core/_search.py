"""Case-insensitive search over service names, with the abbreviations civil servants use."""

from __future__ import annotations

import re
from collections.abc import Iterable

ABBREVIATIONS: dict[str, str] = {
    "kp": "kenaikan pangkat",
    "kgb": "kenaikan gaji berkala",
    "karpeg": "kartu pegawai",
    "karis": "kartu istri",
    "karsu": "kartu suami",
    "taspen": "tabungan asuransi pegawai negeri",
    "tubel": "tugas belajar",
    "ib": "izin belajar",
    "pi": "penyesuaian ijazah",
    "bup": "batas usia pensiun",
    "skp": "sasaran kinerja pegawai",
    "pak": "penetapan angka kredit",
    "cltn": "cuti di luar tanggungan negara",
    "jpt": "jabatan pimpinan tinggi",
    "jf": "jabatan fungsional",
    "pkn": "pelatihan kepemimpinan nasional",
    "pka": "pelatihan kepemimpinan administrator",
    "pkp": "pelatihan kepemimpinan pengawas",
    "latsar": "pelatihan dasar",
    "cpns": "calon pegawai negeri sipil",
    "pns": "pegawai negeri sipil",
    "asn": "aparatur sipil negara",
    "pppk": "pegawai pemerintah dengan perjanjian kerja",
    "slks": "satyalancana karya satya",
    "ptsp": "pelayanan terpadu satu pintu",
    "sop": "standar operasional prosedur",
    "anjab": "analisis jabatan",
    "abk": "analisis beban kerja",
    "diklat": "pendidikan dan pelatihan",
}

# spelling variants the seeds use for the same word
_VARIANTS = {"ijin": "izin", "standart": "standar", "analisa": "analisis", "pegadaan": "pengadaan"}


def normalise(text: str) -> str:
    """Return text lower-cased, punctuation-free, with abbreviations and spellings expanded."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    out: list[str] = []
    for word in words:
        word = _VARIANTS.get(word, word)
        out.append(ABBREVIATIONS.get(word, word))
    return " ".join(out)


def score(query: str, fields: Iterable[str]) -> int:
    """Return how well a query matches a record's fields (0: no match; higher is better)."""
    wanted = normalise(query)
    if not wanted:
        return 0
    best = 0
    haystacks = [normalise(f) for f in fields if f]
    joined = " ".join(haystacks)
    tokens = wanted.split()
    if not all(re.search(rf"\b{re.escape(t)}", joined) for t in tokens):
        return 0
    for rank, hay in enumerate(haystacks):
        weight = max(1, 10 - rank)
        if hay == wanted:
            best = max(best, 100 * weight)
        elif f" {wanted} " in f" {hay} ":
            best = max(best, 50 * weight)
        elif wanted in hay:
            best = max(best, 20 * weight)
    return max(best, 1)
