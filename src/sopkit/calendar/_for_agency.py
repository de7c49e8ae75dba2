"""Build an agency's WorkCalendar from the catalogue: its timezone, hours and local days."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from sopkit.calendar._agency_calendar import AgencyCalendar, Roll
from sopkit.calendar._days import DEFAULT_FIRST_YEAR
from sopkit.calendar._schedule import EAST_JAVA_SCHEDULE, WorkSchedule
from sopkit.calendar._workcalendar import WorkCalendar

if TYPE_CHECKING:
    from sopkit.core._catalog import Catalog


def schedule_of(config: AgencyCalendar | None) -> WorkSchedule:
    """Return the schedule an agency calendar declares, or the East Java default.

    An agency with its own hours (`hours` or dated `schedules`) keeps none of the
    provincial SK's dated entries: the SK binds provincial staff, not a regency's. Before
    its first dated entry the East Java hours apply (no earlier source is known).
    """
    if config is None:
        return EAST_JAVA_SCHEDULE
    if config.hours is None and not config.schedules:
        return attrs.evolve(
            EAST_JAVA_SCHEDULE, overrides=(*EAST_JAVA_SCHEDULE.overrides, *config.overrides)
        )
    base = WorkSchedule(
        hours=config.hours or EAST_JAVA_SCHEDULE.hours,
        name=config.agency if config.hours else EAST_JAVA_SCHEDULE.name,
        source=config.hours_source if config.hours else EAST_JAVA_SCHEDULE.source,
    )
    return attrs.evolve(base, changes=config.schedules, overrides=config.overrides)


def calendar_for(
    catalog: Catalog,
    agency: str,
    *,
    first_year: int = DEFAULT_FIRST_YEAR,
    last_year: int | None = None,
    strict: bool = False,
    extra: AgencyCalendar | None = None,
) -> WorkCalendar:
    """Return the WorkCalendar of an agency in the catalogue; raise NotFoundError if unknown.

    `strict` covers confirmed years only; `extra` adds days off, removals and working days
    (from a `--days-off` file, for example) to those of the agency's calendar.yaml.
    """
    found = catalog.agency(agency)
    config = next((c for c in catalog.calendars if c.agency == agency), None)
    return WorkCalendar(
        first_year=first_year,
        last_year=last_year,
        schedule=schedule_of(config),
        timezone=found.timezone,
        added=(*(config.added if config else ()), *(extra.added if extra else ())),
        removed=(*(config.removed if config else ()), *(extra.removed if extra else ())),
        working=[
            (w.date, w.hours)
            for w in (*(config.working if config else ()), *(extra.working if extra else ()))
        ],
        bare_day=found.bare_day,
        agency=agency,
        strict=strict,
        roll=config.roll if config else Roll.NONE,
    )
