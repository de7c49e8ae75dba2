"""Kenaikan pangkat pengabdian: a PNS about to retire at the batas usia pensiun."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping

from sopkit.asn._dates import add_months, describe_months, latest_start, months_elapsed
from sopkit.asn._pegawai import Pegawai
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
from sopkit.rules._kenaikan_pangkat import KP_BASIS
from sopkit.rules._verdict import Message, Outcome, fact

PENGABDIAN_BASIS = (
    "PP 99/2000 jo. PP 12/2002 (kenaikan pangkat pengabdian; pasal tidak terlihat)",
    "Kep. Ka BKN 12/2002 (sumber sekunder)",
)
PANGKAT_TOP_BASIS = ("PP 99/2000 Lampiran (IV/e pangkat tertinggi)",)


def _tiers(env: Env) -> tuple[tuple[int, int], ...]:
    raw = env.param("kenaikan_pangkat.pengabdian_masa")
    assert isinstance(raw, tuple)
    out = []
    for row in raw:
        assert isinstance(row, Mapping)
        out.append((as_int(row["masa_kerja"]), as_int(row["masa_pangkat"])))
    return tuple(out)


def masa(env: Env) -> Node:
    """Return the check: one pair of masa kerja (since TMT CPNS) and time in the last rank."""
    on = env.on
    tiers = _tiers(env)
    cutoffs = tuple((latest_start(on, mk), latest_start(on, mp)) for mk, mp in tiers)

    def starts(s: Pegawai) -> tuple[dt.date, dt.date] | None:
        begin = s.service_start
        if begin is None or not s.pangkat:
            return None
        return begin, s.pangkat[-1].tmt

    def test(s: Pegawai) -> Outcome:
        got = starts(s)
        if got is None:
            return UNKNOWN
        begin, rank = got
        for service_cut, rank_cut in cutoffs:
            if begin <= service_cut and rank <= rank_cut:
                return PASS
        return FAIL

    def shown(mk: int, mp: int, english: bool = False) -> str:
        joined = " and " if english else " dan "
        return describe_months(mk, english=english) + joined + describe_months(mp, english=english)

    def explain(s: Pegawai) -> Explanation:
        got = starts(s)
        if got is None:
            return (
                UNKNOWN,
                Message(
                    "TMT CPNS atau pangkat tidak ada dalam profil",
                    "TMT CPNS or rank missing from the profile",
                ),
                fact(),
                None,
            )
        begin, rank = got
        service = months_elapsed(begin, on) if begin <= on else 0
        in_rank = months_elapsed(rank, on) if rank <= on else 0
        facts = fact(
            tmt_cpns=begin,
            masa_kerja_months=service,
            tmt_pangkat=rank,
            months_in_rank=in_rank,
            tiers=tiers,
        )
        had_id = f"masa kerja {describe_months(service)}, dalam pangkat {describe_months(in_rank)}"
        had_en = (
            f"{describe_months(service, english=True)} of service, "
            f"{describe_months(in_rank, english=True)} in rank"
        )
        for (mk, mp), (service_cut, rank_cut) in zip(tiers, cutoffs, strict=True):
            if begin <= service_cut and rank <= rank_cut:
                return (
                    PASS,
                    Message(
                        f"{had_id} (paling sedikit {shown(mk, mp)})",
                        f"{had_en} (at least {shown(mk, mp, True)})",
                    ),
                    facts,
                    None,
                )
        ready = min(max(add_months(begin, mk), add_months(rank, mp)) for mk, mp in tiers)
        options_id = "; ".join(shown(mk, mp) for mk, mp in tiers)
        options_en = "; ".join(shown(mk, mp, True) for mk, mp in tiers)
        return (
            FAIL,
            Message(
                f"{had_id}; perlu salah satu: {options_id}",
                f"{had_en}; needs one of: {options_en}",
            ),
            facts,
            ready,
        )

    def key(s: Pegawai) -> Hashable:
        return starts(s)

    return Leaf(
        "kenaikan_pangkat.pengabdian_masa",
        explain,
        basis=PENGABDIAN_BASIS,
        test=test,
        key=key,
        flag=env.flag("kenaikan_pangkat.pengabdian_masa"),
        title=Message(
            "Masa kerja dan masa dalam pangkat (pengabdian)",
            "Length of service and time in rank (pengabdian)",
        ),
    )


def pengabdian(_: None, env: Env) -> Node:
    """Return the check tree of kenaikan pangkat pengabdian (BUP and TMT are not checked)."""
    raw = env.param("kenaikan_pangkat.pengabdian_syarat")
    assert isinstance(raw, Mapping)
    levels = raw["sanction_levels"]
    assert isinstance(levels, tuple)
    flag = env.flag("kenaikan_pangkat.pengabdian_syarat")
    return AllOf(
        (
            env.rule("pegawai.status", {"status": "PNS"}, basis=KP_BASIS),
            masa(env),
            env.rule(
                "pegawai.skp_minimal",
                {"rating": "baik", "years": as_int(raw["skp_years"])},
                basis=PENGABDIAN_BASIS,
                flag=flag,
            ),
            env.rule(
                "pegawai.bebas_hukuman_disiplin",
                {"levels": list(levels), "within_years": as_int(raw["sanction_within_years"])},
                basis=(*PENGABDIAN_BASIS, "PP 94/2021"),
                flag=flag,
            ),
            env.rule("pegawai.pangkat_maksimal", {"golongan": "IV/d"}, basis=PANGKAT_TOP_BASIS),
        )
    )


PENGABDIAN_RULES: tuple[Rule, ...] = (
    Rule(
        "kenaikan_pangkat.pengabdian",
        Message("Kenaikan pangkat pengabdian", "Promotion on retirement (pengabdian)"),
        PENGABDIAN_BASIS,
        pengabdian,
        None,
        "pensiun karena BUP (atau meninggal dunia) dan TMT kenaikan pangkat pengabdian "
        "tidak diperiksa",
    ),
)
