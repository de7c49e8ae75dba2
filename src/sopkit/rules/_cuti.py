"""Cuti: tahunan, besar, sakit, melahirkan, karena alasan penting, di luar tanggungan negara."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from sopkit._i18n import Text
from sopkit.asn._dates import add_months
from sopkit.asn._nip import Gender
from sopkit.asn._pegawai import LeaveKind, Pegawai
from sopkit.rules._engine import FAIL, PASS, UNKNOWN, AllOf, Env, Explanation, Leaf, Node, Rule
from sopkit.rules._verdict import Message, fact

CUTI_BASIS = (
    "PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS (cuti)",
    "Peraturan BKN 24/2017 jo. Peraturan BKN 7/2021 tentang Tata Cara Pemberian Cuti PNS",
)


def _table(env: Env, name: str) -> Mapping[str, object]:
    value = env.param(f"cuti.{name}")
    assert isinstance(value, Mapping)
    return value


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


@attrs.frozen
class Period:
    """A requested leave from start to end, inclusive."""

    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def _check_order(request: Any) -> None:
    start, end = request.start, request.end
    if end < start:
        raise ValueError(Text("end {end} is before start {start}", end=end, start=start))


def length_leaf(
    name: str, period: Period, months: int, days: int, env: Env, flag: str = ""
) -> Node:
    """Return the check: the requested period lasts at most `months` months and `days` days."""
    limit = add_months(period.start, months) + dt.timedelta(days=days)
    ok = period.end < limit
    span = (period.end - period.start).days + 1
    outcome = PASS if ok else FAIL
    shown_id = f"{months} bulan" + (f" {days} hari" if days else "")
    shown_en = f"{months} months" + (f" {days} days" if days else "")

    def explain(_: Pegawai) -> Explanation:
        facts = fact(
            start=period.start,
            end=period.end,
            calendar_days=span,
            last_allowed=limit - dt.timedelta(days=1),
        )
        if ok:
            return (
                PASS,
                Message(
                    f"lama cuti {span} hari kalender, tidak melebihi {shown_id}",
                    f"leave of {span} calendar days, within {shown_en}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"lama cuti {span} hari kalender melebihi {shown_id} (paling lambat sampai {limit - dt.timedelta(days=1)})",
                f"leave of {span} calendar days exceeds {shown_en} (last allowed day {limit - dt.timedelta(days=1)})",
            ),
            facts,
            None,
        )

    return Leaf(name, explain, basis=CUTI_BASIS, test=lambda _: outcome, flag=flag)


def _masa_kerja(env: Env, months: int) -> Node:
    return env.rule(
        "pegawai.masa_kerja_minimal",
        {"years": months // 12, "months": months % 12},
        basis=CUTI_BASIS,
    )


@attrs.frozen
class TahunanParams:
    """A cuti tahunan request: working days asked for in the year of the evaluation date, and
    the calendar days added for taking it in a place hard to reach (tempat sulit perhubungan)."""

    days: int
    remote_days: int = 0

    def __attrs_post_init__(self) -> None:
        if self.days < 1:
            raise ValueError(Text("days must be at least 1 (cuti tahunan is taken from 1 day)"))
        if self.remote_days < 0:
            raise ValueError(Text("remote_days cannot be negative"))


def _used(s: Pegawai, kind: LeaveKind, year: int) -> int:
    return sum(x.days for x in s.leaves if x.kind is kind and x.start.year == year)


def _besar_in(s: Pegawai, year: int) -> bool:
    return any(x.kind is LeaveKind.BESAR and x.start.year <= year <= x.end.year for x in s.leaves)


def sisa_tahunan(p: TahunanParams, env: Env) -> Node:
    """Return the check: the days asked fit this year's entitlement with carry-over."""
    t = _table(env, "tahunan")
    year = env.on.year
    hak, carried_max = _int(t["hak"]), _int(t["carried_max"])
    total_max, two_max, masa = _int(t["total_max"]), _int(t["two_years_max"]), _int(t["masa_kerja"])
    deferred_max = _int(t["deferred_max"])

    def entitled(s: Pegawai, y: int) -> bool:
        start = s.service_start
        return (
            start is not None
            and add_months(start, masa) <= dt.date(y, 12, 31)
            and not _besar_in(s, y)
        )

    def entitlement(s: Pegawai) -> tuple[int, int]:
        if not entitled(s, year):
            return 0, 0
        prev, prev2 = year - 1, year - 2
        if entitled(s, prev) and prev in s.cuti_ditangguhkan:
            return deferred_max, deferred_max - hak  # deferred in full to this year
        both = entitled(s, prev) and entitled(s, prev2)
        if both and _used(s, LeaveKind.TAHUNAN, prev) == _used(s, LeaveKind.TAHUNAN, prev2) == 0:
            return two_max, two_max - hak
        if entitled(s, prev):
            carried = min(carried_max, max(0, hak - _used(s, LeaveKind.TAHUNAN, prev)))
            return min(total_max, hak + carried), carried
        return hak, 0

    def explain(s: Pegawai) -> Explanation:
        total, carried = entitlement(s)
        used = _used(s, LeaveKind.TAHUNAN, year)
        left = max(0, total - used)
        facts = fact(
            year=year, entitlement=total, carried=carried, used=used, left=left, requested=p.days
        )
        next_year = dt.date(year + 1, 1, 1) if p.days <= two_max else None
        if _besar_in(s, year):
            return (
                FAIL,
                Message(
                    f"telah mengambil cuti besar pada {year}; tidak berhak cuti tahunan tahun itu",
                    f"took cuti besar in {year}; no cuti tahunan that year",
                ),
                facts,
                next_year,
            )
        if p.days <= left:
            return (
                PASS,
                Message(
                    f"sisa cuti tahunan {left} hari kerja (hak {total}, termasuk {carried} dari tahun lalu); diminta {p.days}",
                    f"{left} working days of annual leave left ({total} incl. {carried} carried over); {p.days} asked",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"diminta {p.days} hari kerja; sisa cuti tahunan hanya {left} (hak {total}, terpakai {used})",
                f"{p.days} working days asked; only {left} left ({total} entitled, {used} used)",
            ),
            facts,
            next_year,
        )

    return Leaf("cuti.sisa_tahunan", explain, basis=CUTI_BASIS)


def tempat_sulit(p: TahunanParams, env: Env) -> Node:
    """Return the check: the calendar days added for a place hard to reach are within the limit."""
    limits = _table(env, "tempat_sulit")
    flag = env.flag("cuti.tempat_sulit")

    def explain(s: Pegawai) -> Explanation:
        limit = limits.get(s.status.value)
        facts = fact(status=s.status.value, remote_days=p.remote_days, limit=limit)
        if not isinstance(limit, int):
            return (
                UNKNOWN,
                Message(
                    f"tidak ada batas tambahan hari untuk {s.status.value} pada tanggal ini",
                    f"no limit of added days for a {s.status.value} on this date",
                ),
                facts,
                None,
            )
        if p.remote_days <= limit:
            return (
                PASS,
                Message(
                    f"tambahan {p.remote_days} hari kalender di tempat sulit perhubungan, paling lama {limit}",
                    f"{p.remote_days} calendar days added for a place hard to reach, at most {limit}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"tambahan {p.remote_days} hari kalender melebihi {limit} untuk {s.status.value}",
                f"{p.remote_days} calendar days added exceed the {limit} for a {s.status.value}",
            ),
            facts,
            None,
        )

    return Leaf("cuti.tempat_sulit", explain, basis=CUTI_BASIS, flag=flag)


def tahunan(p: TahunanParams, env: Env) -> Node:
    """Return the check tree of cuti tahunan (and the days added for a remote place, if asked)."""
    t = _table(env, "tahunan")
    checks = [_masa_kerja(env, _int(t["masa_kerja"])), sisa_tahunan(p, env)]
    if p.remote_days:
        checks.append(tempat_sulit(p, env))
    return AllOf(tuple(checks))


@attrs.frozen
class BesarParams:
    """A cuti besar request; the first hajj is exempt from the five years of service."""

    start: dt.date
    end: dt.date
    hajj: bool = False

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def besar(p: BesarParams, env: Env) -> Node:
    """Return the check tree of cuti besar."""
    t = _table(env, "besar")
    period = Period(p.start, p.end)
    length = length_leaf("cuti.lama", period, _int(t["months"]), 0, env)
    if p.hajj:
        return AllOf((length,))
    return AllOf((_masa_kerja(env, _int(t["masa_kerja"])), length))


class SickReason(enum.StrEnum):
    """Why a cuti sakit is asked: illness, miscarriage, or a work accident (no length limit)."""

    UMUM = "umum"
    GUGUR_KANDUNGAN = "gugur_kandungan"
    KECELAKAAN_KERJA = "kecelakaan_kerja"


@attrs.frozen
class SakitParams:
    """A cuti sakit request."""

    start: dt.date
    end: dt.date
    reason: SickReason = SickReason.UMUM

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def sakit(p: SakitParams, env: Env) -> Node:
    """Return the check tree of cuti sakit (length by reason; a work accident has no limit)."""
    period = Period(p.start, p.end)
    if p.reason is SickReason.KECELAKAAN_KERJA:

        def explain(_: Pegawai) -> Explanation:
            return (
                PASS,
                Message(
                    "sakit karena kecelakaan kerja: cuti sampai sembuh",
                    "illness from a work accident: leave until recovery",
                ),
                fact(reason=p.reason),
                None,
            )

        return AllOf((Leaf("cuti.lama", explain, basis=CUTI_BASIS),))
    t = _table(env, "sakit")
    row = t[p.reason.value]
    assert isinstance(row, Mapping)
    length = length_leaf(
        "cuti.lama", period, _int(row["months"]), _int(row["days"]), env, env.flag("cuti.sakit")
    )
    if "gender" not in row:
        return AllOf((length,))
    shown = p.reason.value.replace("_", " ")
    return AllOf((sex_leaf(_gender(row["gender"]), Message(shown, shown)), length))


_SEX_WORDS = {Gender.L: ("laki-laki", "a man"), Gender.P: ("perempuan", "a woman")}


def sex_leaf(wanted: Gender, why: Message) -> Node:
    """Return the check: the subject is of the sex the leave is for (unknown without one)."""
    word_id, word_en = _SEX_WORDS[wanted]

    def explain(s: Pegawai) -> Explanation:
        sex = s.sex
        if sex is None:
            return (
                UNKNOWN,
                Message(
                    "jenis kelamin tidak ada dalam profil (gender atau NIP)",
                    "the sex is missing from the profile (gender or NIP)",
                ),
                fact(),
                None,
            )
        facts = fact(gender=sex, required=wanted)
        if sex is wanted:
            return PASS, Message(f"PNS {word_id}: {why.id}", f"{word_en}: {why.en}"), facts, None
        return (
            FAIL,
            Message(f"hanya untuk PNS {word_id}: {why.id}", f"only for {word_en}: {why.en}"),
            facts,
            None,
        )

    return Leaf(
        "cuti.jenis_kelamin",
        explain,
        basis=CUTI_BASIS,
        key=lambda s: s.sex,
        title=Message("Jenis kelamin", "Sex"),
    )


def _gender(value: object) -> Gender:
    return Gender(str(value))


@attrs.frozen
class MelahirkanParams:
    """A cuti melahirkan request with the child's birth order."""

    start: dt.date
    end: dt.date
    child: int

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def melahirkan(p: MelahirkanParams, env: Env) -> Node:
    """Return the check tree of cuti melahirkan (1st–3rd child; 4th onward takes cuti besar)."""
    t = _table(env, "melahirkan")
    most = _int(t["max_child"])
    ok = 1 <= p.child <= most
    outcome = PASS if ok else FAIL

    def explain(_: Pegawai) -> Explanation:
        facts = fact(child=p.child, max_child=most)
        if ok:
            return (
                PASS,
                Message(
                    f"kelahiran anak ke-{p.child} (paling banyak anak ke-{most})",
                    f"birth of child {p.child} (up to child {most})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"kelahiran anak ke-{p.child}: mulai anak ke-{most + 1} digunakan cuti besar",
                f"birth of child {p.child}: from child {most + 1} cuti besar applies",
            ),
            facts,
            None,
        )

    child = Leaf("cuti.anak_ke", explain, basis=CUTI_BASIS, test=lambda _: outcome)
    period = Period(p.start, p.end)
    mother = sex_leaf(
        _gender(t["gender"]), Message("cuti bagi yang melahirkan", "leave for the one giving birth")
    )
    return AllOf((mother, child, length_leaf("cuti.lama", period, _int(t["months"]), 0, env)))


@attrs.frozen
class AlasanPentingParams:
    """A cuti karena alasan penting request with its reason."""

    start: dt.date
    end: dt.date
    reason: str

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def alasan_penting(p: AlasanPentingParams, env: Env) -> Node:
    """Return the check tree of cuti karena alasan penting."""
    t = _table(env, "alasan_penting")
    reasons = t["reasons"]
    assert isinstance(reasons, tuple)
    ok = p.reason in reasons
    outcome = PASS if ok else FAIL
    shown = ", ".join(str(r).replace("_", " ") for r in reasons)
    given = p.reason.replace("_", " ")

    def explain(_: Pegawai) -> Explanation:
        facts = fact(reason=p.reason, accepted=reasons)
        if ok:
            return PASS, Message(f"alasan: {given}", f"reason: {given}"), facts, None
        return (
            FAIL,
            Message(
                f"alasan '{given}' tidak termasuk alasan penting ({shown})",
                f"reason '{given}' is not an accepted important reason ({shown})",
            ),
            facts,
            None,
        )

    reason = Leaf("cuti.alasan", explain, basis=CUTI_BASIS, test=lambda _: outcome)
    period = Period(p.start, p.end)
    checks = [reason, length_leaf("cuti.lama", period, _int(t["months"]), 0, env)]
    by_sex = t.get("reason_sex") or {}
    assert isinstance(by_sex, Mapping)
    if ok and p.reason in by_sex:
        checks.insert(
            1, sex_leaf(_gender(by_sex[p.reason]), Message(f"alasan {given}", f"reason: {given}"))
        )
    return AllOf(tuple(checks))


@attrs.frozen
class CltnParams:
    """A cuti di luar tanggungan negara request; `extension` adds the one-year extension."""

    start: dt.date
    end: dt.date
    extension: bool = False

    def __attrs_post_init__(self) -> None:
        _check_order(self)


def luar_tanggungan_negara(p: CltnParams, env: Env) -> Node:
    """Return the check tree of CLTN (PNS only; needs BKN approval, which is not checked)."""
    t = _table(env, "luar_tanggungan_negara")
    months = _int(t["months"]) + (_int(t["extension"]) if p.extension else 0)
    period = Period(p.start, p.end)
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=CUTI_BASIS),
            _masa_kerja(env, _int(t["masa_kerja"])),
            length_leaf("cuti.lama", period, months, 0, env),
        )
    )


def _r(name: str, ind: str, eng: str, build: object, params: type, flag: str = "") -> Rule:
    request = tuple(f.name for f in attrs.fields(params))  # a cuti's facts are all the request's
    return Rule(
        name,
        Message(ind, eng),
        CUTI_BASIS,
        build,  # type: ignore[arg-type]
        params,
        flag,
        request=request,
    )


CUTI_RULES: tuple[Rule, ...] = (
    _r("cuti.tahunan", "Cuti tahunan", "Annual leave", tahunan, TahunanParams),
    _r("cuti.besar", "Cuti besar", "Long leave", besar, BesarParams),
    _r("cuti.sakit", "Cuti sakit", "Sick leave", sakit, SakitParams),
    _r("cuti.melahirkan", "Cuti melahirkan", "Maternity leave", melahirkan, MelahirkanParams),
    _r(
        "cuti.alasan_penting",
        "Cuti karena alasan penting",
        "Leave for important reasons",
        alasan_penting,
        AlasanPentingParams,
    ),
    _r(
        "cuti.luar_tanggungan_negara",
        "Cuti di luar tanggungan negara",
        "Unpaid leave",
        luar_tanggungan_negara,
        CltnParams,
        "persetujuan Kepala BKN tidak diperiksa",
    ),
)
