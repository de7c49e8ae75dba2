"""The catalogue commands of the `sopkit` CLI, run in-process against installed plugins."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sopkit.cli import main

KP = "pasuruan.bkppd/kenaikan-pangkat"
MALANG_SOP = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI and return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """Run a --json command and return its parsed output."""
    code, out, err = run(capsys, *argv, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_services_json_is_valid_and_lists_services(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit services --json` lists services only: Malang publishes an SOP alone."""
    data = run_json(capsys, "services")
    codes = {f"{s['agency']}/{s['slug']}" for s in data["services"]}
    assert KP in codes
    assert not {c for c in codes if c.startswith("malang.bkpsdm/")}


def test_show_service_json_has_every_step_and_identity(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit show <Malang SOP> --json` holds all 10 steps and the full SOP identity."""
    sop = run_json(capsys, "show", MALANG_SOP)
    assert len(sop["steps"]) == 10
    identity = {k: sop[k] for k in ("number", "created", "revised", "effective")}
    assert identity == {
        "number": "065/3639/35.07.201/2017",
        "created": "2017-08-03",
        "revised": "2019-01-17",
        "effective": "2019-01-17",
    }
    assert sop["approved_by"]["nip"] == "196701041992031008"


def test_show_text_prints_the_sop_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The readable view shows the steps with their waktu."""
    code, out, _ = run(capsys, "show", MALANG_SOP)
    assert code == 0
    assert "Mengambil hasil layanan kepegawaian" in out
    assert "065/3639/35.07.201/2017" in out


def test_unknown_code_exits_1_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing code is exit 1 with the reason on stderr and nothing on stdout."""
    code, out, err = run(capsys, "show", "malang.bkpsdm/tidak-ada")
    assert (code, out) == (1, "")
    assert "no agency, service or SOP with code 'malang.bkpsdm/tidak-ada'" in err


def test_unknown_agency_filter_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """Filtering by an unknown agency is exit 1."""
    code, _, err = run(capsys, "services", "--agency", "nowhere.none")
    assert code == 1
    assert "no agency with code 'nowhere.none'" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown commands and missing arguments are usage errors."""
    assert run(capsys, "no-such-command")[0] == 2
    assert run(capsys, "show")[0] == 2


def test_search_finds_by_abbreviation(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit search PTSP` expands the abbreviation."""
    data = run_json(capsys, "search", "ptsp")
    assert data[0]["code"] == MALANG_SOP


def test_plugins_lists_versions_and_registrations(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit plugins --json` names each plugin with its distribution and version."""
    data = run_json(capsys, "plugins")
    malang = next(p for p in data["plugins"] if p["name"] == "malang_ptsp")
    assert (
        malang["distribution"],
        malang["registers"],
    ) == (
        "sopkit-malang-ptsp",
        [["agencies", 1], ["sops", 1], ["calendars", 1], ["role_books", 1]],
    )


def test_agencies_table_is_aligned(capsys: pytest.CaptureFixture[str]) -> None:
    """The agencies table has a header, a rule and one row per agency."""
    code, out, _ = run(capsys, "agencies")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("code")
    assert set(lines[1]) <= {"-", " "}
    assert any(line.startswith("malang.bkpsdm") for line in lines[2:])


def test_demo_tours_the_catalogues(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit demo` runs and shows the installed agencies and a full service."""
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "malang.bkpsdm" in out
    assert "sopkit show" in out


def test_roles_lists_escalation(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit roles` shows each role with its aliases and escalation path."""
    data = run_json(capsys, "roles", "--agency", "malang.bkpsdm")
    assert {"kepala_badan", "kepala_bidang", "staf", "opd_aparatur"} == {r["code"] for r in data}
    assert 0 == run(capsys, "roles", "--agency", "malang.bkpsdm")[0]
    out = run(capsys, "roles", "--agency", "malang.bkpsdm")[1]
    assert "kepala_bidang → kepala_badan" in out
