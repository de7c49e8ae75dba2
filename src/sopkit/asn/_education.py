"""Education levels (jenjang pendidikan) and their order."""

from __future__ import annotations

import enum


class EducationLevel(enum.StrEnum):
    """A jenjang pendidikan as written in catalogue data (SD … S3, profesi, spesialis)."""

    SD = "SD"
    SLTP = "SLTP"
    SLTA = "SLTA"
    D_I = "D-I"
    D_II = "D-II"
    D_III = "D-III"
    D_IV = "D-IV"
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"
    PROFESI = "profesi"
    SPESIALIS = "spesialis"

    @property
    def rank(self) -> int:
        """Return the order used by 'at least' comparisons (D-IV equals S1, spesialis equals S2)."""
        return _RANK[self]

    def at_least(self, other: EducationLevel) -> bool:
        """Return whether this level is at least as high as other."""
        return _RANK[self] >= _RANK[other]


# The KKNI (Perpres 8/2012) places D-IV and S1 at level 6, profesi at 7, S2 and spesialis at 8
# and S3 at 9; the school levels below D-I are ordered by schooling.
_RANK: dict[EducationLevel, int] = {
    EducationLevel.SD: 0,
    EducationLevel.SLTP: 1,
    EducationLevel.SLTA: 2,
    EducationLevel.D_I: 3,
    EducationLevel.D_II: 4,
    EducationLevel.D_III: 5,
    EducationLevel.D_IV: 6,
    EducationLevel.S1: 6,
    EducationLevel.PROFESI: 7,
    EducationLevel.S2: 8,
    EducationLevel.SPESIALIS: 8,
    EducationLevel.S3: 9,
}
