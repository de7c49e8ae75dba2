"""Pasuruan catalogue: the plugin contract, with the seed figures in tests/answers/*.yaml."""

from __future__ import annotations

from pathlib import Path

from sopkit import load_catalog
from sopkit.testing import CatalogContract


class TestPasuruanContract(CatalogContract):
    """The shared plugin contract, applied to pasuruan_bkppd."""

    plugin_name = "pasuruan_bkppd"
    agencies = ("pasuruan.bkppd",)
    answers_dir = Path(__file__).parent / "answers"


# Seed 004's requirement headings, typed from the seed: (title, number of items) per service.
REQUIREMENT_GROUPS = {
    "diklat-teknis-fungsional": [("Persyaratan Teknis", 1), ("Persyaratan Administrasi", 2)],
    "pendidikan-kedinasan": [("Persyaratan Teknis", 1), ("Persyaratan Administrasi", 2)],
    "seleksi-terbuka-jpt-pratama": [("Persyaratan Teknis", 1), ("Persyaratan Administrasi", 9)],
    "izin-belajar": [("Persyaratan Teknis", 15), ("Persyaratan Administrasi", 2)],
    "izin-tugas-belajar": [("Persyaratan Teknis", 6), ("Persyaratan Administrasi", 9)],
    "kenaikan-pangkat": [
        ("KENAIKAN PANGKAT REGULER", 11),
        ("KENAIKAN PANGKAT PILIHAN PEJABAT STRUKTURAL", 8),
        ("KENAIKAN PANGKAT PILIHAN JABATAN FUNGSIONAL", 10),
        ("KENAIKAN PANGKAT PILIHAN PENYESUAIAN IJAZAH", 11),
        ("KENAIKAN PANGKAT KE GOLONGAN IV/c KE ATAS UNTUK PEJABAT STRUKTURAL", 7),
        ("KENAIKAN PANGKAT KE GOLONGAN IV/c KE ATAS UNTUK JABATAN FUNGSIONAL", 15),
    ],
}


def test_requirement_groups_are_the_printed_headings() -> None:
    """Each heading of seed 004 is a group with its items; no requirement names its group in a note."""
    catalog = load_catalog()
    for slug, expected in REQUIREMENT_GROUPS.items():
        service = catalog.service(f"pasuruan.bkppd/{slug}")
        assert expected == [(g.title, len(g.requirements)) for g in service.requirement_groups]
    for service in catalog.services_of("pasuruan.bkppd"):
        for _, req in service.requirement_paths():
            assert not req.note.startswith("Persyaratan "), (service.slug, req.text)
