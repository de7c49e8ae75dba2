"""Shared CLI plumbing: exit codes, the loaded catalogue, JSON, text and table output."""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from sopkit._i18n import Text, localize
from sopkit.cli._layout import fit_lines, render_table
from sopkit.cli._messages import message

if TYPE_CHECKING:
    from sopkit.core._agency import Agency
    from sopkit.core._catalog import Catalog
    from sopkit.core._service import Service
    from sopkit.core._sop import Sop

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

_STYLES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
}


def wants_color(stream: TextIO, mode: str = "auto") -> bool:
    """Return whether to colour a stream: never with NO_COLOR, else on a terminal (or always)."""
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    if mode == "always":
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def terminal_width() -> int:
    """Return the width to lay text out in: COLUMNS, else the terminal's, else 80."""
    return max(20, shutil.get_terminal_size((80, 24)).columns)


@attrs.define
class Context:
    """What every command gets: options, output streams, language and the catalogue, loaded once."""

    lenient: bool
    stdout: TextIO
    stderr: TextIO
    lang: str = "en"
    color: bool = False
    width: int = 80

    @functools.cached_property
    def catalog(self) -> Catalog:
        """Return the catalogue of installed plugins, reporting skipped ones on stderr."""
        from sopkit.core._catalog import load_catalog

        catalog = load_catalog(lenient=self.lenient)
        for skipped in catalog.skipped:
            self.note(self.t("skipped", name=skipped.name, reason=skipped.reason))
        return catalog

    def lookup(self, code: str) -> Agency | Service | Sop:
        """Return the agency, service or SOP a code names."""
        return self.catalog.lookup(code)

    def t(self, key: str, **fields: object) -> str:
        """Return a message of the interface language."""
        return message(self.lang, key, **fields)

    def style(self, text: str, style: str) -> str:
        """Return text in a style ('bold', 'red', ...) when colour is on."""
        if not self.color or not text:
            return text
        codes = ";".join(_STYLES[s] for s in style.split())
        return f"\x1b[{codes}m{text}\x1b[0m"

    def write(self, text: str) -> None:
        """Print text, its long lines wrapped to the terminal width."""
        self.stdout.write(fit_lines(text, self.width))

    def line(self, text: str = "") -> None:
        """Print one line of text (wrapped to the terminal width)."""
        self.write(text + "\n")

    def json(self, value: Any) -> None:
        """Print a model object (or plain data) as indented JSON."""
        from sopkit.core._converter import unstructure

        data = unstructure(value)
        json.dump(data, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        colors: dict[int, dict[str, str]] | None = None,
    ) -> None:
        """Print rows as a table fitting the terminal; headers are message keys ('col.code').

        colors maps a column to {cell text: style}, e.g. severity words to red or yellow.
        """
        titles = [self.t(h) if h in _KEYS else h for h in headers]

        def style(column: int, piece: str, padded: str) -> str:
            if column < 0:
                return self.style(padded, "bold")
            wanted = (colors or {}).get(column, {}).get(piece.strip())
            return self.style(piece, wanted) + padded[len(piece) :] if wanted else padded

        keep = frozenset(i for i, h in enumerate(headers) if h in _WHOLE)
        self.stdout.write(
            render_table(titles, rows, self.width, style=style if self.color else None, keep=keep)
        )

    def note(self, text: str) -> None:
        """Print a notice on stderr (a Text in the interface language)."""
        self.stderr.write(f"sopkit: {localize(text, self.lang)}\n")

    def error(self, text: str) -> int:
        """Print an error on stderr (a Text in the interface language); return the error code."""
        line = Text("sopkit: error: {message}", message=localize(text, self.lang))
        self.stderr.write(f"{localize(line, self.lang)}\n")
        return EXIT_ERROR


def _keys() -> frozenset[str]:
    from sopkit.cli._messages import MESSAGES

    return frozenset(MESSAGES)


_KEYS = _keys()
_WHOLE = frozenset({"col.code", "col.rule", "col.plugin"})  # columns users copy: wrap last
