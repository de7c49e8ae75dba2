"""NI PPPK: the 18-digit Nomor Induk of a PPPK (birth date, year of appointment, code, sex, sequence).

The components (birth date, year first appointed as calon PPPK, a two-digit code, sex, sequence)
are described by secondary sources [N5][N6]; the digit split follows one printed example [N7] ⚠.
"""

from __future__ import annotations

import datetime as dt

import attrs

from sopkit._i18n import Text
from sopkit.asn._nip import Gender, NipError, birth_date, eighteen_digits, sex_and_sequence

NI_PPPK_FLAG = "susunan digit NI PPPK dari satu contoh sekunder [N7]; komponen dari [N5][N6]"
FIRST_PPPK_YEAR = 2018
"""PPPK are appointed under PP 49/2018 (Manajemen PPPK); no NI PPPK can carry an earlier year."""


class NiPppkError(NipError):
    """An NI PPPK that is not 18 digits in the layout read; says which digits are wrong."""

    label = "NI PPPK"


@attrs.frozen
class NiPppk:
    """A parsed NI PPPK: birth date, year of appointment, two-digit code, sex and sequence."""

    birth_date: dt.date
    year: int
    code: int
    gender: Gender
    sequence: int

    @property
    def digits(self) -> str:
        """Return the NI PPPK as 18 digits."""
        return (
            f"{self.birth_date:%Y%m%d}{self.year:04d}{self.code:02d}"
            f"{self.gender.digit}{self.sequence:03d}"
        )

    def spaced(self) -> str:
        """Return the NI PPPK in its printed groups, e.g. '19900913 2025 24 2 014'."""
        d = self.digits
        return f"{d[:8]} {d[8:12]} {d[12:14]} {d[14]} {d[15:]}"

    def __str__(self) -> str:
        return self.digits

    @classmethod
    def parse(cls, text: str) -> NiPppk:
        """Return the NI PPPK read from text (spaces allowed); raise NiPppkError naming digits."""
        digits = eighteen_digits(text, NiPppkError, Text("an NI PPPK"))
        born = birth_date(text, digits, NiPppkError)
        year = int(digits[8:12])
        if year < FIRST_PPPK_YEAR:
            raise NiPppkError(
                text,
                Text(
                    "year of appointment {year} is before {first} "
                    "(PPPK are appointed under PP 49/2018)",
                    year=year,
                    first=FIRST_PPPK_YEAR,
                ),
                (9, 12),
            )
        if year <= born.year:
            raise NiPppkError(
                text,
                Text("year of appointment {year} is not after the birth year", year=year),
                (9, 12),
            )
        gender, sequence = sex_and_sequence(text, digits, NiPppkError)
        return cls(born, year, int(digits[12:14]), gender, sequence)
