"""`sopkit --lang id CMD --help` for every command: Indonesian help, no English help string left.

The parser is introspected, so a command or option added later is covered without a word here.
"""

from __future__ import annotations

import argparse

import pytest

from sopkit.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> dict[str, object]:
    """Return every command and subcommand under parser ('new', 'new plugin'), by its words."""
    out: dict[str, object] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[" ".join((*words, name))] = sub
                out.update(_commands(sub, (*words, name)))
    return out


def _english_help(parser: argparse.ArgumentParser) -> set[str]:
    """Return the help strings `--help` of this parser prints: its own and its commands' lines."""
    out = {t for t in (parser.description, parser.epilog) if t}
    out.update(g.title for g in parser._action_groups if g.title and g._group_actions)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            out.add(action.help)
        if isinstance(action, argparse._SubParsersAction):
            out.update(c.help for c in action._choices_actions if c.help)
    return out


def _flat(text: str) -> str:
    """Return text with every run of whitespace as one space (argparse wraps long help)."""
    return " ".join(text.split())


COMMANDS = _commands(build_parser("en"))


def test_every_command_is_covered() -> None:
    """The introspection finds the commands, nested ones included."""
    assert {"deadline", "lint", "simulate", "new", "new plugin", "completion"} <= set(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_indonesian_help_has_no_english_help_string(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`--lang id CMD --help` exits 0 and prints none of that command's English help strings."""
    parser = COMMANDS[command]
    assert isinstance(parser, argparse.ArgumentParser)
    assert 0 == main(["--lang", "id", *command.split(), "--help"])
    out = _flat(capsys.readouterr().out)
    assert out.startswith("penggunaan: ")
    english = _english_help(parser)
    assert english, command
    left = sorted(t for t in english if _flat(t) in out)
    assert [] == left


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_english_help_is_unchanged(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Without --lang the same help prints every English help string (the check above can fail)."""
    parser = COMMANDS[command]
    assert isinstance(parser, argparse.ArgumentParser)
    assert 0 == main([*command.split(), "--help"])
    out = _flat(capsys.readouterr().out)
    missing = sorted(t for t in _english_help(parser) if _flat(t) not in out)
    assert [] == missing
