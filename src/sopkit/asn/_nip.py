"""NIP PNS (Perka BKN 22/2007 and 43/2007): 18 digits of birth date, TMT CPNS, sex, sequence."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from sopkit._errors import SopkitError
from sopkit._i18n import Text


class Gender(enum.StrEnum):
    """Sex as recorded in the NIP: digit 1 laki-laki (L), digit 2 perempuan (P)."""

    L = "L"
    P = "P"

    @property
    def digit(self) -> str:
        """Return the NIP digit for this sex."""
        return "1" if self is Gender.L else "2"


class NipError(SopkitError, ValueError):
    """An NIP that is not 18 digits in the Perka BKN 22/2007 layout; says which digits are wrong."""

    label = "NIP"

    def __init__(self, text: str, message: str, digits: tuple[int, int] | None = None) -> None:
        self.text = text
        self.digits = digits
        where = Text(" (digits {first}–{last})", first=digits[0], last=digits[1]) if digits else ""
        super().__init__(
            Text(
                "invalid {label} {text}{where}: {message}",
                label=self.label,
                text=repr(text),
                where=where,
                message=message,
            )
        )


_FOUR_DIGIT_YEAR = Text("the birth year must have four digits")


def eighteen_digits(text: str, error: type[NipError], what: Text) -> str:
    """Return the 18 digits of an identity number (spaces allowed); raise `error` otherwise."""
    digits = "".join(text.split())
    if not digits:
        raise error(text, Text("empty; {what} has 18 digits", what=what))
    if not digits.isascii() or not digits.isdigit():
        bad = next(i for i, c in enumerate(digits, 1) if not ("0" <= c <= "9"))
        raise error(
            text,
            Text("character {bad} is not a digit; {what} has 18 digits", bad=bad, what=what),
        )
    if len(digits) != 18:
        raise error(
            text, Text("{count} digits; {what} has exactly 18", count=len(digits), what=what)
        )
    return digits


def birth_date(text: str, digits: str, error: type[NipError]) -> dt.date:
    """Return the birth date in digits 1-8 (yyyymmdd); raise `error` naming them otherwise."""
    try:
        born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise error(
            text, Text("{digits} is not a birth date (yyyymmdd)", digits=digits[:8]), (1, 8)
        ) from None
    if born.year < 1000:
        raise error(text, _FOUR_DIGIT_YEAR, (1, 4))
    return born


def sex_and_sequence(text: str, digits: str, error: type[NipError]) -> tuple[Gender, int]:
    """Return the sex (digit 15) and the sequence number (digits 16-18); raise `error`."""
    if digits[14] not in "12":
        raise error(
            text,
            Text("sex digit is {digit}; accepted: 1 (laki-laki), 2 (perempuan)", digit=digits[14]),
            (15, 15),
        )
    sequence = int(digits[15:])
    if sequence == 0:
        raise error(text, Text("sequence number 000; it starts at 001"), (16, 18))
    return (Gender.L if digits[14] == "1" else Gender.P), sequence


@attrs.frozen
class Nip:
    """A parsed NIP: birth date, TMT CPNS (always the 1st), sex and sequence number."""

    birth_date: dt.date
    tmt_cpns: dt.date
    gender: Gender
    sequence: int

    def __attrs_post_init__(self) -> None:
        if self.tmt_cpns.day != 1:
            raise NipError(str(self.tmt_cpns), Text("the TMT CPNS of an NIP is always the 1st"))
        if not 1 <= self.sequence <= 999:
            raise NipError(str(self.sequence), Text("the sequence number runs from 001 to 999"))
        if self.birth_date.year < 1000:
            raise NipError(str(self.birth_date), _FOUR_DIGIT_YEAR)
        if self.tmt_cpns <= self.birth_date:
            raise NipError(str(self.tmt_cpns), Text("the TMT CPNS must be after the birth date"))

    @property
    def digits(self) -> str:
        """Return the NIP as 18 digits."""
        return f"{self.birth_date:%Y%m%d}{self.tmt_cpns:%Y%m}{self.gender.digit}{self.sequence:03d}"

    def spaced(self) -> str:
        """Return the NIP in its printed groups, e.g. '19860926 201505 1 001'."""
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"

    def __str__(self) -> str:
        return self.digits

    @classmethod
    def parse(cls, text: str) -> Nip:
        """Return the NIP read from text (spaces allowed); raise NipError naming the bad digits."""
        digits = eighteen_digits(text, NipError, Text("an NIP"))
        birth = birth_date(text, digits, NipError)
        if not 1 <= int(digits[12:14]) <= 12 or int(digits[8:12]) < 1:
            raise NipError(
                text,
                Text("{digits} is not a TMT CPNS month (yyyymm)", digits=digits[8:14]),
                (9, 14),
            )
        tmt = dt.date(int(digits[8:12]), int(digits[12:14]), 1)
        if tmt <= birth:
            raise NipError(
                text,
                Text("TMT CPNS {month} is not after the birth date", month=f"{tmt:%Y-%m}"),
                (9, 14),
            )
        gender, sequence = sex_and_sequence(text, digits, NipError)
        return cls(birth, tmt, gender, sequence)
