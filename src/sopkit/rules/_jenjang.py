"""Kenaikan jenjang jabatan fungsional: angka kredit, predikat kinerja, uji kompetensi."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from sopkit.asn._jabatan import Jenjang
from sopkit.asn._pegawai import AngkaKreditRecord, ExamKind, JabatanRecord, Pegawai
from sopkit.rules._engine import FAIL, PASS, UNKNOWN, AllOf, Env, Explanation, Leaf, Node, Rule
from sopkit.rules._verdict import Message, Outcome, fact

JENJANG_BASIS = (
    "PermenPAN-RB 1/2023 tentang Jabatan Fungsional (kenaikan jenjang; Pasal 30 "
    "mendelegasikan mekanisme ke Peraturan BKN)",
    "Peraturan BKN 3/2023 tentang Angka Kredit, Kenaikan Pangkat dan Jenjang JF",
)
_FUNCTIONAL = ["fungsional_keterampilan", "fungsional_keahlian"]
_NO_JENJANG: Explanation = (
    UNKNOWN,
    Message(
        "jenjang jabatan fungsional tidak ada dalam profil", "no functional jenjang in the profile"
    ),
    fact(),
    None,
)


def _functional_post(s: Pegawai) -> JabatanRecord | None:
    job = s.current_jabatan
    if job is None or not job.kind.is_functional or job.jenjang is None:
        return None
    return job


def _pak_in_post(s: Pegawai, job: JabatanRecord) -> AngkaKreditRecord | None:
    """Return the latest PAK made since the subject entered the current jenjang."""
    found = None
    for record in s.angka_kredit:
        if record.date >= job.tmt:
            found = record
    return found


def angka_kredit(env: Env) -> Node:
    """Return the check: the cumulative credit in the current jenjang reaches the next one's."""
    raw = env.param("jabatan_fungsional.angka_kredit_jenjang")
    assert isinstance(raw, Mapping)
    needed = {Jenjang(str(k)): float(str(v)) for k, v in raw.items()}

    def explain(s: Pegawai) -> Explanation:
        job = _functional_post(s)
        if job is None:
            return _NO_JENJANG
        assert job.jenjang is not None
        shown = job.jenjang.label
        need = needed.get(job.jenjang)
        if need is None:
            return (
                FAIL,
                Message(
                    f"jenjang {shown} adalah jenjang tertinggi kategorinya",
                    f"{shown} is the highest jenjang of its category",
                ),
                fact(jenjang=shown),
                None,
            )
        pak = _pak_in_post(s, job)
        if pak is None:
            return (
                UNKNOWN,
                Message(
                    f"tidak ada penetapan angka kredit (PAK) sejak menduduki jenjang {shown} "
                    f"({job.tmt})",
                    f"no credit-point assessment (PAK) since entering the {shown} jenjang "
                    f"({job.tmt})",
                ),
                fact(jenjang=shown, jenjang_tmt=job.tmt, required=need),
                None,
            )
        facts = fact(jenjang=shown, pak_date=pak.date, earned=pak.earned, required=need)
        if pak.earned >= need:
            return (
                PASS,
                Message(
                    f"angka kredit kumulatif {pak.earned:g} memenuhi {need:g} untuk naik dari {shown}",
                    f"cumulative credit {pak.earned:g} meets the {need:g} to move up from {shown}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"angka kredit kumulatif {pak.earned:g} kurang dari {need:g} untuk naik dari {shown}",
                f"cumulative credit {pak.earned:g} is below the {need:g} to move up from {shown}",
            ),
            facts,
            None,
        )

    def key(s: Pegawai) -> Hashable:
        job = _functional_post(s)
        return None if job is None else (job, _pak_in_post(s, job))

    return Leaf(
        "jabatan_fungsional.angka_kredit_jenjang",
        explain,
        basis=JENJANG_BASIS,
        key=key,
        flag=env.flag("jabatan_fungsional.angka_kredit_jenjang"),
        title=Message(
            "Angka kredit kumulatif kenaikan jenjang", "Cumulative credit for the next jenjang"
        ),
    )


def uji_kompetensi(env: Env) -> Node:
    """Return the check: an uji kompetensi passed since entering the current jenjang."""
    on = env.on

    def passed(s: Pegawai, job: JabatanRecord) -> bool:
        return any(
            e.kind is ExamKind.UJI_KOMPETENSI and e.passed and job.tmt <= e.date <= on
            for e in s.exams
        )

    def test(s: Pegawai) -> Outcome:
        job = _functional_post(s)
        if job is None:
            return UNKNOWN
        return PASS if passed(s, job) else FAIL

    def explain(s: Pegawai) -> Explanation:
        job = _functional_post(s)
        if job is None:
            return _NO_JENJANG
        facts = fact(exam=ExamKind.UJI_KOMPETENSI.label, since=job.tmt)
        if passed(s, job):
            return (
                PASS,
                Message("lulus uji kompetensi kenaikan jenjang", "passed the competence test"),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"belum lulus uji kompetensi sejak menduduki jenjang {job.tmt}",
                f"no competence test passed since entering the jenjang on {job.tmt}",
            ),
            facts,
            None,
        )

    return Leaf(
        "jabatan_fungsional.uji_kompetensi",
        explain,
        basis=JENJANG_BASIS,
        test=test,
        flag=env.flag("jabatan_fungsional.kenaikan_jenjang_kinerja"),
        title=Message("Uji kompetensi", "Competence test (uji kompetensi)"),
    )


def kenaikan_jenjang(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan jenjang jabatan fungsional (formasi is not checked)."""
    years = env.param("jabatan_fungsional.kenaikan_jenjang_kinerja")
    assert isinstance(years, int)
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=JENJANG_BASIS),
            env.rule("pegawai.jabatan", {"kinds": _FUNCTIONAL}, basis=JENJANG_BASIS),
            angka_kredit(env),
            env.rule(
                "pegawai.skp_minimal", {"rating": "baik", "years": years}, basis=JENJANG_BASIS
            ),
            uji_kompetensi(env),
        )
    )


JENJANG_RULES: tuple[Rule, ...] = (
    Rule(
        "jabatan_fungsional.kenaikan_jenjang",
        Message("Kenaikan jenjang jabatan fungsional", "Move up a functional jenjang"),
        JENJANG_BASIS,
        kenaikan_jenjang,
        None,
        "tersedia kebutuhan (formasi) jenjang yang dituju tidak diperiksa",
    ),
)
