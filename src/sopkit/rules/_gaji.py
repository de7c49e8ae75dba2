"""Masa kerja golongan, gaji pokok from the table in force, and the next KGB with its amount."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from sopkit._errors import SopkitError
from sopkit._i18n import Text
from sopkit.asn._dates import add_months, months_elapsed
from sopkit.asn._golongan import Golongan
from sopkit.asn._pegawai import Pegawai, Status
from sopkit.rules._engine import RuleBook
from sopkit.rules._verdict import Outcome

GAJI_BASIS = (
    "PP 7/1977 Pasal 4 dan Pasal 5 ayat (1) tentang Peraturan Gaji PNS",
    "PP 5/2024 (Perubahan Kesembilan Belas atas PP 7/1977), Lampiran daftar gaji pokok",
)
KGB_BASIS = ("PP 7/1977 Pasal 11 (syarat KGB) dan Pasal 13 (penundaan)",)


class GajiError(SopkitError, ValueError):
    """Masa kerja golongan or gaji pokok cannot be worked out for this subject or date."""


@attrs.frozen
class MasaKerjaGolongan:
    """Masa kerja golongan on a date, with how it was counted."""

    on: dt.date
    months: int
    since: dt.date
    credited_months: int
    reduced_months: int

    @property
    def years(self) -> int:
        """Return the whole years of MKG (the table's column)."""
        return self.months // 12


@attrs.frozen
class KgbForecast:
    """The next kenaikan gaji berkala: its TMT, the MKG then, the gaji pokok before and after.

    `postponed` is True when the SKP condition of PP 7/1977 Pasal 11 huruf b fails on the
    due date (the KGB is then ditunda up to `postponement_months` at a time, Pasal 13), None
    when the SKP it needs is not yet in the profile, False when it is met.
    """

    due: dt.date
    golongan: Golongan
    mkg_years: int
    gaji_pokok: int
    previous_gaji_pokok: int
    postponed: bool | None
    postponement_months: int
    basis: tuple[str, ...] = GAJI_BASIS + KGB_BASIS
    flag: str = ""


def _table(book: RuleBook, on: dt.date) -> Mapping[str, object]:
    table = book.parameter("gaji.pokok").at(on)
    assert isinstance(table, Mapping)
    return table


def _steps(book: RuleBook, golongan: Golongan, on: dt.date) -> list[tuple[int, int]]:
    column = _table(book, on).get(golongan.label)
    if not isinstance(column, Mapping):
        raise GajiError(
            Text(
                "the gaji pokok table in force on {on} has no golongan {golongan}",
                on=on,
                golongan=golongan.label,
            )
        )
    return sorted((int(k), int(str(v))) for k, v in column.items())


def gaji_pokok(
    golongan: Golongan | str,
    mkg_years: int,
    on: dt.date,
    *,
    cpns: bool = False,
    book: RuleBook | None = None,
) -> int:
    """Return the monthly gaji pokok (rupiah) for a golongan and MKG from the table in force."""
    book = book or _book()
    gol = golongan if isinstance(golongan, Golongan) else Golongan.parse(golongan)
    if mkg_years < 0:
        raise GajiError(
            Text("masa kerja golongan {years} is negative; it is 0 or more years", years=mkg_years)
        )
    steps = _steps(book, gol, on)
    # the highest step reached; below the first step (e.g. II/c at MKG 0) the first step
    amount = next((a for y, a in reversed(steps) if y <= mkg_years), steps[0][1])
    if cpns:
        percent = book.parameter("gaji.cpns_persen").at(on)
        assert isinstance(percent, int)
        amount = amount * percent // 100
    return amount


def _reduction_months(s: Pegawai, book: RuleBook, on: dt.date) -> int:
    table = book.parameter("gaji.pengurangan_mkg").at(on)
    assert isinstance(table, Mapping)
    total = 0
    for before, after in zip(s.pangkat, s.pangkat[1:], strict=False):
        for group in range(before.golongan.group, after.golongan.group):
            years = table.get(str(group), 0)
            assert isinstance(years, int)
            total += years * 12
    return total


def masa_kerja_golongan(
    subject: Pegawai, on: dt.date, *, book: RuleBook | None = None
) -> MasaKerjaGolongan:
    """Return the subject's masa kerja golongan on the date (PP 7/1977 as amended).

    Counted from the TMT CPNS, plus earlier service credited by peninjauan masa kerja
    (`masa_kerja` records), less the reductions for each rise from golongan I to II and from
    II to III in the pangkat history; never below zero.
    """
    book = book or _book()
    s = subject.as_of(on)
    if s.status is Status.PPPK or s.tmt_cpns is None:
        raise GajiError(Text("masa kerja golongan is counted for a CPNS or PNS from the TMT CPNS"))
    credited = sum(r.total_months for r in s.masa_kerja)
    reduced = _reduction_months(s, book, on)
    months = max(0, months_elapsed(s.tmt_cpns, on) + credited - reduced)
    return MasaKerjaGolongan(on, months, s.tmt_cpns, credited, reduced)


def next_kgb(subject: Pegawai, on: dt.date, *, book: RuleBook | None = None) -> KgbForecast | None:
    """Return the next KGB after the date with its gaji pokok, or None at the table's last step.

    The KGB falls due when masa kerja golongan reaches the golongan's next step in the gaji
    table that raises the pay (an entrant below the first step, e.g. II/c at MKG 0, is paid
    the first step already), with the amount of the table in force on that day; the profile is read as it stood on `on` (a later KP is not
    known). Whether it is postponed is the KGB SKP condition checked on the due date.
    """
    book = book or _book()
    s = subject.as_of(on)
    gol = s.golongan
    if gol is None:
        raise GajiError(Text("the profile has no pangkat record; the golongan is needed for KGB"))
    mkg = masa_kerja_golongan(s, on, book=book)
    now = gaji_pokok(gol, mkg.years, on, book=book)
    # the next step that raises the pay (below the first step the first one is paid already)
    upcoming = [y for y, a in _steps(book, gol, on) if y * 12 > mkg.months and a > now]
    if not upcoming:
        return None
    due = add_months(on, upcoming[0] * 12 - mkg.months)
    due = due.replace(day=1) if due.day != 1 else due
    while masa_kerja_golongan(s, due, book=book).months < upcoming[0] * 12:
        due = add_months(due, 1)  # the KGB's TMT is the 1st of the month the step is reached
    # the table in force on the due date decides the amount (a new PP may apply by then)
    steps = _steps(book, gol, due)
    target = next((y for y, a in steps if y * 12 > mkg.months and a > now), upcoming[0])
    cpns = s.status is Status.CPNS
    amount = gaji_pokok(gol, target, due, cpns=cpns, book=book)
    previous = gaji_pokok(gol, mkg.years, on, cpns=cpns, book=book)
    skp = book.parameter("kgb.skp").at(due)
    assert isinstance(skp, Mapping)
    outcome = book.evaluate("pegawai.skp_minimal", s, on=due, params=dict(skp)).outcome
    postponed = {Outcome.PASS: False, Outcome.FAIL: True}.get(outcome)
    months = book.parameter("kgb.penundaan").at(due)
    assert isinstance(months, int)
    flags = "; ".join(
        f
        for f in (book.parameter(n).flag for n in ("gaji.pokok", "gaji.pengurangan_mkg", "kgb.skp"))
        if f
    )
    return KgbForecast(due, gol, target, amount, previous, postponed, months, flag=flags)


def _book() -> RuleBook:
    from sopkit.rules._national import make_rulebook

    return make_rulebook()
