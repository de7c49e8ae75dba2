"""A civil servant's profile (Pegawai) with the history the eligibility rules read."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable
from typing import Any

import attrs

from sopkit._errors import SopkitError
from sopkit._i18n import Text, localize
from sopkit.asn._dates import add_months
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._ni_pppk import NiPppk
from sopkit.asn._nip import Gender, Nip


class ProfileError(SopkitError, ValueError):
    """A Pegawai profile whose facts are impossible or contradict each other; names each field.

    `problems` holds (field path, message, value) for every impossible fact found.
    """

    def __init__(self, *problems: tuple[str, str, object]) -> None:
        self.problems = problems
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        """Return every field and what is wrong with it, in a language ('en' or 'id')."""
        return "; ".join(
            f"{field}: {localize(message, lang)}" for field, message, _ in self.problems
        )

    @classmethod
    def one(cls, field: str, message: str, value: object = None) -> ProfileError:
        """Return the error for one field."""
        return cls((field, message, value))


@attrs.frozen
class ProfileWarning:
    """An unusual but possible fact of a profile, reported with a verdict (field and message)."""

    field: str
    id: str
    en: str


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

    @property
    def label(self) -> str:
        """Return the name shown to users (e.g. 'alasan penting')."""
        return self.value.replace("_", " ")


class ExamKind(enum.StrEnum):
    """Service examinations: ujian dinas tingkat I/II, the ujian penyesuaian ijazah (UKPPI) and
    the uji kompetensi of a jabatan fungsional's kenaikan jenjang."""

    UJIAN_DINAS_I = "ujian_dinas_i"
    UJIAN_DINAS_II = "ujian_dinas_ii"
    UKPPI = "ukppi"
    UJI_KOMPETENSI = "uji_kompetensi"

    @property
    def label(self) -> str:
        """Return the name shown to users."""
        return _EXAM_LABELS[self]


_EXAM_LABELS = {
    ExamKind.UJIAN_DINAS_I: "ujian dinas tingkat I",
    ExamKind.UJIAN_DINAS_II: "ujian dinas tingkat II",
    ExamKind.UKPPI: "ujian kenaikan pangkat penyesuaian ijazah (UKPPI)",
    ExamKind.UJI_KOMPETENSI: "uji kompetensi kenaikan jenjang",
}


class TrainingKind(enum.StrEnum):
    """Leadership training (diklat kepemimpinan) that exempts from an ujian dinas."""

    DIKLATPIM_IV = "diklatpim_iv"
    DIKLATPIM_III = "diklatpim_iii"

    @property
    def label(self) -> str:
        """Return the name shown to users."""
        return _TRAINING_LABELS[self]


_TRAINING_LABELS = {
    TrainingKind.DIKLATPIM_IV: "Diklatpim Tingkat IV",
    TrainingKind.DIKLATPIM_III: "Diklatpim Tingkat III",
}


_ORDER_FIELDS = ("tmt", "year", "start", "graduated", "date")


def _order_key(item: Any) -> Any:
    return next(getattr(item, f) for f in _ORDER_FIELDS if hasattr(item, f))


def _sorted_years(years: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(years))


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
    # which jabatan fungsional, where a law gives it its own rules (e.g. guru, dosen)
    fungsional: str = ""

    def __attrs_post_init__(self) -> None:
        if self.jenjang is not None and self.jenjang.kind is not self.kind:
            raise ProfileError.one(
                "jenjang",
                Text(
                    "jenjang {jenjang} belongs to {kind}, not {expected}",
                    jenjang=repr(self.jenjang.value),
                    kind=self.jenjang.kind.value,
                    expected=self.kind.value,
                ),
                self.jenjang.value,
            )
        if self.fungsional and not self.kind.is_functional:
            raise ProfileError.one(
                "fungsional",
                Text("a {kind} post is not a jabatan fungsional", kind=self.kind.value),
            )


@attrs.frozen
class SkpRecord:
    """The SKP rating of one year."""

    year: int
    rating: SkpRating

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ProfileError.one("year", Text("an SKP year runs from 1 to 9999"), self.year)


@attrs.frozen
class Sanction:
    """A hukuman disiplin served from start to end (inclusive)."""

    level: SanctionLevel
    start: dt.date
    end: dt.date
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ProfileError.one(
                "end",
                Text("the sanction ends before it starts ({start})", start=self.start),
                self.end,
            )


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
            raise ProfileError.one(
                "end", Text("the cuti ends before it starts ({start})", start=self.start), self.end
            )
        if self.days < 0:
            raise ProfileError.one(
                "days", Text("a number of leave days cannot be negative"), self.days
            )
        if self.days > (self.end - self.start).days + 1:
            raise ProfileError.one(
                "days",
                Text(
                    "more leave days than calendar days from {start} to {end}",
                    start=self.start,
                    end=self.end,
                ),
                self.days,
            )


@attrs.frozen
class TrainingRecord:
    """A leadership training completed on a date."""

    kind: TrainingKind
    date: dt.date


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

    def __attrs_post_init__(self) -> None:
        for field in ("earned", "required"):
            value = getattr(self, field)
            if not math.isfinite(value) or value < 0:
                raise ProfileError.one(
                    field, Text("angka kredit is a finite number, 0 or more"), value
                )


@attrs.frozen
class MasaKerjaRecord:
    """A peninjauan masa kerja: earlier service credited to masa kerja golongan from a date."""

    date: dt.date
    years: int
    months: int = 0

    def __attrs_post_init__(self) -> None:
        if self.years < 0 or not 0 <= self.months <= 11:
            raise ProfileError.one(
                "years",
                Text("credited masa kerja is 0 or more years and 0-11 months"),
                self.years,
            )

    @property
    def total_months(self) -> int:
        """Return the credited service in months."""
        return self.years * 12 + self.months


def _message(error: SopkitError) -> str:
    """Return an error's message, a Text kept whole so that it can be shown in Indonesian."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, str) else str(error)


def _sex_differs(gender: Gender) -> Text:
    return Text("sex digit differs from gender {gender}", gender=repr(gender.value))


def _before_birth_year(born: dt.date) -> Text:
    return Text("before the birth year {year}", year=born.year)


_ADULT_MONTHS = 18 * 12
_LONG_LEAVE_DAYS = 4 * 366  # CLTN runs at most 3 years + 1 (PP 11/2017); beyond is unusual


@attrs.frozen
class Pegawai:
    """A civil servant's profile: identity, status, dates and the histories rules read.

    Histories are kept in date order whatever order they are given in; the current pangkat
    and jabatan are the latest records. Rules read the profile as it stood on their date
    (`as_of`): records dated after it do not exist yet.
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
    trainings: tuple[TrainingRecord, ...] = attrs.field(default=(), converter=_chronological)
    masa_kerja: tuple[MasaKerjaRecord, ...] = attrs.field(default=(), converter=_chronological)
    cuti_ditangguhkan: tuple[int, ...] = attrs.field(default=(), converter=_sorted_years)
    """Years whose cuti tahunan the official deferred (penangguhan) for urgent duty."""
    atasan_golongan: Golongan | None = None
    kgb_terakhir: dt.date | None = None
    _horizon: dt.date = attrs.field(init=False, eq=False, repr=False)
    _seen: tuple[dt.date, Pegawai] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        problems = list(self._nip_problems())
        if self.status is Status.PNS and self.tmt_pns is None:
            problems.append(("tmt_pns", Text("a PNS needs the TMT PNS"), None))
        if self.status is not Status.PPPK and self.tmt_cpns is None:
            problems.append(("tmt_cpns", Text("a CPNS or PNS needs the TMT CPNS"), None))
        problems.extend(self._impossible())
        if problems:
            raise ProfileError(*problems)
        object.__setattr__(self, "_horizon", max(self._dated(), default=self.birth_date))

    def _nip_problems(self) -> Iterable[tuple[str, str, object]]:
        if not self.nip:
            return
        if self.status is Status.PPPK:
            yield from self._ni_pppk_problems()
            return
        try:
            nip = Nip.parse(self.nip)
        except SopkitError as exc:
            yield "nip", _message(exc), self.nip
            return
        if nip.birth_date != self.birth_date:
            yield (
                "nip",
                Text("birth date {date} in the NIP differs from birth_date", date=nip.birth_date),
                self.nip,
            )
        if self.tmt_cpns is not None and nip.tmt_cpns != self.tmt_cpns.replace(day=1):
            yield (
                "nip",
                Text(
                    "TMT CPNS {month} in the NIP differs from tmt_cpns",
                    month=f"{nip.tmt_cpns:%Y-%m}",
                ),
                self.nip,
            )
        if self.gender is not None and nip.gender is not self.gender:
            yield "nip", _sex_differs(self.gender), self.nip

    def _ni_pppk_problems(self) -> Iterable[tuple[str, str, object]]:
        try:
            ni = NiPppk.parse(self.nip)
        except SopkitError as exc:
            yield "nip", _message(exc), self.nip
            return
        if ni.birth_date != self.birth_date:
            yield (
                "nip",
                Text(
                    "birth date {date} in the NI PPPK differs from birth_date", date=ni.birth_date
                ),
                self.nip,
            )
        if self.gender is not None and ni.gender is not self.gender:
            yield "nip", _sex_differs(self.gender), self.nip

    def _impossible(self) -> Iterable[tuple[str, str, object]]:
        """Yield (field, message, value) for facts that cannot be true of any person."""
        born = self.birth_date
        if self.tmt_cpns is not None and self.tmt_cpns <= born:
            yield (
                "tmt_cpns",
                Text("TMT CPNS is not after the birth date {born}", born=born),
                self.tmt_cpns,
            )
        if self.tmt_pns is not None and self.tmt_cpns is not None and self.tmt_pns < self.tmt_cpns:
            yield (
                "tmt_pns",
                Text("TMT PNS is before the TMT CPNS {tmt_cpns}", tmt_cpns=self.tmt_cpns),
                self.tmt_pns,
            )
        dated = (
            ("pangkat", "tmt", self.pangkat),
            ("jabatan", "tmt", self.jabatan),
            ("education", "graduated", self.education),
            ("sanctions", "start", self.sanctions),
            ("leaves", "start", self.leaves),
            ("exams", "date", self.exams),
            ("angka_kredit", "date", self.angka_kredit),
            ("trainings", "date", self.trainings),
            ("masa_kerja", "date", self.masa_kerja),
        )
        for name, field, records in dated:
            for i, record in enumerate(records):
                if getattr(record, field) <= born:
                    yield (
                        f"{name}[{i}].{field}",
                        Text("dated on or before the birth date {born}", born=born),
                        getattr(record, field),
                    )
        for i, record in enumerate(self.skp):
            if record.year < born.year:
                yield f"skp[{i}].year", _before_birth_year(born), record.year
        for i, year in enumerate(self.cuti_ditangguhkan):
            if year < born.year:
                yield f"cuti_ditangguhkan[{i}]", _before_birth_year(born), year
        if self.kgb_terakhir is not None and self.kgb_terakhir <= born:
            yield (
                "kgb_terakhir",
                Text("on or before the birth date {born}", born=born),
                self.kgb_terakhir,
            )
        years = [s.year for s in self.skp]
        if len(set(years)) != len(years):
            yield "skp", Text("more than one rating for the same year"), sorted(years)

    def _dated(self) -> Iterable[dt.date]:
        histories: tuple[tuple[Any, ...], ...] = (
            self.pangkat,
            self.jabatan,
            self.sanctions,
            self.leaves,
            self.exams,
            self.angka_kredit,
            self.trainings,
            self.masa_kerja,
        )
        for records in histories:
            if records:
                yield _order_key(records[-1])
        if self.education:
            yield max(e.graduated for e in self.education)
        if self.skp:
            yield dt.date(self.skp[-1].year, 12, 31)
        if self.cuti_ditangguhkan:
            yield dt.date(self.cuti_ditangguhkan[-1], 1, 1)
        for day in (self.tmt_pns, self.kgb_terakhir):
            if day is not None:
                yield day

    def as_of(self, on: dt.date) -> Pegawai:
        """Return the profile as it stood on a date: records dated after it are left out.

        A pangkat, jabatan, sanction, cuti, exam, training or PAK after `on`, a diploma
        obtained after it and an SKP of a later year do not exist yet; a TMT PNS after `on`
        means the subject was still a CPNS. The birth date and the TMT CPNS must be on or
        before `on` (ProfileError naming the field otherwise).
        """
        if self.birth_date > on:
            raise ProfileError.one(
                "birth_date",
                Text("the subject is born after the evaluation date {on}", on=on),
                self.birth_date,
            )
        if self.tmt_cpns is not None and self.tmt_cpns > on:
            raise ProfileError.one(
                "tmt_cpns",
                Text("the subject is not yet a CPNS on the evaluation date {on}", on=on),
                self.tmt_cpns,
            )
        if self._horizon <= on:
            return self
        seen = self._seen
        if seen is not None and seen[0] == on:
            return seen[1]  # one profile is often read on one date by many rules
        later_pns = self.tmt_pns is not None and self.tmt_pns > on
        found = attrs.evolve(
            self,
            status=Status.CPNS if later_pns else self.status,
            tmt_pns=None if later_pns else self.tmt_pns,
            pangkat=[r for r in self.pangkat if r.tmt <= on],
            jabatan=[r for r in self.jabatan if r.tmt <= on],
            skp=[r for r in self.skp if r.year <= on.year],
            sanctions=[r for r in self.sanctions if r.start <= on],
            education=[r for r in self.education if r.graduated <= on],
            leaves=[r for r in self.leaves if r.start <= on],
            exams=[r for r in self.exams if r.date <= on],
            angka_kredit=[r for r in self.angka_kredit if r.date <= on],
            trainings=[r for r in self.trainings if r.date <= on],
            masa_kerja=[r for r in self.masa_kerja if r.date <= on],
            cuti_ditangguhkan=[y for y in self.cuti_ditangguhkan if y <= on.year],
            kgb_terakhir=None
            if self.kgb_terakhir is not None and self.kgb_terakhir > on
            else self.kgb_terakhir,
        )
        object.__setattr__(self, "_seen", (on, found))
        return found

    @property
    def warnings(self) -> tuple[ProfileWarning, ...]:
        """Return the unusual (possible but doubtful) facts of the profile."""
        found: list[ProfileWarning] = []
        if self.tmt_cpns is not None and self.tmt_cpns < add_months(self.birth_date, _ADULT_MONTHS):
            found.append(
                ProfileWarning(
                    "tmt_cpns",
                    f"diangkat CPNS sebelum berusia 18 tahun ({self.tmt_cpns})",
                    f"appointed CPNS before the age of 18 ({self.tmt_cpns})",
                )
            )
        for before, after in zip(self.pangkat, self.pangkat[1:], strict=False):
            if after.golongan < before.golongan and not any(
                s.level is not SanctionLevel.RINGAN and before.tmt <= s.start <= after.tmt
                for s in self.sanctions
            ):
                found.append(
                    ProfileWarning(
                        "pangkat",
                        f"golongan turun dari {before.golongan.label} ke {after.golongan.label} "
                        f"({after.tmt}) tanpa hukuman disiplin tercatat",
                        f"golongan goes down from {before.golongan.label} to "
                        f"{after.golongan.label} ({after.tmt}) with no sanction recorded",
                    )
                )
        for i, leave in enumerate(self.leaves):
            if (leave.end - leave.start).days + 1 > _LONG_LEAVE_DAYS:
                found.append(
                    ProfileWarning(
                        f"leaves[{i}]",
                        f"cuti {leave.kind.label} lebih dari 4 tahun ({leave.start} - {leave.end})",
                        f"a {leave.kind.label} leave longer than 4 years "
                        f"({leave.start} - {leave.end})",
                    )
                )
        return tuple(found)

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

    @property
    def sex(self) -> Gender | None:
        """Return the recorded gender, else the sex digit of a valid NIP, else None."""
        if self.gender is not None or not self.nip:
            return self.gender
        try:
            return Nip.parse(self.nip).gender
        except SopkitError:
            return None

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
