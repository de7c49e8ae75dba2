"""A workforce as columns: one row per PNS, its dated records, and the rows that could not be read."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

import attrs
import numpy as np
import numpy.typing as npt

from sopkit.asn._education import EducationLevel
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._nip import Gender
from sopkit.asn._pegawai import ExamKind, LeaveKind, SanctionLevel, SkpRating, Status, TrainingKind
from sopkit.population._records import Records, best_prefix
from sopkit.population._vdates import Days, Ints

E = TypeVar("E", bound=enum.Enum)


class Codes:
    """Small-integer codes of an enumeration: 0 is 'none', member i is i + 1."""

    def __init__(self, members: tuple[E, ...]) -> None:
        self.members: tuple[Any, ...] = members
        self.code = {m: i + 1 for i, m in enumerate(members)}

    def of(self, member: Any) -> int:
        """Return the code of a member (0 for None)."""
        return 0 if member is None else self.code[member]

    def member(self, code: int) -> Any:
        """Return the member of a code (None for 0)."""
        return None if code == 0 else self.members[code - 1]


STATUS = Codes(tuple(Status))
GENDER = Codes(tuple(Gender))
KIND = Codes(tuple(JabatanKind))
JENJANG = Codes(tuple(Jenjang))
EDUCATION = Codes(tuple(EducationLevel))
SANCTION = Codes(tuple(SanctionLevel))
LEAVE = Codes(tuple(LeaveKind))
SKP = Codes(tuple(sorted(SkpRating, key=lambda r: r.score)))  # code == score
EDUCATION_RANK = np.array([-1, *(level.rank for level in EducationLevel)], dtype=np.int64)
FUNCTIONAL_KINDS = np.array([False, *(k.is_functional for k in JabatanKind)])
STRUCTURAL_KINDS = np.array([False, *(k.is_structural for k in JabatanKind)])


@attrs.frozen
class RowError:
    """A value that could not be read: row (1-based), column as named in the input, value, why."""

    row: int  # 0: a history row that matches no person (the message says which)
    column: str
    value: object
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row else ""
        return f"{where}column {self.column!r}: {self.value!r}: {self.message}"


@attrs.define(eq=False)
class Population:
    """One row per person: identity, dates, records of each kind as arrays, and read errors."""

    nip: npt.NDArray[np.object_]
    status: npt.NDArray[np.int8]
    birth: Days
    tmt_cpns: Days
    tmt_pns: Days
    pangkat: Records  # golongan
    jabatan: Records  # kind, jenjang, eselon (index into eselons)
    education: Records  # level
    sanctions: Records  # level, end
    leaves: Records  # kind, end, days
    angka_kredit: Records  # earned, required
    exams: dict[ExamKind, Records]  # passed
    trainings: dict[TrainingKind, Records]
    skp: dict[int, npt.NDArray[np.int8]]  # year -> score (0: none)
    atasan: npt.NDArray[np.int8]
    kgb_terakhir: Days
    gender: npt.NDArray[np.int8]
    name: npt.NDArray[np.object_]
    eselons: tuple[str, ...] = ("",)
    fungsionals: tuple[str, ...] = ("",)  # names of jabatan fungsional (guru, dosen, …)
    errors: tuple[RowError, ...] = ()  # rows of the flat table that could not be read
    notes: tuple[str, ...] = ()
    history_errors: tuple[RowError, ...] = ()  # history rows matching no row (row 0)
    _best_education: Ints | None = None

    def __len__(self) -> int:
        return len(self.nip)

    @property
    def bad(self) -> npt.NDArray[np.bool_]:
        """Return a mask of the rows that have a read error."""
        mask = np.zeros(len(self), dtype=bool)
        if self.errors:
            mask[np.array([e.row - 1 for e in self.errors])] = True
        return mask

    def best_education(self) -> Ints:
        """Return, per education record, the index of the highest diploma up to it."""
        if self._best_education is None:
            rank = EDUCATION_RANK[self.education.values["level"].astype(np.int64)]
            self._best_education = best_prefix(self.education, rank)
        return self._best_education

    def take(self, rows: Ints) -> Population:
        """Return the population of the given rows only (errors dropped)."""
        return Population(
            self.nip[rows],
            self.status[rows],
            self.birth[rows],
            self.tmt_cpns[rows],
            self.tmt_pns[rows],
            self.pangkat.take(rows),
            self.jabatan.take(rows),
            self.education.take(rows),
            self.sanctions.take(rows),
            self.leaves.take(rows),
            self.angka_kredit.take(rows),
            {k: r.take(rows) for k, r in self.exams.items()},
            {k: r.take(rows) for k, r in self.trainings.items()},
            {y: s[rows] for y, s in self.skp.items()},
            self.atasan[rows],
            self.kgb_terakhir[rows],
            self.gender[rows],
            self.name[rows],
            self.eselons,
            self.fungsionals,
            (),
            self.notes,
        )
