"""CLI test defaults: a wide terminal, so tests read whole lines; width tests set their own."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lay output out 1,000 columns wide and in English unless a test says otherwise."""
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.delenv("SOPKIT_LANG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
