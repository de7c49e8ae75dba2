"""A bad calendar.yaml or agency timezone is a DataError at load time, with plugin, file and line."""

from __future__ import annotations

import pytest

from sopkit import DataError, DataPlugin
from tests.conftest import MakePackage

AGENCY = "code: contoh.bkd\nname: BKD Contoh\nregency: Kabupaten Contoh\n"


def _problems(make_package: MakePackage, files: dict[str, str]) -> list[str]:
    plugin = DataPlugin(make_package(files))
    with pytest.raises(DataError) as caught:
        _ = plugin.catalogue
    assert all(p.plugin and p.file and p.line for p in caught.value.problems)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("calendar", "needle"),
    [
        ("hours:\n  mon: ['25:00-26:00']\n", "calendar.yaml:2: $.hours"),
        ("roll: backward\n", "calendar.yaml:1: $.roll: not one of the accepted values"),
        ("hourz: {}\n", "unknown field 'hourz'"),
        (
            "working:\n  - {date: 2025-06-07, reason: x, hours: []}\n",
            "needs at least one office period",
        ),
        (
            "overrides:\n  - {name: r, first: 2025-03-02, last: 2025-03-01, hours: {}}\n",
            "ends (2025-03-01) before it starts",
        ),
        ("schedules:\n  - {first: 2025-01-01, hours: {fri: ['16:00-08:00']}}\n", "$.schedules"),
        (
            "removed:\n  - {date: 2025-03-17, reason: x}\n",
            "is not a national holiday or cuti bersama",
        ),
    ],
)
def test_bad_calendar_yaml_names_file_and_line(
    make_package: MakePackage, calendar: str, needle: str
) -> None:
    """Each kind of mistake in calendar.yaml is reported where it is, when the plugin loads."""
    problems = _problems(
        make_package, {"contoh.bkd/agency.yaml": AGENCY, "contoh.bkd/calendar.yaml": calendar}
    )
    assert any(needle in p for p in problems), problems


def test_unknown_timezone_is_a_data_error(make_package: MakePackage) -> None:
    """An agency timezone that the tz database does not know fails the load, naming the file."""
    problems = _problems(
        make_package, {"contoh.bkd/agency.yaml": AGENCY + "timezone: Asia/Nowhere\n"}
    )
    assert any("agency.yaml" in p and "unknown timezone 'Asia/Nowhere'" in p for p in problems)
