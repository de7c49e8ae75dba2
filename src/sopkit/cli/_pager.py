"""A pager for long output on a terminal, as git does: $SOPKIT_PAGER, $PAGER, else `less -FRX`."""

from __future__ import annotations

import os
import shlex
import shutil
from typing import TextIO


def page(text: str, out: TextIO) -> None:
    """Write text to out, through a pager when it is taller than the terminal."""
    height = shutil.get_terminal_size((80, 24)).lines
    command = os.environ.get("SOPKIT_PAGER", os.environ.get("PAGER", "less -FRX"))
    argv = shlex.split(command) if command.strip() else []
    if text.count("\n") < height or not argv or shutil.which(argv[0]) is None:
        out.write(text)
        return
    import subprocess  # only when paging

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    out.flush()
    try:
        subprocess.run(argv, input=text, text=True, env=env, check=False)
    except OSError:
        out.write(text)
