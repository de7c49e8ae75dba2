"""Magetan catalogues: the plugin contract, with the seed figures in tests/answers/*.yaml."""

from __future__ import annotations

from pathlib import Path

from sopkit import load_catalog, read
from sopkit.testing import CatalogContract


class TestMagetanContract(CatalogContract):
    """The shared plugin contract, applied to magetan_bkpsdm (both agencies)."""

    plugin_name = "magetan_bkpsdm"
    agencies = ("magetan.bkpsdm", "magetan.ortala")
    answers_dir = Path(__file__).parent / "answers"


def test_seed_001_contents_has_42_sop_entries() -> None:
    """Seed 001:754-805: lists 10, 11 and 12 print 14, 13 and 15 entries, "13" twice in list 12."""
    contents = load_catalog().agency("magetan.ortala").contents
    lists = [e.number.split(".")[0] for e in contents]
    assert (14, 13, 15) == (lists.count("10"), lists.count("11"), lists.count("12"))
    assert 2 == [e.number for e in contents].count("12.13")
    assert "SOP AP Penyusunan Raperda SOTK" == contents[1].title


def test_contents_entries_name_held_sops() -> None:
    """Every mapped entry names an SOP of the agency; those with the same title map to it."""
    catalog = load_catalog()
    held = {s.slug: s.name for s in catalog.sops_of("magetan.ortala")}
    contents = catalog.agency("magetan.ortala").contents
    for entry in contents:
        if entry.sop:
            assert entry.sop in held, entry
    same_title = [
        e
        for e in contents
        if e.title.removeprefix("SOP AP ").casefold() in {n.casefold() for n in held.values()}
    ]
    assert all(e.sop for e in same_title)
    assert 21 == sum(1 for e in contents if e.sop)


def test_magetan_roles_keep_ocr_artefacts_out_of_the_offices() -> None:
    """The four garbled column headers stay traceable but are not offices."""
    registry = load_catalog().roles_of("magetan.bkpsdm")
    artefacts = {r.code for r in registry.roles if not r.is_office}
    assert {
        "atas_kandang",
        "katrol_mutasi",
        "kolom_selaku",
        "pengadmittan_sel_tingkat",
    } == artefacts
    assert "Atas Kandang" in registry


def test_readings_keep_the_printed_word() -> None:
    """Seed 000 B3 prints "Sekolah JPT"; the data keeps it and reads it as "Seleksi JPT"."""
    catalog = load_catalog()
    service = catalog.service("magetan.bkpsdm/pengisian-jpt-pratama")
    step = service.sops[0].step(2)
    assert "Menyusun Draft Rencana Kegiatan Sekolah JPT" == step.activity
    assert "Menyusun Draft Rencana Kegiatan Seleksi JPT" == read(step.activity, service.readings)
    a2 = catalog.service("magetan.bkpsdm/seleksi-asn").sops[0].step(15)
    assert ("Mengumpulkan hasil penetapan seleksi kompetensi", "Mengarsipkan") == (
        a2.activity,
        a2.reading.split()[0],
    )
