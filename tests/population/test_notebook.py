"""Execute examples/population_kp_2027.ipynb and check what it prints and plots."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sopkit.population import evaluate_table, synthetic_workforce

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "population_kp_2027.ipynb"


def test_notebook_finds_the_eligible_for_each_period_of_2027(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Twelve monthly periods, counts as evaluate_table gives them, and one plot."""
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=180, kernel_name="python3").execute(
        cwd=str(NOTEBOOK.parent)
    )
    text = "".join(out.get("text", "") for cell in nb.cells for out in cell.get("outputs", ()))
    found = {
        dt.date.fromisoformat(day): int(count)
        for day, count in re.findall(r"eligible on (\d{4}-\d\d-\d\d): (\d+)", text)
    }
    assert [dt.date(2027, m, 1) for m in range(1, 13)] == sorted(found)
    table = synthetic_workforce(8_000, on=dt.date(2027, 1, 1), seed=2027)
    april = evaluate_table("kenaikan_pangkat.reguler", table, on=dt.date(2027, 4, 1))
    assert april.summary().eligible == found[dt.date(2027, 4, 1)]
    assert 0 < found[dt.date(2027, 4, 1)] < 8_000
    images = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", ())
        if "image/png" in out.get("data", {})
    ]
    assert 1 == len(images)
