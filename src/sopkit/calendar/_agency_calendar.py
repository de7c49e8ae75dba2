"""An agency's calendar configuration: office hours, overrides, local days off and removals."""

from __future__ import annotations

import attrs

from sopkit.calendar._days import CalendarDay, RemovedDay
from sopkit.calendar._schedule import ScheduleOverride, WeeklyHours


@attrs.frozen
class AgencyCalendar:
    """What an agency changes in the national calendar (`data/<agency>/calendar.yaml`).

    `hours` replaces the East Java default office hours when given; `overrides` are
    date-ranged hours such as Ramadan's; `added` are local days off (hari jadi kabupaten,
    a local closure); `removed` are national days the agency works on anyway.
    """

    agency: str
    hours: WeeklyHours | None = None
    hours_source: str = ""
    overrides: tuple[ScheduleOverride, ...] = ()
    added: tuple[CalendarDay, ...] = ()
    removed: tuple[RemovedDay, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """Return the catalogue code of this configuration, '<agency>/calendar'."""
        return f"{self.agency}/calendar"
