"""An agency's calendar configuration: office hours, overrides, local days off and removals."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from sopkit._i18n import Text
from sopkit.calendar._days import (
    HOLIDAYS_FIRST_YEAR,
    HOLIDAYS_LAST_YEAR,
    CalendarDay,
    RemovedDay,
    national_days,
)
from sopkit.calendar._schedule import DatedHours, ScheduleOverride, WeeklyHours, parse_period


class Roll(enum.StrEnum):
    """What a calendar-day or month limit does when its last day is not a working day."""

    NONE = "none"  # ends at midnight closing that day, working or not (the default)
    FOLLOWING = "following"  # ends at midnight closing the next working day


def _check_periods(instance: object, attribute: object, value: tuple[str, ...]) -> None:
    if not value:
        raise ValueError(Text("a working day needs at least one office period ('07:30-12:00')"))
    for period in value:
        parse_period(period)


@attrs.frozen
class WorkingDay:
    """A day the office opens although it would not (a Saturday worked in lieu, for example)."""

    date: dt.date
    reason: str = attrs.field(validator=attrs.validators.min_len(1))
    hours: tuple[str, ...] = attrs.field(
        default=("07:30-12:00", "13:00-16:00"), validator=_check_periods
    )


def _check_removed(
    instance: object,
    attribute: attrs.Attribute[tuple[RemovedDay, ...]],
    value: tuple[RemovedDay, ...],
) -> None:
    for gone in value:
        year = gone.date.year
        if not HOLIDAYS_FIRST_YEAR <= year <= HOLIDAYS_LAST_YEAR:
            raise ValueError(
                Text("removed day {date} is outside the holiday data", date=gone.date.isoformat())
            )
        if all(d.date != gone.date for d in national_days(year, year)):
            raise ValueError(
                Text(
                    "removed day {date} ({reason}) is not a national holiday or cuti bersama; "
                    "only those can be removed",
                    date=gone.date.isoformat(),
                    reason=gone.reason,
                )
            )


@attrs.frozen
class AgencyCalendar:
    """What an agency changes in the national calendar (`data/<agency>/calendar.yaml`).

    `hours` replaces the East Java default office hours when given; `schedules` are weekly
    hours in force from a date on (an SE or Perbup); `overrides` are date-ranged hours such
    as Ramadan's; `added` are local days off (hari jadi kabupaten, a local closure);
    `removed` are national days the agency works on anyway; `working` are extra working
    days; `roll` is how calendar-day and month limits ending on a day off are read.
    """

    agency: str
    hours: WeeklyHours | None = None
    hours_source: str = ""
    schedules: tuple[DatedHours, ...] = ()
    overrides: tuple[ScheduleOverride, ...] = ()
    added: tuple[CalendarDay, ...] = ()
    removed: tuple[RemovedDay, ...] = attrs.field(default=(), validator=_check_removed)
    working: tuple[WorkingDay, ...] = ()
    roll: Roll = Roll.NONE
    notes: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """Return the catalogue code of this configuration, '<agency>/calendar'."""
        return f"{self.agency}/calendar"
