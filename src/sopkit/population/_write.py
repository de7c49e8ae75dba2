"""Writing a population result as CSV, Excel .xlsx or Parquet."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from sopkit._i18n import Text
from sopkit.population._read import PopulationError

SUFFIXES = (".csv", ".xlsx", ".parquet")


def flat_result(table: pa.Table) -> pa.Table:
    """Return the result with plain columns: failing checks joined by '; ', text for codes."""
    cols = {}
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_list(col.type):
            col = pc.binary_join(pc.cast(col, pa.list_(pa.string())), "; ")
        elif pa.types.is_dictionary(col.type):
            col = pc.cast(col, pa.string())
        cols[name] = col
    return pa.table(cols)


def write_result(table: pa.Table, path: str | Path) -> Path:
    """Write the result table to a .csv, .xlsx or .parquet file; return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PopulationError(
            Text(
                "-o {file}: unknown file type {suffix}; accepted: {accepted}",
                file=repr(str(path)),
                suffix=repr(suffix),
                accepted=", ".join(SUFFIXES),
            )
        )
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path)
        return path
    flat = flat_result(table)
    if suffix == ".csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(flat, path)
        return path
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("hasil")
    sheet.append(flat.column_names)
    for batch in flat.to_batches(65_536):
        columns = [c.to_pylist() for c in batch.columns]
        for row in zip(*columns, strict=True):
            sheet.append(list(row))
    book.save(path)
    return path
