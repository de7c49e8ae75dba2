"""Kenaikan pangkat: reguler, pilihan (struktural, fungsional) and penyesuaian ijazah."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from typing import Any

from sopkit.asn._dates import add_months, months_elapsed
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._pegawai import ExamKind, Pegawai, TrainingKind
from sopkit.rules._engine import (
    FAIL,
    PASS,
    UNKNOWN,
    AllOf,
    Env,
    Explanation,
    Leaf,
    Node,
    Rule,
    as_int,
)
from sopkit.rules._verdict import Message, Outcome, fact

KP_BASIS = (
    "PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS",
    "Kep. Ka BKN 12/2002",
)
PERIOD_BASIS = (
    "PP 12/2002 (1 April dan 1 Oktober)",
    "Peraturan BKN 4/2023 (enam periode, 2024 - September 2025)",
    "Peraturan BKN 4/2025 (setiap bulan sejak 1 Oktober 2025)",
)
ATASAN_BASIS = ("PP 99/2000 jo. PP 12/2002 Pasal 6 ayat (2)",)
ATASAN_LIFTED = "Peraturan BKN 2/2025 Pasal 2 ayat (2) (sumber sekunder)"
UJIAN_DINAS_BASIS = (
    "PP 99/2000 jo. PP 12/2002 Pasal 30 (ujian dinas)",
    "Kep. Ka BKN 12/2002",
)
FUNGSIONAL_BASIS = ("PP 99/2000 Pasal 13 (jabatan fungsional tertentu)",)


def period_months(env: Env, day: dt.date) -> tuple[int, ...]:
    """Return the KP period months in force on a date."""
    value = env.book.parameter("kenaikan_pangkat.periode").at(day)
    assert isinstance(value, tuple)
    return tuple(as_int(m) for m in value)


def next_period(env: Env, after: dt.date) -> dt.date:
    """Return the first KP period date strictly after a date."""
    day = add_months(after.replace(day=1), 1)
    while day.month not in period_months(env, day):
        day = add_months(day, 1)
    return day


def periode(env: Env) -> Node:
    """Return the check: the date is a KP period (TMT) date under the rules of that date."""
    on = env.on
    months = period_months(env, on)
    ok = on.day == 1 and on.month in months
    outcome = PASS if ok else FAIL
    shown = ", ".join(f"1/{m}" for m in months)

    facts = fact(on=on, period_months=months)
    if ok:
        said: Explanation = (
            PASS,
            Message(f"{on} adalah periode kenaikan pangkat", f"{on} is a promotion period date"),
            facts,
            None,
        )
    else:
        nxt = next_period(env, on)
        said = (
            FAIL,
            Message(
                f"{on} bukan periode kenaikan pangkat (periode: {shown}); periode berikutnya {nxt}",
                f"{on} is not a promotion period date (periods: {shown}); next period {nxt}",
            ),
            facts,
            nxt,
        )

    # the same for every subject: worked out once per date
    return Leaf(
        "kenaikan_pangkat.periode",
        lambda _: said,
        key=lambda _: None,
        basis=PERIOD_BASIS,
        test=lambda _: outcome,
        title=Message("Periode kenaikan pangkat", "Promotion period date"),
    )


def _golongan(value: object) -> Golongan:
    return Golongan.parse(str(value))


def batas_pendidikan(env: Env) -> Node:
    """Return the check: the next rank does not exceed the ceiling of the highest diploma."""
    on = env.on
    raw = env.param("kenaikan_pangkat.batas_pendidikan")
    assert isinstance(raw, Mapping)
    ceiling = {EducationLevel(k): _golongan(v) for k, v in raw.items()}
    ranked = {level: level.rank for level in EducationLevel}

    def best(s: Pegawai) -> EducationLevel | None:
        top = None
        for record in s.education:
            if record.graduated <= on and (top is None or ranked[record.level] > ranked[top]):
                top = record.level
        return top

    def test(s: Pegawai) -> Outcome:
        if not s.pangkat:
            return UNKNOWN
        level = best(s)
        if level is None:
            return UNKNOWN
        return PASS if s.pangkat[-1].golongan < ceiling[level] else FAIL

    def explain(s: Pegawai) -> Explanation:
        level = best(s)
        if not s.pangkat or level is None:
            return (
                UNKNOWN,
                Message(
                    "pangkat atau pendidikan tidak ada dalam profil",
                    "rank or education missing from the profile",
                ),
                fact(),
                None,
            )
        current, cap = s.pangkat[-1].golongan, ceiling[level]
        facts = fact(golongan=current, education=level, ceiling=cap)
        if current < cap:
            return (
                PASS,
                Message(
                    f"ijazah {level.value} memungkinkan sampai {cap.label}; pangkat kini {current.label}",
                    f"a {level.value} diploma allows up to {cap.label}; current rank {current.label}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"pangkat {current.label} sudah mencapai batas ijazah {level.value} ({cap.label})",
                f"rank {current.label} has reached the ceiling of a {level.value} diploma ({cap.label})",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.batas_pendidikan",
        explain,
        basis=KP_BASIS,
        test=test,
        flag=env.flag("kenaikan_pangkat.batas_pendidikan"),
        key=lambda s: (s.pangkat[-1].golongan if s.pangkat else None, best(s)),
        title=Message("Pangkat tertinggi menurut ijazah", "Highest rank for the diploma"),
    )


def atasan(env: Env) -> Node:
    """Return the check: the next rank is not above the direct superior's, while that cap is law.

    PP 99/2000 Pasal 6 ayat (2) caps KP reguler at the direct superior's rank; Peraturan BKN
    2/2025 (dated parameter kenaikan_pangkat.batas_atasan) lifts the cap.
    """
    title = Message("Tidak melampaui pangkat atasan langsung", "Not above the direct superior")
    capped = env.param("kenaikan_pangkat.batas_atasan")
    flag = env.flag("kenaikan_pangkat.batas_atasan")
    if capped is False:
        lifted = Message(
            "kenaikan pangkat reguler tidak lagi dibatasi pangkat atasan langsung "
            "(Peraturan BKN 2/2025)",
            "regular promotion is no longer capped at the direct superior's rank "
            "(Peraturan BKN 2/2025)",
        )
        return Leaf(
            "kenaikan_pangkat.atasan",
            lambda _: (PASS, lifted, fact(capped=False), None),
            basis=(ATASAN_LIFTED,),
            test=lambda _: PASS,
            flag=flag,
            title=title,
            key=lambda _: None,
        )

    def test(s: Pegawai) -> Outcome:
        boss = s.atasan_golongan
        if boss is None or not s.pangkat:
            return UNKNOWN
        return PASS if s.pangkat[-1].golongan < boss else FAIL

    def explain(s: Pegawai) -> Explanation:
        boss = s.atasan_golongan
        if boss is None or not s.pangkat:
            return (
                UNKNOWN,
                Message(
                    "pangkat atasan langsung tidak ada dalam profil",
                    "the direct superior's rank is missing from the profile",
                ),
                fact(),
                None,
            )
        current = s.pangkat[-1].golongan
        facts = fact(golongan=current, atasan_golongan=boss)
        if current < boss:
            return (
                PASS,
                Message(
                    f"pangkat baru tidak melebihi pangkat atasan langsung ({boss.label})",
                    f"the new rank is not above the direct superior's ({boss.label})",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"pangkat baru akan melebihi pangkat atasan langsung ({boss.label})",
                f"the new rank would be above the direct superior's ({boss.label})",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.atasan",
        explain,
        basis=ATASAN_BASIS,
        test=test,
        flag=flag,
        title=title,
        key=lambda s: (s.atasan_golongan, s.pangkat[-1].golongan if s.pangkat else None),
    )


def _passed(s: Pegawai, kind: ExamKind, on: dt.date) -> bool:
    return any(e.kind is kind and e.passed and e.date <= on for e in s.exams)


def _exemptions(env: Env) -> dict[ExamKind, tuple[EducationLevel, frozenset[TrainingKind]]]:
    raw = env.param("kenaikan_pangkat.ujian_dinas_pengecualian")
    assert isinstance(raw, Mapping)
    out = {}
    for exam, rule in raw.items():
        assert isinstance(rule, Mapping)
        trainings = rule.get("training") or ()
        assert isinstance(trainings, tuple)
        level = EducationLevel(str(rule["education_at_least"]))
        out[ExamKind(str(exam))] = (level, frozenset(TrainingKind(str(t)) for t in trainings))
    return out


def ujian_dinas(env: Env) -> Node:
    """Return the check: crossing into golongan III or IV needs the ujian dinas passed, unless
    a diploma or a leadership training named in kenaikan_pangkat.ujian_dinas_pengecualian
    exempts from it."""
    on = env.on
    raw = env.param("kenaikan_pangkat.ujian_dinas")
    assert isinstance(raw, Mapping)
    needed = {_golongan(k): ExamKind(str(v)) for k, v in raw.items()}
    exempt = _exemptions(env)

    def exemption(s: Pegawai, kind: ExamKind) -> str:
        """Return what exempts the subject from the exam ('' when nothing does)."""
        level, trainings = exempt.get(kind, (None, frozenset()))
        if level is not None:
            for record in s.education:
                if record.graduated <= on and record.level.at_least(level):
                    return f"ijazah {record.level.value}"
        for training in s.trainings:
            if training.kind in trainings and training.date <= on:
                return training.kind.label
        return ""

    def test(s: Pegawai) -> Outcome:
        if not s.pangkat:
            return UNKNOWN
        kind = needed.get(s.pangkat[-1].golongan)
        if kind is None or _passed(s, kind, on) or exemption(s, kind):
            return PASS
        return FAIL

    def key(s: Pegawai) -> Hashable:
        if not s.pangkat:
            return None
        current = s.pangkat[-1].golongan
        kind = needed.get(current)
        if kind is None:
            return current
        return current, _passed(s, kind, on), exemption(s, kind)

    def explain(s: Pegawai) -> Explanation:
        if not s.pangkat:
            return (
                UNKNOWN,
                Message("pangkat tidak ada dalam profil", "no rank in the profile"),
                fact(),
                None,
            )
        current = s.pangkat[-1].golongan
        kind = needed.get(current)
        if kind is None:
            return (
                PASS,
                Message(
                    "tidak melewati batas golongan; ujian dinas tidak diperlukan",
                    "does not cross into a new golongan; no ujian dinas needed",
                ),
                fact(golongan=current),
                None,
            )
        facts = fact(golongan=current, exam=kind.label)
        if _passed(s, kind, on):
            return PASS, Message(f"lulus {kind.label}", f"passed the {kind.label}"), facts, None
        why = exemption(s, kind)
        if why:
            return (
                PASS,
                Message(
                    f"dibebaskan dari {kind.label} ({why})", f"exempt from the {kind.label} ({why})"
                ),
                fact(golongan=current, exam=kind.label, exempt_by=why),
                None,
            )
        return (
            FAIL,
            Message(
                f"dari {current.label} harus lulus {kind.label} (atau memiliki ijazah/diklat yang membebaskan)",
                f"from {current.label} the {kind.label} must be passed (or a diploma/training that exempts from it held)",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.ujian_dinas",
        explain,
        basis=UJIAN_DINAS_BASIS,
        test=test,
        flag=env.flag("kenaikan_pangkat.ujian_dinas_pengecualian"),
        title=Message("Ujian dinas", "Service examination (ujian dinas)"),
        key=key,
    )


def jenjang_fungsional(env: Env) -> Node:
    """Return the check: the next rank stays within the range of the functional jenjang."""
    raw = env.param("kenaikan_pangkat.jenjang_fungsional")
    assert isinstance(raw, Mapping)
    ranges = {str(k): (_golongan(v[0]), _golongan(v[1])) for k, v in raw.items()}  # type: ignore[index]

    def explain(s: Pegawai) -> Explanation:
        job = s.current_jabatan
        if job is not None and not job.kind.is_functional:
            return (
                FAIL,
                Message(
                    f"jabatan {job.kind.label} tidak berjenjang fungsional",
                    f"a {job.kind.label} post has no functional jenjang",
                ),
                fact(kind=job.kind),
                None,
            )
        if job is None or job.jenjang is None or not s.pangkat:
            return (
                UNKNOWN,
                Message(
                    "jenjang jabatan fungsional atau pangkat tidak ada dalam profil",
                    "the functional jenjang or the rank is missing from the profile",
                ),
                fact(),
                None,
            )
        low, high = ranges[job.jenjang.value]
        current = s.pangkat[-1].golongan
        shown = job.jenjang.label
        facts = fact(jenjang=shown, golongan=current, range=(low, high))
        if current < high:
            return (
                PASS,
                Message(
                    f"jenjang {shown} sampai {high.label}; pangkat kini {current.label}",
                    f"the {shown} jenjang goes up to {high.label}; current rank {current.label}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"pangkat {current.label} sudah pangkat tertinggi jenjang {shown} ({high.label}); "
                "perlu kenaikan jenjang jabatan lebih dulu",
                f"rank {current.label} is the highest of the {shown} jenjang ({high.label}); "
                "a move up a jenjang comes first",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.jenjang_fungsional",
        explain,
        basis=(*FUNGSIONAL_BASIS, "jenjang dan pangkat jabatan fungsional (PermenPAN-RB)"),
        flag=env.flag("kenaikan_pangkat.jenjang_fungsional"),
        title=Message("Pangkat dalam rentang jenjang jabatan", "Rank within the jenjang's range"),
    )


def _months_rule(env: Env, name: str, months: int, basis: tuple[str, ...]) -> Node:
    return env.rule(name, {"years": months // 12, "months": months % 12}, basis=basis)


def _skp(env: Env, years: int, basis: tuple[str, ...]) -> Node:
    return env.rule("pegawai.skp_minimal", {"rating": "baik", "years": years}, basis=basis)


def _common_tail(env: Env) -> tuple[Node, ...]:
    return (
        env.rule("pegawai.bebas_hukuman_disiplin", basis=(*KP_BASIS, "PP 94/2021")),
        periode(env),
    )


def reguler(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan pangkat reguler."""
    skp = env.param("kenaikan_pangkat.skp")
    assert isinstance(skp, Mapping)
    months = env.param("kenaikan_pangkat.masa_pangkat_reguler")
    assert isinstance(months, int)
    return AllOf(
        (
            periode(env),
            env.rule("pegawai.status", {"status": "PNS"}, basis=KP_BASIS),
            env.rule("pegawai.jabatan", {"kinds": ["pelaksana"]}, basis=KP_BASIS),
            _months_rule(env, "pegawai.masa_pangkat_minimal", months, KP_BASIS),
            env.rule("pegawai.skp_minimal", dict(skp), basis=KP_BASIS),
            env.rule("pegawai.bebas_hukuman_disiplin", basis=(*KP_BASIS, "PP 94/2021")),
            batas_pendidikan(env),
            atasan(env),
            ujian_dinas(env),
        )
    )


def _eselon_range(env: Env, eselon: str) -> tuple[Golongan, Golongan] | None:
    raw = env.param("kenaikan_pangkat.eselon")
    assert isinstance(raw, Mapping)
    pair = raw.get(eselon)
    if not isinstance(pair, tuple):
        return None
    return _golongan(pair[0]), _golongan(pair[1])


def struktural(env: Env) -> Node:
    """Return the check: a structural post with an eselon, rank below its ceiling, time served."""
    on = env.on
    raw = env.param("kenaikan_pangkat.pilihan_struktural_masa")
    assert isinstance(raw, Mapping)
    below, within, in_post = (as_int(raw[k]) for k in ("below_minimum", "within_range", "in_post"))

    def explain(s: Pegawai) -> Explanation:
        job = s.current_jabatan
        if job is not None and not job.kind.is_structural:
            return (
                FAIL,
                Message("tidak menduduki jabatan struktural", "holds no structural post"),
                fact(kind=job.kind),
                None,
            )
        if job is None or not s.pangkat:
            return (
                UNKNOWN,
                Message(
                    "jabatan atau pangkat tidak ada dalam profil",
                    "the position or the rank is missing from the profile",
                ),
                fact(),
                None,
            )
        span = _eselon_range(env, job.eselon)
        if span is None:
            return (
                UNKNOWN,
                Message(f"eselon {job.eselon!r} tidak dikenal", f"unknown eselon {job.eselon!r}"),
                fact(eselon=job.eselon),
                None,
            )
        low, high = span
        current = s.pangkat[-1]
        need = below if current.golongan < low else within
        rank_months = months_elapsed(current.tmt, on) if current.tmt <= on else 0
        post_months = months_elapsed(job.tmt, on) if job.tmt <= on else 0
        facts = fact(
            eselon=job.eselon,
            golongan=current.golongan,
            range=(low, high),
            months_in_rank=rank_months,
            required_months_in_rank=need,
            months_in_post=post_months,
            required_months_in_post=in_post,
        )
        if current.golongan >= high:
            return (
                FAIL,
                Message(
                    f"pangkat {current.golongan.label} sudah mencapai batas eselon {job.eselon} ({high.label})",
                    f"rank {current.golongan.label} has reached the ceiling of eselon {job.eselon} ({high.label})",
                ),
                facts,
                None,
            )
        if rank_months < need or post_months < in_post:
            ready = max(add_months(current.tmt, need), add_months(job.tmt, in_post))
            return (
                FAIL,
                Message(
                    f"masa dalam pangkat {rank_months} bulan (perlu {need}), dalam jabatan {post_months} bulan (perlu {in_post})",
                    f"{rank_months} months in rank (needs {need}), {post_months} months in post (needs {in_post})",
                ),
                facts,
                ready,
            )
        return (
            PASS,
            Message(
                f"jabatan eselon {job.eselon}: pangkat di bawah {high.label}, masa pangkat dan jabatan cukup",
                f"eselon {job.eselon} post: rank below {high.label}, enough time in rank and post",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.jabatan_struktural",
        explain,
        basis=KP_BASIS,
        flag=env.flag("kenaikan_pangkat.pilihan_struktural_masa"),
    )


def pilihan_struktural(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan pangkat pilihan for a structural post."""
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=KP_BASIS),
            struktural(env),
            _skp(env, 2, KP_BASIS),
            ujian_dinas(env),
            *_common_tail(env),
        )
    )


def angka_kredit(env: Env, *, only_functional: bool = False) -> Node:
    """Return the check: the latest PAK on the date reaches the credit the next rank needs."""
    on = env.on

    def explain(s: Pegawai) -> Explanation:
        job = s.current_jabatan
        if only_functional and (job is None or not job.kind.is_functional):
            return (
                PASS,
                Message(
                    "bukan jabatan fungsional; angka kredit tidak diperlukan",
                    "not a functional post; no credit points needed",
                ),
                fact(),
                None,
            )
        paks = [p for p in s.angka_kredit if p.date <= on]
        if not paks:
            return (
                UNKNOWN,
                Message(
                    "penetapan angka kredit (PAK) tidak ada dalam profil",
                    "no credit-point assessment (PAK) in the profile",
                ),
                fact(),
                None,
            )
        pak = paks[-1]
        facts = fact(pak_date=pak.date, earned=pak.earned, required=pak.required)
        if pak.earned >= pak.required:
            return (
                PASS,
                Message(
                    f"angka kredit {pak.earned:g} memenuhi kebutuhan {pak.required:g}",
                    f"credit points {pak.earned:g} meet the {pak.required:g} required",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"angka kredit {pak.earned:g} kurang dari kebutuhan {pak.required:g}",
                f"credit points {pak.earned:g} below the {pak.required:g} required",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.angka_kredit",
        explain,
        basis=(*KP_BASIS, "PermenPANRB 1/2023 (PAK integrasi/konversi)"),
    )


def pilihan_fungsional(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan pangkat pilihan for a functional post."""
    months = env.param("kenaikan_pangkat.pilihan_fungsional_masa")
    assert isinstance(months, int)
    kinds = ["fungsional_keterampilan", "fungsional_keahlian"]
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=KP_BASIS),
            env.rule("pegawai.jabatan", {"kinds": kinds}, basis=FUNGSIONAL_BASIS),
            _months_rule(env, "pegawai.masa_pangkat_minimal", months, FUNGSIONAL_BASIS),
            angka_kredit(env),
            jenjang_fungsional(env),
            _skp(env, 2, FUNGSIONAL_BASIS),
            *_common_tail(env),
        )
    )


def ijazah_baru(env: Env) -> Node:
    """Return the check: a diploma in the table, and the current rank at most its limit."""
    on = env.on
    raw = env.param("kenaikan_pangkat.penyesuaian_ijazah")
    assert isinstance(raw, Mapping)
    table: dict[EducationLevel, tuple[Golongan, Golongan]] = {
        EducationLevel(k): (_golongan(v[0]), _golongan(v[1]))  # type: ignore[index]
        for k, v in raw.items()
    }

    def explain(s: Pegawai) -> Explanation:
        held = s.education_on(on)
        if held is None or not s.pangkat:
            return (
                UNKNOWN,
                Message(
                    "pendidikan atau pangkat tidak ada dalam profil",
                    "education or rank missing from the profile",
                ),
                fact(),
                None,
            )
        current = s.pangkat[-1].golongan
        row = table.get(held.level)
        if row is None:
            return (
                FAIL,
                Message(
                    f"ijazah {held.level.value} tidak ada dalam tabel penyesuaian ijazah",
                    f"a {held.level.value} diploma is not in the penyesuaian ijazah table",
                ),
                fact(education=held.level),
                None,
            )
        cap, target = row
        facts = fact(education=held.level, golongan=current, at_most=cap, to=target)
        if current <= cap:
            return (
                PASS,
                Message(
                    f"ijazah {held.level.value}: dari {current.label} dapat disesuaikan ke {target.label}",
                    f"{held.level.value} diploma: {current.label} can be adjusted to {target.label}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"pangkat {current.label} di atas batas {cap.label} untuk ijazah {held.level.value}",
                f"rank {current.label} is above the {cap.label} limit for a {held.level.value} diploma",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.ijazah",
        explain,
        basis=KP_BASIS,
        flag=env.flag("kenaikan_pangkat.penyesuaian_ijazah"),
    )


def ukppi(env: Env) -> Node:
    """Return the check: the ujian kenaikan pangkat penyesuaian ijazah was passed."""
    on = env.on
    functional_too = env.param("kenaikan_pangkat.ukppi_fungsional")

    def explain(s: Pegawai) -> Explanation:
        facts = fact(exam=ExamKind.UKPPI.label)
        job = s.current_jabatan
        if functional_too is False and job is not None and job.kind.is_functional:
            return (
                PASS,
                Message(
                    "pejabat fungsional tidak mengikuti UKPPI; angka kredit yang diperiksa",
                    "a functional post takes no UKPPI; the credit points are checked instead",
                ),
                fact(kind=job.kind),
                None,
            )
        if _passed(s, ExamKind.UKPPI, on):
            return PASS, Message("lulus UKPPI", "passed the UKPPI"), facts, None
        return (
            FAIL,
            Message(
                "belum lulus ujian penyesuaian ijazah (UKPPI)",
                "has not passed the penyesuaian ijazah exam (UKPPI)",
            ),
            facts,
            None,
        )

    return Leaf(
        "kenaikan_pangkat.ukppi",
        explain,
        basis=KP_BASIS,
        flag=env.flag("kenaikan_pangkat.ukppi_fungsional"),
        title=Message("Ujian penyesuaian ijazah (UKPPI)", "Diploma adjustment exam (UKPPI)"),
    )


def penyesuaian_ijazah(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan pangkat penyesuaian ijazah (formasi is not checked)."""
    raw = env.param("kenaikan_pangkat.penyesuaian_ijazah_syarat")
    assert isinstance(raw, Mapping)
    months, years = as_int(raw["months"]), as_int(raw["skp_years"])
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=KP_BASIS),
            ijazah_baru(env),
            _months_rule(env, "pegawai.masa_pangkat_minimal", months, KP_BASIS),
            _skp(env, years, KP_BASIS),
            ukppi(env),
            angka_kredit(env, only_functional=True),
            *_common_tail(env),
        )
    )


def _t(ind: str, eng: str) -> Message:
    return Message(ind, eng)


def _rule(name: str, title: Message, build: Any, flag: str = "") -> Rule:
    return Rule(name, title, KP_BASIS, build, None, flag)


KP_RULES: tuple[Rule, ...] = (
    _rule(
        "kenaikan_pangkat.reguler",
        _t("Kenaikan pangkat reguler", "Regular promotion"),
        reguler,
    ),
    _rule(
        "kenaikan_pangkat.pilihan_struktural",
        _t("Kenaikan pangkat pilihan (jabatan struktural)", "Promotion by choice: structural post"),
        pilihan_struktural,
    ),
    _rule(
        "kenaikan_pangkat.pilihan_fungsional",
        _t("Kenaikan pangkat pilihan (jabatan fungsional)", "Promotion by choice: functional post"),
        pilihan_fungsional,
    ),
    _rule(
        "kenaikan_pangkat.penyesuaian_ijazah",
        _t("Kenaikan pangkat penyesuaian ijazah", "Promotion on a new diploma"),
        penyesuaian_ijazah,
        "formasi (ketersediaan lowongan) tidak diperiksa",
    ),
)
