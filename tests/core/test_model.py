"""The catalogue model's printed structure: groups, procedure branches, staffing, readings."""

from __future__ import annotations

import pytest

from sopkit import (
    DataError,
    ProcedureItem,
    Reading,
    Requirement,
    RequirementGroup,
    Service,
    StaffCount,
    Staffing,
    read,
    structure,
)


@pytest.mark.parametrize(
    ("text", "count", "kind"),
    [
        ("1 orang Eselon III", 1, "Eselon III"),  # seed 000:153
        ("3 orang PPPK", 3, "PPPK"),
        ("- 2 (dua) orang Pelaksana;", 2, "Pelaksana"),
        ("Pejabat fungsional", None, ""),
    ],
)
def test_staff_count_reads_count_and_kind(text: str, count: int | None, kind: str) -> None:
    """A breakdown line gives its count and kind; a line without a number keeps text only."""
    parsed = StaffCount.parse(text)
    assert (parsed.text, parsed.count, parsed.kind) == (text, count, kind)


def test_breakdown_sum_needs_every_count() -> None:
    """Seed 000 A2: 1 + 1 + 3 + 3 = 8 against a total of 7; a countless line gives no sum."""
    lines = ("1 orang Eselon III", "1 orang JF", "3 orang pelaksana", "3 orang PPPK")
    staffing = Staffing("7 orang", 7, tuple(StaffCount.parse(x) for x in lines))
    assert 8 == staffing.breakdown_sum
    assert None is Staffing("x", 1, (StaffCount("beberapa orang"),)).breakdown_sum


def test_procedure_item_with_branches_from_data() -> None:
    """Seed 004:388 item 3: 'Verifikasi Berkas' with its 'Jika Tidak Lengkap / Jika Lengkap' branches."""
    item = structure(
        {
            "text": "Verifikasi Berkas, dengan ketentuan :",
            "items": [
                {"text": "berkas dikembalikan kepada OPD pengusul", "condition": "Tidak Lengkap"},
                {"text": "berkas di Proses dan Dicetak serta diteruskan", "condition": "Lengkap"},
            ],
        },
        ProcedureItem,
    )
    assert ["Tidak Lengkap", "Lengkap"] == [i.condition for i in item.items]
    assert item.flat().startswith("Verifikasi Berkas, dengan ketentuan : berkas dikembalikan")
    assert "Menerima berkas" == structure("Menerima berkas", ProcedureItem).text


def test_requirement_groups_count_as_requirements() -> None:
    """A service whose persyaratan are all grouped is not missing the component."""
    group = RequirementGroup("Persyaratan Teknis", (Requirement("a"), Requirement("b")))
    service = Service("uji.bkd", "uji", "Uji", requirement_groups=(group,))
    assert "requirements" not in service.missing_components()
    assert ("a", "b") == tuple(r.text for r in service.all_requirements)
    assert ["requirement_groups[0].requirements[1]"] == [
        p for p, r in service.requirement_paths() if r.text == "b"
    ]


def test_read_applies_readings() -> None:
    """The printed word stays in the data; read() gives the likely intended wording."""
    readings = (Reading("Penjurangan", "Penjenjangan"),)
    text = "Kepala Sub Bidang Penjurangan dan Sertifikasi"
    assert "Kepala Sub Bidang Penjenjangan dan Sertifikasi" == read(text, readings)


def test_bad_flags_and_marks_name_their_path() -> None:
    """A mark with an unknown field and a flag that is no boolean are DataErrors with paths."""
    data = {
        "slug": "s",
        "name": "S",
        "steps": [
            {"number": 1, "activity": "x", "uncertain": "ya", "marks": [{"kolom": "Bupati"}]}
        ],
    }
    from sopkit import Sop

    with pytest.raises(DataError) as info:
        structure(data, Sop)
    paths = {p.path for p in info.value.problems}
    assert "$.steps[0].uncertain" in paths
    assert "$.steps[0].marks[0].kolom" in paths


def test_source_stays_out_of_json_for_nested_sops() -> None:
    """A loaded service's SOPs carry where they were read from, but their JSON does not."""
    from sopkit import load_catalog, unstructure

    service = load_catalog().service("magetan.bkpsdm/seleksi-asn")
    assert service.sops[0].source is not None
    assert service.sops[0].source.path == "$.sops[0]"
    data = unstructure(service)
    assert "source" not in data
    assert "source" not in data["sops"][0]
