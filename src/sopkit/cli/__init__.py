"""The `sopkit` command line: one module per command group, registered below."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from typing import NoReturn

from sopkit._cache import caching
from sopkit._errors import SopkitError
from sopkit._i18n import LANGUAGES, Text
from sopkit.cli import (
    _calendar_cmds,
    _catalog_cmds,
    _completion,
    _demo,
    _lint_cmds,
    _publish_cmds,
    _render_cmds,
    _roles_cmds,
    _rules_cmds,
    _sim_cmds,
)
from sopkit.cli._common import (
    EXIT_USAGE,
    Context,
    terminal_width,
    wants_color,
)
from sopkit.cli._language import requested_language, say, speaking, translate_parser
from sopkit.cli._options import choice
from sopkit.cli._pager import page

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
    _completion,
)


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line naming the option and the fix."""

    def error(self, message: str) -> NoReturn:
        """Print the usage error on one line and exit 2."""
        line = Text(
            "{prog}: error: {message} (see '{prog} --help')", prog=self.prog, message=message
        )
        self.exit(EXIT_USAGE, say(line) + "\n")


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Add the options every command takes (before or after the command name)."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--lenient",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="skip plugins that fail to load or hold invalid data, and report them",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="load every catalogue from its files, neither reading nor writing the cache",
    )
    parser.add_argument(
        "--lang",
        type=choice(LANGUAGES, name="language"),
        default=default,
        metavar="{en,id}",
        help="interface language: en (default) or id; also SOPKIT_LANG",
    )
    parser.add_argument(
        "--color",
        type=choice(("auto", "always", "never"), name="color"),
        default="auto" if top else argparse.SUPPRESS,
        metavar="{auto,always,never}",
        help="colour output: auto (a terminal, unless NO_COLOR is set), always or never",
    )
    parser.add_argument(
        "--no-pager",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="never page long output on a terminal",
    )


class _Version(argparse.Action):
    """--version: print the installed version (read only when asked, metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("sopkit")
        except PackageNotFoundError:  # running from a source tree
            found = "unknown"
        sys.stdout.write(f"sopkit {found}\n")
        parser.exit(0)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """Return the argument parser with every command group registered, in a language."""
    parser = Parser(
        prog="sopkit",
        description="Indonesian public-service standards and SOPs as typed data.",
        epilog="Exit codes: 0 ok, 1 error or not found (lint: errors found), 2 usage error; "
        "`sopkit check`: 0 eligible, 3 not eligible, 4 undetermined.",
    )
    parser.add_argument("--version", action=_Version)
    _global_options(parser, top=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for group in _GROUPS:
        group.register(subparsers)
    for sub in subparsers.choices.values():
        _global_options(sub, top=False)
    translate_parser(parser, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 not found or invalid, 2 usage)."""
    lang = requested_language(sys.argv[1:] if argv is None else argv)
    with speaking(lang):
        return _run(build_parser(lang), argv, lang)


def _run(parser: argparse.ArgumentParser, argv: Sequence[str] | None, lang: str) -> int:
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    out = sys.stdout
    paging = not args.no_pager and out.isatty() and not getattr(args, "json", False)
    ctx = Context(
        lenient=args.lenient,
        stdout=io.StringIO() if paging else out,
        stderr=sys.stderr,
        lang=lang,
        color=wants_color(out, args.color),
        width=terminal_width(),
    )
    try:
        with caching(False if args.no_cache else None):
            code: int = args.run(args, ctx)
    except SopkitError as exc:
        code = _report(ctx, exc, has_bare_day=hasattr(args, "bare_day"))
    except BrokenPipeError:  # output piped into head and the like
        return 0
    finally:
        if paging:
            page(ctx.stdout.getvalue(), out)  # type: ignore[attr-defined]
    return code


def _report(ctx: Context, exc: SopkitError, *, has_bare_day: bool = False) -> int:
    """Print a library error, with the hint that helps: skip a broken plugin, search a code."""
    from sopkit._errors import PluginError
    from sopkit.core._catalog import CodeNotFoundError

    text = (_for_the_command_line(exc) if has_bare_day else exc).localized(ctx.lang)
    if isinstance(exc, PluginError) and not ctx.lenient:
        text += "\n" + say(
            Text("(`sopkit plugins` lists every plugin, broken ones with their error)")
        )
    if isinstance(exc, CodeNotFoundError):
        text += " " + say(Text("(find codes with `sopkit search TEXT`)"))
    return ctx.error(text)


def _for_the_command_line(exc: SopkitError) -> SopkitError:
    """Return an error whose fix names the command's option rather than a Python argument."""
    from sopkit.calendar._errors import BareDayError

    if isinstance(exc, BareDayError):
        return SopkitError(
            Text(
                "{text} counts bare 'hari' and {who} declares no reading for it; pass "
                "--bare-day working|calendar, or declare bare_day: working or calendar in "
                "agency.yaml",
                text=repr(exc.text),
                who=exc.who,
            )
        )
    return exc
