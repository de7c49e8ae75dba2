"""What every lint check reads: the catalogue, the agencies in scope and their calendars."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import attrs
import pendulum

from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.core._catalog import Catalog
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.core._source import Source
from sopkit.lint._finding import Location
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

    def locate(self, where: Location) -> Location:
        """Return the location with the data file and line of the field it names."""
        source, field = self._source(where)
        if source is None:
            return where
        if where.step is not None and not field.startswith("$"):
            field = _join(self._step_path(where), field)
        return attrs.evolve(
            where,
            plugin=source.plugin,
            file=source.file,
            line=source.line_of(field),
            disk_path=source.disk_path,
        )

    def _step_path(self, where: Location) -> str:
        sop = self._sop(where)
        for i, step in enumerate(sop.steps if sop else ()):
            if step.number == where.step:
                return f"steps[{i}]"
        return "steps"

    def _sop(self, where: Location) -> Sop | None:
        if where.service and not where.service.startswith("sop/"):
            try:
                owner = self.catalog.service(f"{where.agency}/{where.service}")
            except LookupError:
                return None
            return next((s for s in owner.sops if s.slug == where.sop), None)
        slug = where.sop or where.service.removeprefix("sop/")
        try:
            return self.catalog.sop(f"{where.agency}/sop/{slug}")
        except LookupError:
            return None

    def _source(self, where: Location) -> tuple[Source | None, str]:
        field = where.field
        if where.sop or where.service.startswith("sop/"):
            sop = self._sop(where)
            return (sop.source if sop else None), field
        if where.service and where.service != "roles":
            try:
                return self.catalog.service(f"{where.agency}/{where.service}").source, field
            except LookupError:
                return None, field
        try:
            source = self.catalog.agency(where.agency).source
        except LookupError:
            return None, field
        if source is not None and where.service == "roles":
            folder = source.file.rsplit("/", 1)[0]
            disk = source.disk_path.rsplit("/", 1)[0] + "/roles.yaml" if source.disk_path else ""
            return Source(source.plugin, f"{folder}/roles.yaml", disk_path=disk), ""
        return source, field


def _join(path: str, field: str) -> str:
    return f"{path}.{field}" if field else path
