"""Malang catalogue: the plugin contract and every figure of seed 003."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sopkit import Catalog, Duration, Sop, load_catalog
from sopkit.testing import CatalogContract

HERE = Path(__file__).parent
SOP_CODE = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"


class TestMalangContract(CatalogContract):
    """The shared plugin contract, applied to malang_ptsp."""

    plugin_name = "malang_ptsp"
    agencies = ("malang.bkpsdm",)
    answers_dir = HERE / "answers"


@pytest.fixture(scope="module")
def answers() -> dict[str, Any]:
    """Return the hand-typed figures of seed 003."""
    data: dict[str, Any] = yaml.safe_load((HERE / "answers_detail.yaml").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def sop() -> Sop:
    """Return the Malang SOP as the installed plugin provides it."""
    catalog: Catalog = load_catalog()
    return catalog.sop(SOP_CODE)


def test_identity(sop: Sop, answers: dict[str, Any]) -> None:
    """Nomor, dates, approver and bidang are those of the seed."""
    ident = answers["identity"]
    assert sop.approved_by is not None
    actual = {
        "number": sop.number,
        "created": sop.created,
        "revised": sop.revised,
        "effective": sop.effective,
        "approved_by_role": sop.approved_by.role,
        "approved_by_nip": sop.approved_by.nip,
        "section": sop.section,
    }
    assert ident == actual


def test_legal_basis(sop: Sop, answers: dict[str, Any]) -> None:
    """The six legal bases parse into jenis, nomor, tahun and tentang."""
    actual = [[r.jenis, r.nomor, r.tahun, r.tentang] for r in sop.legal_basis]
    assert answers["legal_basis"] == actual


@pytest.mark.parametrize("field", ["qualifications", "related", "equipment", "warnings"])
def test_header_lists(sop: Sop, answers: dict[str, Any], field: str) -> None:
    """Kualifikasi, keterkaitan, peralatan and peringatan are those of the seed."""
    assert answers[field] == list(getattr(sop, field))


def test_steps(sop: Sop, answers: dict[str, Any]) -> None:
    """All ten steps with kegiatan, kelengkapan, waktu and output."""
    actual = []
    for step in sop.steps:
        assert isinstance(step.duration, Duration)
        actual.append(
            [
                step.number,
                step.activity,
                *step.inputs,
                step.duration.amount,
                step.duration.unit.value,
                *step.output,
            ]
        )
    assert answers["steps"] == actual


def test_step_durations_keep_their_text(sop: Sop) -> None:
    """Each step's duration keeps the waktu cell as printed."""
    texts = [s.duration.text for s in sop.steps if isinstance(s.duration, Duration)]
    expected = [
        "1 jam",
        "4 jam",
        "1 jam",
        "1 jam",
        "1 hari",
        "3 hari",
        "1 minggu",
        "1 minggu",
        "1 jam",
        "1 minggu",
    ]
    assert expected == texts
