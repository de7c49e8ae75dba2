"""Pasuruan catalogue: the plugin contract, with the seed figures in tests/answers/*.yaml."""

from __future__ import annotations

from pathlib import Path

from sopkit import CompositeDuration, Duration, load_catalog
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


def _days(limit: object) -> int:
    assert isinstance(limit, CompositeDuration)
    return sum(p.duration.amount for p in limit.parts if isinstance(p.duration, Duration))


def test_tugas_belajar_stage_on_correction_is_conditional() -> None:
    """Seed 004:393: 2 + 5 + (1 'jika terdapat koreksi') + 1 + 1 + 2 hari, clock from receipt."""
    limit = load_catalog().service("pasuruan.bkppd/izin-tugas-belajar").time_limit
    assert isinstance(limit, CompositeDuration)
    assert (12, 11) == (_days(limit), _days(limit.without_conditional()))
    assert ["Jika terdapat koreksi"] == [p.condition for p in limit.conditional_parts]
    assert "Berkas diterima BKPPD" == limit.starts


# Seed 004 lines 136-140, 167, 195, 220: (JP, days, minimum?) per place of each training.
BREAKDOWNS = {
    "pelatihan-kepemimpinan-nasional-tingkat-ii": [(221, 27, False), (666, 74, False)],
    "pelatihan-kepemimpinan-administrator": [(257, 31, False), (540, 60, True)],
    "pelatihan-kepemimpinan-pengawas": [(290, 36, False), (540, 60, True)],
    "pelatihan-dasar-cpns": [(177, 18, False), (320, 30, True), (14, 3, False)],
}


def test_training_time_is_broken_down_per_place() -> None:
    """JP and days per place, with 'paling singkat' as a minimum, as seed 004 prints them."""
    catalog = load_catalog()
    for slug, expected in BREAKDOWNS.items():
        limit = catalog.service(f"pasuruan.bkppd/{slug}").time_limit
        assert isinstance(limit, CompositeDuration)
        got = [
            (p.duration.amount, p.equivalent.amount if p.equivalent else None, p.minimum)
            for p in limit.breakdown
            if isinstance(p.duration, Duration)
        ]
        assert expected == got, slug


def test_verification_branches_are_structured() -> None:
    """Seed 004:347-353, 388: 'Verifikasi Berkas' items carry their 'Jika … / Jika …' branches."""
    catalog = load_catalog()
    tubel = catalog.service("pasuruan.bkppd/izin-tugas-belajar")
    (item,) = [p for p in tubel.procedure if p.items]
    assert ["Tidak Lengkap", "Lengkap"] == [i.condition for i in item.items]
    ib = catalog.service("pasuruan.bkppd/izin-belajar")
    for variant in ib.variants:
        (item,) = [p for p in variant.procedure if p.items]
        assert ["Tidak Memenuhi Syarat", "Memenuhi Syarat"] == [i.condition for i in item.items]
