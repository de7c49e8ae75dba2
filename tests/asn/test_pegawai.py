"""Tests for Pegawai profiles and reading them from data (sopkit.asn._pegawai, _profile_io)."""

import datetime as dt

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
