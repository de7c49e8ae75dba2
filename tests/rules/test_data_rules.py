"""Tests for named rules written as data and for rule-link validation (sopkit.rules._data_rules,
sopkit.rules._validate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sopkit import DataPlugin, load_catalog
from sopkit._errors import DataError
from sopkit.core._params import Params
from sopkit.core._service import Requirement, RequirementKind, RuleRef, Service
from sopkit.rules import make_rulebook, rule_problems, rulebook_for, rules_from_yaml
from sopkit.rules._parameters import parameter_set_from_yaml
from sopkit.testing import make_pegawai

RULES = """\
rules:
  demo.bkpsdm.izin_s2:
    title: {id: Izin belajar S2 (Perbup Demo), en: S2 study permit (Perbup Demo)}
    basis: [Peraturan Bupati Demo 1/2020 Pasal 4 ayat (2)]
    check:
      all:
        - {rule: pegawai.status, params: {status: PNS}}
        - any:
            - {rule: pegawai.pangkat_minimal, params: {golongan: {param: demo.bkpsdm.belajar.pangkat_s2}}}
            - not: {rule: pegawai.jabatan, params: {kinds: [pelaksana]}}
"""
PARAMS = """\
description: Izin belajar (Perbup Demo)
parameters:
  pangkat_s2:
    description: Pangkat paling rendah untuk izin belajar S2
    reference: [Peraturan Bupati Demo 1/2020 Pasal 4 ayat (2); Peraturan Bupati Demo 2/2026]
    values:
      2020-01-01: {value: III/a}
      2026-07-01: {value: III/b}
"""
AGENCY = "code: demo.bkpsdm\nname: BKPSDM Demo\nregency: Kabupaten Demo\n"


def _book() -> object:
    rules = rules_from_yaml(RULES, file="rules/belajar.yaml", plugin="demo", agency="demo.bkpsdm")
    params = parameter_set_from_yaml(PARAMS, "demo.bkpsdm.belajar", file="parameters/belajar.yaml")
    return make_rulebook(rules, (params,))


def test_a_data_rule_combines_checks_and_reads_a_dated_parameter() -> None:
    """A III/a pelaksana passes while the Perbup asks III/a, and fails from the day it asks III/b."""
    book = _book()
    subject = make_pegawai()  # pelaksana III/a
    before = book.evaluate("demo.bkpsdm.izin_s2", subject, on=dt.date(2026, 6, 30))  # type: ignore[attr-defined]
    after = book.evaluate("demo.bkpsdm.izin_s2", subject, on=dt.date(2026, 7, 1))  # type: ignore[attr-defined]
    assert (True, False) == (before.eligible, after.eligible)
    # a failed `not` is reported as itself (its child passed)
    assert {"pegawai.pangkat_minimal", "not"} == set(after.failing)


def test_a_functional_post_passes_by_the_not_branch() -> None:
    """not(pelaksana) lets a functional post through whatever its rank."""
    subject = make_pegawai(
        jabatan=[{"kind": "fungsional_keahlian", "jenjang": "ahli_pertama", "tmt": "2015-05-01"}]
    )
    verdict = _book().evaluate("demo.bkpsdm.izin_s2", subject, on=dt.date(2026, 7, 1))  # type: ignore[attr-defined]
    assert verdict.eligible is True


def test_shape_problems_are_all_reported_with_line_and_suggestion() -> None:
    """A misspelt field, a missing basis and a node with two forms are reported together."""
    text = RULES.replace("basis:", "basys:").replace(
        "- not: {rule: pegawai.jabatan, params: {kinds: [pelaksana]}}",
        "- {rule: pegawai.jabatan, all: [{rule: pegawai.status}]}",
    )
    with pytest.raises(DataError) as info:
        rules_from_yaml(text, file="rules/belajar.yaml", plugin="demo", agency="demo.bkpsdm")
    shown = str(info.value)
    assert "did you mean 'basis'" in shown
    assert "cite the regulation" in shown
    assert "give exactly one of rule, all, any, not" in shown
    assert all(p.line and p.file == "rules/belajar.yaml" for p in info.value.problems)


def test_a_rule_name_outside_the_agency_is_refused() -> None:
    """An agency names its rules under its own code."""
    with pytest.raises(DataError, match=r"starts with 'other\.bkd\.'"):
        rules_from_yaml(RULES, file="rules/x.yaml", agency="other.bkd")


def test_bad_parameters_in_a_data_rule_name_plugin_file_and_line() -> None:
    """`levels: [sedang, parah]` and a misspelt rule are found with plugin, file and line."""
    text = RULES.replace(
        "{rule: pegawai.status, params: {status: PNS}}",
        "{rule: pegawai.bebas_hukuman_disiplin, params: {levels: [sedang, parah]}}",
    ).replace("pegawai.jabatan", "pegawai.jabatn")
    rules = rules_from_yaml(text, file="rules/x.yaml", plugin="demo", agency="demo.bkpsdm")
    params = parameter_set_from_yaml(PARAMS, "demo.bkpsdm.belajar", file="parameters/belajar.yaml")
    problems = rule_problems(make_rulebook(rules, (params,)))
    assert [(p.plugin, p.file, p.line) for p in problems] == [
        ("demo", "rules/x.yaml", 7),
        ("demo", "rules/x.yaml", 10),
    ]
    assert "parah" in str(problems[0])
    assert "did you mean pegawai.jabatan" in str(problems[1])


def test_service_links_with_bad_parameters_are_found() -> None:
    """An unknown parameter key and a bad enum value in service links, nested in `any` too."""
    bad = Requirement(
        "Tidak dijatuhi hukuman disiplin",
        RequirementKind.CONDITION,
        rule=RuleRef("pegawai.bebas_hukuman_disiplin", Params({"levels": ("sedang", "parah")})),
    )
    nested = Requirement(
        "PNS atau CPNS",
        RequirementKind.CONDITION,
        rule=RuleRef(
            "any",
            Params(
                {
                    "rules": (
                        Params({"rule": "pegawai.status", "params": Params({"statsu": "PNS"})}),
                    )
                }
            ),
        ),
    )
    service = Service(agency="demo.bkpsdm", slug="x", name="X", requirements=(bad, nested))
    problems = rule_problems(make_rulebook(), [service])
    paths = [p.path for p in problems]
    assert paths == [
        "demo.bkpsdm/x: requirements[0].rule.params.levels[1]",
        "demo.bkpsdm/x: requirements[1].rule.params.rules[0].params.status",
        "demo.bkpsdm/x: requirements[1].rule.params.rules[0].params.statsu",
    ]
    assert {p.plugin for p in problems} == {"demo.bkpsdm"}


def test_the_shipped_catalogue_links_fit_their_rules() -> None:
    """Every rule link of the installed plugins names a rule and gives parameters it takes."""
    catalog = load_catalog()
    assert () == rule_problems(rulebook_for(catalog), catalog.services)


def test_data_plugins_load_rules_folders(make_package: Callable[..., str]) -> None:
    """data/<agency>/rules/*.yaml registers named rules without Python."""
    package = make_package(
        {
            "demo.bkpsdm/agency.yaml": AGENCY,
            "demo.bkpsdm/rules/belajar.yaml": RULES,
            "demo.bkpsdm/parameters/belajar.yaml": PARAMS,
        }
    )
    catalog = load_catalog(plugins=[DataPlugin(package)], entry_points=False)
    book = rulebook_for(catalog)
    verdict = book.evaluate("demo.bkpsdm.izin_s2", make_pegawai(), on=dt.date(2026, 1, 5))
    assert verdict.eligible is True
    assert ("Peraturan Bupati Demo 1/2020 Pasal 4 ayat (2)",) == book.rule(
        "demo.bkpsdm.izin_s2"
    ).basis


def test_shape_problems_read_in_indonesian() -> None:
    """Rules-as-data problems are Texts: Indonesian on request, English by str()."""
    from sopkit._i18n import localize_error

    text = RULES.replace("basis:", "basys:")
    with pytest.raises(DataError) as info:
        rules_from_yaml(text, file="rules/belajar.yaml", plugin="demo", agency="demo.bkpsdm")
    shown = localize_error(info.value, "id")
    assert "field 'basys' tidak dikenal; mungkin maksud Anda 'basis'? (yang diterima: title" in (
        shown
    )
    assert "sebutkan peraturannya (Pasal/ayat bila diketahui): berupa daftar" in shown
    assert "unknown field 'basys'; did you mean 'basis'? (accepted: title" in str(info.value)


def test_an_unknown_rule_reads_in_indonesian() -> None:
    """A rule name not in the book suggests close names in either language."""
    from sopkit._errors import NotFoundError

    with pytest.raises(NotFoundError) as info:
        make_rulebook().rule("pegawai.statu")
    assert str(info.value).startswith("no rule named 'pegawai.statu'; did you mean pegawai.status")
    assert info.value.localized("id").startswith(
        "tidak ada aturan bernama 'pegawai.statu'; mungkin maksud Anda pegawai.status"
    )
