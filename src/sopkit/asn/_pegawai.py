"""A civil servant's profile (Pegawai) with the history the eligibility rules read."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from sopkit._errors import SopkitError
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._nip import Gender, Nip


class ProfileError(SopkitError, ValueError):
    """A Pegawai profile whose facts contradict each other; names the field."""


class Status(enum.StrEnum):
    """Employment status: calon PNS, PNS or PPPK."""

    CPNS = "CPNS"
    PNS = "PNS"
    PPPK = "PPPK"


class SkpRating(enum.StrEnum):
    """The yearly performance rating (predikat kinerja, PP 30/2019 and PermenPANRB 6/2022)."""

    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def score(self) -> int:
        """Return the order of the rating (sangat_kurang 1 … sangat_baik 5)."""
        return _SKP_SCORE[self]


_SKP_SCORE = {
    SkpRating.SANGAT_KURANG: 1,
    SkpRating.KURANG: 2,
    SkpRating.BUTUH_PERBAIKAN: 3,
    SkpRating.BAIK: 4,
    SkpRating.SANGAT_BAIK: 5,
}


class SanctionLevel(enum.StrEnum):
    """The level of a hukuman disiplin (PP 94/2021)."""

    RINGAN = "ringan"
    SEDANG = "sedang"
    BERAT = "berat"


class LeaveKind(enum.StrEnum):
    """A kind of cuti (PP 11/2017 jo. PP 17/2020)."""

    TAHUNAN = "tahunan"
    BESAR = "besar"
    SAKIT = "sakit"
    MELAHIRKAN = "melahirkan"
    ALASAN_PENTING = "alasan_penting"
    LUAR_TANGGUNGAN_NEGARA = "luar_tanggungan_negara"


class ExamKind(enum.StrEnum):
    """Service examinations: ujian dinas tingkat I/II and the ujian penyesuaian ijazah (UKPPI)."""

    UJIAN_DINAS_I = "ujian_dinas_i"
    UJIAN_DINAS_II = "ujian_dinas_ii"
    UKPPI = "ukppi"


_ORDER_FIELDS = ("tmt", "year", "start", "graduated", "date")


def _order_key(item: Any) -> Any:
    return next(getattr(item, f) for f in _ORDER_FIELDS if hasattr(item, f))


def _chronological(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(items, key=_order_key))


@attrs.frozen
class PangkatRecord:
    """A pangkat held from its TMT."""

    golongan: Golongan
    tmt: dt.date


@attrs.frozen
class JabatanRecord:
    """A position held from its TMT: kind, and for functional posts the jenjang."""

    kind: JabatanKind
    tmt: dt.date
    name: str = ""
    jenjang: Jenjang | None = None
    eselon: str = ""

    def __attrs_post_init__(self) -> None:
        if self.jenjang is not None and self.jenjang.kind is not self.kind:
            raise ProfileError(
                f"jabatan {self.name or self.kind.value!r}: jenjang {self.jenjang.value!r} "
                f"belongs to {self.jenjang.kind.value}, not {self.kind.value}"
            )


@attrs.frozen
class SkpRecord:
    """The SKP rating of one year."""

    year: int
    rating: SkpRating


@attrs.frozen
class Sanction:
    """A hukuman disiplin served from start to end (inclusive)."""

    level: SanctionLevel
    start: dt.date
    end: dt.date
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ProfileError(f"sanction ends {self.end} before it starts {self.start}")


@attrs.frozen
class EducationRecord:
    """A diploma (ijazah) and the date it was obtained."""

    level: EducationLevel
    graduated: dt.date
    institution: str = ""
    major: str = ""


@attrs.frozen
class LeaveRecord:
    """A cuti taken from start to end (inclusive), with the working days it counted."""

    kind: LeaveKind
    start: dt.date
    end: dt.date
    days: int

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ProfileError(f"cuti {self.kind.value} ends {self.end} before it starts")


@attrs.frozen
class ExamRecord:
    """A service examination sat on a date, passed or not."""

    kind: ExamKind
    date: dt.date
    passed: bool


@attrs.frozen
class AngkaKreditRecord:
    """A penetapan angka kredit (PAK): credit earned and the credit the next pangkat needs."""

    date: dt.date
    earned: float
    required: float


@attrs.frozen
class Pegawai:
    """A civil servant's profile: identity, status, dates and the histories rules read.

    Histories are kept in date order whatever order they are given in; the current pangkat
    and jabatan are the latest records.
    """

    birth_date: dt.date
    status: Status
    tmt_cpns: dt.date | None = None
    tmt_pns: dt.date | None = None
    nip: str = ""
    name: str = ""
    gender: Gender | None = None
    pangkat: tuple[PangkatRecord, ...] = attrs.field(default=(), converter=_chronological)
    jabatan: tuple[JabatanRecord, ...] = attrs.field(default=(), converter=_chronological)
    skp: tuple[SkpRecord, ...] = attrs.field(default=(), converter=_chronological)
    sanctions: tuple[Sanction, ...] = attrs.field(default=(), converter=_chronological)
    education: tuple[EducationRecord, ...] = attrs.field(default=(), converter=_chronological)
    leaves: tuple[LeaveRecord, ...] = attrs.field(default=(), converter=_chronological)
    exams: tuple[ExamRecord, ...] = attrs.field(default=(), converter=_chronological)
    angka_kredit: tuple[AngkaKreditRecord, ...] = attrs.field(default=(), converter=_chronological)
    atasan_golongan: Golongan | None = None
    kgb_terakhir: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        if self.nip:
            nip = Nip.parse(self.nip)
            if nip.birth_date != self.birth_date:
                raise ProfileError(
                    f"nip: birth date {nip.birth_date} in the NIP differs from birth_date "
                    f"{self.birth_date}"
                )
            if self.tmt_cpns is not None and nip.tmt_cpns != self.tmt_cpns.replace(day=1):
                raise ProfileError(
                    f"nip: TMT CPNS {nip.tmt_cpns:%Y-%m} in the NIP differs from tmt_cpns "
                    f"{self.tmt_cpns}"
                )
            if self.gender is not None and nip.gender is not self.gender:
                raise ProfileError(f"nip: sex digit differs from gender {self.gender.value!r}")
        if self.status is Status.PNS and self.tmt_pns is None:
            raise ProfileError("tmt_pns: a PNS needs the TMT PNS")
        if self.status is not Status.PPPK and self.tmt_cpns is None:
            raise ProfileError("tmt_cpns: a CPNS or PNS needs the TMT CPNS")
        years = [s.year for s in self.skp]
        if len(set(years)) != len(years):
            raise ProfileError("skp: more than one rating for the same year")

    @property
    def golongan(self) -> Golongan | None:
        """Return the current golongan (the latest pangkat record), or None without one."""
        return self.pangkat[-1].golongan if self.pangkat else None

    @property
    def current_jabatan(self) -> JabatanRecord | None:
        """Return the latest position record, or None without one."""
        return self.jabatan[-1] if self.jabatan else None

    @property
    def service_start(self) -> dt.date | None:
        """Return the start of masa kerja: the TMT CPNS (PPPK: the first position's TMT)."""
        if self.tmt_cpns is not None:
            return self.tmt_cpns
        return self.jabatan[0].tmt if self.jabatan else None

    def education_on(self, on: dt.date) -> EducationRecord | None:
        """Return the highest diploma obtained on or before the date, or None."""
        held = [e for e in self.education if e.graduated <= on]
        return max(held, key=lambda e: e.level.rank) if held else None

    def rating(self, year: int) -> SkpRating | None:
        """Return the SKP rating of a year, or None when the profile has none."""
        for record in self.skp:
            if record.year == year:
                return record.rating
        return None
