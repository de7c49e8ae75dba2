"""A seeded generator of Pegawai profiles that sit on the rules' boundaries, for differential tests.

Every date is placed relative to the evaluation date: on the exact day a period of service is
completed, a day before or after, on 29 February, on the last day of a month; sanctions end on
the date itself; diplomas reach or cross the education caps; SKP years are missing or low.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from sopkit import (
    AngkaKreditRecord,
    EducationLevel,
    EducationRecord,
    ExamKind,
    ExamRecord,
    Golongan,
    JabatanKind,
    JabatanRecord,
    Jenjang,
    LeaveKind,
    LeaveRecord,
    PangkatRecord,
    Pegawai,
    Sanction,
    SanctionLevel,
    SkpRating,
    SkpRecord,
    Status,
    TrainingKind,
    TrainingRecord,
)
from sopkit.asn import add_months, latest_start

ON_DATES = (
    dt.date(2027, 4, 1),  # a KP period (monthly since 1 October 2025)
    dt.date(2027, 4, 2),
    dt.date(2027, 1, 1),
    dt.date(2026, 12, 31),
    dt.date(2028, 2, 29),  # leap day
    dt.date(2027, 2, 28),
    dt.date(2025, 10, 1),  # the first monthly period
    dt.date(2025, 9, 1),  # not a period under the six-a-year rule
    dt.date(2024, 2, 1),
    dt.date(2023, 10, 1),  # April/October only
    dt.date(2023, 11, 30),
)
MONTHS = (12, 24, 36, 48, 60, 96, 120)
AGES = (25, 37, 40, 42, 47, 50, 55, 56, 58, 60, 65)
ESELON = ("II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "V.a", "VI.z", "")
AS_OF = hasattr(Pegawai, "as_of")
"""Records dated after the evaluation date are generated only once the scalar engine reads
profiles as of that date (until then it and the columnar engine may differ on them)."""


class Generator:
    """Seeded boundary-seeking profiles; `profiles(n)` yields (profile, evaluation date)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def near(self, on: dt.date, months: int | None = None) -> dt.date:
        """Return a date just around `months` before `on` (or anywhere in the past decades)."""
        r = self.r
        roll = r.random()
        if months is None or roll < 0.15:
            return on - dt.timedelta(days=r.randint(-400, 12000))
        base = latest_start(on, months)
        if roll < 0.25:  # a 29 February close to it
            for year in range(base.year, base.year - 8, -1):
                if year % 4 == 0 and (year % 100 or year % 400 == 0):
                    return dt.date(year, 2, 29)
        if roll < 0.32:  # the last day of a month
            first = add_months(base.replace(day=1), 1)
            return first - dt.timedelta(days=1)
        return base + dt.timedelta(days=r.choice((-1, 0, 0, 1, 1, 2, -31, 31)))

    def nip(self, birth: dt.date, tmt: dt.date, sex: int) -> str:
        while True:
            text = f"{birth:%Y%m%d}{tmt:%Y%m}{sex}{self.r.randint(1, 999):03d}"
            if text not in self.used:
                self.used.add(text)
                return text

    def ni_pppk(self, birth: dt.date, on: dt.date, sex: int) -> str:
        """Return an unused NI PPPK: birth date, year appointed (2018 on), code, sex, sequence."""
        year = self.r.randint(max(2018, birth.year + 1), max(2018, birth.year + 1, on.year))
        while True:
            text = f"{birth:%Y%m%d}{year:04d}{self.r.randint(0, 99):02d}{sex}{self.r.randint(1, 999):03d}"
            if text not in self.used:
                self.used.add(text)
                return text

    def profile(self, on: dt.date) -> Pegawai:
        r = self.r
        status = r.choices(list(Status), (1, 8, 1))[0]
        if status is Status.PPPK and on.year <= 2019:
            status = Status.PNS  # no NI PPPK before PP 49/2018
        birth = self.near(on, 12 * r.choice(AGES) + r.choice((0, 1)))
        if r.random() < 0.05:
            birth = dt.date(1968, 2, 29)
        birth = min(birth, on - dt.timedelta(days=365 * 19))
        start = max(birth + dt.timedelta(days=365 * 18), self.near(on, r.choice(MONTHS)))
        start = min(start, on)  # a CPNS by the evaluation date (else the profile is refused)
        after_birth = birth + dt.timedelta(days=1)
        tmt_cpns = start if status is not Status.PPPK else None
        tmt_pns = add_months(start, 12) if status is Status.PNS else None
        limit = dt.date.max if AS_OF else on

        def past(day: dt.date) -> dt.date:
            return max(min(day, limit), after_birth)

        levels = list(Golongan)[: r.randint(1, 17)]
        top = r.randint(max(0, len(levels) - 3), len(levels) - 1)
        pangkat = []
        day = start
        for g in levels[max(0, top - r.randint(0, 2)) : top + 1]:
            pangkat.append(PangkatRecord(g, past(day)))
            day = add_months(day, 48)
        if pangkat:
            last = pangkat[-1]
            pangkat[-1] = PangkatRecord(
                last.golongan, past(max(self.near(on, r.choice((12, 24, 48))), pangkat[0].tmt))
            )
            if len({p.tmt for p in pangkat}) < len(pangkat):
                pangkat = pangkat[-1:]
        if r.random() < 0.05:
            pangkat = []
        jabatan = []
        for _ in range(r.choice((0, 1, 1, 1, 2))):
            kind = r.choice(list(JabatanKind))
            jenjang = None
            if kind.is_functional and r.random() < 0.9:
                jenjang = r.choice([j for j in Jenjang if j.kind is kind])
            eselon = r.choice(ESELON) if kind.is_structural else ""
            named = r.choice(("", "", "guru", "dosen", "Guru")) if kind.is_functional else ""
            tmt = past(self.near(on, r.choice((12, 24))))
            jabatan.append(
                JabatanRecord(kind, tmt, jenjang=jenjang, eselon=eselon, fungsional=named)
            )
        education = [
            EducationRecord(
                r.choice(list(EducationLevel)), past(self.near(on, r.choice((0, 12, 120))))
            )
            for _ in range(r.choice((0, 1, 1, 2, 3)))
        ]
        skp = [
            SkpRecord(on.year - back, r.choices(list(SkpRating), (3, 6, 1, 1, 1))[0])
            for back in ((0, 1, 2, 3) if AS_OF else (1, 2, 3))
            if r.random() < 0.85
        ]
        sanctions = []
        for _ in range(r.choice((0, 0, 0, 1, 2))):
            end = r.choice(
                (
                    on,
                    on - dt.timedelta(days=1),
                    on + dt.timedelta(days=1),
                    self.near(on, 12),
                    self.near(on, 36),
                    self.near(on, 0),
                )
            )
            begin = max(end - dt.timedelta(days=r.randint(0, 400)), after_birth)
            if r.random() < 0.1:
                begin = on + dt.timedelta(days=r.choice((0, 1)))
                end = max(end, begin)
            sanctions.append(Sanction(r.choice(list(SanctionLevel)), begin, max(end, begin)))
        exams = [
            ExamRecord(
                kind,
                past(r.choice((on, on + dt.timedelta(days=1), self.near(on)))),
                r.random() < 0.8,
            )
            for kind in ExamKind
            if r.random() < 0.5
        ]
        paks = [
            AngkaKreditRecord(
                past(r.choice((on, on + dt.timedelta(days=3), self.near(on)))),
                float(r.choice((50, 100, 150))),
                float(r.choice((50, 100, 150))),
            )
            for _ in range(r.choice((0, 1, 2)))
        ]
        leaves = []
        for _ in range(r.choice((0, 0, 1, 2, 3))):
            year = on.year - r.choice((0, 1, 2))
            kind = r.choice(
                (LeaveKind.TAHUNAN, LeaveKind.TAHUNAN, LeaveKind.BESAR, LeaveKind.SAKIT)
            )
            first = dt.date(year, r.randint(1, 12), r.randint(1, 28))
            if not AS_OF and first > on:
                first = dt.date(year, 1, 1)
            if first > limit:
                continue
            first = max(first, after_birth)
            last = first + dt.timedelta(days=r.choice((0, 4, 40, 90)))
            span = (last - first).days + 1
            leaves.append(LeaveRecord(kind, first, last, min(span, r.choice((1, 3, 6, 12)))))
        current = pangkat[-1].golongan if pangkat else Golongan.III_A
        atasan = r.choice(
            (
                None,
                current,
                Golongan(max(1, current.value - 1)),
                Golongan(min(17, current.value + 1)),
            )
        )
        base_kgb = tmt_cpns or start
        kgb = r.choice((None, max(base_kgb, self.near(on, 24))))
        if kgb is not None and not AS_OF:
            kgb = min(kgb, on)
        trainings = [
            TrainingRecord(kind, past(r.choice((on, on + dt.timedelta(days=1), self.near(on)))))
            for kind in TrainingKind
            if r.random() < 0.2
        ]
        sex = r.choice((1, 2))
        return Pegawai(
            birth_date=birth,
            status=status,
            tmt_cpns=tmt_cpns,
            tmt_pns=tmt_pns,
            nip=self.nip(birth, (tmt_cpns or start).replace(day=1), sex)
            if status is not Status.PPPK
            else self.ni_pppk(birth, on, sex),
            pangkat=pangkat,
            jabatan=jabatan,
            skp=skp,
            sanctions=sanctions,
            education=education,
            leaves=leaves,
            exams=exams,
            angka_kredit=paks,
            trainings=trainings,
            atasan_golongan=atasan,
            kgb_terakhir=kgb,
        )

    def profiles(self, n: int, on: dt.date) -> Iterator[Pegawai]:
        """Yield n profiles placed around the evaluation date."""
        for _ in range(n):
            yield self.profile(on)
