"""Dated records of one kind for many people, as arrays, with as-of-date lookups."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from sopkit.population._vdates import Days, Ints

_SHIFT = 20  # bits of a day number in a (person, day) key: days -500000 … 500000 fit
_OFFSET = 1 << 19


def _key(person: Ints, day: Days) -> Ints:
    return (person << _SHIFT) | (day.astype(np.int64) + _OFFSET)


class Records:
    """Records of one kind (pangkat, jabatan, …) sorted by person (row) then date.

    Dense records hold at most one record per person, aligned with the rows (a NaT date
    means none): the flat table's columns. Sparse ones come from a history table.
    """

    __slots__ = ("_key", "date", "dense", "n", "person", "values")

    def __init__(
        self, n: int, person: Ints, date: Days, values: dict[str, npt.NDArray[Any]], dense: bool
    ) -> None:
        self.n = n
        self.person = person
        self.date = date
        self.values = values
        self.dense = dense
        self._key = None if dense else _key(person, date)

    @classmethod
    def aligned(cls, date: Days, **values: npt.NDArray[Any]) -> Records:
        """Return dense records: one per row (a NaT date: no record)."""
        n = len(date)
        return cls(n, np.arange(n, dtype=np.int64), date, values, True)

    @classmethod
    def build(cls, n: int, person: Ints, date: Days, **values: npt.NDArray[Any]) -> Records:
        """Return records given in any order (dropping NaT dates), sorted by person then date."""
        keep = ~np.isnat(date)
        person, date = person[keep], date[keep]
        order = np.lexsort((date, person))  # stable: equal dates keep their given order
        person, date = person[order], date[order]
        vals = {k: v[keep][order] for k, v in values.items()}
        if len(person) == 0 or np.all(np.diff(person) > 0):
            out = {k: _spread(v, person, n) for k, v in vals.items()}
            full = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
            full[person] = date
            return cls.aligned(full, **out)
        return cls(n, person, date, vals, False)

    def merged(self, other: Records) -> Records:
        """Return the union of two record sets of the same kind (exact duplicates once).

        On the same date, this set's records come after the other's: the flat table's record
        is the current one, the history's are older.
        """
        theirs, mine = self._flat(), other._flat()
        person = np.concatenate([mine[0], theirs[0]])
        date = np.concatenate([mine[1], theirs[1]])
        values = {k: np.concatenate([mine[2][k], theirs[2][k]]) for k in self.values}
        cols = [person, date.astype(np.int64), *(_sortable(v) for v in values.values())]
        _, first = np.unique(np.stack(cols), axis=1, return_index=True)
        first.sort()
        return Records.build(
            self.n, person[first], date[first], **{k: v[first] for k, v in values.items()}
        )

    def _flat(self) -> tuple[Ints, Days, dict[str, npt.NDArray[Any]]]:
        if not self.dense:
            return self.person, self.date, self.values
        has = ~np.isnat(self.date)
        return self.person[has], self.date[has], {k: v[has] for k, v in self.values.items()}

    def take(self, rows: Ints) -> Records:
        """Return the records of the given rows, renumbered 0 … len(rows)-1."""
        if self.dense:
            return Records.aligned(self.date[rows], **{k: v[rows] for k, v in self.values.items()})
        pos = np.full(self.n, -1, dtype=np.int64)
        pos[rows] = np.arange(len(rows))
        mine = pos[self.person]
        keep = mine >= 0
        return Records.build(
            len(rows),
            mine[keep],
            self.date[keep],
            **{k: v[keep] for k, v in self.values.items()},
        )

    def latest(self, rows: Ints, on: Days) -> Ints:
        """Return, per row, the index of its latest record dated on or before `on` (-1: none)."""
        if self.dense:
            return np.where(self.date[rows] <= on, rows, -1)
        if len(self.person) == 0:
            return np.full(len(rows), -1, dtype=np.int64)
        assert self._key is not None
        found = np.searchsorted(self._key, _key(rows, on), side="right") - 1
        ok = found >= 0
        found = np.where(ok, found, 0)
        return np.where(ok & (self.person[found] == rows), found, -1)

    def of_rows(self, rows: Ints) -> tuple[Ints, Ints]:
        """Return (record index, position in rows) of every record of the given rows."""
        if self.dense:
            has = ~np.isnat(self.date[rows])
            return rows[has], np.nonzero(has)[0]
        pos = np.full(self.n, -1, dtype=np.int64)
        pos[rows] = np.arange(len(rows))
        mine = pos[self.person]
        idx = np.nonzero(mine >= 0)[0]
        return idx, mine[idx]

    def first_where(self, mask: npt.NDArray[np.bool_]) -> Days:
        """Return, per row, the date of its first record where mask holds (NaT: none)."""
        if self.dense:
            return np.where(mask, self.date, np.datetime64("NaT"))
        out = np.full(self.n, np.datetime64("NaT"), dtype="datetime64[D]")
        idx = np.nonzero(mask)[0][::-1]  # assigned last-first, so the first record wins
        out[self.person[idx]] = self.date[idx]
        return out

    def count(self) -> int:
        """Return the number of records."""
        return int(np.count_nonzero(~np.isnat(self.date))) if self.dense else len(self.date)

    def per_row(self) -> list[list[int]]:
        """Return, per row, the indices of its records in date order (for building profiles)."""
        out: list[list[int]] = [[] for _ in range(self.n)]
        if self.dense:
            for i in np.nonzero(~np.isnat(self.date))[0].tolist():
                out[i].append(i)
        else:
            for i, p in enumerate(self.person.tolist()):
                out[p].append(i)
        return out


def _spread(values: npt.NDArray[Any], person: Ints, n: int) -> npt.NDArray[Any]:
    if values.dtype.kind == "M":
        out: npt.NDArray[Any] = np.full(n, np.datetime64("NaT"), dtype=values.dtype)
    elif values.dtype.kind == "f":
        out = np.full(n, np.nan, dtype=values.dtype)
    else:
        out = np.zeros(n, dtype=values.dtype)
    out[person] = values
    return out


def _sortable(values: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    if values.dtype.kind == "M":
        return values.astype(np.int64)
    if values.dtype.kind == "f":
        return values.view(np.int64) if values.dtype.itemsize == 8 else values.astype(np.int64)
    return values.astype(np.int64)


def best_prefix(records: Records, rank: npt.NDArray[np.int64]) -> Ints:
    """Return, per record, the index of the highest-ranked record of its person up to it.

    Ties go to the earlier record, as `max` over a date-ordered history does.
    """
    m = len(records.person)
    if records.dense or m == 0:
        return np.arange(m, dtype=np.int64)
    key = (records.person * 16 + rank) * m + (m - 1 - np.arange(m, dtype=np.int64))
    best = np.maximum.accumulate(key)
    return (m - 1 - best % m).astype(np.int64)
