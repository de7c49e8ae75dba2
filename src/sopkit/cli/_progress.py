"""One progress bar for every long job of the command line (rich's, on a terminal only).

Long jobs in the library take a `progress(done, total)` callback; commands pass the callable
this context manager yields. Off a terminal, with NO_COLOR or TERM=dumb it draws nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Progress = Callable[[int, int], None]


def _quiet(done: int, total: int) -> None:
    """Draw nothing."""


@contextmanager
def progress_bar(stream: TextIO, label: str) -> Iterator[Progress]:
    """Yield a progress(done, total) callback drawing a bar on stream while the block runs."""
    if not stream.isatty() or os.environ.get("TERM") == "dumb":
        yield _quiet
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    console = Console(file=stream, no_color=bool(os.environ.get("NO_COLOR")))
    with Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
