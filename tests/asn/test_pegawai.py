"""Tests for Pegawai profiles and reading them from data (sopkit.asn._pegawai, _profile_io)."""

import datetime as dt
from pathlib import Path

import pytest

from sopkit._errors import DataError
from sopkit.asn import (
    EducationLevel,
    Golongan,
    JabatanKind,
    JabatanRecord,
    Jenjang,
    ProfileError,
    profile_from_data,
)

BASE = {
    "birth_date": "1986-09-26",
    "status": "PNS",
    "tmt_cpns": "2015-05-01",
    "tmt_pns": "2016-05-01",
    "nip": "198609262015051001",
}


def test_histories_are_sorted_and_current_is_latest() -> None:
    """Pangkat given out of order is sorted; the current golongan is the latest."""
    p = profile_from_data(
        {
            **BASE,
            "pangkat": [
                {"golongan": "III/b", "tmt": "2019-04-01"},
                {"golongan": "III/a", "tmt": "2015-05-01"},
            ],
            "education": [
                {"level": "S2", "graduated": "2020-01-10"},
                {"level": "S1", "graduated": "2009-08-01"},
            ],
        }
    )
    assert p.golongan == Golongan.III_B
    assert p.education_on(dt.date(2019, 1, 1)).level == EducationLevel.S1  # type: ignore[union-attr]
    assert p.education_on(dt.date(2021, 1, 1)).level == EducationLevel.S2  # type: ignore[union-attr]


def test_errors_name_field_paths() -> None:
    """Malformed profile data is reported with the path of every bad field."""
    with pytest.raises(DataError) as info:
        profile_from_data({**BASE, "pangkat": [{"golongan": "V/a", "tmt": "2019-04-01"}]})
    assert [p.path for p in info.value.problems] == ["$.pangkat[0].golongan"]


def test_nip_must_agree_with_birth_date() -> None:
    """A birth date that contradicts the NIP is an error."""
    with pytest.raises(DataError, match="differs from birth_date"):
        profile_from_data({**BASE, "birth_date": "1986-09-27"})


def test_pns_needs_tmt_pns() -> None:
    """A PNS profile without TMT PNS is rejected."""
    data = {k: v for k, v in BASE.items() if k != "tmt_pns"}
    with pytest.raises(DataError, match="tmt_pns"):
        profile_from_data(data)


def test_jenjang_must_match_kind() -> None:
    """A keahlian jenjang on a keterampilan post is rejected."""
    kind = JabatanKind.FUNGSIONAL_KETERAMPILAN
    with pytest.raises(ProfileError):
        JabatanRecord(kind, dt.date(2020, 1, 1), jenjang=Jenjang.AHLI_MUDA)


def test_as_of_leaves_out_records_after_the_date() -> None:
    """A pangkat, a diploma and an SKP after the date do not exist yet; a later TMT PNS means CPNS."""
    p = profile_from_data(
        {
            **BASE,
            "tmt_pns": "2016-05-01",
            "pangkat": [
                {"golongan": "III/a", "tmt": "2015-05-01"},
                {"golongan": "III/b", "tmt": "2019-04-01"},
            ],
            "education": [{"level": "S2", "graduated": "2019-02-01"}],
            "skp": [{"year": 2018, "rating": "baik"}, {"year": 2019, "rating": "baik"}],
        }
    )
    seen = p.as_of(dt.date(2018, 12, 31))
    assert (Golongan.III_A, (), (2018,)) == (
        seen.golongan,
        seen.education,
        tuple(s.year for s in seen.skp),
    )
    assert "CPNS" == p.as_of(dt.date(2016, 4, 30)).status.value
    assert p.as_of(dt.date(2020, 1, 1)) is p  # nothing later: the same profile


def test_as_of_before_birth_or_appointment_is_an_error_naming_the_field() -> None:
    """Evaluating before the birth date or the TMT CPNS names that field."""
    p = profile_from_data(BASE)
    with pytest.raises(ProfileError, match=r"^tmt_cpns: the subject is not yet a CPNS"):
        p.as_of(dt.date(2015, 4, 30))
    with pytest.raises(ProfileError, match=r"^birth_date: the subject is born after"):
        p.as_of(dt.date(1986, 9, 25))


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"tmt_cpns": "1980-01-01", "nip": ""}, "$.tmt_cpns"),
        ({"tmt_pns": "2014-01-01"}, "$.tmt_pns"),
        ({"pangkat": [{"golongan": "I/a", "tmt": "1980-01-01"}]}, "$.pangkat[0].tmt"),
        ({"skp": [{"year": 0, "rating": "baik"}]}, "$.skp[0].year"),
        ({"skp": [{"year": 1970, "rating": "baik"}]}, "$.skp[0].year"),
        (
            {
                "leaves": [
                    {"kind": "tahunan", "start": "2020-01-06", "end": "2020-01-07", "days": -1}
                ]
            },
            "$.leaves[0].days",
        ),
        (
            {
                "leaves": [
                    {"kind": "tahunan", "start": "2020-01-06", "end": "2020-01-07", "days": 3}
                ]
            },
            "$.leaves[0].days",
        ),
        (
            {"angka_kredit": [{"date": "2020-01-01", "earned": float("nan"), "required": 1}]},
            "$.angka_kredit[0].earned",
        ),
        (
            {"angka_kredit": [{"date": "2020-01-01", "earned": 5, "required": -1}]},
            "$.angka_kredit[0].required",
        ),
        ({"nip": ""}, None),
    ],
)
def test_impossible_facts_are_errors_naming_the_field(
    change: dict[str, object], path: str | None
) -> None:
    """Each impossible fact is refused with its field path; an empty NIP is simply absent."""
    if path is None:
        assert profile_from_data({**BASE, **change}).nip == ""
        return
    with pytest.raises(DataError) as info:
        profile_from_data({**BASE, **change})
    assert path in [p.path for p in info.value.problems]
    assert "in the profile" in str(info.value)
    assert "catalogue" not in str(info.value)


def test_nip_of_spaces_is_an_error_not_a_crash() -> None:
    """A NIP of blanks is reported as empty (it used to raise StopIteration)."""
    from sopkit.asn import Nip, NipError

    with pytest.raises(NipError, match="empty"):
        Nip.parse("   ")


def test_profile_file_values_yaml_cannot_read_name_field_and_line(tmp_path: Path) -> None:
    """2025-02-30 in a profile file names the field and its line; deep nesting is an error."""
    from sopkit.asn import load_profile

    path = tmp_path / "p.yaml"
    path.write_text("status: PNS\nbirth_date: 2025-02-30\n")
    with pytest.raises(DataError) as info:
        load_profile(path)
    problem = info.value.problems[0]
    assert (problem.path, problem.line, problem.value) == ("$.birth_date", 2, "2025-02-30")
    path.write_text("a: " + "[" * 5000 + "]" * 5000)
    with pytest.raises(DataError, match=r"nested too deeply|problem"):
        load_profile(path)
    path.write_bytes(b"name: \xe9\n")
    with pytest.raises(DataError, match="not UTF-8"):
        load_profile(path)


def test_a_profile_error_reads_in_indonesian() -> None:
    """The profile count, the NIP error inside a field and a golongan error, in Indonesian."""
    from sopkit._i18n import localize_error

    with pytest.raises(DataError) as info:
        profile_from_data({**BASE, "nip": "198609262015051000", "tmt_pns": "2014-01-01"})
    english, indonesian = str(info.value), localize_error(info.value, "id")
    assert english.startswith("2 problems in the profile:\n  - $.nip: invalid NIP")
    assert "(digits 16–18): sequence number 000; it starts at 001" in english
    assert indonesian.startswith(
        "2 masalah pada profil:\n  - $.nip: NIP '198609262015051000' tidak sah (digit 16–18): "
        "nomor urut 000; nomor urut dimulai dari 001"
    )
    assert "$.tmt_pns: TMT PNS sebelum TMT CPNS 2015-05-01 (diperoleh '2014-01-01')" in indonesian
    with pytest.raises(DataError) as golongan:
        profile_from_data({**BASE, "pangkat": [{"golongan": "V/a", "tmt": "2019-04-01"}]})
    assert "$.pangkat[0].golongan: golongan/ruang 'V/a' tidak dikenal; yang diterima:" in (
        localize_error(golongan.value, "id")
    )
    assert "unknown golongan/ruang 'V/a'; accepted: I/a" in str(golongan.value)


def test_a_contradiction_error_reads_in_indonesian() -> None:
    """A ProfileError raised directly renders each field's message in Indonesian."""
    with pytest.raises(ProfileError) as info:
        JabatanRecord(
            JabatanKind.FUNGSIONAL_KETERAMPILAN, dt.date(2020, 1, 1), jenjang=Jenjang.AHLI_MUDA
        )
    assert (
        "jenjang: jenjang 'ahli_muda' belongs to fungsional_keahlian, not fungsional_keterampilan"
        == str(info.value)
    )
    assert (
        "jenjang: jenjang 'ahli_muda' termasuk fungsional_keahlian, bukan fungsional_keterampilan"
        == info.value.localized("id")
    )
