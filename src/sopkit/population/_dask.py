"""The same evaluation on a dask DataFrame: partition by partition, on any dask scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sopkit.rules._engine import Rule, RuleBook
from sopkit.rules._parameters import ParameterSet

META = {
    "partition": "int64",
    "row": "int64",
    "nip": "object",
    "outcome": "object",
    "eligible": "boolean",
    "earliest": "datetime64[s]",
    "failing": "object",
    "error": "object",
}
"""The result columns: `row` counts from 1 within the partition; `failing` is joined by '; '."""


def _evaluate_partition(
    frame: Any,
    rule: str,
    on: dt.date,
    params: Mapping[str, object],
    rules: tuple[Rule, ...] | None,
    sets: tuple[ParameterSet, ...] | None,
    columns: Mapping[str, str] | None,
    partition_info: dict[str, Any] | None = None,
) -> Any:
    import pandas as pd

    from sopkit.population._api import evaluate_table
    from sopkit.population._write import flat_result

    book = RuleBook(rules, sets) if rules is not None and sets is not None else None
    number = partition_info["number"] if partition_info else 0
    if len(frame) == 0:
        return pd.DataFrame({k: pd.Series(dtype=v) for k, v in META.items()})
    result = evaluate_table(rule, frame, on=on, params=params, book=book, columns=columns)
    out = flat_result(result.to_arrow()).to_pandas()
    out.insert(0, "partition", number)
    out["eligible"] = out["eligible"].astype("boolean")
    out["earliest"] = pd.to_datetime(out["earliest"]).astype("datetime64[s]")
    return out[list(META)]


def evaluate_dask(
    rule: str,
    frame: Any,
    *,
    on: dt.date,
    params: Mapping[str, object] | None = None,
    book: RuleBook | None = None,
    columns: Mapping[str, str] | None = None,
) -> Any:
    """Return a lazy dask DataFrame of results, one partition per input partition.

    The rule book travels to the workers as its rules and parameter sets (rebuilt there);
    without one, workers use the national rules.
    """
    import pandas as pd

    if book is not None:
        book.rule(rule)
    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in META.items()})
    return frame.map_partitions(
        _evaluate_partition,
        rule,
        on,
        dict(params or {}),
        None if book is None else book.rules,
        None if book is None else book.parameter_sets,
        dict(columns or {}),
        meta=meta,
    )
