"""Every option of every subcommand, given a malformed value under `--lang id`: one Indonesian line.

Built on the introspection of test_malformed_options, so a new option is covered here too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sopkit.cli import _options, main
from tests.cli.test_malformed_options import _argv, _cases, _subcommands, _valued

_EN = re.compile(r"^sopkit[\w ]*: error: argument (?P<name>\S+): (?P<message>.*) \(see '[^']*'\)$")
_ID = re.compile(r"^sopkit[\w ]*: galat: argumen (?P<name>\S+): (?P<message>.*) \(lihat '[^']*'\)$")


def _line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Return the one line a malformed command line prints, having checked exit 2 and no output."""
    assert 2 == main(argv), argv
    out, err = capsys.readouterr()
    assert "" == out
    lines = err.strip().splitlines()
    assert 1 == len(lines), err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(("command", "dest"), _cases())
def test_malformed_value_is_one_indonesian_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: str,
    dest: str,
) -> None:
    """Under --lang id the line is framed in Indonesian and its message is translated."""
    monkeypatch.chdir(tmp_path)
    action = next(a for a in _valued(_subcommands()[command]) if a.dest == dest)
    assert isinstance(action.type, _options.Option)
    argv = _argv(command, dest, action.type.malformed)
    english = _line(argv, capsys)
    indonesian = _line(["--lang", "id", *argv], capsys)
    if dest == "lang":  # the language asked for is the malformed value: unreadable, so English
        assert english == indonesian
        return
    assert english != indonesian
    en, id_ = _EN.match(english), _ID.match(indonesian)
    assert en is not None, english
    assert id_ is not None, indonesian
    assert en["name"] == id_["name"]
    assert en["message"] != id_["message"], indonesian


def test_invalid_date_reads_wholly_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """`deadline --from 2025-02-30`: Python's reason is translated too; the format stays."""
    line = _line(["--lang", "id", "deadline", "--from", "2025-02-30"], capsys)
    assert (
        "argumen --from: '2025-02-30' bukan tanggal dan waktu (hari di luar rentang bulan "
        "tersebut); seharusnya YYYY-MM-DDTHH:MM[:SS][±HH:MM], atau YYYY-MM-DD untuk pukul 00:00"
    ) in line


def test_did_you_mean_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """A near miss gets its hint in Indonesian; the accepted values are listed unchanged."""
    line = _line(["--lang", "id", "lint", "--severity", "warnin"], capsys)
    assert "'warnin' tidak diterima; mungkin maksud Anda 'warning'? " in line
    assert "yang diterima: info, warning, error" in line


def test_long_value_is_cut_with_its_length_in_indonesian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A value over 60 characters is quoted in part, its length counted in 'karakter'."""
    line = _line(["--lang", "id", "calendar", "--agency", "x.y", "--year", "9" * 70], capsys)
    assert f"{'9' * 60!r}… (70 karakter) bukan bilangan bulat" in line
