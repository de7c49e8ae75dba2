"""What every lint check reads: the catalogue, the agencies in scope and their calendars."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import pendulum

from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.core._catalog import Catalog
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.rules._national import rulebook_for

# Durations are compared by laying them out on the agency's calendar from one fixed start:
# a Monday morning in July, away from the Lebaran cuti bersama, so results are repeatable.
REFERENCE_START = dt.datetime(2025, 7, 7, 0, 0)


class LintContext:
    """The catalogue under review, limited to some agencies, with calendars built on demand."""

    def __init__(self, catalog: Catalog, agencies: tuple[str, ...] | None = None) -> None:
        self.catalog = catalog
        self.agencies = (
            agencies if agencies is not None else tuple(a.code for a in catalog.agencies)
        )
        for code in self.agencies:
            catalog.agency(code)

    def services(self) -> Iterator[Service]:
        """Yield the services in scope."""
        for code in self.agencies:
            yield from self.catalog.services_of(code)

    def sops(self) -> Iterator[tuple[Service | None, Sop]]:
        """Yield every SOP in scope with the service it belongs to (None for standalone SOPs)."""
        for service in self.services():
            for sop in service.sops:
                yield service, sop
        for code in self.agencies:
            for sop in self.catalog.sops_of(code):
                if not sop.service:
                    yield None, sop

    def rule_names(self) -> frozenset[str]:
        """Return the names of the national rules and those the catalogue's plugins register."""
        return frozenset(rule.name for rule in rulebook_for(self.catalog).rules)

    @functools.cache  # noqa: B019 - one context lives for one lint run
    def calendar(self, agency: str) -> WorkCalendar:
        """Return the agency's working calendar."""
        return calendar_for(self.catalog, agency)

    def start(self, agency: str) -> pendulum.DateTime:
        """Return the reference instant durations are laid out from, in the agency's timezone."""
        tz = self.catalog.agency(agency).timezone
        return self.calendar(agency).next_open(pendulum.instance(REFERENCE_START, tz=tz))
