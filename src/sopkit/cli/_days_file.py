"""Extra days off, removals and working days read from a YAML or CSV file (`--days-off`)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from sopkit._errors import DataError, DataProblem
from sopkit._i18n import Text
from sopkit.calendar._agency_calendar import AgencyCalendar, WorkingDay
from sopkit.calendar._days import CalendarDay, DayKind, RemovedDay
from sopkit.calendar._errors import CalendarConfigError
from sopkit.core._converter import structure
from sopkit.core._yaml import parse_yaml

_CSV_KINDS = ("off", "working", "removed")
_NO_DAY = Text("the file declares no day")


def read_days_file(path: Path, agency: str) -> AgencyCalendar:
    """Return the days a file declares; raise CalendarConfigError listing every problem."""
    try:
        return _read(path, agency)
    except DataError as exc:
        raise CalendarConfigError(exc.headed(Text("the days file {path}", path=path))) from None


def _read(path: Path, agency: str) -> AgencyCalendar:
    """Read the days a file declares, as an AgencyCalendar holding only days.

    YAML: the `added`, `removed` and `working` keys of calendar.yaml. CSV: a header
    `date,name[,kind]`, kind `off` (default), `working` or `removed`. Raise DataError
    naming the file and line of every bad row, or the file when it cannot be read.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(
            [
                DataProblem(
                    "$", Text("cannot read the days file: {error}", error=exc), file=str(path)
                )
            ]
        ) from None
    if path.suffix.lower() == ".csv":
        return _from_csv(text, path, agency)
    doc = parse_yaml(text, file=str(path))
    if not isinstance(doc.data, dict) or not set(doc.data) <= {"added", "removed", "working"}:
        raise DataError(
            [
                DataProblem(
                    "$",
                    Text("expected a mapping with keys added, removed and/or working"),
                    sorted(doc.data) if isinstance(doc.data, dict) else doc.data,
                    file=str(path),
                    line=1,
                )
            ]
        )
    try:
        found: AgencyCalendar = structure({**doc.data, "agency": agency}, AgencyCalendar)
    except DataError as exc:
        raise DataError(
            [
                DataProblem(p.path, p.message, p.value, file=str(path), line=doc.line_of(p.path))
                for p in exc.problems
            ]
        ) from None
    if not (found.added or found.removed or found.working):
        raise DataError([DataProblem("$", _NO_DAY, file=str(path), line=1)])
    return found


def _from_csv(text: str, path: Path, agency: str) -> AgencyCalendar:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0][:2]] != ["date", "name"]:
        raise DataError(
            [
                DataProblem(
                    "$",
                    Text("the first row must be the header 'date,name[,kind]'"),
                    file=str(path),
                    line=1,
                )
            ]
        )
    added: list[CalendarDay] = []
    removed: list[RemovedDay] = []
    working: list[WorkingDay] = []
    problems: list[DataProblem] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = [c.strip() for c in row] + [""] * 3
        try:
            day = dt.date.fromisoformat(cells[0])
        except ValueError:
            problems.append(
                DataProblem(
                    "$.date",
                    Text("expected an ISO date such as 2027-03-15"),
                    cells[0],
                    file=str(path),
                    line=line,
                )
            )
            continue
        kind = cells[2].lower() or "off"
        if kind not in _CSV_KINDS or not cells[1]:
            problems.append(
                DataProblem(
                    "$",
                    Text(
                        "each row needs a name and a kind among {kinds}",
                        kinds=", ".join(_CSV_KINDS),
                    ),
                    row,
                    file=str(path),
                    line=line,
                )
            )
        elif kind == "off":
            added.append(CalendarDay(day, cells[1], DayKind.LOCAL, source=str(path)))
        elif kind == "removed":
            removed.append(RemovedDay(day, cells[1]))
        else:
            working.append(WorkingDay(day, cells[1]))
    if problems:
        raise DataError(problems)
    if not (added or removed or working):
        raise DataError([DataProblem("$", _NO_DAY, file=str(path), line=1)])
    return AgencyCalendar(
        agency=agency, added=tuple(added), removed=tuple(removed), working=tuple(working)
    )
