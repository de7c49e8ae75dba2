"""Columnar evaluation of eligibility rules over a whole workforce (one row per PNS).

Needs the `population` extra (numpy, pyarrow, openpyxl): `pip install sopkit[population]`.
Importing this package is light; the heavy modules load on first use.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sopkit.population._api import PopulationResult, Summary
    from sopkit.population._layout import FLAT_COLUMNS, HISTORY_KINDS
    from sopkit.population._population import Population, RowError
    from sopkit.population._profiles import profile_of, profiles_to_tables
    from sopkit.population._read import PopulationError, load_population, read_table_file
    from sopkit.population._synthetic import synthetic_workforce
    from sopkit.population._write import write_result
    from sopkit.rules._engine import RuleBook

_LAZY = {
    "PopulationResult": "_api",
    "Summary": "_api",
    "FLAT_COLUMNS": "_layout",
    "HISTORY_KINDS": "_layout",
    "Population": "_population",
    "RowError": "_population",
    "profile_of": "_profiles",
    "profiles_to_tables": "_profiles",
    "PopulationError": "_read",
    "load_population": "_read",
    "read_table_file": "_read",
    "synthetic_workforce": "_synthetic",
    "write_result": "_write",
}


def evaluate_table(
    rule: str,
    table: Any,
    *,
    on: dt.date,
    params: Mapping[str, object] | None = None,
    book: RuleBook | None = None,
    history: Any = None,
    columns: Mapping[str, str] | None = None,
    progress: Any = None,
    chunk_size: int = 65_536,
) -> Any:
    """Return the rule's verdict for every row of a workforce table (a PopulationResult).

    `table`: a pandas or polars DataFrame, a pyarrow Table (or a dask DataFrame, giving a
    dask DataFrame of results). See sopkit.population._api.evaluate_table and
    docs/population.md.
    """
    from sopkit.population._api import evaluate_table as run

    return run(
        rule,
        table,
        on=on,
        params=params,
        book=book,
        history=history,
        columns=columns,
        progress=progress,
        chunk_size=chunk_size,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sopkit.population' has no attribute {name!r}")
    return getattr(importlib.import_module(f"sopkit.population.{module}"), name)


__all__ = [
    "FLAT_COLUMNS",
    "HISTORY_KINDS",
    "Population",
    "PopulationError",
    "PopulationResult",
    "RowError",
    "Summary",
    "evaluate_table",
    "load_population",
    "profile_of",
    "profiles_to_tables",
    "read_table_file",
    "synthetic_workforce",
    "write_result",
]
