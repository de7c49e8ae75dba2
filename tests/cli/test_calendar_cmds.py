"""Tests for sopkit.cli._calendar_cmds: the deadline and calendar commands."""

from __future__ import annotations

import io
import json
import sys

import pytest

from sopkit.cli import main


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(argv)
    return code, out.getvalue(), err.getvalue()


def test_deadline_json_gives_due_with_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    """14 working days from 27 March 2025 15:00 WIB end on 28 April 2025 at 16:00 +07:00."""
    code, out, _ = _run(
        [
            "deadline",
            "--agency",
            "malang.bkpsdm",
            "--from",
            "2025-03-27T15:00",
            "--duration",
            "14 (empat belas) hari kerja",
            "--json",
        ],
        monkeypatch,
    )
    assert 0 == code
    assert "2025-04-28T16:00:00+07:00" == json.loads(out)["due"]


def test_deadline_bare_day_needs_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare 'hari' without a declared reading fails with exit 1 unless --bare-day is given."""
    argv = ["deadline", "--agency", "malang.bkpsdm", "--from", "2025-03-27T15:00"]
    code, _, err = _run([*argv, "--duration", "3 hari"], monkeypatch)
    assert (1, True) == (code, "--bare-day working|calendar" in err)
    assert "DayReading" not in err  # the fix is the command's option, not a Python argument
    assert err.index("--bare-day") < err.index("agency.yaml")
    code, out, _ = _run([*argv, "--duration", "3 hari", "--bare-day", "working"], monkeypatch)
    assert 0 == code
    assert "2025-04-10T16:00:00+07:00" in out


def test_calendar_json_lists_cuti_bersama(monkeypatch: pytest.MonkeyPatch) -> None:
    """The 2025 calendar counts 237 working days and names the Idul Fitri cuti bersama."""
    code, out, _ = _run(
        ["calendar", "--agency", "malang.bkpsdm", "--year", "2025", "--json"], monkeypatch
    )
    data = json.loads(out)
    assert (0, 237) == (code, data["working_days"])
    fitri = [
        d["date"] for d in data["days_off"] if d["kind"] == "cuti_bersama" and "Fitri" in d["name"]
    ]
    assert ["2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07"] == fitri


def test_calendar_outside_the_covered_years_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year past the holiday data exits 1 with a message naming the covered years."""
    code, _, err = _run(["calendar", "--agency", "malang.bkpsdm", "--year", "2101"], monkeypatch)
    assert (1, True) == (code, "outside the years" in err)


def test_deadline_past_the_confirmed_years_is_computed_with_estimates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Crossing into an unconfirmed year works by default, every unconfirmed day named."""
    argv = [
        "deadline",
        "--agency",
        "malang.bkpsdm",
        "--from",
        "2026-12-20T10:00",
        "--duration",
        "60 hari kerja",
    ]
    assert 0 == main([*argv, "--json"])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    estimated = [d["date"] for d in data["estimated_days"]]
    assert {"2027-03-10", "2027-03-11"} <= set(estimated)
    assert all(d.startswith("2027-") for d in estimated)
    assert "2027-03-10 Hari Raya Idul Fitri (perkiraan) is an estimated date" in captured.err


@pytest.mark.parametrize("duration", ["9999 tahun", "99999999 bulan", "999999999999 hari kalender"])
def test_huge_time_limits_are_out_of_range_not_a_crash(
    capsys: pytest.CaptureFixture[str], duration: str
) -> None:
    """A time limit ending past year 9999 is an out-of-range error (exit 1), no traceback."""
    argv = ["deadline", "--agency", "pasuruan.bkppd", "--from", "2025-12-31T10:00"]
    assert 1 == main([*argv, "--duration", duration])
    err = capsys.readouterr().err
    assert "is outside the years this calendar covers" in err
    assert "Traceback" not in err
