"""Tests for YAML rule cases and their failure reports (sopkit.testing._cases)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sopkit import Catalog, Requirement, RequirementKind, RuleRef, Service, Variant
from sopkit._errors import DataError
from sopkit.core._params import Params
from sopkit.rules import make_rulebook
from sopkit.testing import CaseError, RuleCase, load_cases, run_case, run_service_case
from sopkit.testing._profiles import BASE_PROFILE


def _case(**changes: object) -> RuleCase:
    fields: dict[str, object] = {
        "name": "demo",
        "profile": dict(BASE_PROFILE),
        "on": dt.date(2026, 4, 1),
        "rule": "pegawai.pangkat_minimal",
        "params": {"golongan": "III/a"},
        "eligible": True,
    }
    fields.update(changes)
    return RuleCase(**fields)  # type: ignore[arg-type]


def test_passing_case_returns_the_verdict() -> None:
    """A case that matches returns its verdict."""
    assert run_case(_case(), make_rulebook()).eligible


def test_failing_case_names_the_check_that_differed() -> None:
    """A wrong expectation reports the check, its outcome and its message."""
    case = _case(params={"golongan": "III/b"})
    with pytest.raises(CaseError, match=r"check pegawai\.pangkat_minimal did not pass.*III/b"):
        run_case(case, make_rulebook())


def test_expected_failing_check_that_passed_is_reported() -> None:
    """Expecting a failing check that passed says so."""
    case = _case(eligible=True, failing=("pegawai.pangkat_minimal",))
    with pytest.raises(CaseError, match="was expected not to pass but did"):
        run_case(case, make_rulebook())


def test_bare_on_key_is_rejected(tmp_path: Path) -> None:
    """YAML reads `on:` as true; the loader asks for `date:` instead."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        "- {name: a, profile: {}, on: 2026-01-01, date: 2026-01-01, rule: r, expected: {eligible: true}}\n"
    )
    with pytest.raises(DataError, match="date"):
        load_cases(path)


ON = dt.date(2026, 4, 1)
SERVICE = Service(
    agency="demo.bkpsdm",
    slug="izin-belajar",
    name="Izin Belajar",
    requirements=(
        Requirement("Surat permohonan"),
        Requirement(
            "Berstatus PNS",
            RequirementKind.CONDITION,
            rule=RuleRef("pegawai.status", Params({"status": "PNS"})),
        ),
    ),
    variants=(
        Variant(
            "s2",
            "S2",
            requirements=(
                Requirement(
                    "Pangkat paling rendah III/b",
                    RequirementKind.CONDITION,
                    rule=RuleRef("pegawai.pangkat_minimal", Params({"golongan": "III/b"})),
                ),
            ),
        ),
        Variant("s1", "S1"),
    ),
)
CATALOG = Catalog(services=(SERVICE,))


def _service_case(**changes: object) -> RuleCase:
    fields: dict[str, object] = {
        "name": "service demo",
        "profile": dict(BASE_PROFILE),
        "on": ON,
        "service": "demo.bkpsdm/izin-belajar",
        "variant": "s2",
        "eligible": False,
        "failing": ("pegawai.pangkat_minimal",),
    }
    fields.update(changes)
    return RuleCase(**fields)  # type: ignore[arg-type]


def test_service_case_checks_service_then_variant_requirements() -> None:
    """A III/a PNS meets the service's PNS condition and fails the S2 variant's III/b."""
    results = run_service_case(_service_case(), make_rulebook(), CATALOG)
    assert [None, True, False] == [r.verdict and r.verdict.eligible for r in results]


def test_service_case_without_variant_checks_the_service_only() -> None:
    """Without a variant only the service's own linked requirements count."""
    case = _service_case(variant=None, eligible=True, failing=())
    assert 2 == len(run_service_case(case, make_rulebook(), CATALOG))


def test_service_case_reports_the_requirement_not_met() -> None:
    """An unexpected failure names the requirement's text, its source and the check's message."""
    case = _service_case(eligible=True, failing=())
    with pytest.raises(CaseError) as info:
        run_service_case(case, make_rulebook(), CATALOG)
    said = str(info.value)
    assert "eligible: expected True, got False" in said
    assert "'Pangkat paling rendah III/b' (demo.bkpsdm/izin-belajar#s2" in said
    assert "was not met but was expected to be: [fail] rank III/a does not meet" in said


def test_service_case_reports_the_requirement_met_against_expectation() -> None:
    """Expecting a requirement to fail that was met names it and what its check said."""
    case = _service_case(failing=("pegawai.pangkat_minimal", "pegawai.status"))
    with pytest.raises(CaseError, match=r"'Berstatus PNS' .*was expected not to be met but was: "):
        run_service_case(case, make_rulebook(), CATALOG)


def test_service_case_expecting_an_unlinked_rule_lists_the_linked_ones() -> None:
    """A failing name no requirement links is reported with the rules that are linked."""
    case = _service_case(failing=("pegawai.pangkat_minimal", "pegawai.usia_maksimal"))
    with pytest.raises(
        CaseError, match=r"links it \(linked: pegawai.pangkat_minimal, pegawai.status\)"
    ):
        run_service_case(case, make_rulebook(), CATALOG)


def test_service_case_failing_is_a_multiset() -> None:
    """Naming a failing rule twice when one requirement fails is a difference."""
    case = _service_case(failing=("pegawai.pangkat_minimal", "pegawai.pangkat_minimal"))
    with pytest.raises(CaseError, match="named 2 times in failing, but only 1"):
        run_service_case(case, make_rulebook(), CATALOG)


def test_unknown_variant_is_a_case_error_listing_the_variants() -> None:
    """A variant the service does not have is named, with the ones it has."""
    case = _service_case(variant="s3")
    with pytest.raises(CaseError, match=r"no variant 's3' \(variants: s2, s1\)"):
        run_service_case(case, make_rulebook(), CATALOG)


def test_unknown_service_is_a_case_error_with_close_codes() -> None:
    """A service code not in the catalogue is named, with the close codes."""
    case = _service_case(service="demo.bkpsdm/izin-belajr")
    with pytest.raises(CaseError, match=r"'demo.bkpsdm/izin-belajr' is not in .*izin-belajar"):
        run_service_case(case, make_rulebook(), CATALOG)


def test_variant_without_linked_requirement_and_service_without_any_is_an_error() -> None:
    """A case must check something: a target that links no rule is a case error."""
    bare = Catalog(services=(Service(agency="demo.bkpsdm", slug="x", name="X"),))
    case = _service_case(service="demo.bkpsdm/x", variant=None, eligible=True, failing=())
    with pytest.raises(CaseError, match="links no requirement to a rule"):
        run_service_case(case, make_rulebook(), bare)


def test_rule_and_service_forms_are_not_mixed() -> None:
    """A case gives a rule or a service; run_case and run_service_case refuse the other form."""
    with pytest.raises(DataError, match="either rule"):
        _service_case(rule="pegawai.status")
    with pytest.raises(CaseError, match="run_service_case"):
        run_case(_service_case(), make_rulebook())
    with pytest.raises(CaseError, match="run_case"):
        run_service_case(_case(), make_rulebook(), CATALOG)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("service: a/b, rule: r", "either rule"),
        ("variant: v", "give rule"),
        ("rule: r, variant: v", "variant goes with service"),
        ("service: a-b", "'<agency>/<slug>'"),
        ("service: 34", "expected a name"),
    ],
)
def test_loader_rejects_mixed_or_incomplete_forms(
    tmp_path: Path, fields: str, message: str
) -> None:
    """The loader says which field makes a case neither a rule case nor a service case."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        f"- {{name: a, profile: {{}}, date: 2026-01-01, {fields}, expected: {{eligible: true}}}}\n"
    )
    with pytest.raises(DataError, match=re.escape(message)):
        load_cases(path)


def test_loader_rejects_earliest_in_a_service_case(tmp_path: Path) -> None:
    """`earliest` is a rule-case expectation; a service case giving it is refused."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        "- {name: a, profile: {}, date: 2026-01-01, service: a/b,"
        " expected: {eligible: false, earliest: 2026-02-01}}\n"
    )
    with pytest.raises(DataError, match="earliest is checked for rule cases only"):
        load_cases(path)


def test_loader_reads_a_service_case(tmp_path: Path) -> None:
    """A service case keeps its service, variant and failing rule names."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        "- {name: a, profile: {}, date: 2026-01-01, service: a/b, variant: v,"
        " expected: {eligible: false, failing: [pegawai.status]}}\n"
    )
    (case,) = load_cases(path)
    expected = ("a/b", "v", None, ("pegawai.status",))
    assert expected == (case.service, case.variant, case.rule, case.failing)


def test_case_file_problems_are_headed_by_the_case_file(tmp_path: Path) -> None:
    """A case file's problems are introduced as the rule-case file's, not catalogue data's."""
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(
        "- {name: a, profile: {}, on: 2026-01-01, rule: pegawai.status,"
        " expected: {eligble: true}}\n"
    )
    with pytest.raises(DataError) as info:
        load_cases(path)
    message = str(info.value)
    assert message.startswith("3 problems in the rule-case file:")
    assert "catalogue data" not in message
    assert "did you mean 'eligible'?" in message
