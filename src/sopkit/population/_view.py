"""A view of some rows of a population at per-row dates, with the as-of lookups checks share."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from sopkit.asn._pegawai import ExamKind, Status, TrainingKind
from sopkit.population._population import STATUS, Population
from sopkit.population._records import Records
from sopkit.population._vdates import Days, Ints, year_of

PASS, UNKNOWN, FAIL = np.int8(0), np.int8(1), np.int8(2)
"""Outcome codes ordered so that `all` is the maximum of its children and `any` the minimum."""
NAT = np.datetime64("NaT", "D")
Outcomes = npt.NDArray[Any]  # int8 PASS, UNKNOWN, FAIL


class View:
    """Rows of a population evaluated at per-row dates; facts are read as they stood on that date."""

    def __init__(
        self,
        pop: Population,
        rows: Ints,
        on: Days,
        *,
        want_ready: bool = True,
        asof: Days | None = None,
    ) -> None:
        self.pop = pop
        self.rows = rows
        self.on = on
        self.want_ready = want_ready
        self.uniform = len(on) > 0 and bool((on == on[0]).all())
        self.at = on[:1] if self.uniform else on  # the date(s), broadcastable against rows
        # facts are read as of `asof` (the evaluation date; `on` moves on in the search for
        # the earliest date while the profile stays as it stood on the evaluation date)
        self.asof = on if asof is None else asof
        same = asof is None or (self.uniform and bool((asof == on[0]).all()))
        self.fact_at = self.at if same else self.asof
        contiguous = len(rows) > 0 and int(rows[-1]) - int(rows[0]) + 1 == len(rows)
        self.sel: Any = slice(int(rows[0]), int(rows[-1]) + 1) if contiguous else rows
        self._cache: dict[str, Any] = {}

    def take(self, column: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """Return the view's rows of a per-person column (a slice, not a copy, when it can)."""
        out: npt.NDArray[Any] = column[self.sel]
        return out

    def current(
        self, records: Records, *names: str
    ) -> tuple[npt.NDArray[np.bool_], Days, list[npt.NDArray[Any]]]:
        """Return, per row, whether a record is held on the date, its date and named values."""
        if records.dense:
            date = self.take(records.date)
            has = date <= self.fact_at
            return has, date, [self.take(records.values[k]) for k in names]
        idx = records.latest(self.rows, self.asof)
        has = idx >= 0
        safe = np.where(has, idx, 0)
        return has, records.date[safe], [records.values[k][safe] for k in names]

    def per_date(self, fn: Any) -> Any:
        """Return fn(dates): computed once, as a 1-element array, when every row has one date."""
        return fn(self.on[:1]) if self.uniform else fn(self.on)

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
            has, date, (g,) = self.current(self.pop.pangkat, "golongan")
            return np.where(has, g, 0), np.where(has, date, NAT)

        return self._memo("golongan", make)  # type: ignore[no-any-return]

    def job(self) -> tuple[Ints, Ints, Ints, Days]:
        """Return the post's kind, jenjang, eselon (codes; 0: none) and TMT as of each date."""

        def make() -> tuple[Ints, Ints, Ints, Days]:
            has, date, values = self.current(self.pop.jabatan, "kind", "jenjang", "eselon")
            kind, jenjang, eselon = (np.where(has, v, 0) for v in values)
            return kind, jenjang, eselon, np.where(has, date, NAT)

        return self._memo("job", make)  # type: ignore[no-any-return]

    def job_fungsional(self) -> Ints:
        """Return the code of the post's fungsional name (0: none) as of each date."""
        has, _, (code,) = self.current(self.pop.jabatan, "fungsional")
        out: Ints = np.where(has, code, 0)
        return out

    def first_job_tmt(self) -> Days:
        """Return the TMT of the first post, if held by each row's date."""
        j = self.pop.jabatan
        first = self._memo("first_job", lambda: j.first_where(np.ones(len(j.date), dtype=bool)))
        tmt = self.take(first)
        return np.where(tmt <= self.fact_at, tmt, NAT)

    def education(self) -> Ints:
        """Return the level code of the highest diploma held on each date (0: none)."""

        def make() -> Ints:
            e = self.pop.education
            if e.dense:
                has, _, (level,) = self.current(e, "level")
                return np.where(has, level, 0)
            idx = e.latest(self.rows, self.asof)
            has = idx >= 0
            best = self.pop.best_education()[np.where(has, idx, 0)]
            return np.where(has, e.values["level"][best], 0)

        return self._memo("education", make)  # type: ignore[no-any-return]

    def skp(self, back: int) -> Ints:
        """Return each row's SKP score (0: none) of the year `back` years before its date's year."""
        if self.uniform and self.fact_at is self.at:
            scores = self.pop.skp.get(int(year_of(self.on[:1])[0]) - back)
            if scores is None:
                return np.zeros(len(self.rows), dtype=np.int64)
            return self.take(scores)
        years = self.year() - back
        years = np.where(years <= year_of(self.asof), years, -1)  # a later year is not rated yet
        out = np.zeros(len(self.rows), dtype=np.int64)
        for year, scores in self.pop.skp.items():
            m = years == year
            if m.any():
                out[m] = scores[self.rows[m]]
        return out

    def passed(self, kind: ExamKind) -> npt.NDArray[np.bool_]:
        """Return whether each row had passed the exam by its date."""
        r = self.pop.exams[kind]
        return self._first_by(r, r.values["passed"], f"exam:{kind.value}")

    def trained(self, kind: TrainingKind) -> npt.NDArray[np.bool_]:
        """Return whether each row had completed the training by the date facts are read on."""
        r = self.pop.trainings[kind]
        return self._first_by(r, np.ones(len(r.date), dtype=bool), f"training:{kind.value}")

    def _first_by(self, r: Records, mask: npt.NDArray[np.bool_], key: str) -> npt.NDArray[np.bool_]:
        if r.dense:
            out: npt.NDArray[np.bool_] = (self.take(r.date) <= self.fact_at) & self.take(mask)
            return out
        first = self._memo(key, lambda: r.first_where(mask))
        found: npt.NDArray[np.bool_] = first[self.rows] <= self.asof
        return found

    def status(self) -> Ints:
        """Return the status code as of the date facts are read on (PNS before TMT PNS: CPNS)."""
        status = self.take(self.pop.status)
        later = (status == STATUS.of(Status.PNS)) & ~(self.take(self.pop.tmt_pns) <= self.fact_at)
        return np.where(later, STATUS.of(Status.CPNS), status)

    def kgb_terakhir(self) -> Days:
        """Return the last KGB's TMT, if on or before the date facts are read on."""
        last = self.take(self.pop.kgb_terakhir)
        return np.where(last <= self.fact_at, last, NAT)

    def year(self) -> Ints:
        """Return the year of each row's date."""

        def make() -> Ints:
            return np.broadcast_to(self.per_date(year_of), len(self.rows))

        return self._memo("year", make)  # type: ignore[no-any-return]


def outcome(passed: npt.NDArray[np.bool_], known: npt.NDArray[np.bool_] | None = None) -> Outcomes:
    """Return PASS where passed, else FAIL; UNKNOWN where not known."""
    out = FAIL - FAIL * np.asarray(passed, dtype=bool).view(np.int8)
    if known is not None:
        out = np.where(known, out, UNKNOWN)
    return out
