"""Tests for evaluating a service's linked requirements (sopkit.rules._requirements)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from sopkit import Catalog, Requirement, RequirementKind, RuleRef, Service, Variant
from sopkit.core._params import Params
from sopkit.rules import (
    RequestError,
    RuleBook,
    all_met,
    evaluate_requirements,
    make_rulebook,
    rule_problems,
)
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
            links = [h.eligibility for h in (service, variant) if h and h.eligibility]
            request = {
                k: v
                for ref in links
                for k, v in _sample_request(sopkit_rulebook, ref.rule).items()
                if k not in ref.params
            }
            for result in evaluate_requirements(
                sopkit_rulebook, service, subject, on=ON, variant=variant, request=request
            ):
                if result.verdict is not None:
                    assert result.verdict.root.outcome is result.verdict.outcome
                    count += 1
    assert count > 0


_SAMPLE = {
    "days": 1,
    "start": ON,
    "end": ON,
    "child": 1,
    "reason": "keluarga_sakit_keras",
    "level": "S1",
}


def _sample_request(book: RuleBook, rule: str) -> dict[str, object]:
    """Return a sample application for the facts a rule needs from the request."""
    params_type = book.rule(rule).params_type
    fields = attrs.fields_dict(params_type) if params_type else {}
    return {k: _SAMPLE[k] for k in book.rule(rule).request if fields[k].default is attrs.NOTHING}


CUTI = Service(
    agency="demo.bkpsdm",
    slug="cuti",
    name="Cuti",
    requirements=(Requirement("Surat permohonan"),),
    variants=(
        Variant("tahunan", "Cuti tahunan", eligibility=RuleRef("cuti.tahunan")),
        Variant("bersama", "Cuti bersama"),
    ),
    eligibility=RuleRef("pegawai.status", Params({"status": "PNS"})),
)


def test_eligibility_rules_come_first_and_are_not_printed() -> None:
    """The service's and variant's eligibility rules are evaluated, marked as not printed."""
    results = evaluate_requirements(
        make_rulebook(), CUTI, make_pegawai(), on=ON, variant="tahunan", request={"days": 3}
    )
    assert [(r.printed, r.verdict.rule if r.verdict else None) for r in results] == [
        (False, "pegawai.status"),
        (True, None),
        (False, "cuti.tahunan"),
    ]
    assert results[2].verdict is not None
    assert results[2].verdict.eligible is True


def test_the_request_decides_a_cuti_eligibility() -> None:
    """25 days exceed the most a year holds (24, two unused years before it; PP 11/2017)."""
    results = evaluate_requirements(
        make_rulebook(), CUTI, make_pegawai(), on=ON, variant="tahunan", request={"days": 25}
    )
    assert all_met(results) is False


def test_a_missing_request_fact_is_an_error_naming_it() -> None:
    with pytest.raises(RequestError, match=r"cuti\.tahunan needs the request's days"):
        evaluate_requirements(make_rulebook(), CUTI, make_pegawai(), on=ON, variant="tahunan")


def test_a_request_fact_no_rule_takes_is_an_error() -> None:
    with pytest.raises(RequestError, match="takes days"):
        evaluate_requirements(
            make_rulebook(), CUTI, make_pegawai(), on=ON, variant="bersama", request={"days": 2}
        )


def test_rule_problems_check_eligibility_links() -> None:
    """An eligibility link may leave out the request's facts, but not name a missing rule."""
    bad = Service(
        agency="demo.bkpsdm",
        slug="x",
        name="X",
        variants=(Variant("v", "V", eligibility=RuleRef("cuti.tahunann")),),
        eligibility=RuleRef("cuti.besar"),
    )
    problems = rule_problems(make_rulebook(), [bad, CUTI])
    assert [p.path for p in problems] == ["demo.bkpsdm/x: variants[0].eligibility.rule"]
    assert "did you mean cuti.tahunan" in problems[0].message


def test_catalogue_services_that_are_national_rules_link_them(sopkit_catalog: Catalog) -> None:
    """KGB, cuti by kind, pensiun and study permits link the national rule that decides them."""
    linked = {
        "pasuruan.bkppd/kenaikan-gaji-berkala": "kenaikan_gaji_berkala",
        "pasuruan.bkppd/usulan-pensiun": "any",
        "magetan.bkpsdm/usul-pertimbangan-teknis-pensiun": "any",
        "magetan.bkpsdm/pengajuan-pensiun": "any",
        "magetan.bkpsdm/pengajuan-ijin-belajar": "izin_belajar",
    }
    for code, rule in linked.items():
        ref = sopkit_catalog.service(code).eligibility
        assert ref is not None
        assert ref.rule == rule
    cuti = sopkit_catalog.service("pasuruan.bkppd/pemrosesan-cuti")
    assert {v.slug: v.eligibility.rule for v in cuti.variants if v.eligibility} == {
        "tahunan": "cuti.tahunan",
        "besar": "cuti.besar",
        "sakit": "cuti.sakit",
        "melahirkan": "cuti.melahirkan",
        "alasan-penting": "cuti.alasan_penting",
        "luar-tanggungan-negara": "cuti.luar_tanggungan_negara",
    }


def test_a_request_error_reads_in_indonesian() -> None:
    """The missing request fact is named in Indonesian; the option stays as typed."""
    with pytest.raises(RequestError) as info:
        evaluate_requirements(make_rulebook(), CUTI, make_pegawai(), on=ON, variant="tahunan")
    shown = info.value.localized("id")
    assert "aturan kelayakan cuti.tahunan memerlukan days dari permohonan" in shown
    assert shown.endswith("(mis. --param days=...)")
    assert str(info.value).endswith("needs the request's days (e.g. --param days=...)")
