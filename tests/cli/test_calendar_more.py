"""The deadline and calendar commands: estimates, strictness, agency from the code, files, iCal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from sopkit.cli import main

MALANG = ["--agency", "malang.bkpsdm"]


def test_a_2027_deadline_works_by_default_and_names_its_estimates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Received on 2027-03-15 (a cuti bersama of no shipped SKB): computed, warned, named."""
    argv = ["deadline", *MALANG, "--from", "2027-03-15T10:00", "--duration", "3 hari kerja"]
    assert 0 == main([*argv, "--json"])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    # 15 March is the last Idul Fitri cuti bersama in the package's 2027 list: 16, 17, 18 count
    assert "2027-03-18T16:00:00+07:00" == data["due"]
    assert [2027] == data["unconfirmed_years"]
    assert ["2027-03-15"] == [d["date"] for d in data["estimated_days"]]
    assert "warning: 2027 has no SKB" in captured.err


def test_strict_refuses_and_names_the_year_needed(capsys: pytest.CaptureFixture[str]) -> None:
    """--strict stops at the last confirmed year and says which year the deadline needs."""
    argv = ["deadline", *MALANG, "--from", "2026-12-20T10:00", "--duration", "14 hari kerja"]
    assert 1 == main([*argv, "--strict"])
    err = capsys.readouterr().err
    assert "2027 is not confirmed" in err


def test_last_year_hint_names_the_year_needed(capsys: pytest.CaptureFixture[str]) -> None:
    """A --last-year too small is answered with the year the deadline ends in, not last + 1."""
    argv = ["deadline", *MALANG, "--from", "2025-12-20T10:00", "--duration", "300 hari kerja"]
    assert 1 == main([*argv, "--last-year", "2025"])
    assert "--last-year 2027" in capsys.readouterr().err


def test_service_code_names_the_agency_and_a_mismatch_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--service <agency>/<slug> needs no --agency; a different --agency is a usage error."""
    code = "pasuruan.bkppd/kenaikan-pangkat"
    base = ["deadline", "--from", "2025-03-03T09:00", "--service", code, "--bare-day", "working"]
    assert 0 == main([*base, "--json"])
    assert "pasuruan.bkppd" == json.loads(capsys.readouterr().out)["agency"]
    assert 2 == main([*base, "--agency", "magetan.bkpsdm"])
    assert "does not match" in capsys.readouterr().err


def test_days_off_file_closes_an_extra_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV of extra days off moves a working-day deadline by one day."""
    argv = [
        "deadline",
        *MALANG,
        "--from",
        "2025-06-02T09:00",
        "--duration",
        "1 hari kerja",
        "--json",
    ]
    assert 0 == main(argv)
    assert "2025-06-03T16:00:00+07:00" == json.loads(capsys.readouterr().out)["due"]
    days = tmp_path / "days.csv"
    days.write_text("date,name,kind\n2025-06-03,Rapat kerja,off\n")
    assert 0 == main([*argv, "--days-off", str(days)])
    assert "2025-06-04T16:00:00+07:00" == json.loads(capsys.readouterr().out)["due"]


def test_days_off_file_errors_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad row is an error naming the file and its line, not a traceback."""
    days = tmp_path / "days.csv"
    days.write_text("date,name\n2025-06-03,ok\n2025-02-30,bad date\n")
    code = main(["calendar", *MALANG, "--year", "2025", "--days-off", str(days)])
    err = capsys.readouterr().err
    assert 1 == code
    assert f"{days}:3" in err


def test_calendar_ics_parses_back(capsys: pytest.CaptureFixture[str]) -> None:
    """The iCalendar export holds one all-day event per day off, read back by `icalendar`."""
    assert 0 == main(["calendar", *MALANG, "--year", "2025", "--format", "ics"])
    cal = icalendar.Calendar.from_ical(capsys.readouterr().out)
    events = list(cal.walk("VEVENT"))
    starts = {e.decoded("DTSTART"): str(e["SUMMARY"]) for e in events}
    assert 28 == len(events)  # 17 libur nasional + 11 cuti bersama (SKB 1017/2024 as amended)
    assert "Proklamasi Kemerdekaan" == starts[dt.date(2025, 8, 18)]
    assert all(e.decoded("DTEND") - e.decoded("DTSTART") == dt.timedelta(days=1) for e in events)


def test_calendar_shows_the_hours_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    """Magetan's 2026 shows its SE hours and the Ramadan 1447 H range with their sources."""
    assert 0 == main(["calendar", "--agency", "magetan.bkpsdm", "--year", "2026", "--json"])
    hours = json.loads(capsys.readouterr().out)["hours"]
    assert [
        ("2026-01-01", "2026-02-18"),
        ("2026-02-19", "2026-03-20"),
        ("2026-03-21", "2026-12-31"),
    ] == [(h["first"], h["last"]) for h in hours]
    assert ["07:30-14:30"] == hours[1]["weekly"]["mon"]
    assert "000.8.3/59/403.032/2026" in hours[1]["source"]


def test_days_off_yaml_removes_a_cuti_bersama(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A YAML days file in calendar.yaml's form opens 18 August 2025 (a cuti bersama)."""
    days = tmp_path / "days.yaml"
    days.write_text("removed:\n  - {date: 2025-08-18, reason: loket tetap buka}\n")
    argv = ["calendar", *MALANG, "--year", "2025", "--json", "--days-off", str(days)]
    assert 0 == main(argv)
    data = json.loads(capsys.readouterr().out)
    assert 238 == data["working_days"]
    assert "2025-08-18" not in {d["date"] for d in data["days_off"]}


def test_days_off_file_that_declares_nothing_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty days file is not silently accepted."""
    days = tmp_path / "days.csv"
    days.write_text("date,name\n")
    assert 1 == main(["calendar", *MALANG, "--year", "2025", "--days-off", str(days)])
    assert "declares no day" in capsys.readouterr().err
