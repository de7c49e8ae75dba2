"""Pasuruan catalogue: the plugin contract, with the seed figures in tests/answers/*.yaml."""

from __future__ import annotations

from pathlib import Path

from sopkit.testing import CatalogContract


class TestPasuruanContract(CatalogContract):
    """The shared plugin contract, applied to pasuruan_bkppd."""

    plugin_name = "pasuruan_bkppd"
    agencies = ("pasuruan.bkppd",)
    answers_dir = Path(__file__).parent / "answers"
