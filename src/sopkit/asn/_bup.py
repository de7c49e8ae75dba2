"""Batas usia pensiun (BUP) by position, and the TMT pensiun date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sopkit._i18n import Text
from sopkit.asn._dates import add_months
from sopkit.asn._jabatan import JabatanKind, Jenjang

BUP_UU_20_2023: Mapping[str, int] = {
    "pelaksana": 58,
    "pengawas": 58,
    "administrator": 58,
    "jpt_pratama": 60,
    "jpt_madya": 60,
    "jpt_utama": 60,
    "pemula": 58,
    "terampil": 58,
    "mahir": 58,
    "penyelia": 58,
    "ahli_pertama": 58,
    "ahli_muda": 58,
    "ahli_madya": 60,
    "ahli_utama": 65,
    "guru": 60,
    "dosen": 65,
}
"""BUP in years by jabatan kind, by jenjang for functional posts (PP 11/2017 Pasal 239), and
for guru and dosen by UU 14/2005 Pasal 30 ayat (4) and Pasal 67 ayat (4)."""


def bup_key(
    kind: JabatanKind,
    jenjang: Jenjang | None,
    fungsional: str = "",
    table: Mapping[str, object] = BUP_UU_20_2023,
) -> str:
    """Return the key of the BUP table for a position.

    A jabatan fungsional named in the table (guru, dosen: their own law) goes by its name;
    other functional posts by their jenjang; other posts by their kind.
    """
    named = fungsional.strip().casefold()
    if kind.is_functional and named in table:
        return named
    if kind.is_functional:
        if jenjang is None:
            raise ValueError(
                Text("a {kind} position needs its jenjang to find the BUP", kind=kind.value)
            )
        return jenjang.value
    return kind.value


def bup_date(birth_date: dt.date, bup_years: int) -> dt.date:
    """Return the day the BUP age is reached (the birthday; 29 Feb becomes 28 Feb)."""
    return add_months(birth_date, 12 * bup_years)


def tmt_pensiun(birth_date: dt.date, bup_years: int) -> dt.date:
    """Return the TMT pensiun: the 1st of the month after the birth month in the BUP year.

    ⚠ This rule rests on a single secondary source (asn-rules.md §5 [B8]).
    """
    reached = bup_date(birth_date, bup_years)
    return add_months(reached.replace(day=1), 1)
