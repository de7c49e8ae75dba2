"""Kenaikan gaji berkala and pensiun at BUP."""

from __future__ import annotations

from collections.abc import Mapping

from sopkit.asn._bup import tmt_pensiun
from sopkit.asn._dates import add_months
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
)
from sopkit.rules._generic import bup_years
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


def bup(_: None, env: Env) -> Node:
    """Return the check tree of retirement at BUP."""
    return AllOf((env.rule("pegawai.status", {"status": "PNS"}, basis=BUP_BASIS), bup_reached(env)))


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
)
