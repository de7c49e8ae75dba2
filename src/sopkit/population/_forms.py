"""Columnar forms of the rules' leaf checks: the same decision as each scalar check, on arrays.

A form is registered under the check's own name; it receives the parameters of the rule that
built the check (already structured), the rule book's environment for dated parameters, and
returns a function from a View to (outcomes, ready-on dates). Dates come from the view, per
row, never from the environment, so one bound form serves every date of a parameter epoch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._pegawai import ExamKind, LeaveKind, SanctionLevel, TrainingKind
from sopkit.population._population import (
    EDUCATION,
    EDUCATION_RANK,
    FUNCTIONAL_KINDS,
    JENJANG,
    KIND,
    LEAVE,
    SANCTION,
    STATUS,
    STRUCTURAL_KINDS,
)
from sopkit.population._vdates import (
    Days,
    Ints,
    add_months,
    day_of_month,
    first_of_month,
    latest_start,
    month_of,
    months_elapsed,
    year_of,
    year_start,
)
from sopkit.population._view import FAIL, NAT, PASS, UNKNOWN, Outcomes, View, outcome
from sopkit.rules._engine import Env, as_int

Result = tuple[Outcomes, Days | None]
Form = Callable[[View], Result]
FormBuilder = Callable[[Any, Env, str], Form]

FORMS: dict[str, FormBuilder] = {}
"""Check name -> builder of its columnar form."""

ONE_DAY = np.timedelta64(1, "D")


def form(name: str) -> Callable[[FormBuilder], FormBuilder]:
    """Register the columnar form of the check named `name`."""

    def register(builder: FormBuilder) -> FormBuilder:
        FORMS[name] = builder
        return builder

    return register


def _golongan_code(value: object) -> int:
    return int(Golongan.parse(str(value)).value)


def _table(env: Env, name: str) -> Mapping[str, Any]:
    value = env.param(name)
    assert isinstance(value, Mapping)
    return value


def _span_total(p: Any) -> int:
    return int(p.years) * 12 + int(p.months)


# ---- generic pegawai.* checks ---------------------------------------------------------------


@form("pegawai.status")
def _status(p: Any, env: Env, origin: str) -> Form:
    code = STATUS.of(p.status)
    return lambda v: (outcome(v.status() == code), None)


@form("pegawai.bebas_hukuman_disiplin")
def _disiplin(p: Any, env: Env, origin: str) -> Form:
    levels = np.zeros(len(SanctionLevel) + 1, dtype=bool)
    for level in p.levels:
        levels[SANCTION.of(level)] = True
    span = None if p.within_years is None else p.within_years * 12

    def run(v: View) -> Result:
        s = v.pop.sanctions
        if s.dense and (p.ever or not v.want_ready):
            # day numbers: a row without a sanction has level 0, so its NaT never counts
            start = v.take(s.date).view(np.int64)
            hit = levels[v.take(s.values["level"])] & (start <= v.fact_at.view(np.int64))
            if not p.ever:
                cutoff = v.at if span is None else v.per_date(lambda on: latest_start(on, span))
                hit &= v.take(s.values["end"]).view(np.int64) >= cutoff.view(np.int64)
            return outcome(~hit), None
        idx, pos = s.of_rows(v.rows)
        on = v.on[pos]
        hit = levels[s.values["level"][idx]] & (s.date[idx] <= v.asof[pos])
        if not p.ever:
            cutoff = on if span is None else latest_start(on, span)
            hit &= s.values["end"][idx] >= cutoff
        blocked = np.zeros(len(v), dtype=bool)
        blocked[pos[hit]] = True
        ready = None
        if v.want_ready and not p.ever and hit.any():
            last = np.full(len(v), np.datetime64("-100000-01-01", "D"))
            np.maximum.at(last, pos[hit], s.values["end"][idx][hit])
            last = np.where(blocked, last, NAT)
            ready = (last if span is None else add_months(last, span)) + ONE_DAY
        return outcome(~blocked), ready

    return run


@form("pegawai.skp_minimal")
def _skp(p: Any, env: Env, origin: str) -> Form:
    floor = p.rating.score

    def run(v: View) -> Result:
        low = np.zeros(len(v), dtype=bool)
        found = np.ones(len(v), dtype=bool)
        first_low = np.zeros(len(v), dtype=np.int64)  # the latest low year, as years back
        for back in range(p.years, 0, -1):
            score = v.skp(back)
            given = score > 0
            below = given & (score < floor)
            first_low = np.where(below, back, first_low)
            low |= below
            found &= given
        out = np.where(low, FAIL, np.where(found, PASS, UNKNOWN))
        # a low rating leaves "the last N years" when the year N + 1 after it begins
        return out, _ready(v, low, lambda i: year_start(v.year()[i] - first_low[i] + p.years + 1))

    return run


def _ready(v: View, where: npt.NDArray[np.bool_], date: Callable[[Ints], Days]) -> Days | None:
    """Return the ready-on dates computed for the rows where asked (NaT elsewhere)."""
    if not v.want_ready:
        return None
    idx = np.nonzero(where)[0]
    ready = np.full(len(v), NAT)
    if len(idx):
        ready[idx] = date(idx)
    return ready


def span_form(months: int, start: Callable[[View], Days]) -> Form:
    """Return the form of a 'at least N months since a start date' check."""

    def run(v: View) -> Result:
        begin = start(v)
        known = ~np.isnat(begin)
        ok = begin <= v.per_date(lambda on: latest_start(on, months))
        return outcome(ok, known), _ready(v, known & ~ok, lambda i: add_months(begin[i], months))

    return run


def _service_start(v: View) -> Days:
    cpns = v.take(v.pop.tmt_cpns)
    return np.where(np.isnat(cpns), v.first_job_tmt(), cpns)


@form("pegawai.masa_kerja_minimal")
def _masa_kerja(p: Any, env: Env, origin: str) -> Form:
    return span_form(_span_total(p), _service_start)


@form("pegawai.usia_minimal")
def _usia_minimal(p: Any, env: Env, origin: str) -> Form:
    return span_form(_span_total(p), lambda v: v.take(v.pop.birth))


@form("pegawai.masa_jabatan_minimal")
def _masa_jabatan(p: Any, env: Env, origin: str) -> Form:
    return span_form(_span_total(p), lambda v: v.job()[3])


def held_form(floor: int, months: int) -> Form:
    """Return the form of 'golongan `floor` or above held for at least `months` months'."""

    def run(v: View) -> Result:
        r = v.pop.pangkat
        first = v._memo(f"held:{floor}", lambda: r.first_where(r.values["golongan"] >= floor))
        since = v.take(first)
        reached = since <= v.fact_at
        ok = reached & (months_elapsed(since, v.on) >= months)
        return outcome(ok), _ready(v, reached & ~ok, lambda i: add_months(since[i], months))

    return run


@form("pegawai.masa_pangkat_minimal")
def _masa_pangkat(p: Any, env: Env, origin: str) -> Form:
    if p.golongan is None:
        return span_form(_span_total(p), lambda v: v.golongan()[1])
    return held_form(int(p.golongan.value), _span_total(p))


@form("pegawai.usia_maksimal")
def _usia_maksimal(p: Any, env: Env, origin: str) -> Form:
    limit = _span_total(p)

    def run(v: View) -> Result:
        earliest_birth = v.per_date(lambda on: latest_start(on, limit + 1) + ONE_DAY)
        return outcome(v.take(v.pop.birth) >= earliest_birth), None

    return run


def _pangkat_bound(p: Any, at_least: bool) -> Form:
    g = int(p.golongan.value)

    def run(v: View) -> Result:
        current = v.golongan()[0]
        ok = current >= g if at_least else current <= g
        return outcome(ok, current > 0), None

    return run


@form("pegawai.pangkat_minimal")
def _pangkat_minimal(p: Any, env: Env, origin: str) -> Form:
    return _pangkat_bound(p, True)


@form("pegawai.pangkat_maksimal")
def _pangkat_maksimal(p: Any, env: Env, origin: str) -> Form:
    return _pangkat_bound(p, False)


class Bup:
    """The BUP in years of each row's post as of its date (0: unknown), from pensiun.bup."""

    def __init__(self, env: Env) -> None:
        self.table = _table(env, "pensiun.bup")
        self.by_kind = _bup_by_kind(self.table)

    def years(self, v: View) -> Ints:
        """Return each row's BUP in years (0 where unknown)."""
        kind, jenjang, _, _ = v.job()
        years = self.by_kind[kind, jenjang]
        if len(v.pop.fungsionals) > 1:
            named = np.array(
                [
                    int(value) if isinstance((value := self.table.get(f)), int) and f else 0
                    for f in v.pop.fungsionals
                ],
                dtype=np.int64,
            )
            code = v.job_fungsional()
            years = np.where(FUNCTIONAL_KINDS[kind] & (named[code] > 0), named[code], years)
        return years


def _bup_by_kind(table: Mapping[str, Any]) -> Ints:
    """Return the BUP in years per (kind, jenjang) code pair (0: unknown)."""
    out = np.zeros((len(JabatanKind) + 1, len(Jenjang) + 1), dtype=np.int64)
    for kind in JabatanKind:
        for jenjang in (None, *Jenjang):
            if kind.is_functional:
                if jenjang is None:
                    continue
                key = jenjang.value
            else:
                key = kind.value
            value = table.get(key)
            if isinstance(value, int):
                out[KIND.of(kind), JENJANG.of(jenjang)] = value
    return out


@form("pegawai.sisa_masa_kerja_minimal")
def _sisa(p: Any, env: Env, origin: str) -> Form:
    bup = Bup(env)
    months = _span_total(p)

    def run(v: View) -> Result:
        years = bup.years(v)
        reached = add_months(v.take(v.pop.birth), 12 * years)
        later = v.per_date(lambda on: add_months(on, months))
        return outcome(later <= reached, years > 0), None

    return run


@form("pegawai.pendidikan_minimal")
def _pendidikan(p: Any, env: Env, origin: str) -> Form:
    need = p.level.rank

    def run(v: View) -> Result:
        level = v.education()
        return outcome(EDUCATION_RANK[level] >= need, level > 0), None

    return run


@form("pegawai.jabatan")
def _jabatan(p: Any, env: Env, origin: str) -> Form:
    kinds = np.zeros(len(JabatanKind) + 1, dtype=bool)
    for k in p.kinds:
        kinds[KIND.of(k)] = True
    levels = np.zeros(len(Jenjang) + 1, dtype=bool)
    for j in p.jenjang:
        levels[JENJANG.of(j)] = True
    wanted = {e.upper() for e in p.eselon}

    def run(v: View) -> Result:
        kind, jenjang, eselon, _ = v.job()
        ok = kinds[kind]
        out = outcome(ok, kind > 0)
        if p.jenjang or p.eselon:
            functional = FUNCTIONAL_KINDS[kind]
            if p.jenjang:
                f = ok & functional
                out = np.where(f & (jenjang == 0), UNKNOWN, out)
                out = np.where(f & (jenjang > 0) & ~levels[jenjang], FAIL, out)
            if p.eselon:
                accepted = np.array([e.upper() in wanted for e in v.pop.eselons], dtype=bool)
                o = ok & ~functional
                out = np.where(o & (eselon == 0), UNKNOWN, out)
                out = np.where(o & (eselon > 0) & ~accepted[eselon], FAIL, out)
        return out, None

    return run


# ---- kenaikan pangkat -----------------------------------------------------------------------


def _period_table(env: Env) -> tuple[npt.NDArray[np.datetime64], npt.NDArray[np.bool_]]:
    param = env.book.parameter("kenaikan_pangkat.periode")
    starts = np.array([d for d, _ in param.values], dtype="datetime64[D]")
    allowed = np.zeros((len(starts), 13), dtype=bool)
    for i, (_, months) in enumerate(param.values):
        assert isinstance(months, tuple)
        for m in months:
            allowed[i, as_int(m)] = True
    return starts, allowed


@form("kenaikan_pangkat.periode")
def _periode(p: Any, env: Env, origin: str) -> Form:
    starts, allowed = _period_table(env)

    def is_period(day: Days) -> npt.NDArray[np.bool_]:
        epoch = np.searchsorted(starts, day, side="right") - 1
        return (epoch >= 0) & allowed[np.maximum(epoch, 0), month_of(day)]

    def check(on: Days) -> tuple[npt.NDArray[np.bool_], Days]:
        ok = (day_of_month(on) == 1) & is_period(on)
        ready = np.full(len(on), NAT)
        todo = ~ok
        base = first_of_month(on)
        for k in range(1, 25):  # next period date after `on`, under the rules of that date
            cand = add_months(base, k)
            hit = todo & is_period(cand)
            ready[hit] = cand[hit]
            todo &= ~hit
            if not todo.any():
                break
        return ok, ready

    def run(v: View) -> Result:
        ok, ready = v.per_date(check)
        n = len(v)
        return outcome(np.broadcast_to(ok, n)), np.broadcast_to(ready, n) if v.want_ready else None

    return run


@form("kenaikan_pangkat.batas_pendidikan")
def _batas_pendidikan(p: Any, env: Env, origin: str) -> Form:
    raw = _table(env, "kenaikan_pangkat.batas_pendidikan")
    cap = np.zeros(len(EducationLevel) + 1, dtype=np.int64)
    for key, value in raw.items():
        cap[EDUCATION.of(EducationLevel(key))] = _golongan_code(value)

    def run(v: View) -> Result:
        g = v.golongan()[0]
        level = v.education()
        return outcome(g < cap[level], (g > 0) & (level > 0)), None

    return run


@form("kenaikan_pangkat.atasan")
def _atasan(p: Any, env: Env, origin: str) -> Form:
    if env.param("kenaikan_pangkat.batas_atasan") is False:  # the cap is lifted on this date
        return lambda v: (np.full(len(v), PASS, dtype=np.int8), None)

    def run(v: View) -> Result:
        g = v.golongan()[0]
        boss = v.take(v.pop.atasan)
        return outcome(g < boss, (g > 0) & (boss > 0)), None

    return run


@form("kenaikan_pangkat.ujian_dinas")
def _ujian_dinas(p: Any, env: Env, origin: str) -> Form:
    raw = _table(env, "kenaikan_pangkat.ujian_dinas")
    needed = {_golongan_code(k): ExamKind(str(v)) for k, v in raw.items()}
    exempt: dict[ExamKind, tuple[int, tuple[TrainingKind, ...]]] = {}
    for exam, rule in _table(env, "kenaikan_pangkat.ujian_dinas_pengecualian").items():
        trainings = tuple(TrainingKind(str(t)) for t in (rule.get("training") or ()))
        level = EducationLevel(str(rule["education_at_least"]))
        exempt[ExamKind(str(exam))] = (level.rank, trainings)

    def run(v: View) -> Result:
        g = v.golongan()[0]
        ok: npt.NDArray[np.bool_] = np.ones(len(v), dtype=bool)
        for code, kind in needed.items():
            at = g == code
            if not at.any():
                continue
            passed = v.passed(kind)
            if kind in exempt:
                rank, trainings = exempt[kind]
                passed = passed | (EDUCATION_RANK[v.education()] >= rank)
                for training in trainings:
                    passed = passed | v.trained(training)
            ok = np.where(at, passed, ok)
        return outcome(ok, g > 0), None

    return run


@form("kenaikan_pangkat.jenjang_fungsional")
def _jenjang_fungsional(p: Any, env: Env, origin: str) -> Form:
    high = np.zeros(len(Jenjang) + 1, dtype=np.int64)
    for key, pair in _table(env, "kenaikan_pangkat.jenjang_fungsional").items():
        high[JENJANG.of(Jenjang(str(key)))] = _golongan_code(pair[1])

    def run(v: View) -> Result:
        kind, jenjang, _, _ = v.job()
        g = v.golongan()[0]
        functional = FUNCTIONAL_KINDS[kind]
        out = outcome(g < high[jenjang], (jenjang > 0) & (g > 0))
        out = np.where(functional | (kind == 0), out, FAIL)  # a non-functional post: fail
        return np.where(kind == 0, UNKNOWN, out), None

    return run


@form("kenaikan_pangkat.jabatan_struktural")
def _struktural(p: Any, env: Env, origin: str) -> Form:
    raw = _table(env, "kenaikan_pangkat.pilihan_struktural_masa")
    below, within, in_post = (as_int(raw[k]) for k in ("below_minimum", "within_range", "in_post"))
    ranges = _table(env, "kenaikan_pangkat.eselon")

    def run(v: View) -> Result:
        kind, _, eselon, job_tmt = v.job()
        g, tmt = v.golongan()
        low = np.zeros(len(v.pop.eselons), dtype=np.int64)
        high = np.zeros(len(v.pop.eselons), dtype=np.int64)
        for i, name in enumerate(v.pop.eselons):
            pair = ranges.get(name)
            if isinstance(pair, tuple):
                low[i], high[i] = _golongan_code(pair[0]), _golongan_code(pair[1])
        structural = STRUCTURAL_KINDS[kind] & (g > 0)
        # another kind of post fails; no post, or no rank, is unknown
        out = np.where((kind > 0) & ~STRUCTURAL_KINDS[kind], FAIL, UNKNOWN).astype(np.int8)
        known = structural & (low[eselon] > 0)
        out[structural & ~known] = UNKNOWN
        need = np.where(g < low[eselon], below, within)
        rank_months = np.where(tmt <= v.on, months_elapsed(tmt, v.on), 0)
        post_months = np.where(job_tmt <= v.on, months_elapsed(job_tmt, v.on), 0)
        capped = known & (g >= high[eselon])
        short = known & ~capped & ((rank_months < need) | (post_months < in_post))
        ready = _ready(
            v,
            short,
            lambda i: np.maximum(add_months(tmt[i], need[i]), add_months(job_tmt[i], in_post)),
        )
        out[known & (capped | short)] = FAIL
        out[known & ~capped & ~short] = PASS
        return out, ready

    return run


def _pak_form(only_functional: bool) -> Form:
    def run(v: View) -> Result:
        a = v.pop.angka_kredit
        idx = a.latest(v.rows, v.asof)
        has = idx >= 0
        safe = np.where(has, idx, 0)
        ok = a.values["earned"][safe] >= a.values["required"][safe]
        out = outcome(ok, has)
        if only_functional:
            out[~FUNCTIONAL_KINDS[v.job()[0]]] = PASS
        return out, None

    return run


@form("kenaikan_pangkat.angka_kredit")
def _angka_kredit(p: Any, env: Env, origin: str) -> Form:
    return _pak_form(only_functional=origin == "kenaikan_pangkat.penyesuaian_ijazah")


@form("kenaikan_pangkat.ijazah")
def _ijazah(p: Any, env: Env, origin: str) -> Form:
    raw = _table(env, "kenaikan_pangkat.penyesuaian_ijazah")
    cap = np.zeros(len(EducationLevel) + 1, dtype=np.int64)
    for key, pair in raw.items():
        cap[EDUCATION.of(EducationLevel(key))] = _golongan_code(pair[0])

    def run(v: View) -> Result:
        g = v.golongan()[0]
        level = v.education()
        out = outcome((cap[level] > 0) & (g <= cap[level]), (g > 0) & (level > 0))
        return out, None

    return run


@form("kenaikan_pangkat.ukppi")
def _ukppi(p: Any, env: Env, origin: str) -> Form:
    functional_too = env.param("kenaikan_pangkat.ukppi_fungsional")

    def run(v: View) -> Result:
        ok = v.passed(ExamKind.UKPPI)
        if functional_too is False:
            ok = ok | FUNCTIONAL_KINDS[v.job()[0]]
        return outcome(ok), None

    return run


# ---- KGB and pensiun ------------------------------------------------------------------------


@form("kgb.masa_kerja_golongan")
def _kgb(p: Any, env: Env, origin: str) -> Form:
    interval = env.param("kgb.interval")
    assert isinstance(interval, int)

    def run(v: View) -> Result:
        last = v.kgb_terakhir()
        base = np.where(np.isnat(last), v.take(v.pop.tmt_cpns), last)
        due = add_months(base, interval)
        ok = due <= v.on
        known = ~np.isnat(base)
        return outcome(ok, known), _ready(v, known & ~ok, lambda i: due[i])

    return run


@form("pensiun.tmt")
def _pensiun(p: Any, env: Env, origin: str) -> Form:
    bup = Bup(env)

    def run(v: View) -> Result:
        years = bup.years(v)
        known = years > 0
        reached = add_months(v.take(v.pop.birth), 12 * years)
        tmt = add_months(first_of_month(reached), 1)
        ok = tmt <= v.on
        return outcome(ok, known), _ready(v, known & ~ok, lambda i: tmt[i])

    return run


# ---- cuti -----------------------------------------------------------------------------------


@form("cuti.sisa_tahunan")
def _sisa_tahunan(p: Any, env: Env, origin: str) -> Form:
    t = _table(env, "cuti.tahunan")
    hak, carried_max = as_int(t["hak"]), as_int(t["carried_max"])
    total_max, two_max, masa = (
        as_int(t["total_max"]),
        as_int(t["two_years_max"]),
        as_int(t["masa_kerja"]),
    )
    tahunan, besar = LEAVE.of(LeaveKind.TAHUNAN), LEAVE.of(LeaveKind.BESAR)

    def run(v: View) -> Result:
        year = v.year()
        start = _service_start(v)
        leaves = v.pop.leaves
        idx, pos = leaves.of_rows(v.rows)
        exists = leaves.date[idx] <= v.asof[pos]  # a leave after the date is not on record yet
        kind = np.where(exists, leaves.values["kind"][idx], 0)
        first_year = year_of(leaves.date[idx])
        last_year = year_of(leaves.values["end"][idx])

        def used(y: Ints) -> Ints:
            m = (kind == tahunan) & (first_year == y[pos])
            out = np.zeros(len(v), dtype=np.int64)
            np.add.at(out, pos[m], leaves.values["days"][idx][m])
            return out

        def besar_in(y: Ints) -> npt.NDArray[np.bool_]:
            m = (kind == besar) & (first_year <= y[pos]) & (y[pos] <= last_year)
            out = np.zeros(len(v), dtype=bool)
            out[pos[m]] = True
            return out

        def entitled(y: Ints) -> npt.NDArray[np.bool_]:
            end_of_year = year_start(y + 1) - ONE_DAY
            return ~np.isnat(start) & (add_months(start, masa) <= end_of_year) & ~besar_in(y)

        now, prev, prev2 = entitled(year), entitled(year - 1), entitled(year - 2)
        u1, u2 = used(year - 1), used(year - 2)
        carried = np.minimum(carried_max, np.maximum(0, hak - u1))
        total = np.where(prev, np.minimum(total_max, hak + carried), hak)
        total = np.where(prev & prev2 & (u1 == 0) & (u2 == 0), two_max, total)
        total = np.where(now, total, 0)
        left = np.maximum(0, total - used(year))
        ok = (p.days <= left) & ~besar_in(year)
        nxt = year_start(year + 1)
        return outcome(ok), _ready(v, ~ok & (p.days <= two_max), lambda i: nxt[i])

    return run


def constant_form(leaf: Any) -> Form:
    """Return the form of a check that reads neither the person nor the date (a request's own)."""
    out, _, _, ready = leaf._explain(None)
    code = {"pass": PASS, "fail": FAIL, "unknown": UNKNOWN}[out.value]
    if ready is None:
        return lambda v: (np.full(len(v), code, dtype=np.int8), None)
    day = np.datetime64(ready, "D")
    return lambda v: (np.full(len(v), code, dtype=np.int8), np.full(len(v), day))


CONSTANT_CHECKS = frozenset({"cuti.lama", "cuti.anak_ke", "cuti.alasan"})
"""Checks that depend only on the request's parameters (period, child, reason)."""


# ---- pengembangan kompetensi ----------------------------------------------------------------


@form("izin_belajar.pangkat")
def _izin_pangkat(p: Any, env: Env, origin: str) -> Form:
    from sopkit.rules._pengembangan import _pangkat_table

    table, _ = _pangkat_table(p, env)
    row = None if table is None else table.get(p.level)
    if row is None:
        return lambda v: (np.full(len(v), FAIL, dtype=np.int8), None)
    floor, months = int(row.golongan.value), 12 * row.years
    held = held_form(floor, months)

    def run(v: View) -> Result:
        out, ready = held(v)
        out[v.golongan()[0] == 0] = UNKNOWN
        if ready is not None:
            ready[out == UNKNOWN] = NAT
        return out, ready

    return run
