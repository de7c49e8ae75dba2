"""evaluate_table: one rule over a whole workforce, columnar, with the scalar engine as fallback."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

import attrs
import numpy as np
import pyarrow as pa

from sopkit.population._engine import Evaluator, NoColumnarForm, Progress
from sopkit.population._population import Population, RowError
from sopkit.population._profiles import profile_of
from sopkit.population._read import load_population
from sopkit.population._vdates import NAT
from sopkit.population._view import FAIL, PASS, UNKNOWN
from sopkit.rules._engine import RuleBook
from sopkit.rules._national import make_rulebook
from sopkit.rules._verdict import Outcome

OUTCOME_TEXT = np.array(["pass", "fail", "unknown", "error"], dtype=object)
ERROR = np.int8(3)


@attrs.frozen
class Summary:
    """Counts of a population result: eligible, not eligible by failing check, unknown, errors."""

    total: int
    eligible: int
    not_eligible: int
    unknown: int
    errors: int
    by_check: tuple[tuple[str, int], ...]  # not-eligible rows counted by each failing check

    def lines(self) -> list[str]:
        """Return the summary as bilingual text lines."""
        out = [
            f"memenuhi syarat / eligible: {self.eligible} dari / of {self.total}",
            f"tidak memenuhi syarat / not eligible: {self.not_eligible}",
        ]
        out += [f"  {name}: {count}" for name, count in self.by_check]
        out.append(f"belum dapat dipastikan / unknown (facts missing): {self.unknown}")
        out.append(f"baris tidak terbaca / rows not read: {self.errors}")
        return out


@attrs.define
class PopulationResult:
    """One row per person: outcome, eligible (three-valued), earliest date, failing checks, error.

    `engine` is "columnar", or "scalar" when the rule has no columnar form (`fallback` says
    why); `notes` say what the input lacked; `errors` list every row that could not be read.
    """

    rule: str
    on: dt.date
    table: pa.Table
    engine: str
    fallback: str = ""
    notes: tuple[str, ...] = ()
    errors: tuple[RowError, ...] = ()

    def __len__(self) -> int:
        return int(self.table.num_rows)

    def to_arrow(self) -> pa.Table:
        """Return the result as a pyarrow Table (metadata: rule, date, engine, fallback, notes)."""
        return self.table

    def to_pandas(self) -> Any:
        """Return the result as a pandas DataFrame."""
        return self.table.to_pandas()

    def to_polars(self) -> Any:
        """Return the result as a polars DataFrame."""
        import polars as pl

        return pl.from_arrow(self.table)

    def summary(self) -> Summary:
        """Return the counts: eligible, not eligible by failing check, unknown, rows not read."""
        outcome = np.asarray(self.table.column("outcome").to_numpy(zero_copy_only=False))
        counts = Counter(outcome.tolist())
        by_check: Counter[str] = Counter()
        failing = self.table.column("failing").combine_chunks()
        fail_rows = np.nonzero(outcome == "fail")[0]
        if len(fail_rows):
            lists = failing.take(pa.array(fail_rows)).to_pylist()
            for key, count in Counter(tuple(x) for x in lists).items():
                for name in dict.fromkeys(key):
                    by_check[name] += count
        return Summary(
            len(self),
            counts.get("pass", 0),
            counts.get("fail", 0),
            counts.get("unknown", 0),
            counts.get("error", 0),
            tuple(sorted(by_check.items(), key=lambda kv: (-kv[1], kv[0]))),
        )


def evaluate_table(
    rule: str,
    table: Any,
    *,
    on: dt.date,
    params: Mapping[str, object] | None = None,
    book: RuleBook | None = None,
    history: Any = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    chunk_size: int = 262_144,
) -> Any:
    """Return the rule's verdict for every row of a workforce table, evaluated column-wise.

    `table` is a pandas or polars DataFrame, a pyarrow Table or a Population; `history` an
    optional long table (nip, jenis, tanggal, …). A dask DataFrame gives a dask DataFrame of
    results, computed partition by partition. Rows that cannot be read get outcome "error".
    """
    if type(table).__module__.split(".")[0] == "dask":
        from sopkit.population._dask import evaluate_dask

        return evaluate_dask(rule, table, on=on, params=params, book=book, columns=columns)
    book = book or make_rulebook()
    params = dict(params or {})
    book.rule(rule)  # a NotFoundError naming close names, before reading anything
    pop = table if isinstance(table, Population) else load_population(table, history, columns=columns)
    n = len(pop)
    bad = pop.bad
    good = np.nonzero(~bad)[0]
    out = np.full(n, ERROR, dtype=np.int8)
    earliest = np.full(n, NAT)
    failing_index = np.zeros(n, dtype=np.int64)
    names: list[tuple[str, ...]] = []
    evaluator = Evaluator(book, rule, params)
    engine, fallback = "columnar", ""
    try:
        evaluator.tree_for(-1, np.datetime64(on, "D"))
    except NoColumnarForm as exc:
        engine = "scalar"
        fallback = f"no columnar form for {exc}; evaluated row by row with the scalar engine"
    if engine == "columnar":
        day = np.datetime64(on, "D")
        for start in range(0, len(good), chunk_size):
            rows = good[start : start + chunk_size]
            dates = np.full(len(rows), day)
            o, r, codes = evaluator.run(pop, rows, dates, names)
            out[rows] = o
            failing_index[rows] = codes
            earliest[rows] = evaluator.earliest(pop, rows, dates, o, r)
            if progress is not None:
                progress(min(start + chunk_size, len(good)), len(good))
    else:
        known: dict[tuple[str, ...], int] = {}
        code = {Outcome.PASS: PASS, Outcome.FAIL: FAIL, Outcome.UNKNOWN: UNKNOWN}
        step = max(1, len(good) // 100)
        for k, i in enumerate(good.tolist()):
            verdict = book.evaluate(rule, profile_of(pop, i), on=on, params=params)
            out[i] = code[verdict.outcome]
            if verdict.earliest is not None:
                earliest[i] = np.datetime64(verdict.earliest, "D")
            key = verdict.failing
            if key not in known:
                known[key] = len(names)
                names.append(key)
            failing_index[i] = known[key]
            if progress is not None and (k + 1) % step == 0:
                progress(k + 1, len(good))
        if progress is not None:
            progress(len(good), len(good))
    if not names:
        names.append(())
    table_out = _result_table(pop, out, earliest, failing_index, names)
    meta = {
        "rule": rule,
        "on": on.isoformat(),
        "params": json.dumps(params, default=str),
        "engine": engine,
        "fallback": fallback,
        "notes": json.dumps(list(pop.notes)),
    }
    table_out = table_out.replace_schema_metadata({k: str(v) for k, v in meta.items()})
    return PopulationResult(rule, on, table_out, engine, fallback, pop.notes, pop.errors)


def _result_table(
    pop: Population,
    out: np.ndarray[Any, Any],
    earliest: np.ndarray[Any, Any],
    failing_index: np.ndarray[Any, Any],
    names: list[tuple[str, ...]],
) -> pa.Table:
    n = len(pop)
    errors: list[str | None] = [None] * n
    for e in pop.errors:
        text = f"column {e.column!r}: {e.value!r}: {e.message}"
        errors[e.row - 1] = text if errors[e.row - 1] is None else f"{errors[e.row - 1]}; {text}"
    names = [*names, ()]  # the last entry: rows not evaluated
    offsets = np.zeros(len(names) + 1, dtype=np.int32)
    offsets[1:] = np.cumsum([len(t) for t in names])
    flat = pa.array([name for t in names for name in t], pa.string())
    lists = pa.ListArray.from_arrays(pa.array(offsets), flat)
    failing = lists.take(pa.array(np.where(out == ERROR, len(names) - 1, failing_index)))
    eligible = pa.array(np.where(out == PASS, True, False), mask=(out == UNKNOWN) | (out == ERROR))
    return pa.table(
        {
            "row": pa.array(np.arange(1, n + 1, dtype=np.int64)),
            "nip": pa.array(pop.nip, pa.string()),
            "outcome": pa.array(OUTCOME_TEXT[out], pa.string()),
            "eligible": eligible,
            "earliest": pa.array(earliest, pa.date32()),
            "failing": failing,
            "error": pa.array(errors, pa.string()),
        }
    )
