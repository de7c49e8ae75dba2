"""Kenaikan gaji berkala and pensiun at BUP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from sopkit.asn._bup import tmt_pensiun
from sopkit.asn._dates import add_months
from sopkit.asn._pegawai import Pegawai
from sopkit.core._params import Params
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
)
from sopkit.rules._generic import bup_years
from sopkit.rules._pengembangan import _flagged
from sopkit.rules._verdict import Message, fact

KGB_BASIS = ("PP 7/1977 Pasal 11-13 tentang Peraturan Gaji PNS (dan perubahannya)",)
BUP_BASIS = (
    "PP 11/2017 jo. PP 17/2020 Pasal 239 (batas usia pensiun)",
    "UU 20/2023 tentang ASN",
    "UU 14/2005 Pasal 30 ayat (4) (guru) dan Pasal 67 ayat (4) (dosen)",
)


def masa_kerja_golongan(env: Env) -> Node:
    """Return the check: two years of MKG since the last KGB (or, without one, the TMT CPNS)."""
    interval = env.param("kgb.interval")
    assert isinstance(interval, int)
    on = env.on

    def explain(s: Pegawai) -> Explanation:
        base = s.kgb_terakhir or s.tmt_cpns
        if base is None:
            return (
                UNKNOWN,
                Message(
                    "TMT KGB terakhir dan TMT CPNS tidak ada dalam profil",
                    "neither the last KGB nor the TMT CPNS is in the profile",
                ),
                fact(),
                None,
            )
        due = add_months(base, interval)
        facts = fact(since=base, due=due, interval_months=interval)
        if due <= on:
            return (
                PASS,
                Message(
                    f"masa kerja golongan {interval} bulan sejak {base} tercapai pada {due}",
                    f"{interval} months of MKG since {base} reached on {due}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"KGB berikutnya jatuh pada {due} ({interval} bulan sejak {base})",
                f"the next KGB falls due on {due} ({interval} months after {base})",
            ),
            facts,
            due,
        )

    return Leaf("kgb.masa_kerja_golongan", explain, basis=KGB_BASIS)


def kgb(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan gaji berkala for a CPNS or PNS."""
    skp = env.param("kgb.skp")
    assert isinstance(skp, Mapping)
    skp_node = env.rule("pegawai.skp_minimal", dict(skp), basis=KGB_BASIS, check=None)
    if isinstance(skp_node, Leaf):
        skp_node.flag = env.flag("kgb.skp")
    return AllOf(
        (
            AnyOf(
                (
                    env.rule("pegawai.status", {"status": "PNS"}, basis=KGB_BASIS),
                    env.rule("pegawai.status", {"status": "CPNS"}, basis=KGB_BASIS),
                ),
                "kgb.status",
            ),
            masa_kerja_golongan(env),
            skp_node,
        )
    )


def bup_reached(env: Env) -> Node:
    """Return the check: the TMT pensiun for the current position's BUP has come."""
    table = env.param("pensiun.bup")
    assert isinstance(table, Mapping)
    on = env.on

    def explain(s: Pegawai) -> Explanation:
        years = bup_years(table, s.current_jabatan)
        if years is None:
            return (
                UNKNOWN,
                Message(
                    "jabatan (dan jenjangnya) tidak ada dalam profil; BUP tidak diketahui",
                    "position (and its jenjang) missing from the profile; BUP unknown",
                ),
                fact(),
                None,
            )
        tmt = tmt_pensiun(s.birth_date, years)
        facts = fact(bup=years, birth_date=s.birth_date, tmt_pensiun=tmt)
        if tmt <= on:
            return (
                PASS,
                Message(
                    f"BUP {years} tahun; TMT pensiun {tmt}",
                    f"BUP {years} years; retirement from {tmt}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"BUP {years} tahun; TMT pensiun baru {tmt}",
                f"BUP {years} years; retirement only from {tmt}",
            ),
            facts,
            tmt,
        )

    return Leaf(
        "pensiun.tmt", explain, basis=BUP_BASIS, flag=env.flag("pensiun.bup", "pensiun.tmt_rule")
    )


APS_BASIS = (
    "UU 11/1969 Pasal 9 ayat (1) huruf a (pensiun pegawai: usia 50 tahun dan masa kerja 20 tahun)",
    "PP 11/2017 jo. PP 17/2020 (berhenti atas permintaan sendiri dengan hak pensiun: usia 45 "
    "tahun dan masa kerja 20 tahun)",
)


def atas_permintaan_sendiri(_: None, env: Env) -> Node:
    """Return the check tree of pensiun dini: a PNS leaving at own request keeps a pension."""
    t = env.param("pensiun.atas_permintaan_sendiri")
    assert isinstance(t, Mapping)
    flag = env.flag("pensiun.atas_permintaan_sendiri")
    usia, masa = t["usia"], t["masa_kerja"]
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=APS_BASIS),
            _flagged(env.rule("pegawai.usia_minimal", {"years": usia}, basis=APS_BASIS), flag),
            _flagged(
                env.rule("pegawai.masa_kerja_minimal", {"years": masa}, basis=APS_BASIS), flag
            ),
        )
    )


def bup(_: None, env: Env) -> Node:
    """Return the check tree of retirement at BUP."""
    return AllOf((env.rule("pegawai.status", {"status": "PNS"}, basis=BUP_BASIS), bup_reached(env)))


KGB_PPPK_BASIS = (
    "PermenPAN-RB 7/2023 tentang Kenaikan Gaji Berkala dan Kenaikan Gaji Istimewa bagi PPPK, "
    "Pasal 2 (masa perjanjian kerja) dan syarat KGB (MKG menurut Lampiran; predikat kinerja)",
)


@attrs.frozen
class KgbPppkParams:
    """A PPPK's KGB: the length of the perjanjian kerja (months) and the golongan gaji (I-XVII,
    as a number; 0 when not given)."""

    contract_months: int
    golongan_gaji: int = 0


def kgb_pppk(p: KgbPppkParams, env: Env) -> Node:
    """Return the check tree of a PPPK's KGB (PermenPAN-RB 7/2023).

    The contract must run longer than the months of `kgb_pppk.perjanjian` (golongan gaji V: a
    shorter limit for the first KGB, which also needs only one year of MKG and one year of
    kinerja). The MKG table of the Lampiran is not encoded: beyond that first KGB the MKG
    check is unknown, so the verdict is at best undetermined.
    """
    t = env.param("kgb_pppk.syarat")
    assert isinstance(t, Mapping)
    flag = env.flag("kgb_pppk.syarat")
    on = env.on

    def first_v(s: Pegawai) -> bool:
        return p.golongan_gaji == 5 and (s.kgb_terakhir is None or s.kgb_terakhir > on)

    def contract(s: Pegawai) -> Explanation:
        v = first_v(s)
        limit = t["perjanjian_v_pertama" if v else "perjanjian"]
        assert isinstance(limit, int)
        facts = fact(contract_months=p.contract_months, more_than=limit, golongan_gaji_v_first=v)
        if p.contract_months > limit:
            return (
                PASS,
                Message(
                    f"masa perjanjian kerja {p.contract_months} bulan, lebih dari {limit}",
                    f"a {p.contract_months}-month contract, longer than {limit}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"masa perjanjian kerja {p.contract_months} bulan, tidak lebih dari {limit}",
                f"a {p.contract_months}-month contract, not longer than {limit}",
            ),
            facts,
            None,
        )

    def mkg(s: Pegawai) -> Explanation:
        if not first_v(s):
            return (
                UNKNOWN,
                Message(
                    "tabel MKG Lampiran PermenPAN-RB 7/2023 belum dimuat; MKG tidak dapat diperiksa",
                    "the MKG table of the PermenPAN-RB 7/2023 Lampiran is not loaded; MKG unchecked",
                ),
                fact(golongan_gaji=p.golongan_gaji),
                None,
            )
        start = s.service_start
        months = t["mkg_v_pertama"]
        assert isinstance(months, int)
        if start is None:
            return (
                UNKNOWN,
                Message("TMT PPPK tidak ada dalam profil", "no PPPK start date in the profile"),
                fact(),
                None,
            )
        due = add_months(start, months)
        facts = fact(since=start, due=due, months=months)
        if due <= on:
            return (
                PASS,
                Message(
                    f"MKG {months} bulan sejak {start} tercapai pada {due}",
                    f"{months} months of MKG since {start} reached on {due}",
                ),
                facts,
                None,
            )
        return (
            FAIL,
            Message(
                f"MKG {months} bulan baru tercapai pada {due}",
                f"{months} months of MKG only reached on {due}",
            ),
            facts,
            due,
        )

    one_year = env.rule("pegawai.skp_minimal", {"rating": "baik", "years": 1})
    two_years = env.rule("pegawai.skp_minimal", {"rating": "baik", "years": 2})

    def kinerja(s: Pegawai) -> Explanation:
        c = (one_year if first_v(s) else two_years).explain(s)
        return c.outcome, c.message, c.facts, c.ready_on

    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PPPK"}, basis=KGB_PPPK_BASIS),
            Leaf("kgb_pppk.perjanjian", contract, basis=KGB_PPPK_BASIS, flag=flag),
            Leaf("kgb_pppk.masa_kerja_golongan", mkg, basis=KGB_PPPK_BASIS, flag=flag),
            Leaf("kgb_pppk.kinerja", kinerja, basis=KGB_PPPK_BASIS, flag=flag),
        )
    )


JANDA_DUDA_BASIS = (
    "UU 11/1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai (pensiun janda/duda)",
)


@attrs.frozen
class JandaDudaParams:
    """The survivor's application: the day the PNS died, whether the spouse had been
    registered (terdaftar, e.g. by Karis/Karsu) before, and whether the survivor remarried."""

    died: dt.date
    registered: bool
    remarried: bool = False


def _request_leaf(name: str, ok: bool, passed: Message, failed: Message, facts: Params) -> Node:
    outcome = PASS if ok else FAIL
    message = passed if ok else failed

    def explain(_: Pegawai) -> Explanation:
        return outcome, message, facts, None

    return Leaf(name, explain, basis=JANDA_DUDA_BASIS, test=lambda _: outcome)


def janda_duda(p: JandaDudaParams, env: Env) -> Node:
    """Return the check tree of a survivor's (janda/duda) pension on the deceased's profile.

    The deceased is read as of the day of death: a PNS (a pensioner is one who had retired).
    The pension follows 4 months of gaji terusan from the 1st of the month after the death.
    """
    gaji_terusan = env.param("pensiun.janda_duda")
    assert isinstance(gaji_terusan, Mapping)
    months = gaji_terusan["gaji_terusan_bulan"]
    assert isinstance(months, int)
    start = add_months(p.died.replace(day=1), 1 + months)
    on = env.on
    died = _request_leaf(
        "pensiun.janda_duda.meninggal",
        p.died <= on,
        Message(
            f"PNS meninggal {p.died}; gaji terusan {months} bulan, pensiun janda/duda mulai {start}",
            f"the PNS died on {p.died}; {months} months of continued salary, pension from {start}",
        ),
        Message(
            f"tanggal meninggal {p.died} sesudah tanggal pemeriksaan {on}",
            f"date of death {p.died} after the evaluation date {on}",
        ),
        fact(died=p.died, gaji_terusan_months=months, pension_from=start),
    )
    registered = _request_leaf(
        "pensiun.janda_duda.terdaftar",
        p.registered,
        Message("istri/suami telah terdaftar", "the spouse had been registered"),
        Message(
            "istri/suami belum terdaftar sebelum PNS meninggal",
            "the spouse was not registered before the PNS died",
        ),
        fact(registered=p.registered),
    )
    single = _request_leaf(
        "pensiun.janda_duda.tidak_kawin_lagi",
        not p.remarried,
        Message("janda/duda tidak kawin lagi", "the survivor has not remarried"),
        Message(
            "janda/duda kawin lagi; hak pensiun janda/duda dihentikan",
            "the survivor remarried; the survivor's pension stops",
        ),
        fact(remarried=p.remarried),
    )
    status = env.rule("pegawai.status", {"status": "PNS"}, basis=JANDA_DUDA_BASIS)
    return AllOf((died, status, registered, single))


KGB_PENSIUN_RULES: tuple[Rule, ...] = (
    Rule(
        "kenaikan_gaji_berkala",
        Message("Kenaikan gaji berkala", "Periodic salary increase"),
        KGB_BASIS,
        kgb,
        None,
        "tanpa TMT KGB terakhir dalam profil, KGB pertama dihitung dari TMT CPNS",
    ),
    Rule(
        "pensiun.bup",
        Message("Pensiun karena mencapai BUP", "Retirement at the age limit"),
        BUP_BASIS,
        bup,
        None,
        "aturan TMT pensiun bersumber tunggal [B8]",
    ),
    Rule(
        "pensiun.atas_permintaan_sendiri",
        Message(
            "Pensiun dini: berhenti atas permintaan sendiri dengan hak pensiun",
            "Early retirement: leaving at own request with a pension",
        ),
        APS_BASIS,
        atas_permintaan_sendiri,
        None,
        "usia dan masa kerja dari 30 Maret 2017 bersumber sekunder; pasal PP 11/2017 tidak dikutip",
    ),
    Rule(
        "kenaikan_gaji_berkala.pppk",
        Message("Kenaikan gaji berkala PPPK", "Periodic salary increase of a PPPK"),
        KGB_PPPK_BASIS,
        kgb_pppk,
        KgbPppkParams,
        "PermenPAN-RB 7/2023 dari dua ringkasan sekunder; tabel MKG Lampiran tidak dimuat",
        request=("contract_months", "golongan_gaji"),
    ),
    Rule(
        "pensiun.janda_duda",
        Message("Pensiun janda/duda", "Survivor's (widow's or widower's) pension"),
        JANDA_DUDA_BASIS,
        janda_duda,
        JandaDudaParams,
        "pasal UU 11/1969 tidak dikutip; syarat dari ringkasan BKPSDM Mempawah dan asnri.com",
        request=("died", "registered", "remarried"),
    ),
)
