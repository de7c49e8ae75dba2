"""The `sopkit` command line: one module per command group, registered below."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sopkit._errors import SopkitError
from sopkit.cli import (
    _calendar_cmds,
    _catalog_cmds,
    _demo,
    _lint_cmds,
    _publish_cmds,
    _render_cmds,
    _roles_cmds,
    _rules_cmds,
    _sim_cmds,
)
from sopkit.cli._common import EXIT_ERROR, EXIT_USAGE, Context
from sopkit.core._cache import caching

# each module adds its subcommands with register(subparsers); add new groups here
_GROUPS = (
    _catalog_cmds,
    _roles_cmds,
    _calendar_cmds,
    _lint_cmds,
    _render_cmds,
    _rules_cmds,
    _sim_cmds,
    _demo,
    _publish_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="sopkit",
        description="Indonesian public-service standards and SOPs as typed data.",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="skip plugins that fail to load or hold invalid data, and report them",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read every catalogue data file instead of the compiled cache (as SOPKIT_NO_CACHE=1)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for group in _GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 not found or invalid, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    ctx = Context(lenient=args.lenient, stdout=sys.stdout, stderr=sys.stderr)
    try:
        with caching(False if args.no_cache else None):
            code: int = args.run(args, ctx)
    except SopkitError as exc:
        print(f"sopkit: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into head and the like
        return 0
    return code
