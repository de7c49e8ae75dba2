"""`sopkit --no-cache` reads the data files and leaves the compiled cache alone."""

from __future__ import annotations

import importlib.metadata as md
from pathlib import Path

import pytest

from sopkit.cli import main


def _forget_loaded_catalogues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the installed plugin objects load again (they keep what they loaded)."""
    for entry in md.entry_points(group="sopkit"):
        monkeypatch.delitem(vars(entry.load()), "_compiled", raising=False)


def test_no_cache_writes_no_cache_and_the_default_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The flag turns the cache off for that run only."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("SOPKIT_CACHE_DIR", str(cache))
    monkeypatch.delenv("SOPKIT_NO_CACHE", raising=False)
    _forget_loaded_catalogues(monkeypatch)
    assert 0 == main(["--no-cache", "agencies"])
    assert "pasuruan.bkppd" in capsys.readouterr().out
    assert not cache.exists()
    _forget_loaded_catalogues(monkeypatch)
    assert 0 == main(["agencies"])
    assert "pasuruan_bkppd.pickle" in {p.name for p in cache.iterdir()}
