"""`sopkit check RULE --population FILE`: one rule over a workforce table, with a summary."""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

from sopkit._i18n import Text, localize
from sopkit.cli._common import EXIT_ERROR, EXIT_OK, Context
from sopkit.core._yaml import parse_yaml
from sopkit.population._api import evaluate_table
from sopkit.population._read import PopulationError, read_table_file
from sopkit.population._write import write_result
from sopkit.rules._engine import RuleBook


class _Bar:
    """A progress bar on standard error, redrawn at most ten times a second."""

    def __init__(self, ctx: Context, label: str) -> None:
        self.ctx = ctx
        self.label = label
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        share = done / total if total else 1.0
        filled = int(30 * share)
        bar = "#" * filled + "-" * (30 - filled)
        end = "\n" if done >= total else ""
        self.ctx.stderr.write(f"\r{self.label} [{bar}] {share:4.0%} {done:,}/{total:,}{end}")
        self.ctx.stderr.flush()


def _mapping(path: str | None) -> dict[str, str]:
    if path is None:
        return {}
    file = Path(path)
    if not file.is_file():
        raise PopulationError(Text("--columns {path}: file not found", path=repr(path)))
    doc = parse_yaml(file.read_text(encoding="utf-8"), file=path)
    data = doc.data
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise PopulationError(
            Text(
                "--columns {path}: expected a mapping of your column names to the layout's, "
                "e.g. 'NIP BARU: nip'",
                path=repr(path),
            )
        )
    return dict(data)


def check_population(
    args: argparse.Namespace, ctx: Context, book: RuleBook, on: dt.date, params: dict[str, Any]
) -> int:
    """Evaluate the rule over the table; print the summary, write the result if asked."""
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix not in (".csv", ".xlsx", ".parquet"):
            raise PopulationError(
                Text(
                    "-o {path}: unknown file type {suffix}; accepted: .csv, .xlsx, .parquet",
                    path=repr(str(args.output)),
                    suffix=repr(suffix),
                )
            )
    table = read_table_file(args.population)
    history = read_table_file(args.history) if args.history else None
    if table.num_rows == 0:
        raise PopulationError(Text("{path}: the table has no rows", path=args.population))
    result = evaluate_table(
        args.rule,
        table,
        on=on,
        params=params,
        book=book,
        history=history,
        columns=_mapping(args.columns),
        progress=_Bar(ctx, args.rule),
    )
    out = ctx.stdout
    out.write(
        f"{args.rule} pada / on {on}: {len(result):,} pegawai dari / from {args.population}\n"
    )
    if result.fallback:
        out.write(f"⚠ dievaluasi per baris / evaluated row by row: {result.fallback}\n")
    for note in result.notes:
        out.write(f"⚠ {note}\n")
    summary = result.summary()
    for line in summary.lines():
        out.write(line + "\n")
    for error in result.errors[:20]:
        out.write(f"  ✗ {error}\n")
    if len(result.errors) > 20:
        more = Text("… {count} more (see the error column)", count=len(result.errors) - 20)
        out.write(f"  {localize(more, ctx.lang)}\n")
    if args.output:
        path = write_result(result.to_arrow(), args.output)
        out.write(f"hasil ditulis ke / result written to {path}\n")
    if summary.errors or any(e.row == 0 for e in result.errors):
        out.write("ada baris yang tidak terbaca / some rows could not be read\n")
        return EXIT_ERROR
    return EXIT_OK
