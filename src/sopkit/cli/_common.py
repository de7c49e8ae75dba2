"""Shared CLI plumbing: exit codes, the loaded catalogue, JSON and aligned-table output."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any, TextIO

import attrs

from sopkit.core._catalog import Catalog, load_catalog
from sopkit.core._converter import unstructure

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


@attrs.define
class Context:
    """What every command gets: the lenient flag, output streams and the catalogue, loaded once."""

    lenient: bool
    stdout: TextIO
    stderr: TextIO

    @functools.cached_property
    def catalog(self) -> Catalog:
        """Return the catalogue of installed plugins, reporting skipped ones on stderr."""
        catalog = load_catalog(lenient=self.lenient)
        for skipped in catalog.skipped:
            print(f"sopkit: skipped plugin {skipped.name}: {skipped.reason}", file=self.stderr)
        return catalog

    def json(self, value: Any) -> None:
        """Print a model object (or plain data) as indented JSON."""
        data = unstructure(value)
        json.dump(data, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Print rows as an aligned, plain-text table."""
        print_table(self.stdout, headers, rows)

    def error(self, message: str) -> int:
        """Print an error on stderr and return the error exit code."""
        print(f"sopkit: error: {message}", file=self.stderr)
        return EXIT_ERROR


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Write an aligned table; long cells are kept whole."""
    cells = [[str(c) for c in headers], *[["" if c is None else str(c) for c in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        line = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        out.write(line + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
