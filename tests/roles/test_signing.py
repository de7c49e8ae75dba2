"""Signing authority as data: conditions on golongan, education and variant."""

from __future__ import annotations

import pytest

from sopkit import NotFoundError
from sopkit.roles import AmbiguousSignerError, SigningCondition, SigningRule, signer_for

# Kenaikan pangkat of a kabupaten's PNS (PP 9/2003, as seed 004 states it)
KP = (
    SigningRule(
        "Presiden", "SK Kenaikan Pangkat", ("kenaikan-pangkat",), SigningCondition("IV/c", "IV/e")
    ),
    SigningRule(
        "Gubernur", "SK Kenaikan Pangkat", ("kenaikan-pangkat",), SigningCondition("IV/a", "IV/b")
    ),
    SigningRule(
        "Bupati",
        "SK Kenaikan Pangkat",
        ("kenaikan-pangkat",),
        SigningCondition(golongan_to="III/d"),
    ),
)
# Izin belajar in Pasuruan, by jenjang
IB = (
    SigningRule(
        "Kepala BKPPD", services=("izin-belajar",), when=SigningCondition(education_to="D-I")
    ),
    SigningRule(
        "Sekda",
        services=("izin-belajar",),
        when=SigningCondition(education_from="D-II", education_to="D-III"),
    ),
    SigningRule("Bupati", services=("izin-belajar",), when=SigningCondition(education_from="D-IV")),
)


@pytest.mark.parametrize(
    ("golongan", "signer"),
    [
        ("IV/e", "Presiden"),
        ("IV/c", "Presiden"),
        ("IV/b", "Gubernur"),
        ("IV/a", "Gubernur"),
        ("III/d", "Bupati"),
        ("I/b", "Bupati"),
    ],
)
def test_kenaikan_pangkat_signer_by_target_golongan(golongan: str, signer: str) -> None:
    """The signer follows the target golongan, bounds included."""
    assert signer == signer_for(KP, "kenaikan-pangkat", golongan=golongan).signer


@pytest.mark.parametrize(
    ("education", "signer"),
    [
        ("SLTA", "Kepala BKPPD"),
        ("D-I", "Kepala BKPPD"),
        ("D-III", "Sekda"),
        ("S1", "Bupati"),
        ("S3", "Bupati"),
    ],
)
def test_izin_belajar_signer_by_education(education: str, signer: str) -> None:
    """The signer follows the education level sought."""
    assert signer == signer_for(IB, "izin-belajar", education=education).signer


def test_a_missing_fact_says_which_facts_the_rules_read() -> None:
    """Without the golongan no rule matches, and the error says the rules need one."""
    with pytest.raises(NotFoundError, match="golongan"):
        signer_for(KP, "kenaikan-pangkat")


def test_overlapping_rules_are_ambiguous() -> None:
    """Two matching rules are an error naming both signers."""
    rules = (
        *KP,
        SigningRule(
            "Sekda", services=("kenaikan-pangkat",), when=SigningCondition(golongan_to="II/d")
        ),
    )
    with pytest.raises(AmbiguousSignerError, match="Bupati, Sekda"):
        signer_for(rules, "kenaikan-pangkat", golongan="II/a")


def test_conditions_reject_unknown_golongan() -> None:
    """A misspelt golongan in data is an error when the rule is built."""
    with pytest.raises(ValueError, match="golongan"):
        SigningCondition("V/a")
