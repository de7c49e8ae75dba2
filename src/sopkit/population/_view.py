"""A view of some rows of a population at per-row dates, with the as-of lookups checks share."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from sopkit.asn._pegawai import ExamKind
from sopkit.population._population import Population
from sopkit.population._vdates import Days, Ints, year_of

PASS, FAIL, UNKNOWN = np.int8(0), np.int8(1), np.int8(2)
NAT = np.datetime64("NaT", "D")
Outcomes = npt.NDArray[np.int8]


class View:
    """Rows of a population evaluated at per-row dates; facts are read as they stood on that date."""

    def __init__(self, pop: Population, rows: Ints, on: Days) -> None:
        self.pop = pop
        self.rows = rows
        self.on = on
        self._cache: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def _memo(self, key: str, make: Any) -> Any:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = make()
        return found

    def golongan(self) -> tuple[Ints, Days]:
        """Return the golongan (0: none) and its TMT as of each row's date."""

        def make() -> tuple[Ints, Days]:
            p = self.pop.pangkat
            idx = p.latest(self.rows, self.on)
            has = idx >= 0
            g = np.where(has, p.values["golongan"][idx].astype(np.int64), 0)
            return g, np.where(has, p.date[idx], NAT)

        return self._memo("golongan", make)  # type: ignore[no-any-return]

    def job(self) -> tuple[Ints, Ints, Ints, Days]:
        """Return the post's kind, jenjang, eselon (codes; 0: none) and TMT as of each date."""

        def make() -> tuple[Ints, Ints, Ints, Days]:
            j = self.pop.jabatan
            idx = j.latest(self.rows, self.on)
            has = idx >= 0

            def pick(name: str) -> Ints:
                return np.where(has, j.values[name][idx].astype(np.int64), 0)

            return pick("kind"), pick("jenjang"), pick("eselon"), np.where(has, j.date[idx], NAT)

        return self._memo("job", make)  # type: ignore[no-any-return]

    def first_job_tmt(self) -> Days:
        """Return the TMT of the first post, if held by each row's date."""
        j = self.pop.jabatan
        first = self._memo("first_job", lambda: j.first_where(np.ones(len(j.date), dtype=bool)))
        tmt = first[self.rows]
        return np.where(tmt <= self.on, tmt, NAT)

    def education(self) -> Ints:
        """Return the level code of the highest diploma held on each date (0: none)."""

        def make() -> Ints:
            e = self.pop.education
            idx = e.latest(self.rows, self.on)
            has = idx >= 0
            best = self.pop.best_education()[np.where(has, idx, 0)]
            return np.where(has, e.values["level"][best].astype(np.int64), 0)

        return self._memo("education", make)  # type: ignore[no-any-return]

    def skp(self, back: int) -> Ints:
        """Return each row's SKP score (0: none) of the year `back` years before its date's year."""
        years = year_of(self.on) - back
        out = np.zeros(len(self.rows), dtype=np.int64)
        for year, scores in self.pop.skp.items():
            m = years == year
            if m.any():
                out[m] = scores[self.rows[m]]
        return out

    def passed(self, kind: ExamKind) -> npt.NDArray[np.bool_]:
        """Return whether each row had passed the exam by its date."""
        r = self.pop.exams[kind]
        first = self._memo(f"exam:{kind.value}", lambda: r.first_where(r.values["passed"]))
        return first[self.rows] <= self.on  # type: ignore[no-any-return]

    def year(self) -> Ints:
        """Return the year of each row's date."""
        return self._memo("year", lambda: year_of(self.on))  # type: ignore[no-any-return]


def outcome(passed: npt.NDArray[np.bool_], known: npt.NDArray[np.bool_] | None = None) -> Outcomes:
    """Return PASS where passed, else FAIL; UNKNOWN where not known."""
    out = np.where(passed, PASS, FAIL).astype(np.int8)
    if known is not None:
        out[~known] = UNKNOWN
    return out


def no_ready(n: int) -> Days:
    """Return an array of n NaT dates (no date computable)."""
    return np.full(n, NAT)
