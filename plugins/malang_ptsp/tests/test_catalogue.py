"""Malang catalogue: the plugin contract, every figure of seed 003, and no unpinned field."""

from __future__ import annotations

import copy
import importlib.metadata as md
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from sopkit import Agency, DataError, Duration, Sop, load_catalog, structure
from sopkit.testing import CatalogContract

HERE = Path(__file__).parent
SOP_CODE = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"
DATA = resources.files("sopkit_malang_ptsp").joinpath("data", "malang.bkpsdm")
SOP_FILE = "sops/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian.yaml"


class TestMalangContract(CatalogContract):
    """The shared plugin contract, applied to malang_ptsp."""

    plugin_name = "malang_ptsp"
    agencies = ("malang.bkpsdm",)
    answers_dir = HERE / "answers"


def facts(agency: Agency, sop: Sop, services: int = 0) -> dict[str, Any]:
    """Return every figure the answer file pins, read from the loaded model."""
    approval = sop.approved_by
    return {
        "agency": {
            "code": agency.code,
            "name": agency.name,
            "short_name": agency.short_name,
            "regency": agency.regency,
            "parent": agency.parent,
            "timezone": agency.timezone,
            "notes": len(agency.notes),
        },
        "services": services,
        "sop_owner": sop.service,
        "sop_notes": len(sop.notes),
        "identity": {
            "slug": sop.slug,
            "name": sop.name,
            "unit": sop.unit,
            "approved_by_text": approval.text if approval else None,
            "number": sop.number,
            "created": sop.created,
            "revised": sop.revised,
            "effective": sop.effective,
            "approved_by_role": approval.role if approval else None,
            "approved_by_nip": approval.nip if approval else None,
            "section": sop.section,
        },
        "legal_basis": [[r.jenis, r.nomor, r.tahun, r.tentang] for r in sop.legal_basis],
        "qualifications": list(sop.qualifications),
        "related": list(sop.related),
        "equipment": list(sop.equipment),
        "warnings": list(sop.warnings),
        "records": list(sop.records),
        "actors": list(sop.actors),
        "steps": [
            [
                s.number,
                s.activity,
                *s.inputs,
                s.duration.amount if isinstance(s.duration, Duration) else None,
                s.duration.unit.value if isinstance(s.duration, Duration) else None,
                *s.output,
            ]
            for s in sop.steps
        ],
        "step_texts": [
            s.duration.text if isinstance(s.duration, Duration) else None for s in sop.steps
        ],
    }


@pytest.fixture(scope="module")
def answers() -> dict[str, Any]:
    """Return the hand-typed figures of seed 003."""
    data: dict[str, Any] = yaml.safe_load((HERE / "answers_detail.yaml").read_text("utf-8"))
    return data


def test_every_figure_of_the_seed(answers: dict[str, Any]) -> None:
    """Agency and its SOP alone (identity, header, 10 steps) are those of seed 003."""
    catalog = load_catalog()
    services = len(catalog.services_of("malang.bkpsdm"))
    actual = facts(catalog.agency("malang.bkpsdm"), catalog.sop(SOP_CODE), services)
    assert answers == actual


def test_the_sop_stands_alone_without_component_findings() -> None:
    """Seed 003 prints no standar pelayanan: no service, so no SP001 for 14 empty components."""
    from sopkit import lint

    catalog = load_catalog()
    assert catalog.sop(SOP_CODE) in catalog.sops_of("malang.bkpsdm")
    assert not [f for f in lint(catalog, agency="malang.bkpsdm") if f.code == "SP001"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        yield (*prefix, key)
        yield from _paths(value, (*prefix, key))


def _without(doc: Any, path: tuple[Any, ...]) -> Any:
    clone = copy.deepcopy(doc)
    parent = clone
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return clone


def _load(name: str) -> Any:
    return yaml.safe_load(DATA.joinpath(name).read_text("utf-8"))


def test_removing_any_field_of_the_data_changes_a_pinned_figure(answers: dict[str, Any]) -> None:
    """Every field and list item in the Malang data is pinned: deleting it breaks the answers."""
    agency_doc, sop_doc = _load("agency.yaml"), _load(SOP_FILE)
    survivors = []
    for which, doc in (("agency", agency_doc), ("sop", sop_doc)):
        for path in _paths(doc):
            mutated = _without(doc, path)
            try:
                agency = structure(mutated if which == "agency" else agency_doc, Agency)
                sop = structure(
                    {**(mutated if which == "sop" else sop_doc), "agency": agency.code}, Sop
                )
            except DataError:
                continue  # a required field: loading fails, which a test sees
            if facts(agency, sop) == answers:
                survivors.append((which, path))
    assert survivors == []


def test_data_ships_inside_the_installed_distribution() -> None:
    """A non-editable install lists the YAML files in its RECORD (editable installs are skipped)."""
    dist = md.distribution("sopkit-malang-ptsp")
    direct = dist.read_text("direct_url.json")
    if direct and json.loads(direct).get("dir_info", {}).get("editable"):
        pytest.skip("editable install: data is read from the source tree")
    files = {str(f) for f in dist.files or ()}
    assert f"sopkit_malang_ptsp/data/malang.bkpsdm/{SOP_FILE}" in files
    assert "sopkit_malang_ptsp/data/malang.bkpsdm/agency.yaml" in files
