"""`sopkit lint` over the installed catalogues: exit codes, JSON and filters."""

from __future__ import annotations

import json

import pytest

from sopkit.cli import main


def test_errors_exit_1_and_json_has_locations(capsys: pytest.CaptureFixture[str]) -> None:
    """Pasuruan services lack components: SP001 errors, exit 1, each with its file and line."""
    code = main(["lint", "--agency", "pasuruan.bkppd", "--code", "SP001", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert 1 == code
    assert data
    location = data[0]["location"]
    assert location["agency"] == "pasuruan.bkppd"
    assert location["file"] == f"data/pasuruan.bkppd/services/{location['file'].rsplit('/', 1)[1]}"
    assert location["line"] >= 1
    assert data[0]["message_id"].startswith("Komponen '")


def test_no_error_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """Only warnings (steps without actors in the Malang SOP): exit 0."""
    code = main(["lint", "--agency", "malang.bkpsdm", "--code", "ROLE003"])
    out = capsys.readouterr().out
    assert 0 == code
    assert "10 findings: 0 error, 10 warning, 0 info" in out


def test_bad_severity_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown severity is exit 2 and names the accepted ones."""
    assert 2 == main(["lint", "--severity", "fatal"])
    assert "accepted: info, warning, error" in capsys.readouterr().err
