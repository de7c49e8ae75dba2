"""Tests for golongan/ruang and pangkat names (sopkit.asn._golongan)."""

import pytest

from sopkit.asn._golongan import Golongan, GolonganError


def test_seventeen_ranks_in_order() -> None:
    """There are 17 golongan/ruang from I/a (Juru Muda) to IV/e (Pembina Utama)."""
    assert len(Golongan) == 17
    assert (Golongan.I_A.label, Golongan.I_A.pangkat) == ("I/a", "Juru Muda")
    assert (Golongan.III_D.label, Golongan.III_D.pangkat) == ("III/d", "Penata Tingkat I")
    assert (Golongan.IV_E.label, Golongan.IV_E.pangkat) == ("IV/e", "Pembina Utama")
    assert Golongan.II_D < Golongan.III_A


@pytest.mark.parametrize("text", ["III/a", "iii/A", "III.a", " III / a "])
def test_parse_spellings(text: str) -> None:
    """Common spellings of a golongan are read."""
    assert Golongan.parse(text) == Golongan.III_A


def test_parse_rejects_unknown() -> None:
    """An unknown golongan names the accepted ones."""
    with pytest.raises(GolonganError, match="accepted"):
        Golongan.parse("I/e")


def test_next_and_group() -> None:
    """The next rank of II/d is III/a; IV/e has none."""
    assert Golongan.II_D.next() == Golongan.III_A
    assert Golongan.IV_E.next() is None
    assert Golongan.III_C.group == 3
