"""Every command's text output fits an 80-column terminal (COLUMNS=80), in both languages."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from sopkit.cli import build_parser, main
from tests.cli.test_rules_cmds import PROFILE
from tests.cli.test_sim_cmds import BASE

COMMANDS = [
    ["--help"],
    ["agencies"],
    ["services"],
    ["services", "--agency", "magetan.bkpsdm"],
    ["show", "malang.bkpsdm"],
    ["show", "pasuruan.bkppd/kenaikan-pangkat"],
    ["show", "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"],
    ["search", "kenaikan pangkat"],
    ["search", "xyzzy qwerty"],
    ["plugins"],
    ["roles", "--agency", "pasuruan.bkppd"],
    ["signer", "pasuruan.bkppd/kenaikan-pangkat", "--golongan", "IV/a"],
    [
        "deadline",
        "--agency",
        "pasuruan.bkppd",
        "--from",
        "2025-03-27T15:00",
        "--service",
        "pasuruan.bkppd/kenaikan-pangkat",
        "--bare-day",
        "working",
    ],
    ["calendar", "--agency", "pasuruan.bkppd", "--year", "2025"],
    ["rules"],
    ["rules", "--agency", "pasuruan.bkppd"],
    ["check", "kenaikan_pangkat.reguler", "--on", "2026-04-01"],
    ["check", "--service", "pasuruan.bkppd/izin-belajar", "--on", "2026-04-01"],
    ["lint"],
    ["lint", "--list"],
    [*BASE, "--replications", "2"],
    BASE,
    ["demo"],
]


def _label(argv: list[str]) -> str:
    return " ".join(argv[:2])


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("argv", COMMANDS, ids=_label)
def test_output_fits_80_columns(
    argv: list[str],
    lang: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No line of the command's output is wider than 80 characters."""
    monkeypatch.setenv("COLUMNS", "80")
    profile = tmp_path / "pegawai.yaml"
    profile.write_text(PROFILE)
    if argv[0] == "check":
        argv = [*argv, "--profile", str(profile)]
    code = main([*argv, "--lang", lang] if argv[0] != "--help" else argv)
    out, _ = capsys.readouterr()
    assert code in (0, 1, 3, 4), out
    assert out.strip()
    wide = [line for line in out.splitlines() if len(line) > 80]
    assert [] == wide


def _all_commands() -> list[str]:
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(subs.choices)


@pytest.mark.parametrize("command", _all_commands())
def test_help_fits_80_columns(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command's --help fits 80 columns too."""
    monkeypatch.setenv("COLUMNS", "80")
    assert 0 == main([command, "--help"])
    wide = [line for line in capsys.readouterr().out.splitlines() if len(line) > 80]
    assert [] == wide
