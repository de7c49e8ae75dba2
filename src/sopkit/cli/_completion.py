"""`sopkit completion bash|zsh|tcsh`: a shell completion script generated from the parser."""

from __future__ import annotations

import argparse
from typing import Any

from sopkit.cli._common import EXIT_OK, Context
from sopkit.cli._options import choice

SHELLS = ("bash", "zsh", "tcsh")


def register(sub: Any) -> None:
    """Add the completion command to the parser."""
    p = sub.add_parser(
        "completion",
        help="print a shell completion script",
        description="Print a completion script for SHELL. bash: "
        "`sopkit completion bash > ~/.local/share/bash-completion/completions/sopkit`; "
        'zsh: `sopkit completion zsh > "${fpath[1]}/_sopkit"`.',
    )
    p.add_argument("shell", type=choice(SHELLS, name="shell"), metavar="{bash,zsh,tcsh}")
    p.set_defaults(run=_completion)


def _completion(args: argparse.Namespace, ctx: Context) -> int:
    import shtab

    from sopkit.cli import build_parser

    ctx.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return EXIT_OK
