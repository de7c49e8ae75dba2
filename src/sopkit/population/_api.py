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
import pyarrow.compute as pc

from sopkit.asn._pegawai import ProfileError
from sopkit.population._engine import Evaluator, NoColumnarForm, Progress
from sopkit.population._population import Population, RowError
from sopkit.population._profiles import profile_of
from sopkit.population._read import clean_nips, duplicate_nips, load_population, to_arrow
from sopkit.population._vdates import NAT
from sopkit.population._view import FAIL, PASS, UNKNOWN
from sopkit.rules._engine import RuleBook
from sopkit.rules._national import make_rulebook
from sopkit.rules._verdict import Outcome

OUTCOME_TEXT = np.array(["pass", "unknown", "fail", "error"], dtype=object)
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
    chunk_size: int = 65_536,
) -> Any:
    """Return the rule's verdict for every row of a workforce table, evaluated column-wise.

    `table` is a pandas or polars DataFrame, a pyarrow Table or a Population; `history` an
    optional long table (nip, jenis, tanggal, …). Rows are read and evaluated `chunk_size` at a
    time. A dask DataFrame gives a dask DataFrame of results, computed partition by partition.
    Rows that cannot be read get outcome "error" with the column and value; none is dropped.
    """
    if type(table).__module__.split(".")[0] == "dask":
        from sopkit.population._dask import evaluate_dask

        return evaluate_dask(rule, table, on=on, params=params, book=book, columns=columns)
    book = book or make_rulebook()
    params = dict(params or {})
    book.rule(rule)  # a NotFoundError naming close names, before reading anything
    evaluator = Evaluator(book, rule, params)
    engine, fallback = "columnar", ""
    try:
        evaluator.tree_for(-1, np.datetime64(on, "D"))
    except NoColumnarForm as exc:
        engine = "scalar"
        fallback = f"no columnar form for {exc}; evaluated row by row with the scalar engine"
    parts = _parts(table, history, columns, chunk_size)
    acc = _Accumulator()
    total = len(table) if isinstance(table, Population) else to_arrow(table).num_rows
    done = 0
    for start, pop, extra in parts:
        part = _evaluate_part(evaluator, engine, book, pop, on, params, extra)
        acc.add(start, pop, extra, part)
        done += len(pop)
        if progress is not None:
            progress(done, total)
    meta = {
        "rule": rule,
        "on": on.isoformat(),
        "params": json.dumps(params, default=str),
        "engine": engine,
        "fallback": fallback,
        "notes": json.dumps(list(acc.notes)),
    }
    out = acc.table().replace_schema_metadata(meta)
    return PopulationResult(rule, on, out, engine, fallback, acc.notes, tuple(acc.errors))


def _parts(table: Any, history: Any, columns: Mapping[str, str] | None, size: int) -> Any:
    """Yield (first row, Population, errors found across the whole table) chunk by chunk."""
    if isinstance(table, Population):
        yield 0, table, []
        return
    flat = to_arrow(table)
    mapping = dict(columns or {})
    duplicates = duplicate_nips(flat, mapping)
    hist = None if history is None else to_arrow(history)
    where = None
    if hist is not None:
        nips = clean_nips(flat, mapping)
        hist_nips = clean_nips(hist, mapping)
        if nips is not None and hist_nips is not None:
            where = pc.index_in(hist_nips, value_set=nips.combine_chunks()).to_numpy(
                zero_copy_only=False
            )
    for start in range(0, max(flat.num_rows, 1), size):
        part = flat.slice(start, size)
        hpart = None
        if hist is not None:
            if where is None:
                hpart = hist
            else:
                index = np.where(np.isnan(where.astype(float)), -1, where.astype(float))
                mine = (index >= start) & (index < start + size)
                if start == 0:
                    mine |= index < 0  # NIPs matching no row: reported once
                hpart = hist.filter(pa.array(mine))
        pop = load_population(part, hpart, columns=mapping, check_duplicates=False)
        extra = [
            attrs.evolve(e, row=e.row - start) for e in duplicates if start < e.row <= start + size
        ]
        yield start, pop, extra


def _evaluate_part(
    evaluator: Evaluator,
    engine: str,
    book: RuleBook,
    pop: Population,
    on: dt.date,
    params: Mapping[str, object],
    late_errors: list[RowError],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[str, ...]], np.ndarray]:
    """Return outcome, earliest, failing index, failing tuples and the bad-row mask of a chunk.

    Rows that cannot be evaluated on the date get an error, added to `late_errors`.
    """
    n = len(pop)
    bad = pop.bad
    day = np.datetime64(on, "D")
    # as a profile read on a date refuses it: someone not yet born, or not yet a CPNS
    late = ~bad & ((pop.birth > day) | (pop.tmt_cpns > day))
    for i in np.nonzero(late)[0].tolist():
        column = "tanggal_lahir" if pop.birth[i] > day else "tmt_cpns"
        value = pop.birth[i] if column == "tanggal_lahir" else pop.tmt_cpns[i]
        what = "born" if column == "tanggal_lahir" else "a CPNS"
        late_errors.append(RowError(i + 1, column, str(value), f"not yet {what} on {on}"))
    bad = bad | late
    good = np.nonzero(~bad)[0]
    out = np.full(n, ERROR, dtype=np.int8)
    earliest = np.full(n, NAT)
    failing = np.zeros(n, dtype=np.int32)
    names: list[tuple[str, ...]] = []
    if engine == "columnar":
        if len(good):
            dates = np.full(len(good), np.datetime64(on, "D"))
            o, r, codes = evaluator.run(pop, good, dates, names)
            out[good] = o
            failing[good] = codes
            earliest[good] = evaluator.earliest(pop, good, dates, o, r)
        return out, earliest, failing, names, bad
    known: dict[tuple[str, ...], int] = {}
    code = {Outcome.PASS: PASS, Outcome.FAIL: FAIL, Outcome.UNKNOWN: UNKNOWN}
    for i in good.tolist():
        try:
            verdict = book.evaluate(evaluator.rule, profile_of(pop, i), on=on, params=params)
        except ProfileError as exc:  # facts the reader let through but a profile refuses
            late_errors.append(RowError(i + 1, "profile", None, str(exc)))
            continue
        out[i] = code[verdict.outcome]
        if verdict.earliest is not None:
            earliest[i] = np.datetime64(verdict.earliest, "D")
        key = verdict.failing
        if key not in known:
            known[key] = len(names)
            names.append(key)
        failing[i] = known[key]
    return out, earliest, failing, names, bad


class _Accumulator:
    """Collects the chunks' results into one compact Arrow table."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], int] = {(): 0}
        self.checks: dict[str, int] = {}
        self.outs: list[np.ndarray] = []
        self.earliest: list[np.ndarray] = []
        self.failing: list[np.ndarray] = []
        self.nips: list[pa.Array] = []
        self.errors: list[RowError] = []
        self.notes: tuple[str, ...] = ()

    def add(self, start: int, pop: Population, extra: list[RowError], part: Any) -> None:
        out, earliest, failing, names, _ = part
        local = [*pop.errors, *extra]
        if extra:
            rows = np.array([e.row - 1 for e in extra])
            out[rows] = ERROR
        remap = np.array([self._name(t) for t in names] or [0], dtype=np.int32)
        failing = np.where(out == ERROR, 0, remap[failing])
        self.outs.append(out)
        self.earliest.append(np.where(out == ERROR, NAT, earliest))
        self.failing.append(failing)
        self.nips.append(pa.array(pop.nip, pa.string()))
        self.errors += [attrs.evolve(e, row=e.row + start) for e in local]
        self.errors += [e for e in pop.history_errors if e not in self.errors]
        if not self.notes:
            self.notes = pop.notes

    def _name(self, key: tuple[str, ...]) -> int:
        if key not in self.names:
            self.names[key] = len(self.names)
        return self.names[key]

    def table(self) -> pa.Table:
        out = np.concatenate(self.outs) if self.outs else np.zeros(0, np.int8)
        n = len(out)
        checks: dict[str, int] = {}
        for key in self.names:
            for name in key:
                checks.setdefault(name, len(checks))
        tuples = list(self.names)
        lengths = np.array([len(t) for t in tuples], dtype=np.int32)
        values = np.array([checks[name] for t in tuples for name in t], dtype=np.int32)
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
        index = np.concatenate(self.failing) if self.failing else np.zeros(0, np.int32)
        row_len = lengths[index]
        offsets = np.concatenate([[0], np.cumsum(row_len, dtype=np.int64)]).astype(np.int32)
        # the values of row i are values[starts[index[i]] : starts[index[i]] + row_len[i]]
        owner = np.repeat(np.arange(n), row_len)
        within = np.arange(len(owner)) - offsets[:-1][owner]
        flat_values = values[starts[index][owner] + within] if len(owner) else values[:0]
        dictionary = pa.array(list(checks), pa.string())
        failing = pa.ListArray.from_arrays(
            pa.array(offsets), pa.DictionaryArray.from_arrays(pa.array(flat_values), dictionary)
        )
        errors = np.full(n, -1, dtype=np.int32)
        texts: list[str] = []
        by_row: dict[int, list[str]] = {}
        for e in self.errors:
            if e.row > 0:
                by_row.setdefault(e.row, []).append(
                    f"column {e.column!r}: {e.value!r}: {e.message}"
                )
        for row, parts in by_row.items():
            errors[row - 1] = len(texts)
            texts.append("; ".join(parts))
        error_col = pa.DictionaryArray.from_arrays(
            pa.array(errors, mask=errors < 0), pa.array(texts, pa.string())
        )
        outcome = pa.DictionaryArray.from_arrays(pa.array(out), pa.array(list(OUTCOME_TEXT)))
        eligible = pa.array(out == PASS, mask=(out == UNKNOWN) | (out == ERROR))
        earliest = np.concatenate(self.earliest) if self.earliest else np.zeros(0, "datetime64[D]")
        return pa.table(
            {
                "row": pa.array(np.arange(1, n + 1, dtype=np.int64)),
                "nip": pa.chunked_array(self.nips, pa.string()),
                "outcome": outcome,
                "eligible": eligible,
                "earliest": pa.array(earliest, pa.date32()),
                "failing": failing,
                "error": error_col,
            }
        )
