"""Every option of every subcommand, given a malformed value: exit 2, one line, no traceback.

The parser is introspected, so a command or option added later is covered without a word here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from sopkit.cli import _options, build_parser, main

# a well-formed value for each required option or positional, so only the option under test fails
GOOD = {
    "code": "pasuruan.bkppd/kenaikan-pangkat",
    "service": "pasuruan.bkppd/kenaikan-pangkat",
    "rule": "pegawai.status",
    "text": "pangkat",
    "shell": "bash",
    "agency": "malang.bkpsdm",
    "received": "2025-03-27T15:00",
    "year": "2025",
    "duration": "3 hari kerja",
    "arrivals": "2/day",
    "days": "5",
    "profile": str(Path(__file__).resolve()),
    "name": "kota_contoh",
}


def _nested(parser: argparse.ArgumentParser, prefix: str) -> dict[str, argparse.ArgumentParser]:
    """Return every leaf command under parser, keyed by its words ('new plugin')."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {prefix.strip(): parser}
    out: dict[str, argparse.ArgumentParser] = {}
    for name, sub in subs[0].choices.items():
        out.update(_nested(sub, f"{prefix} {name}"))
    return out


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    return _nested(build_parser(), "")


def _valued(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Return the actions of a parser that take a value (options and positionals)."""
    return [
        a
        for a in parser._actions
        if a.nargs != 0
        and not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))
        and a.dest != "help"
    ]


def _cases() -> list[tuple[str, str]]:
    return [(name, a.dest) for name, sub in _subcommands().items() for a in _valued(sub)]


def _argv(command: str, dest: str, bad: str) -> list[str]:
    """Return a command line with every required value good except dest, which is bad."""
    sub = _subcommands()[command]
    argv = command.split()
    positionals: list[str] = []
    group_done: set[int] = set()
    for action in _valued(sub):
        value = bad if action.dest == dest else GOOD.get(action.dest)
        if action.option_strings:
            needed = action.required or action.dest == dest
            if not needed:
                continue
            argv += [action.option_strings[-1], "x" if value is None else value]
        elif action.nargs != "?" or action.dest == dest:
            positionals.append("x" if value is None else value)
    for group in sub._mutually_exclusive_groups:
        if group.required and not any(a.dest == dest for a in group._group_actions):
            first = group._group_actions[0]
            if id(group) not in group_done and first.option_strings[-1] not in argv:
                argv += [first.option_strings[-1], GOOD.get(first.dest, "x")]
                group_done.add(id(group))
    return [*argv, "--", *positionals] if positionals else argv


def test_every_value_option_has_a_typed_parser() -> None:
    """Every option that takes a value is parsed by a type from cli._options."""
    untyped = [
        f"{name} {a.option_strings or a.dest}"
        for name, sub in _subcommands().items()
        for a in _valued(sub)
        if not isinstance(a.type, _options.Option)
    ]
    assert [] == untyped


@pytest.mark.parametrize(("command", "dest"), _cases())
def test_malformed_value_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: str,
    dest: str,
) -> None:
    """A malformed value exits 2 before any work, with one line naming the option."""
    monkeypatch.chdir(tmp_path)  # were a value wrongly accepted, nothing is written here
    sub = _subcommands()[command]
    action = next(a for a in _valued(sub) if a.dest == dest)
    assert isinstance(action.type, _options.Option)
    argv = _argv(command, dest, action.type.malformed)
    assert 2 == main(argv), argv
    out, err = capsys.readouterr()
    assert "" == out
    lines = err.strip().splitlines()
    assert 1 == len(lines), err
    assert "Traceback" not in err
    name = action.option_strings[-1] if action.option_strings else action.metavar or dest
    assert f"argument {name}" in lines[0] or str(name) in lines[0], lines[0]
