"""Magetan catalogues: the plugin contract, with the seed figures in tests/answers/*.yaml."""

from __future__ import annotations

from pathlib import Path

from sopkit.testing import CatalogContract


class TestMagetanContract(CatalogContract):
    """The shared plugin contract, applied to magetan_bkpsdm (both agencies)."""

    plugin_name = "magetan_bkpsdm"
    agencies = ("magetan.bkpsdm", "magetan.ortala")
    answers_dir = Path(__file__).parent / "answers"
