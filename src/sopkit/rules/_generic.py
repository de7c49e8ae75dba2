"""The generic `pegawai.*` rules that catalogue requirements link to (names agreed in COMMON)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping

import attrs

from sopkit._i18n import Text
from sopkit.asn._bup import bup_date, bup_key
from sopkit.asn._dates import add_months, describe_months, latest_start, months_elapsed
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._pegawai import JabatanRecord, Pegawai, SanctionLevel, SkpRating, Status
from sopkit.rules._engine import (
    FAIL,
    PASS,
    UNKNOWN,
    Env,
    Explanation,
    Leaf,
    Node,
    Rule,
    as_int,
)
from sopkit.rules._verdict import Message, Outcome, fact

REQUIREMENT_BASIS = (
    "Persyaratan standar pelayanan yang merujuk aturan ini (PermenPAN-RB 15/2014)",
)
"""The basis of a generic rule used on its own: the service requirement that links it."""

DISIPLIN_BASIS = ("PP 94/2021 tentang Disiplin PNS (tingkat dan jenis hukuman disiplin)",)
SKP_BASIS = ("PP 30/2019 tentang Penilaian Kinerja PNS; PermenPANRB 6/2022 (predikat kinerja)",)


def _ok(flag: bool) -> Outcome:
    return PASS if flag else FAIL


def _m(ind: str, eng: str) -> Message:
    return Message(ind, eng)


@attrs.frozen
class Span:
    """A length of time in whole years and months."""

    years: int
    months: int = 0

    @property
    def total(self) -> int:
        """Return the length in months."""
        return self.years * 12 + self.months


@attrs.frozen
class DisiplinParams:
    """Parameters of pegawai.bebas_hukuman_disiplin."""

    levels: tuple[SanctionLevel, ...] = tuple(SanctionLevel)
    within_years: int | None = None
    ever: bool = False

    def __attrs_post_init__(self) -> None:
        if self.ever and self.within_years is not None:
            raise ValueError(Text("give either ever: true or within_years, not both"))


def bebas_hukuman_disiplin(p: DisiplinParams, env: Env) -> Node:
    """Return the check: not serving a sanction (none ended within N years; or never, with ever)."""
    if p.ever:
        return _never_sanctioned(p, env)
    on = env.on
    levels = frozenset(p.levels)
    span = None if p.within_years is None else p.within_years * 12
    # a sanction counts when it started by `on` and ended on/after this cut-off
    cutoff = on if span is None else latest_start(on, span)

    def blocking(s: Pegawai) -> list[dt.date]:
        return [
            x.end for x in s.sanctions if x.level in levels and x.start <= on and x.end >= cutoff
        ]

    def test(s: Pegawai) -> Outcome:
        for x in s.sanctions:
            if x.end >= cutoff and x.start <= on and x.level in levels:
                return FAIL
        return PASS

    def explain(s: Pegawai) -> Explanation:
        ends = blocking(s)
        names = "/".join(level.value for level in p.levels)
        facts = fact(levels=p.levels, within_years=p.within_years, blocking_until=ends)
        if not ends:
            return (
                PASS,
                _m(
                    f"tidak sedang/tidak pernah dijatuhi hukuman disiplin {names} dalam jangka yang ditentukan",
                    f"no {names} disciplinary sanction in the period considered",
                ),
                facts,
                None,
            )
        last = max(ends)
        ready = (
            last + dt.timedelta(days=1)
            if span is None
            else add_months(last, span) + dt.timedelta(days=1)
        )
        when = (
            f"sedang menjalani hukuman disiplin sampai {last}"
            if span is None
            else f"hukuman disiplin berakhir {last}, kurang dari {p.within_years} tahun lalu"
        )
        when_en = (
            f"serving a disciplinary sanction until {last}"
            if span is None
            else f"a disciplinary sanction ended {last}, less than {p.within_years} years ago"
        )
        return FAIL, _m(when, when_en), facts, ready

    return Leaf(
        "pegawai.bebas_hukuman_disiplin",
        explain,
        basis=DISIPLIN_BASIS,
        test=test,
        key=lambda s: tuple(blocking(s)),
    )


def _never_sanctioned(p: DisiplinParams, env: Env) -> Node:
    """Return the check: no sanction of the given levels ever started by the evaluation date."""
    on, levels = env.on, frozenset(p.levels)
    names = "/".join(level.value for level in p.levels)

    def explain(s: Pegawai) -> Explanation:
        found = [x.start for x in s.sanctions if x.level in levels and x.start <= on]
        facts = fact(levels=p.levels, ever=True, sanctioned_on=found)
        if not found:
            return (
                PASS,
                _m(
                    f"tidak pernah dijatuhi hukuman disiplin {names}",
                    f"never given a {names} disciplinary sanction",
                ),
                facts,
                None,
            )
        # a past sanction never expires, so no later date makes this true
        return (
            FAIL,
            _m(
                f"pernah dijatuhi hukuman disiplin {names} ({min(found)})",
                f"given a {names} disciplinary sanction before ({min(found)})",
            ),
            facts,
            None,
        )

    def test(s: Pegawai) -> Outcome:
        return FAIL if any(x.level in levels and x.start <= on for x in s.sanctions) else PASS

    return Leaf("pegawai.bebas_hukuman_disiplin", explain, basis=DISIPLIN_BASIS, test=test)


@attrs.frozen
class SkpParams:
    """Parameters of pegawai.skp_minimal."""

    rating: SkpRating
    years: int


def skp_minimal(p: SkpParams, env: Env) -> Node:
    """Return the check: the SKP rating of each of the last N years is at least `rating`."""
    years = tuple(range(env.on.year - 1, env.on.year - 1 - p.years, -1))
    floor = p.rating.score
    good = frozenset(r for r in SkpRating if r.score >= floor)
    wanted = len(years)

    def test(s: Pegawai) -> Outcome:
        found = 0
        for record in s.skp:
            if record.year in years:
                if record.rating not in good:
                    return FAIL
                found += 1
        return PASS if found == wanted else UNKNOWN

    def explain(s: Pegawai) -> Explanation:
        got = {y: s.rating(y) for y in years}
        facts = fact(years=years, ratings=[(r.value if r else None) for r in got.values()])
        low = [y for y, r in got.items() if r is not None and r.score < floor]
        missing = [y for y, r in got.items() if r is None]
        want = p.rating.value.replace("_", " ")
        if low:
            shown = ", ".join(f"{y}: {got[y].value.replace('_', ' ')}" for y in low)  # type: ignore[union-attr]
            # the low rating leaves "the last N years" when the year N + 1 after it begins
            return (
                FAIL,
                _m(f"SKP di bawah '{want}' ({shown})", f"SKP rating below '{want}' ({shown})"),
                facts,
                dt.date(max(low) + p.years + 1, 1, 1),
            )
        if missing:
            shown = ", ".join(str(y) for y in missing)
            return (
                UNKNOWN,
                _m(
                    f"SKP tahun {shown} tidak ada dalam profil",
                    f"no SKP rating in the profile for {shown}",
                ),
                facts,
                None,
            )
        return (
            PASS,
            _m(
                f"SKP {p.years} tahun terakhir paling rendah '{want}'",
                f"SKP rated at least '{want}' in each of the last {p.years} years",
            ),
            facts,
            None,
        )

    def key(s: Pegawai) -> Hashable:
        return tuple(r for r in s.skp if r.year in years)

    return Leaf("pegawai.skp_minimal", explain, basis=SKP_BASIS, test=test, key=key)


def _span_leaf(
    name: str,
    env: Env,
    span: Span,
    start_of: str,
    what: tuple[str, str],
    start: Callable[[Pegawai], dt.date | None],
) -> Node:
    months = span.total
    threshold = latest_start(env.on, months)
    need_id, need_en = describe_months(months), describe_months(months, english=True)

    def test(s: Pegawai) -> Outcome:
        begin = start(s)
        if begin is None:
            return UNKNOWN
        return PASS if begin <= threshold else FAIL

    def explain(s: Pegawai) -> Explanation:
        begin = start(s)
        if begin is None:
            return (
                UNKNOWN,
                _m(f"{start_of} tidak ada dalam profil", f"{start_of} missing from the profile"),
                fact(),
                None,
            )
        had = max(0, months_elapsed(begin, env.on)) if begin <= env.on else 0
        facts = fact(**{start_of: begin}, months=had, required_months=months)
        got_id, got_en = describe_months(had), describe_months(had, english=True)
        if begin <= threshold:
            return (
                PASS,
                _m(
                    f"{what[0]} {got_id} (paling sedikit {need_id})",
                    f"{what[1]} {got_en} (at least {need_en})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            _m(
                f"{what[0]} baru {got_id}; kurang dari {need_id}",
                f"{what[1]} only {got_en}; less than {need_en}",
            ),
            facts,
            add_months(begin, months),
        )

    return Leaf(name, explain, basis=REQUIREMENT_BASIS, test=test, key=start)


def masa_kerja_minimal(p: Span, env: Env) -> Node:
    """Return the check: masa kerja since TMT CPNS of at least the given years and months."""
    return _span_leaf(
        "pegawai.masa_kerja_minimal",
        env,
        p,
        "tmt_cpns",
        ("masa kerja", "service"),
        lambda s: s.service_start,
    )


@attrs.frozen
class PangkatSpan(Span):
    """Parameters of pegawai.masa_pangkat_minimal: a length, and optionally the rank it counts from.

    Without `golongan` the time counts in the current pangkat; with it, from the TMT at which
    the subject first held that golongan or a higher one ("2 tahun dalam pangkat dimaksud").
    """

    golongan: Golongan | None = None


def held_since(s: Pegawai, floor: Golongan) -> dt.date | None:
    """Return when the subject first held floor or a higher golongan, or None."""
    return next((r.tmt for r in s.pangkat if r.golongan >= floor), None)


def golongan_held(
    name: str, floor: Golongan, months: int, env: Env, basis: tuple[str, ...], flag: str = ""
) -> Node:
    """Return the check: golongan `floor` or above held for at least `months` months."""
    on = env.on

    def explain(s: Pegawai) -> Explanation:
        since = held_since(s, floor)
        if since is None or since > on:
            return (
                FAIL,
                Message(f"belum mencapai golongan {floor.label}", f"has not reached {floor.label}"),
                fact(required=floor),
                None,
            )
        had = months_elapsed(since, on)
        facts = fact(since=since, months=had, required_months=months, golongan=floor)
        if had >= months:
            return (
                PASS,
                Message(
                    f"golongan {floor.label} atau lebih selama {had} bulan (paling sedikit {months})",
                    f"{floor.label} or above for {had} months (at least {months})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"golongan {floor.label} atau lebih baru {had} bulan; perlu {months}",
                f"{floor.label} or above for only {had} months; {months} needed",
            ),
            facts,
            add_months(since, months),
        )

    return Leaf(name, explain, basis=basis, flag=flag)


def masa_pangkat_minimal(p: PangkatSpan, env: Env) -> Node:
    """Return the check: time in the current pangkat (or since reaching a golongan) of at least p."""
    floor = p.golongan
    if floor is None:
        return _span_leaf(
            "pegawai.masa_pangkat_minimal",
            env,
            p,
            "tmt_pangkat",
            ("masa dalam pangkat", "time in rank"),
            lambda s: s.pangkat[-1].tmt if s.pangkat else None,
        )
    return golongan_held("pegawai.masa_pangkat_minimal", floor, p.total, env, REQUIREMENT_BASIS)


def usia_minimal(p: Span, env: Env) -> Node:
    """Return the check: the subject is at least the given age."""
    return _span_leaf(
        "pegawai.usia_minimal", env, p, "birth_date", ("usia", "age"), lambda s: s.birth_date
    )


def usia_maksimal(p: Span, env: Env) -> Node:
    """Return the check: age in whole years and months is at most the given age.

    Read strictly: 'at most 37 years' holds through 37 years 0 months and fails from
    37 years 1 month.
    """
    limit = p.total
    # passes while fewer than limit+1 whole months have elapsed since birth
    earliest_birth = latest_start(env.on, limit + 1) + dt.timedelta(days=1)
    need_id, need_en = describe_months(limit), describe_months(limit, english=True)

    def test(s: Pegawai) -> Outcome:
        return PASS if s.birth_date >= earliest_birth else FAIL

    def explain(s: Pegawai) -> Explanation:
        age = months_elapsed(s.birth_date, env.on)
        facts = fact(birth_date=s.birth_date, age_months=age, limit_months=limit)
        got_id, got_en = describe_months(age), describe_months(age, english=True)
        if s.birth_date >= earliest_birth:
            return (
                PASS,
                _m(f"usia {got_id} (paling tinggi {need_id})", f"age {got_en} (at most {need_en})"),
                facts,
                None,
            )
        return (
            FAIL,
            _m(f"usia {got_id}; melebihi {need_id}", f"age {got_en}; above {need_en}"),
            facts,
            None,
        )

    return Leaf("pegawai.usia_maksimal", explain, basis=REQUIREMENT_BASIS, test=test)


@attrs.frozen
class GolonganParams:
    """Parameters of pegawai.pangkat_minimal and pegawai.pangkat_maksimal."""

    golongan: Golongan


def _pangkat_leaf(name: str, g: Golongan, *, at_least: bool) -> Node:
    word_id, word_en = ("paling rendah", "at least") if at_least else ("paling tinggi", "at most")

    def test(s: Pegawai) -> Outcome:
        if not s.pangkat:
            return UNKNOWN
        current = s.pangkat[-1].golongan
        return _ok(current >= g if at_least else current <= g)

    def explain(s: Pegawai) -> Explanation:
        outcome = test(s)
        if outcome is UNKNOWN:
            return (
                UNKNOWN,
                _m("pangkat tidak ada dalam profil", "no pangkat in the profile"),
                fact(),
                None,
            )
        current = s.pangkat[-1].golongan
        facts = fact(golongan=current, required=g)
        verb_id = "memenuhi" if outcome is PASS else "tidak memenuhi"
        verb_en = "meets" if outcome is PASS else "does not meet"
        return (
            outcome,
            _m(
                f"pangkat {current.pangkat} ({current.label}) {verb_id} batas {word_id} {g.pangkat} ({g.label})",
                f"rank {current.label} {verb_en} the limit of {word_en} {g.label}",
            ),
            facts,
            None,
        )

    return Leaf(name, explain, basis=REQUIREMENT_BASIS, test=test)


def pangkat_minimal(p: GolonganParams, env: Env) -> Node:
    """Return the check: the current golongan is at least the given one."""
    return _pangkat_leaf("pegawai.pangkat_minimal", p.golongan, at_least=True)


def pangkat_maksimal(p: GolonganParams, env: Env) -> Node:
    """Return the check: the current golongan is at most the given one."""
    return _pangkat_leaf("pegawai.pangkat_maksimal", p.golongan, at_least=False)


def bup_years(table: Mapping[str, object], job: JabatanRecord | None) -> int | None:
    """Return the BUP in years of a position from the dated table, or None when unknown."""
    if job is None:
        return None
    try:
        return as_int(table[bup_key(job.kind, job.jenjang, job.fungsional, table)])
    except (ValueError, KeyError, TypeError):
        return None


def sisa_masa_kerja_minimal(p: Span, env: Env) -> Node:
    """Return the check: at least the given time remains before the BUP age is reached."""
    table = env.param("pensiun.bup")
    assert isinstance(table, Mapping)
    months = p.total
    need_id, need_en = describe_months(months), describe_months(months, english=True)

    def explain(s: Pegawai) -> Explanation:
        years = bup_years(table, s.current_jabatan)
        if years is None:
            return (
                UNKNOWN,
                _m(
                    "jabatan (dan jenjangnya) tidak ada dalam profil; BUP tidak diketahui",
                    "position (and its jenjang) missing from the profile; BUP unknown",
                ),
                fact(),
                None,
            )
        reached = bup_date(s.birth_date, years)
        left = months_elapsed(env.on, reached) if reached >= env.on else 0
        facts = fact(bup=years, bup_date=reached, months_left=left, required_months=months)
        got_id, got_en = describe_months(left), describe_months(left, english=True)
        if add_months(env.on, months) <= reached:
            return (
                PASS,
                _m(
                    f"sisa masa kerja sampai BUP {got_id} (paling sedikit {need_id})",
                    f"{got_en} left before BUP (at least {need_en})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            _m(
                f"sisa masa kerja sampai BUP {got_id}; kurang dari {need_id}",
                f"only {got_en} left before BUP; less than {need_en}",
            ),
            facts,
            None,
        )

    return Leaf(
        "pegawai.sisa_masa_kerja_minimal",
        explain,
        basis=(
            *REQUIREMENT_BASIS,
            "PP 11/2017 Pasal 239 (BUP)",
            "UU 14/2005 Pasal 30 ayat (4), Pasal 67 ayat (4) (guru, dosen)",
        ),
        flag=env.flag("pensiun.bup"),
    )


@attrs.frozen
class PendidikanParams:
    """Parameters of pegawai.pendidikan_minimal."""

    level: EducationLevel


def pendidikan_minimal(p: PendidikanParams, env: Env) -> Node:
    """Return the check: the highest diploma held on the date is at least the given level."""

    def explain(s: Pegawai) -> Explanation:
        held = s.education_on(env.on)
        if held is None:
            return (
                UNKNOWN,
                _m("riwayat pendidikan tidak ada dalam profil", "no education in the profile"),
                fact(),
                None,
            )
        facts = fact(level=held.level, required=p.level)
        if held.level.at_least(p.level):
            return (
                PASS,
                _m(
                    f"pendidikan {held.level.value} (paling rendah {p.level.value})",
                    f"education {held.level.value} (at least {p.level.value})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            _m(
                f"pendidikan {held.level.value}; di bawah {p.level.value}",
                f"education {held.level.value}; below {p.level.value}",
            ),
            facts,
            None,
        )

    return Leaf(
        "pegawai.pendidikan_minimal",
        explain,
        basis=(*REQUIREMENT_BASIS, "Perpres 8/2012 (KKNI) untuk urutan jenjang"),
    )


@attrs.frozen
class StatusParams:
    """Parameters of pegawai.status."""

    status: Status


def status(p: StatusParams, env: Env) -> Node:
    """Return the check: the employment status is the given one."""

    def test(s: Pegawai) -> Outcome:
        return PASS if s.status is p.status else FAIL

    def explain(s: Pegawai) -> Explanation:
        facts = fact(status=s.status, required=p.status)
        if s.status is p.status:
            return (
                PASS,
                _m(f"berstatus {p.status.value}", f"status is {p.status.value}"),
                facts,
                None,
            )
        return (
            FAIL,
            _m(
                f"berstatus {s.status.value}, bukan {p.status.value}",
                f"status is {s.status.value}, not {p.status.value}",
            ),
            facts,
            None,
        )

    return Leaf(
        "pegawai.status",
        explain,
        basis=("UU 20/2023 tentang ASN (PNS dan PPPK)",),
        test=test,
        key=lambda s: s.status,
    )


@attrs.frozen
class JabatanParams:
    """Parameters of pegawai.jabatan: accepted kinds, and for functional posts accepted jenjang."""

    kinds: tuple[JabatanKind, ...]
    jenjang: tuple[Jenjang, ...] = ()
    eselon: tuple[str, ...] = ()


def masa_jabatan_minimal(p: Span, env: Env) -> Node:
    """Return the check: time in the current position of at least the given years and months."""
    return _span_leaf(
        "pegawai.masa_jabatan_minimal",
        env,
        p,
        "tmt_jabatan",
        ("masa dalam jabatan", "time in the position"),
        lambda s: s.jabatan[-1].tmt if s.jabatan else None,
    )


_FUNCTIONAL = frozenset({JabatanKind.FUNGSIONAL_KETERAMPILAN, JabatanKind.FUNGSIONAL_KEAHLIAN})


def _job_text(job: JabatanRecord) -> str:
    extra = job.jenjang.label if job.jenjang else job.eselon
    return f"{job.kind.label} {extra}" if extra else job.kind.label


def jabatan(p: JabatanParams, env: Env) -> Node:
    """Return the check: the current position is one of the given kinds."""
    kinds = frozenset(p.kinds)
    levels = frozenset(p.jenjang)
    eselons = frozenset(e.upper() for e in p.eselon)
    names = ", ".join(k.label for k in p.kinds)
    if levels:
        names += f" (jenjang {', '.join(j.label for j in p.jenjang)})"
    if eselons:
        names += f" (eselon {', '.join(p.eselon)})"

    def level_ok(job: JabatanRecord) -> Outcome:
        # jenjang reads functional posts only ("paling rendah Ahli Madya"); eselon the others
        if job.kind in _FUNCTIONAL:
            if not levels:
                return PASS
            if job.jenjang is None:
                return UNKNOWN
            return PASS if job.jenjang in levels else FAIL
        if not eselons:
            return PASS
        if not job.eselon:
            return UNKNOWN
        return PASS if job.eselon.upper() in eselons else FAIL

    plain = not levels and not eselons  # the kind alone decides

    def test(s: Pegawai) -> Outcome:
        if not s.jabatan:
            return UNKNOWN
        job = s.jabatan[-1]
        if job.kind not in kinds:
            return FAIL
        return PASS if plain else level_ok(job)

    def explain(s: Pegawai) -> Explanation:
        job = s.current_jabatan
        if job is None:
            return (
                UNKNOWN,
                _m("jabatan tidak ada dalam profil", "no position in the profile"),
                fact(),
                None,
            )
        facts = fact(
            kind=job.kind, jenjang=job.jenjang, accepted=p.kinds, accepted_jenjang=p.jenjang
        )
        outcome = level_ok(job) if job.kind in kinds else FAIL
        if outcome is UNKNOWN:
            return (
                UNKNOWN,
                _m(
                    "jenjang jabatan fungsional tidak ada dalam profil",
                    "the functional jenjang is missing from the profile",
                ),
                facts,
                None,
            )
        if outcome is PASS:
            return (
                PASS,
                _m(f"jabatan {job.kind.label}", f"position is {job.kind.label}"),
                facts,
                None,
            )
        return (
            FAIL,
            _m(
                f"jabatan {_job_text(job)}; yang diterima: {names}",
                f"position is {_job_text(job)}; accepted: {names}",
            ),
            facts,
            None,
        )

    return Leaf(
        "pegawai.jabatan",
        explain,
        basis=("UU 20/2023 tentang ASN (jabatan administrasi, fungsional, pimpinan tinggi)",),
        test=test,
        key=lambda s: s.jabatan[-1] if s.jabatan else None,
    )


def _title(ind: str, eng: str) -> Message:
    return Message(ind, eng)


GENERIC_RULES: tuple[Rule, ...] = (
    Rule(
        "pegawai.bebas_hukuman_disiplin",
        _title("Bebas hukuman disiplin", "Free of disciplinary sanctions"),
        DISIPLIN_BASIS,
        bebas_hukuman_disiplin,
        DisiplinParams,
    ),
    Rule(
        "pegawai.skp_minimal",
        _title("Nilai SKP paling rendah", "Minimum SKP rating"),
        SKP_BASIS,
        skp_minimal,
        SkpParams,
    ),
    Rule(
        "pegawai.masa_kerja_minimal",
        _title("Masa kerja paling sedikit", "Minimum length of service"),
        REQUIREMENT_BASIS,
        masa_kerja_minimal,
        Span,
    ),
    Rule(
        "pegawai.usia_maksimal",
        _title("Usia paling tinggi", "Maximum age"),
        REQUIREMENT_BASIS,
        usia_maksimal,
        Span,
    ),
    Rule(
        "pegawai.usia_minimal",
        _title("Usia paling rendah", "Minimum age"),
        REQUIREMENT_BASIS,
        usia_minimal,
        Span,
    ),
    Rule(
        "pegawai.pangkat_minimal",
        _title("Pangkat paling rendah", "Minimum rank"),
        REQUIREMENT_BASIS,
        pangkat_minimal,
        GolonganParams,
    ),
    Rule(
        "pegawai.pangkat_maksimal",
        _title("Pangkat paling tinggi", "Maximum rank"),
        REQUIREMENT_BASIS,
        pangkat_maksimal,
        GolonganParams,
    ),
    Rule(
        "pegawai.masa_pangkat_minimal",
        _title("Masa dalam pangkat paling sedikit", "Minimum time in rank"),
        REQUIREMENT_BASIS,
        masa_pangkat_minimal,
        PangkatSpan,
    ),
    Rule(
        "pegawai.sisa_masa_kerja_minimal",
        _title("Sisa masa kerja sebelum BUP paling sedikit", "Minimum service left before BUP"),
        REQUIREMENT_BASIS,
        sisa_masa_kerja_minimal,
        Span,
    ),
    Rule(
        "pegawai.pendidikan_minimal",
        _title("Pendidikan paling rendah", "Minimum education"),
        REQUIREMENT_BASIS,
        pendidikan_minimal,
        PendidikanParams,
    ),
    Rule(
        "pegawai.status",
        _title("Status kepegawaian", "Employment status"),
        ("UU 20/2023 tentang ASN",),
        status,
        StatusParams,
    ),
    Rule(
        "pegawai.jabatan",
        _title("Jenis jabatan", "Kind of position"),
        ("UU 20/2023 tentang ASN",),
        jabatan,
        JabatanParams,
    ),
    Rule(
        "pegawai.masa_jabatan_minimal",
        _title("Masa dalam jabatan paling sedikit", "Minimum time in the position"),
        REQUIREMENT_BASIS,
        masa_jabatan_minimal,
        Span,
    ),
)
"""The generic rules, in the order COMMON.md lists them."""
