"""The command line in the chosen language: help texts, argparse's own words, option errors."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator, Sequence
from contextvars import ContextVar

from sopkit._i18n import DEFAULT, LANGUAGES, Text, add_catalogue, catalogue, localize

add_catalogue("id", "sopkit.cli._i18n_id")

_current: ContextVar[str] = ContextVar("sopkit_cli_language", default=DEFAULT)


def language(requested: str | None) -> str:
    """Return the interface language: the one asked for, else SOPKIT_LANG, else English."""
    chosen = (requested or os.environ.get("SOPKIT_LANG") or DEFAULT).strip().lower()
    return chosen if chosen in LANGUAGES else DEFAULT


def requested_language(argv: Sequence[str]) -> str:
    """Return the language an argument list asks for (--lang X or --lang=X), before parsing."""
    found: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--lang="):
            found = arg.removeprefix("--lang=")
    return language(found)


def current() -> str:
    """Return the language of the command being parsed or run."""
    return _current.get()


def say(text: str) -> str:
    """Return a Text in the current language (plain strings are returned as they are)."""
    return localize(text, _current.get())


def _gettext(lang: str) -> tuple[object, object]:
    table = catalogue(lang)

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    return gettext, ngettext


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Run the block in a language: option errors and argparse's own words included."""
    token = _current.set(lang)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if lang != DEFAULT:
        argparse._, argparse.ngettext = _gettext(lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        _current.reset(token)


def translate_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put a parser's descriptions, help texts and group titles (subcommands too) in a language."""
    if lang == DEFAULT:
        return
    seen: set[int] = set()

    def text(value: str | None) -> str | None:
        return value if value is None or value == argparse.SUPPRESS else localize(Text(value), lang)

    def walk(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        current.description = text(current.description)
        current.epilog = text(current.epilog)
        for group in current._action_groups:
            group.title = text(group.title)
        for action in current._actions:
            action.help = text(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = text(choice.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
