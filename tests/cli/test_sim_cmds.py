"""Tests for sopkit.cli._sim_cmds: the simulate command."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

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


def test_open_step_error_names_the_step_and_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    """A service whose steps need an option exits 1 naming the step and the CLI flags."""
    argv = ["simulate", "magetan.bkpsdm/hukuman-disiplin", "--arrivals", "1", "--days", "5",
            "--start", "2026-01-05"]  # fmt: skip
    code, _, err = _run(argv, monkeypatch)
    assert 1 == code
    assert "step 2" in err
    assert "--bare-day working|calendar or --assume" in err
    assert "bare_day=" not in err


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


SOP_ARGS = ["--arrivals", "0.2/day", "--days", "10", "--start", "2026-01-05", "--last-year", "2026"]


def _simulable_codes() -> list[str]:
    from sopkit import load_catalog
    from sopkit.sim import simulable

    catalog = load_catalog(lenient=True)
    return [src.code for a in catalog.agencies for src in simulable(catalog, a.code)]


def test_every_bundled_sop_with_steps_simulates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every service with an SOP and every lone SOP with steps runs, as given or with --assume.

    When a plain run is refused, the error names a flag that fixes it; --assume then runs and
    lists its assumptions, in text and in JSON.
    """
    codes = _simulable_codes()
    from sopkit import load_catalog

    steps = sum(1 for sop in load_catalog(lenient=True).sops if sop.steps)
    assert len(codes) == steps  # one simulable item per SOP with steps: none left out
    for code in codes:
        status, out, err = _run(["simulate", code, *SOP_ARGS], monkeypatch)
        if status == 0:
            assert "lead time" in out
            continue
        assert 1 == status, (code, err)
        assert "--" in err, (code, err)  # names a CLI flag
        status, out, err = _run(["simulate", code, *SOP_ARGS, "--assume", "--json"], monkeypatch)
        assert 0 == status, (code, err)
        assert json.loads(out)["assumptions"], code


def test_lone_sop_of_ortala_simulates(monkeypatch: pytest.MonkeyPatch) -> None:
    """An SOP that belongs to no service runs by its SOP code; roles get one server, listed."""
    code, out, err = _run(
        ["simulate", "magetan.ortala/sop/penyusunan-ikm", *SOP_ARGS, "--bare-day", "working"],
        monkeypatch,
    )
    assert 1 == code
    assert "--staff ROLE=N" in err
    code, out, _ = _run(
        ["simulate", "magetan.ortala/sop/penyusunan-ikm", *SOP_ARGS, "--bare-day", "working",
         "--assume"],
        monkeypatch,
    )  # fmt: skip
    assert 0 == code
    assert "assumption: magetan.ortala/sop/penyusunan-ikm: no jumlah pelaksana" in out


def test_effort_flag_and_split_in_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """--effort sets a step's staff time; the JSON steps show effort and elapsed parts."""
    _, out, _ = _run([*BASE, "--json", "--effort", "4=2 jam"], monkeypatch)
    step4 = json.loads(out)["steps"][3]
    assert (2.0, 22.5 - 2.0) == (step4["effort_hours"], step4["elapsed_hours"])
    _, out, _ = _run([*BASE, "--json", "--effort-model", "lead"], monkeypatch)
    assert all(s["elapsed_hours"] == 0 for s in json.loads(out)["steps"])


def test_overload_is_an_error_naming_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    """An overloaded run exits 1 naming the station, its ρ and --allow-overload; with it, it runs."""
    argv = [*BASE, "--staff", "Kepala Bidang=1", "--effort-model", "lead"]
    argv[3] = "9/day"
    code, _, err = _run(argv, monkeypatch)
    assert 1 == code
    assert "Kepala Bidang: ρ = " in err
    assert "--allow-overload" in err
    code, out, _ = _run([*argv, "--allow-overload", "--days", "10"], monkeypatch)
    assert 0 == code
    assert "unstable (ρ ≥ 1" in out


def test_event_log_flag_writes_csv(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """--event-log writes the events, and the report says how many."""
    path = tmp_path / "events.csv"
    code, out, _ = _run([*BASE, "--event-log", str(path)], monkeypatch)
    assert 0 == code
    lines = path.read_text().splitlines()
    assert lines[0].startswith("case:concept:name,case:service,concept:name,org:role")
    assert f"event log: {len(lines) - 1} events written" in out


def test_agency_run_on_magetan_bkpsdm(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """--agency with rates from a YAML file and a flag: results per service and per shared role."""
    rates = tmp_path / "rates.yaml"
    rates.write_text("pengurusan-kenaikan-pangkat: 3/day\nfasilitasi-ijin-cuti: 2\n")
    code, out, err = _run(
        ["simulate", "--agency", "magetan.bkpsdm", "--rates", str(rates), "--rate",
         "monitoring-pelaporan-lhkpn=1.5", "--days", "20", "--start", "2026-01-05", "--assume",
         "--json"],
        monkeypatch,
    )  # fmt: skip
    assert 0 == code, err
    data = json.loads(out)
    assert 3 == len(data["flows"])
    assert all(f["files"] > 0 for f in data["flows"])
    names = [s["name"] for s in data["stations"]]
    assert len(names) == len(set(names))  # one pool per role, shared
    analis = next(s for s in data["stations"] if s["name"] == "Analisis Kepegawaian")
    served = {s["flow"] for s in data["steps"] if s["station"] == "Analisis Kepegawaian"}
    assert 2 == len(served)
    assert analis["visits"] == sum(
        s["visits"] for s in data["steps"] if s["station"] == "Analisis Kepegawaian"
    )


def test_agency_rates_from_csv_and_unknown_service(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Rates in CSV work; a rate for something the agency lacks is an error naming it."""
    rates = tmp_path / "rates.csv"
    rates.write_text("service,per_day\nmonitoring-pelaporan-lhkpn,1\nno-such-service,1\n")
    code, _, err = _run(
        ["simulate", "--agency", "magetan.bkpsdm", "--rates", str(rates), "--days", "5",
         "--start", "2026-01-05"],
        monkeypatch,
    )  # fmt: skip
    assert 1 == code
    assert "'no-such-service'" in err


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--duration", "1=inf"], "argument --duration: in '1=inf'"),
        (["--duration", "1=99999999 hari kerja"], "--duration 1=TIME or --last-year"),
        (["--staff", "Analisis Kepegawaian=-1"], "--staff"),
        (["--warmup", "nan"], "--warmup"),
        (["--warmup", "40"], "--warmup 40 working days is not shorter"),
        (["--distribution", "triangular", "--spread", "3"], "--spread 3 is above 1"),
        (["--branch", "1=0.5"], "step 1"),
    ],
)
def test_bad_inputs_name_their_flags(
    monkeypatch: pytest.MonkeyPatch, extra: list[str], expected: str
) -> None:
    """Each bad option ends in an error (never a traceback) naming the flag, not a Python name."""
    code, _, err = _run([*BASE, *extra], monkeypatch)
    assert code in (1, 2)
    assert expected in err
    assert "Traceback" not in err
    for python in ("durations=", "bare_day=", "per_day=", "staff={"):
        assert python not in err


def test_huge_rate_and_negative_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rate of 10^20 a day is refused up front; --seed -1 is refused, not read as --seed 1."""
    argv = list(BASE)
    argv[3] = "99999999999999999999/day"
    code, _, err = _run(argv, monkeypatch)
    assert 1 == code
    assert "--arrivals" in err
    assert "at most" in err
    code, _, err = _run([*BASE[:-1], "-1"], monkeypatch)
    assert 2 == code
    assert "--seed" in err


def test_certain_loop_back_on_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """--branch 2=0 on a check that sends 'no' back to step 1 can never finish: refused."""
    code, _, err = _run(
        ["simulate", "magetan.ortala/sop/pengagendaan-surat-keluar", *SOP_ARGS, "--assume",
         "--branch", "2=0"],
        monkeypatch,
    )  # fmt: skip
    assert 1 == code
    assert "can never leave" in err


def test_code_or_agency_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither a CODE nor --agency is a usage error; --rate needs --agency."""
    assert 2 == _run(["simulate", "--days", "5"], monkeypatch)[0]
    code, _, err = _run([*BASE, "--rate", "x=1"], monkeypatch)
    assert 2 == code
    assert "--agency" in err


def test_rates_file_is_read_as_yaml_1_2_with_duplicate_keys_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A rates file typed twice for one service is an error naming both lines, not the later."""
    rates = tmp_path / "rates.yaml"
    rates.write_text("pengurusan-kenaikan-pangkat: 1\npengurusan-kenaikan-pangkat: 2\n")
    code, _, err = _run(
        ["simulate", "--agency", "magetan.bkpsdm", "--rates", str(rates), "--days", "2",
         "--start", "2026-01-05", "--assume", "--json"],
        monkeypatch,
    )  # fmt: skip
    assert 2 == code
    assert "--rates" in err
    assert "first on line 1, again on line 2" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "text"),
    [("rates.csv", ""), ("rates.csv", "service,per_day\n"), ("rates.yaml", "{}\n")],
    ids=["empty-csv", "header-only", "empty-mapping"],
)
def test_a_rates_file_with_no_rates_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    """A rates file that gives nothing is named as such, not taken for a missing --rates."""
    rates = tmp_path / name
    rates.write_text(text)
    argv = ["simulate", "--agency", "magetan.bkpsdm", "--rates", str(rates), "--days", "5"]
    assert 2 == main(argv)
    assert "the file gives no rates" in capsys.readouterr().err
