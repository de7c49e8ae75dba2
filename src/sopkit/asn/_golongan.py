"""Golongan/ruang I/a … IV/e, their pangkat names and order (PP 99/2000 Lampiran I)."""

from __future__ import annotations

import enum

from sopkit._errors import SopkitError
from sopkit._i18n import Text


class GolonganError(SopkitError, ValueError):
    """A golongan/ruang label that is not one of I/a … IV/e."""


class Golongan(enum.IntEnum):
    """A golongan/ruang; the integer order is the order of rank (I/a lowest, IV/e highest)."""

    I_A = 1
    I_B = 2
    I_C = 3
    I_D = 4
    II_A = 5
    II_B = 6
    II_C = 7
    II_D = 8
    III_A = 9
    III_B = 10
    III_C = 11
    III_D = 12
    IV_A = 13
    IV_B = 14
    IV_C = 15
    IV_D = 16
    IV_E = 17

    @property
    def label(self) -> str:
        """Return the printed form, e.g. 'III/a'."""
        roman, ruang = self.name.split("_")
        return f"{roman}/{ruang.lower()}"

    @property
    def pangkat(self) -> str:
        """Return the pangkat name, e.g. 'Penata Muda' for III/a."""
        return _PANGKAT[self.value - 1]

    @property
    def group(self) -> int:
        """Return the golongan number 1–4 (I … IV)."""
        return {"I": 1, "II": 2, "III": 3, "IV": 4}[self.name.split("_")[0]]

    def next(self) -> Golongan | None:
        """Return the next higher golongan/ruang, or None for IV/e."""
        return None if self is Golongan.IV_E else Golongan(self.value + 1)

    @classmethod
    def parse(cls, text: str) -> Golongan:
        """Return the golongan printed as 'III/a' (also 'III.a', 'iii/A'); raise GolonganError."""
        key = text.strip().replace(".", "/").replace(" ", "")
        roman, _, ruang = key.partition("/")
        found = _BY_LABEL.get(f"{roman.upper()}/{ruang.lower()}")
        if found is None:
            raise GolonganError(
                Text(
                    "unknown golongan/ruang {text}; accepted: I/a … I/d, II/a … II/d, "
                    "III/a … III/d, IV/a … IV/e",
                    text=repr(text),
                )
            )
        return found

    def __str__(self) -> str:
        return self.label


_PANGKAT = (
    "Juru Muda",
    "Juru Muda Tingkat I",
    "Juru",
    "Juru Tingkat I",
    "Pengatur Muda",
    "Pengatur Muda Tingkat I",
    "Pengatur",
    "Pengatur Tingkat I",
    "Penata Muda",
    "Penata Muda Tingkat I",
    "Penata",
    "Penata Tingkat I",
    "Pembina",
    "Pembina Tingkat I",
    "Pembina Utama Muda",
    "Pembina Utama Madya",
    "Pembina Utama",
)

_BY_LABEL = {g.label: g for g in Golongan}
