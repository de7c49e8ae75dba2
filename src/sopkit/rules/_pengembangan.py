"""Pengembangan kompetensi: izin belajar, tugas belajar, PKN II, PKA, PKP, seleksi terbuka JPT."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from sopkit.asn._dates import add_months, months_elapsed
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._pegawai import Pegawai
from sopkit.rules._engine import (
    FAIL,
    PASS,
    UNKNOWN,
    AllOf,
    AnyOf,
    Env,
    Explanation,
    Leaf,
    Node,
    Rule,
    as_int,
)
from sopkit.rules._generic import golongan_held, held_since
from sopkit.rules._verdict import Message, fact

BELAJAR_BASIS = ("SE MenPAN-RB 4/2013 tentang Pemberian Tugas Belajar dan Izin Belajar bagi PNS",)
PKN_BASIS = ("Peraturan LAN tentang Pelatihan Kepemimpinan Nasional Tingkat II",)
PKA_BASIS = ("Peraturan LAN 15/2019 (pelatihan kepemimpinan administrator dan pengawas)",)
JPT_BASIS = ("PP 11/2017 jo. PP 17/2020 Pasal 107 (syarat JPT pratama)", "UU 20/2023 tentang ASN")
NOT_FOUND_FLAG = "syarat nasional tidak ditemukan; semua syarat berasal dari parameter katalog"


def _table(env: Env, name: str) -> Mapping[str, object]:
    value = env.param(name)
    assert isinstance(value, Mapping)
    return value


def _span(months: int) -> dict[str, int]:
    return {"years": months // 12, "months": months % 12}


@attrs.frozen
class PangkatSyarat:
    """A minimum rank and the years it must have been held."""

    golongan: Golongan
    years: int = 0


@attrs.frozen
class IzinBelajarParams:
    """An izin belajar request: the level to study for, and an optional rank-by-level table.

    The table is given inline (`pangkat_minimal`) or by the name of a dated parameter
    (`pangkat_table`, e.g. one a catalogue plugin registers); the national rule sets none.
    """

    level: EducationLevel
    pangkat_minimal: dict[EducationLevel, PangkatSyarat] | None = None
    pangkat_table: str | None = None


def _pangkat_table(
    p: IzinBelajarParams, env: Env
) -> tuple[dict[EducationLevel, PangkatSyarat] | None, str]:
    if p.pangkat_minimal is not None:
        return p.pangkat_minimal, ""
    if p.pangkat_table is None:
        return None, ""
    from sopkit.asn._profile_io import asn_converter
    from sopkit.core._params import thaw

    raw = env.param(p.pangkat_table)
    table = asn_converter().structure(thaw(raw), dict[EducationLevel, PangkatSyarat])
    return table, env.flag(p.pangkat_table)


def pangkat_jenjang(
    level: EducationLevel, table: Mapping[EducationLevel, PangkatSyarat], env: Env, flag: str
) -> Node:
    """Return the check: the rank the table sets for the level, held for its years."""
    on = env.on
    row = table.get(level)

    def explain(s: Pegawai) -> Explanation:
        if row is None:
            return (
                FAIL,
                Message(
                    f"jenjang {level.value} tidak ada dalam tabel pangkat izin belajar",
                    f"level {level.value} is not in the izin belajar rank table",
                ),
                fact(level=level),
                None,
            )
        if not s.pangkat:
            return (
                UNKNOWN,
                Message("pangkat tidak ada dalam profil", "no rank in the profile"),
                fact(),
                None,
            )
        since = held_since(s, row.golongan)
        current = s.pangkat[-1].golongan
        facts = fact(
            level=level, golongan=current, required=row.golongan, years=row.years, since=since
        )
        if since is None or since > on:
            return (
                FAIL,
                Message(
                    f"untuk {level.value} pangkat paling rendah {row.golongan.label}; pangkat kini {current.label}",
                    f"{level.value} needs at least {row.golongan.label}; current rank {current.label}",
                ),
                facts,
                None,
            )
        ready = add_months(since, 12 * row.years)
        if ready > on:
            return (
                FAIL,
                Message(
                    f"baru {months_elapsed(since, on)} bulan dalam {row.golongan.label} atau lebih; perlu {row.years} tahun",
                    f"only {months_elapsed(since, on)} months at {row.golongan.label} or above; {row.years} years needed",
                ),
                facts,
                ready,
            )
        return (
            PASS,
            Message(
                f"pangkat {current.label}, {row.golongan.label} atau lebih sejak {since}",
                f"rank {current.label}, {row.golongan.label} or above since {since}",
            ),
            facts,
            None,
        )

    return Leaf("izin_belajar.pangkat", explain, basis=BELAJAR_BASIS, flag=flag)


def izin_belajar(p: IzinBelajarParams, env: Env) -> Node:
    """Return the check tree of izin belajar (the field and accreditation are not checked)."""
    t = _table(env, "belajar.izin_belajar")
    flag = env.flag("belajar.izin_belajar")
    masa = env.rule(
        "pegawai.masa_kerja_minimal", _span(as_int(t["masa_kerja"])), basis=BELAJAR_BASIS
    )
    checks: list[Node] = [
        env.rule("pegawai.status", {"status": "PNS"}, basis=BELAJAR_BASIS),
        _flagged(masa, flag),
        env.rule("pegawai.skp_minimal", {"rating": t["skp"], "years": 1}, basis=BELAJAR_BASIS),
        env.rule(
            "pegawai.bebas_hukuman_disiplin", {"levels": ["sedang", "berat"]}, basis=BELAJAR_BASIS
        ),
    ]
    table, table_flag = _pangkat_table(p, env)
    if table is not None:
        checks.append(pangkat_jenjang(p.level, table, env, table_flag))
    return AllOf(checks)


def _flagged(node: Node, flag: str) -> Node:
    if isinstance(node, Leaf) and flag:
        node.flag = flag
    return node


@attrs.frozen
class TugasBelajarParams:
    """A tugas belajar request: the level to study for, and whether in a 3T area."""

    level: EducationLevel
    daerah_3t: bool = False


def _age_group(level: EducationLevel) -> str:
    if level.rank <= EducationLevel.S1.rank:
        return "D/S1"
    return "S3" if level in (EducationLevel.S3, EducationLevel.SPESIALIS) else "S2"


def tugas_belajar(p: TugasBelajarParams, env: Env) -> Node:
    """Return the check tree of tugas belajar (accreditation of the programme is not checked)."""
    t = _table(env, "belajar.tugas_belajar")
    flag = env.flag("belajar.tugas_belajar")
    ages = t["usia_3t" if p.daerah_3t else "usia"]
    assert isinstance(ages, Mapping)
    masa = env.rule(
        "pegawai.masa_kerja_minimal", _span(as_int(t["masa_kerja"])), basis=BELAJAR_BASIS
    )
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=BELAJAR_BASIS),
            _flagged(masa, flag),
            env.rule(
                "pegawai.bebas_hukuman_disiplin",
                {"levels": ["sedang", "berat"]},
                basis=BELAJAR_BASIS,
            ),
            env.rule(
                "pegawai.usia_maksimal", {"years": ages[_age_group(p.level)]}, basis=BELAJAR_BASIS
            ),
        )
    )


def jenjang_leaf(name: str, accepted: tuple[Jenjang, ...], basis: tuple[str, ...]) -> Node:
    """Return the check: the current functional post has one of the given jenjang."""
    shown = ", ".join(j.label for j in accepted)

    def explain(s: Pegawai) -> Explanation:
        job = s.current_jabatan
        if job is None:
            return (
                UNKNOWN,
                Message("jabatan tidak ada dalam profil", "no position in the profile"),
                fact(),
                None,
            )
        facts = fact(jenjang=job.jenjang, accepted=accepted)
        held = job.jenjang.label if job.jenjang else "-"
        if job.jenjang in accepted:
            return PASS, Message(f"jenjang {held}", f"jenjang {held}"), facts, None
        return (
            FAIL,
            Message(
                f"jenjang {held}; yang diterima: {shown}",
                f"jenjang {held}; accepted: {shown}",
            ),
            facts,
            None,
        )

    return Leaf(name, explain, basis=basis)


def pkn_ii(_: None, env: Env) -> Node:
    """Return the check tree of PKN Tingkat II participation (selection is not checked)."""
    t = _table(env, "pelatihan.pkn_ii")
    flag = env.flag("pelatihan.pkn_ii")
    floor = Golongan.parse(str(t["golongan"]))
    age = {"years": t["max_age"]}
    b = PKN_BASIS

    def kind(*kinds: str) -> Node:
        return env.rule("pegawai.jabatan", {"kinds": list(kinds)}, basis=b)

    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=b),
            AnyOf(
                (
                    AllOf(
                        (
                            kind("jpt_pratama"),
                            env.rule(
                                "pegawai.sisa_masa_kerja_minimal",
                                _span(as_int(t["jpt_left_months"])),
                                basis=b,
                            ),
                        ),
                        "jpt_pratama",
                    ),
                    AllOf(
                        (
                            jenjang_leaf("pelatihan.jenjang", (Jenjang.AHLI_UTAMA,), b),
                            env.rule("pegawai.usia_maksimal", age, basis=b),
                        ),
                        "ahli_utama",
                    ),
                    AllOf(
                        (
                            kind("administrator"),
                            golongan_held(
                                "pelatihan.masa_golongan",
                                floor,
                                as_int(t["administrator_months"]),
                                env,
                                b,
                                flag,
                            ),
                            env.rule("pegawai.usia_maksimal", age, basis=b),
                        ),
                        "administrator",
                    ),
                    AllOf(
                        (
                            jenjang_leaf("pelatihan.jenjang", (Jenjang.AHLI_MADYA,), b),
                            golongan_held(
                                "pelatihan.masa_golongan",
                                floor,
                                as_int(t["ahli_madya_months"]),
                                env,
                                b,
                                flag,
                            ),
                            env.rule("pegawai.usia_maksimal", age, basis=b),
                        ),
                        "ahli_madya",
                    ),
                ),
                "pelatihan.sasaran",
            ),
        )
    )


@attrs.frozen
class BlockParams:
    """PKA/PKP building blocks: every condition comes from the catalogue (none are national)."""

    kinds: tuple[JabatanKind, ...]
    pangkat_minimal: Golongan | None = None
    masa_pangkat_years: int | None = None
    usia_maksimal: int | None = None
    pendidikan_minimal: EducationLevel | None = None
    skp_years: int | None = None


def building_blocks(p: BlockParams, env: Env) -> Node:
    """Return the check tree assembled from the catalogue's parameters (PKA, PKP)."""
    b = PKA_BASIS
    checks: list[Node] = [
        env.rule("pegawai.status", {"status": "PNS"}, basis=b),
        env.rule("pegawai.jabatan", {"kinds": [k.value for k in p.kinds]}, basis=b),
    ]
    if p.pangkat_minimal is not None:
        checks.append(
            env.rule("pegawai.pangkat_minimal", {"golongan": p.pangkat_minimal.label}, basis=b)
        )
    if p.masa_pangkat_years is not None:
        checks.append(
            env.rule("pegawai.masa_pangkat_minimal", {"years": p.masa_pangkat_years}, basis=b)
        )
    if p.usia_maksimal is not None:
        checks.append(env.rule("pegawai.usia_maksimal", {"years": p.usia_maksimal}, basis=b))
    if p.pendidikan_minimal is not None:
        checks.append(
            env.rule("pegawai.pendidikan_minimal", {"level": p.pendidikan_minimal.value}, basis=b)
        )
    if p.skp_years is not None:
        checks.append(
            env.rule("pegawai.skp_minimal", {"rating": "baik", "years": p.skp_years}, basis=b)
        )
    for node in checks:
        _flagged(node, NOT_FOUND_FLAG)
    return AllOf(checks)


def pengalaman_jabatan(months: int, env: Env, flag: str) -> Node:
    """Return the check: administrator or JF ahli madya (or above) held for `months` in total."""
    on = env.on

    def qualifies(kind: JabatanKind, jenjang: Jenjang | None) -> bool:
        senior = kind.is_structural and kind is not JabatanKind.PENGAWAS
        return senior or jenjang in (Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA)

    def explain(s: Pegawai) -> Explanation:
        records = [j for j in s.jabatan if j.tmt <= on]
        total = 0
        for index, job in enumerate(records):
            end = records[index + 1].tmt if index + 1 < len(records) else on
            if qualifies(job.kind, job.jenjang):
                total += months_elapsed(job.tmt, end)
        facts = fact(months=total, required_months=months)
        current = records[-1] if records else None
        if total >= months:
            return (
                PASS,
                Message(
                    f"menduduki jabatan administrator/ahli madya selama {total} bulan (paling sedikit {months})",
                    f"held an administrator/ahli madya post for {total} months (at least {months})",
                ),
                facts,
                None,
            )
        ready = None
        if current is not None and qualifies(current.kind, current.jenjang):
            before = total - months_elapsed(current.tmt, on)
            ready = add_months(current.tmt, months - before)
        return (
            FAIL,
            Message(
                f"baru {total} bulan dalam jabatan administrator/ahli madya; perlu {months}",
                f"only {total} months in an administrator/ahli madya post; {months} needed",
            ),
            facts,
            ready,
        )

    return Leaf("jpt_pratama.pengalaman_jabatan", explain, basis=JPT_BASIS, flag=flag)


def seleksi_terbuka(_: None, env: Env) -> Node:
    """Return the check tree of candidacy in an open selection for JPT pratama."""
    t = _table(env, "jpt.seleksi_terbuka_pratama")
    flag = env.flag("jpt.seleksi_terbuka_pratama")
    b = JPT_BASIS
    checks = [
        env.rule("pegawai.status", {"status": "PNS"}, basis=b),
        _flagged(env.rule("pegawai.pendidikan_minimal", {"level": t["pendidikan"]}, basis=b), flag),
        pengalaman_jabatan(as_int(t["jabatan_months"]), env, flag),
        _flagged(env.rule("pegawai.usia_maksimal", {"years": t["max_age"]}, basis=b), flag),
        env.rule("pegawai.bebas_hukuman_disiplin", {"levels": ["sedang", "berat"]}, basis=b),
    ]
    return AllOf(checks)


def _r(
    name: str,
    ind: str,
    eng: str,
    basis: tuple[str, ...],
    build: object,
    params: type | None,
    flag: str = "",
    request: tuple[str, ...] = (),
) -> Rule:
    return Rule(name, Message(ind, eng), basis, build, params, flag, request=request)  # type: ignore[arg-type]


PENGEMBANGAN_RULES: tuple[Rule, ...] = (
    _r(
        "izin_belajar",
        "Izin belajar",
        "Permission to study",
        BELAJAR_BASIS,
        izin_belajar,
        IzinBelajarParams,
        request=("level",),
    ),
    _r(
        "tugas_belajar",
        "Tugas belajar",
        "Study assignment",
        BELAJAR_BASIS,
        tugas_belajar,
        TugasBelajarParams,
        request=("level", "daerah_3t"),
    ),
    _r(
        "pelatihan.pkn_ii",
        "Pelatihan Kepemimpinan Nasional Tingkat II",
        "National Leadership Training level II",
        PKN_BASIS,
        pkn_ii,
        None,
        "satu sumber [T1]",
    ),
    _r(
        "pelatihan.pka",
        "Pelatihan Kepemimpinan Administrator",
        "Administrator Leadership Training",
        PKA_BASIS,
        building_blocks,
        BlockParams,
        NOT_FOUND_FLAG,
    ),
    _r(
        "pelatihan.pkp",
        "Pelatihan Kepemimpinan Pengawas",
        "Supervisor Leadership Training",
        PKA_BASIS,
        building_blocks,
        BlockParams,
        NOT_FOUND_FLAG,
    ),
    _r(
        "jpt_pratama.seleksi_terbuka",
        "Seleksi terbuka JPT pratama",
        "Open selection for JPT pratama",
        JPT_BASIS,
        seleksi_terbuka,
        None,
        "syarat dari PP 11/2017 jo. PP 17/2020 Pasal 107, tidak ada dalam catatan rujukan",
    ),
)
