"""Tests for the sopkit_rules and sopkit_parameter_sets hooks and DataPlugin parameters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sopkit import DataPlugin, hookimpl, load_catalog
from sopkit.rules import AllOf, Env, Message, Node, Parameter, ParameterSet, Rule, rulebook_for
from sopkit.testing import make_pegawai

AGENCY = "code: demo.bkpsdm\nname: BKPSDM Demo\nregency: Kabupaten Demo\n"
TABLE = """
description: Izin belajar (Perbup Demo)
parameters:
  pangkat_minimal:
    description: Pangkat paling rendah menurut jenjang
    reference: [Peraturan Bupati Demo 1/2020]
    values:
      2020-01-01:
        value: {S2: {golongan: III/b, years: 2}}
"""


def _build(_: None, env: Env) -> Node:
    return AllOf((env.rule("pegawai.status", {"status": "PNS"}),))


class RulesPlugin:
    """A plugin registering one rule and one parameter set."""

    name = "demo_rules"

    @hookimpl
    def sopkit_rules(self) -> list[Rule]:
        """Return one demo rule."""
        return [Rule("demo.pns", Message("PNS", "PNS"), ("Perbup Demo",), _build, agency="demo")]

    @hookimpl
    def sopkit_parameter_sets(self) -> list[ParameterSet]:
        """Return one demo parameter set."""
        value = Parameter("demo.x.y", "y", ("Perbup Demo",), ((dt.date(2020, 1, 1), 3),))
        return [ParameterSet("demo.x", "x", (value,))]


def test_plugin_rules_and_parameters_reach_the_rulebook() -> None:
    """Rules and parameter sets from sopkit_rules / sopkit_parameter_sets join the national ones."""
    catalog = load_catalog(plugins=[RulesPlugin()], entry_points=False)
    book = rulebook_for(catalog)
    assert ("demo.pns",) == tuple(r.name for r in catalog.rules)
    assert ("demo.x",) == tuple(s.name for s in catalog.parameter_sets)
    assert book.evaluate("demo.pns", make_pegawai(), on=dt.date(2026, 1, 1)).eligible
    assert 3 == book.parameter("demo.x.y").at(dt.date(2026, 1, 1))


def test_data_plugin_parameters_feed_izin_belajar(make_package: Callable[..., str]) -> None:
    """A table in data/<agency>/parameters/*.yaml is usable by name in izin_belajar."""
    package = make_package(
        {"demo.bkpsdm/agency.yaml": AGENCY, "demo.bkpsdm/parameters/izin_belajar.yaml": TABLE}
    )
    catalog = load_catalog(plugins=[DataPlugin(package, name="demo")], entry_points=False)
    book = rulebook_for(catalog)
    params = {"level": "S2", "pangkat_table": "demo.bkpsdm.izin_belajar.pangkat_minimal"}
    subject = make_pegawai(skp=[{"year": 2025, "rating": "baik"}])
    verdict = book.evaluate("izin_belajar", subject, on=dt.date(2026, 3, 1), params=params)
    assert ("izin_belajar.pangkat",) == verdict.failing
