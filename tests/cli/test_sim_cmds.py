"""Tests for sopkit.cli._sim_cmds: the simulate command."""

from __future__ import annotations

import io
import json
import sys

import pytest

from sopkit.cli import main

CODE = "magetan.bkpsdm/monitoring-pelaporan-lhkpn"
BASE = [
    "simulate",
    CODE,
    "--arrivals",
    "1.5/day",
    "--days",
    "40",
    "--start",
    "2026-01-05",
    "--seed",
    "3",
]


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(["--lenient", *argv])
    return code, out.getvalue(), err.getvalue()


def test_simulate_prints_lead_times_sla_and_stations(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text report has lead times, the SLA line, the station table and the bottlenecks."""
    code, out, _ = _run(BASE, monkeypatch)
    assert 0 == code
    for part in (
        "working days",
        "SLA (7 (tujuh) hari kerja)",
        "Analisis Kepegawaian",
        "bottlenecks:",
    ):
        assert part in out


def test_simulate_json_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    """--json with one seed prints the same figures twice, SLA attainment within [0, 1]."""
    first = json.loads(_run([*BASE, "--json"], monkeypatch)[1])
    second = json.loads(_run([*BASE, "--json"], monkeypatch)[1])
    assert first == second
    assert 0.0 <= first["sla"]["attainment"] <= 1.0


def test_staff_override_shows_in_stations(monkeypatch: pytest.MonkeyPatch) -> None:
    """--staff sets a role's servers and marks the capacity as an override."""
    _, out, _ = _run([*BASE, "--json", "--staff", "Analisis Kepegawaian=2"], monkeypatch)
    station = next(s for s in json.loads(out)["stations"] if s["name"] == "Analisis Kepegawaian")
    assert (2, "override") == (station["capacity"], station["capacity_source"])


def test_replications_give_intervals_without_a_bar_off_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """--replications prints estimates with half-widths; no progress bar when stderr is no TTY."""
    code, out, err = _run([*BASE, "--replications", "3"], monkeypatch)
    assert 0 == code
    assert "3 replications" in out
    assert "replications [" not in err


def test_bad_rate_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """An --arrivals value that is no rate exits 2 and says what is accepted."""
    code, _, err = _run([*BASE[:3], "lots", *BASE[4:]], monkeypatch)
    assert 2 == code
    assert "'3/day'" in err


def test_open_step_error_names_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """A service whose steps need an override exits 1 with the step named."""
    argv = ["simulate", "magetan.bkpsdm/hukuman-disiplin", "--arrivals", "1", "--days", "5",
            "--start", "2026-01-05"]  # fmt: skip
    code, _, err = _run(argv, monkeypatch)
    assert 1 == code
    assert "step 2" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """When stderr is a terminal a progress bar is drawn there, reaching the total."""
    out, err = io.StringIO(), _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert 0 == main(["--lenient", *BASE, "--replications", "2"])
    assert "replications" in err.getvalue()
    assert "2/2" in err.getvalue()
    assert "2/2" not in out.getvalue()


def test_distribution_choices_are_the_simulators() -> None:
    """The --distribution choices written in the CLI are sopkit.sim's Distribution values."""
    from sopkit.cli._sim_cmds import DISTRIBUTIONS
    from sopkit.sim._model import Distribution

    assert tuple(d.value for d in Distribution) == DISTRIBUTIONS
