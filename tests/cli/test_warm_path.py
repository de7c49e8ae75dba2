"""A command on a warm cache imports only what it uses: no YAML parser, rule engine or holidays.

These are the imports that made every command slow (bench/cli.py measures the time); each
command runs twice in fresh processes sharing one cache directory, and the second is checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import json, sys
from sopkit.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)
"""
DEADLINE = [
    "deadline",
    "--agency",
    "pasuruan.bkppd",
    "--from",
    "2025-03-27T15:00",
    "--duration",
    "14 hari kerja",
]
# modules only a cache miss, a rule check or a year beyond the cached ones needs
NEVER_WARM = ("yaml", "holidays", "sopkit.rules._engine", "sopkit.asn._profile_io", "sopkit.lint")


def _modules(argv: list[str], cache: Path) -> tuple[int, set[str]]:
    env = {**os.environ, "SOPKIT_CACHE_DIR": str(cache)}
    env.pop("SOPKIT_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    return code, set(modules)


@pytest.mark.parametrize(
    ("argv", "also_never"),
    [
        (["services"], ("cattrs",)),
        (["show", "pasuruan.bkppd/kenaikan-gaji-berkala", "--json"], ()),
        (DEADLINE, ("cattrs",)),
    ],
    ids=["services", "show-json", "deadline"],
)
def test_a_warm_command_imports_no_parser_rules_or_holidays(
    argv: list[str], also_never: tuple[str, ...], tmp_path: Path
) -> None:
    """The first run fills the cache (and parses YAML); the second needs none of it."""
    code, cold = _modules(argv, tmp_path)
    assert 0 == code
    assert "yaml" in cold  # the cache really was empty: the files were parsed
    code, warm = _modules(argv, tmp_path)
    assert 0 == code
    assert [] == sorted(m for m in warm if m.startswith((*NEVER_WARM, *also_never)))
