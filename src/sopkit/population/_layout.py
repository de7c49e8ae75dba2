"""The documented input layout: canonical column names of the flat and the history table."""

from __future__ import annotations

import re

FLAT_COLUMNS: dict[str, str] = {
    "nip": "NIP, 18 digits (spaces allowed); text, never a number",
    "nama": "name (optional, copied to the result)",
    "status": "PNS, CPNS or PPPK (absent column: every row is read as PNS, and the result says so)",
    "jenis_kelamin": "L or P (optional; checked against the NIP)",
    "tanggal_lahir": "birth date (absent or empty: read from the NIP)",
    "tmt_cpns": "TMT CPNS",
    "tmt_pns": "TMT PNS",
    "golongan": "current golongan/ruang, e.g. III/b",
    "tmt_golongan": "TMT of the current golongan",
    "jabatan_jenis": "pelaksana, pengawas, administrator, jpt_pratama, jpt_madya, jpt_utama, "
    "fungsional_keterampilan, fungsional_keahlian",
    "jenjang": "jenjang of a functional post (pemula … ahli_utama)",
    "eselon": "eselon of a structural post, e.g. IV.a",
    "jabatan_fungsional": "which jabatan fungsional, where a law gives it its own rules "
    "(guru, dosen: their BUP)",
    "tmt_jabatan": "TMT of the current post",
    "pendidikan": "highest diploma: SD, SLTP, SLTA, D-I … D-IV, S1, S2, S3, profesi, spesialis",
    "tanggal_lulus": "date of that diploma",
    "skp_YYYY": "SKP rating of year YYYY (one column a year): sangat_baik, baik, "
    "butuh_perbaikan, kurang, sangat_kurang",
    "hukuman_tingkat": "level of the last hukuman disiplin: ringan, sedang, berat",
    "hukuman_mulai": "its first day",
    "hukuman_selesai": "its last day",
    "atasan_golongan": "golongan of the direct superior",
    "kgb_terakhir": "TMT of the last KGB",
    "ujian_dinas_i": "date the ujian dinas tingkat I was passed",
    "ujian_dinas_ii": "date the ujian dinas tingkat II was passed",
    "ukppi": "date the ujian penyesuaian ijazah was passed",
    "diklatpim_iv": "date Diklatpim Tingkat IV was completed",
    "diklatpim_iii": "date Diklatpim Tingkat III was completed",
    "angka_kredit": "credit points of the last PAK",
    "angka_kredit_dibutuhkan": "credit points the next pangkat needs, per that PAK",
    "tanggal_pak": "date of that PAK",
}
"""One row per PNS: column name -> what it holds. Every column but nip is optional."""

HISTORY_KINDS: dict[str, tuple[str, ...]] = {
    "pangkat": ("golongan",),
    "jabatan": ("jabatan_jenis", "jenjang", "eselon", "jabatan_fungsional"),
    "pendidikan": ("pendidikan",),
    "skp": ("tahun", "predikat"),
    "hukuman": ("tingkat", "selesai"),
    "cuti": ("cuti_jenis", "selesai", "hari"),
    "ujian": ("ujian", "lulus"),
    "angka_kredit": ("angka_kredit", "dibutuhkan"),
    "diklat": ("diklat",),
}
"""The history table: columns nip, jenis, tanggal, and per jenis the value columns named here.

`tanggal` is the record's date: TMT (pangkat, jabatan), graduation, first day (hukuman, cuti),
exam or PAK date; an SKP row gives its `tahun` (tanggal may be empty).
"""

SKP_COLUMN = re.compile(r"^skp_(\d{4})$")
