"""Tests for sopkit.calendar._for_agency and the sopkit_calendar_days hook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pendulum
import pytest

from sopkit import Agency, DataPlugin, DayReading, load_catalog
from sopkit.calendar import (
    AgencyCalendar,
    CalendarDay,
    ScheduleOverride,
    WeeklyHours,
    WorkCalendar,
    calendar_for,
)
from sopkit.core._converter import structure
from sopkit.hookspecs import hookimpl

RAMADAN = WeeklyHours(
    mon=("08:00-12:00", "12:30-15:00"),
    tue=("08:00-12:00", "12:30-15:00"),
    wed=("08:00-12:00", "12:30-15:00"),
    thu=("08:00-12:00", "12:30-15:00"),
    fri=("08:00-11:30", "13:00-15:00"),
)


class _Plugin:
    @hookimpl
    def sopkit_agencies(self) -> tuple[Agency, ...]:
        return (
            Agency(
                code="contoh.bkpsdm",
                name="BKPSDM Contoh",
                regency="Kabupaten Contoh",
                timezone="Asia/Makassar",
                bare_day=DayReading.CALENDAR,
            ),
        )

    @hookimpl
    def sopkit_calendar_days(self) -> tuple[AgencyCalendar, ...]:
        return (
            AgencyCalendar(
                agency="contoh.bkpsdm",
                overrides=(
                    ScheduleOverride(
                        "Ramadan 1446 H", dt.date(2025, 3, 3), dt.date(2025, 3, 28), RAMADAN
                    ),
                ),
                added=(CalendarDay(dt.date(2025, 5, 20), "Hari Jadi Kabupaten Contoh"),),
            ),
        )


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    """The WorkCalendar of the example agency, built from a catalogue."""
    catalog = load_catalog(plugins=[_Plugin()], entry_points=False)
    return calendar_for(catalog, "contoh.bkpsdm", first_year=2024, last_year=2025)


def test_agency_timezone_bare_day_and_local_day(calendar: WorkCalendar) -> None:
    """The calendar takes the agency's timezone, its bare-day reading and its local day off."""
    assert "Asia/Makassar" == calendar.timezone
    assert DayReading.CALENDAR == calendar.bare_day
    assert not calendar.is_working_day(dt.date(2025, 5, 20))


def test_ramadan_override_hours(calendar: WorkCalendar) -> None:
    """During the override the office opens at 08:00 and closes at 15:00."""
    day = pendulum.datetime(2025, 3, 10, 7, 45, tz="Asia/Makassar")
    assert pendulum.datetime(2025, 3, 10, 8, 0, tz="Asia/Makassar") == calendar.next_open(day)
    assert pendulum.datetime(2025, 3, 10, 15, 0, tz="Asia/Makassar") == calendar.close_on(
        day.date()
    )


def test_calendar_yaml_structures() -> None:
    """calendar.yaml content structures into an AgencyCalendar with the catalogue converter."""
    data = {
        "agency": "contoh.bkpsdm",
        "hours": {"mon": ["07:00-15:00"], "fri": ["07:00-11:00"]},
        "hours_source": "SE Bupati",
        "added": [{"date": "2025-05-20", "name": "Hari Jadi", "kind": "local"}],
        "removed": [{"date": "2025-12-26", "reason": "loket buka"}],
    }
    config = structure(data, AgencyCalendar)
    assert isinstance(config, AgencyCalendar)
    assert config.hours is not None
    assert ("07:00-15:00",) == config.hours.mon
    assert dt.date(2025, 12, 26) == config.removed[0].date


AGENCY_YAML = """\
code: contoh.bkd
name: BKD Contoh
regency: Kabupaten Contoh
bare_day: working
"""
CALENDAR_YAML = """\
hours:
  mon: ["07:00-15:00"]
  tue: ["07:00-15:00"]
  wed: ["07:00-15:00"]
  thu: ["07:00-15:00"]
  fri: ["07:00-11:00"]
hours_source: SE Bupati Contoh
added:
  - {date: 2025-10-12, name: Hari Jadi Kabupaten Contoh}
removed:
  - {date: 2025-12-26, reason: loket tetap buka}
"""


def test_data_plugin_reads_calendar_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder's calendar.yaml reaches the catalogue and shapes the agency's calendar."""
    folder = tmp_path / "contoh_pkg" / "data" / "contoh.bkd"
    folder.mkdir(parents=True)
    (tmp_path / "contoh_pkg" / "__init__.py").write_text("")
    (folder / "agency.yaml").write_text(AGENCY_YAML)
    (folder / "calendar.yaml").write_text(CALENDAR_YAML)
    monkeypatch.syspath_prepend(str(tmp_path))
    catalog = load_catalog(plugins=[DataPlugin("contoh_pkg")], entry_points=False)
    cal = calendar_for(catalog, "contoh.bkd", first_year=2025, last_year=2025)
    assert "contoh.bkd/calendar" == catalog.calendars[0].code
    assert pendulum.datetime(2025, 3, 14, 11, tz="Asia/Jakarta") == cal.close_on(
        dt.date(2025, 3, 14)
    )
    assert cal.day_off(dt.date(2025, 10, 12)) is not None
    assert cal.is_working_day(dt.date(2025, 12, 26))
