"""Execute examples/simulate_service.ipynb and check what it prints and plots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "simulate_service.ipynb"


def test_notebook_runs_and_plots_sla_against_staffing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The notebook runs; its SLA figures lie in [0, 1], more staff never lowers them, a plot shows."""
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")  # silences jupyter_core's path notice
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute(
        cwd=str(NOTEBOOK.parent)
    )
    text = "".join(out.get("text", "") for cell in nb.cells for out in cell.get("outputs", ()))
    figures = [float(m) for m in re.findall(r"SLA attainment with \d+ servers: ([0-9.]+)", text)]
    assert 6 == len(figures)
    assert all(0.0 <= f <= 1.0 for f in figures)
    assert figures[-1] >= figures[0]
    images = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", ())
        if "image/png" in out.get("data", {})
    ]
    assert 1 == len(images)
