"""Build an agency's WorkCalendar from the catalogue: its timezone, hours and local days."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.calendar._days import DEFAULT_FIRST_YEAR
from sopkit.calendar._schedule import EAST_JAVA_SCHEDULE, WorkSchedule
from sopkit.calendar._workcalendar import WorkCalendar

if TYPE_CHECKING:
    from sopkit.core._catalog import Catalog


def schedule_of(config: AgencyCalendar | None) -> WorkSchedule:
    """Return the schedule an agency calendar declares, or the East Java default."""
    if config is None:
        return EAST_JAVA_SCHEDULE
    base = (
        EAST_JAVA_SCHEDULE
        if config.hours is None
        else WorkSchedule(hours=config.hours, name=config.agency, source=config.hours_source)
    )
    return attrs.evolve(base, overrides=(*base.overrides, *config.overrides))


def calendar_for(
    catalog: Catalog,
    agency: str,
    *,
    first_year: int = DEFAULT_FIRST_YEAR,
    last_year: int | None = None,
) -> WorkCalendar:
    """Return the WorkCalendar of an agency in the catalogue; raise NotFoundError if unknown."""
    found = catalog.agency(agency)
    config = next((c for c in catalog.calendars if c.agency == agency), None)
    return WorkCalendar(
        first_year=first_year,
        last_year=last_year,
        schedule=schedule_of(config),
        timezone=found.timezone,
        added=config.added if config else (),
        removed=config.removed if config else (),
        bare_day=found.bare_day,
        agency=agency,
    )
