"""Tests for evaluating a service's linked requirements (sopkit.rules._requirements)."""

from __future__ import annotations

import datetime as dt

from sopkit import Catalog, Requirement, RequirementKind, RuleRef, Service, Variant
from sopkit.core._params import Params
from sopkit.rules import RuleBook, all_met, evaluate_requirements, make_rulebook
from sopkit.testing import make_pegawai

ON = dt.date(2026, 4, 1)
SERVICE = Service(
    agency="demo.bkpsdm",
    slug="izin-belajar",
    name="Izin Belajar",
    requirements=(
        Requirement("Surat permohonan"),
        Requirement(
            "PNS",
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
    ),
)


def test_documents_are_listed_without_verdict() -> None:
    """A document requirement has no verdict; a linked condition has one."""
    results = evaluate_requirements(make_rulebook(), SERVICE, make_pegawai(), on=ON)
    assert [False, True] == [r.checkable for r in results]
    assert all_met(results)


def test_variant_requirements_follow_the_service_ones() -> None:
    """With a variant, its requirements are evaluated after the service's; III/a fails III/b."""
    results = evaluate_requirements(make_rulebook(), SERVICE, make_pegawai(), on=ON, variant="s2")
    assert ["demo.bkpsdm/izin-belajar#s2"] == [r.source for r in results[2:]]
    assert not all_met(results)


def test_every_catalogue_rule_reference_binds(
    sopkit_catalog: Catalog, sopkit_rulebook: RuleBook
) -> None:
    """Every rule a catalogue requirement links exists and accepts its parameters."""
    subject = make_pegawai()
    count = 0
    for service in sopkit_catalog.services:
        for variant in (None, *service.variants):
            for result in evaluate_requirements(
                sopkit_rulebook, service, subject, on=ON, variant=variant
            ):
                if result.verdict is not None:
                    assert result.verdict.root.outcome is result.verdict.outcome
                    count += 1
    assert count > 0
