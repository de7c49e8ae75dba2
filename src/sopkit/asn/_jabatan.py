"""Kinds of jabatan (position) and the jenjang of functional positions."""

from __future__ import annotations

import enum


class JabatanKind(enum.StrEnum):
    """A kind of position: jabatan administrasi, pimpinan tinggi or fungsional (UU 20/2023)."""

    PELAKSANA = "pelaksana"
    PENGAWAS = "pengawas"
    ADMINISTRATOR = "administrator"
    JPT_PRATAMA = "jpt_pratama"
    JPT_MADYA = "jpt_madya"
    JPT_UTAMA = "jpt_utama"
    FUNGSIONAL_KETERAMPILAN = "fungsional_keterampilan"
    FUNGSIONAL_KEAHLIAN = "fungsional_keahlian"

    @property
    def label(self) -> str:
        """Return the name shown to users (e.g. 'fungsional keahlian', 'JPT pratama')."""
        return self.value.replace("_", " ").replace("jpt", "JPT")

    @property
    def is_structural(self) -> bool:
        """Return whether this is a structural post (pengawas, administrator or JPT)."""
        return self in _STRUCTURAL

    @property
    def is_functional(self) -> bool:
        """Return whether this is a jabatan fungsional."""
        return self in (JabatanKind.FUNGSIONAL_KETERAMPILAN, JabatanKind.FUNGSIONAL_KEAHLIAN)


_STRUCTURAL = frozenset(
    {
        JabatanKind.PENGAWAS,
        JabatanKind.ADMINISTRATOR,
        JabatanKind.JPT_PRATAMA,
        JabatanKind.JPT_MADYA,
        JabatanKind.JPT_UTAMA,
    }
)


class Jenjang(enum.StrEnum):
    """The level of a functional position: keterampilan or keahlian jenjang."""

    PEMULA = "pemula"
    TERAMPIL = "terampil"
    MAHIR = "mahir"
    PENYELIA = "penyelia"
    AHLI_PERTAMA = "ahli_pertama"
    AHLI_MUDA = "ahli_muda"
    AHLI_MADYA = "ahli_madya"
    AHLI_UTAMA = "ahli_utama"

    @property
    def label(self) -> str:
        """Return the name shown to users (e.g. 'ahli pertama')."""
        return self.value.replace("_", " ")

    @property
    def kind(self) -> JabatanKind:
        """Return the functional kind (keterampilan or keahlian) this jenjang belongs to."""
        if self.value.startswith("ahli_"):
            return JabatanKind.FUNGSIONAL_KEAHLIAN
        return JabatanKind.FUNGSIONAL_KETERAMPILAN
