"""DataPlugin: a catalogue plugin made of YAML files shipped inside a Python package."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.core._agency import Agency
from sopkit.core._converter import structure
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.core._yaml import parse_yaml
from sopkit.hookspecs import hookimpl
from sopkit.roles._book import RoleBook
from sopkit.rules._data_rules import rules_from_yaml
from sopkit.rules._engine import Rule
from sopkit.rules._parameters import ParameterSet, parameter_set_from_yaml


@attrs.frozen
class AgencyData:
    """Everything one agency folder of a data plugin holds."""

    agency: Agency
    services: tuple[Service, ...]
    sops: tuple[Sop, ...]
    parameter_sets: tuple[ParameterSet, ...] = ()
    calendar: AgencyCalendar | None = None
    roles: RoleBook | None = None
    rules: tuple[Rule, ...] = ()


class DataPlugin:
    """A plugin whose catalogue lives in `<package>/data/<agency>/` as YAML files.

    Each agency folder holds `agency.yaml`, `services/*.yaml` (one standar pelayanan
    each, with its SOPs), optionally `sops/*.yaml` (SOPs that belong to no service) and
    optionally `roles.yaml` (roles and signing authority, see RoleBook) and
    optionally `calendar.yaml` (office hours, overrides, local days off; see AgencyCalendar),
    optionally `parameters/*.yaml` (dated parameters) and `rules/*.yaml` (named rules as data).
    """

    def __init__(self, package: str, *, name: str | None = None, data: str = "data") -> None:
        self.package = package
        self.name = name or package
        self.data = data

    def __repr__(self) -> str:
        return f"DataPlugin({self.package!r}, name={self.name!r})"

    def _root(self) -> Traversable:
        return resources.files(self.package).joinpath(self.data)

    @functools.cached_property
    def catalogue(self) -> tuple[AgencyData, ...]:
        """Return every agency folder's content; raise DataError listing all problems."""
        problems: list[DataProblem] = []
        found: list[AgencyData] = []
        root = self._root()
        if not root.is_dir():
            raise DataError([DataProblem("$", f"no data folder {self.data!r}", plugin=self.name)])
        for folder in sorted((f for f in root.iterdir() if f.is_dir()), key=lambda f: f.name):
            if folder.name.startswith(("_", ".")):
                continue
            item = self._load_agency(folder, problems)
            if item is not None:
                found.append(item)
        if problems:
            raise DataError(problems)
        return tuple(found)

    def _load_agency(self, folder: Traversable, problems: list[DataProblem]) -> AgencyData | None:
        agency = self._load(
            folder.joinpath("agency.yaml"), f"{folder.name}/agency.yaml", Agency, {}, problems
        )
        if agency is None:
            return None
        services = [
            self._load(path, rel, Service, {"agency": agency.code}, problems)
            for path, rel in _yaml_files(folder, "services")
        ]
        sops = [
            self._load(path, rel, Sop, {"agency": agency.code}, problems)
            for path, rel in _yaml_files(folder, "sops")
        ]
        calendar = self._load_optional(folder, "calendar.yaml", AgencyCalendar, agency, problems)
        roles = self._load_optional(folder, "roles.yaml", RoleBook, agency, problems)
        parameter_sets = [
            self._load_parameters(path, rel, agency.code, problems)
            for path, rel in _yaml_files(folder, "parameters")
        ]
        rules = [
            rule
            for path, rel in _yaml_files(folder, "rules")
            for rule in self._load_rules(path, rel, agency.code, problems)
        ]
        return AgencyData(
            rules=tuple(rules),
            agency=agency,
            roles=roles,
            services=tuple(_with_sop_owner(s) for s in services if s is not None),
            sops=tuple(s for s in sops if s is not None),
            calendar=calendar,
            parameter_sets=tuple(p for p in parameter_sets if p is not None),
        )

    def _load_optional(
        self,
        folder: Traversable,
        name: str,
        cls: type[Any],
        agency: Agency,
        problems: list[DataProblem],
    ) -> Any:
        path = folder.joinpath(name)
        if not path.is_file():
            return None
        return self._load(path, f"{folder.name}/{name}", cls, {"agency": agency.code}, problems)

    def _load_parameters(
        self, path: Traversable, rel: str, agency: str, problems: list[DataProblem]
    ) -> ParameterSet | None:
        stem = path.name.rsplit(".", 1)[0]
        try:
            return parameter_set_from_yaml(
                path.read_text(encoding="utf-8"),
                f"{agency}.{stem}",
                file=f"{self.data}/{rel}",
                plugin=self.name,
                agency=agency,
            )
        except DataError as exc:
            problems.extend(exc.problems)
            return None

    def _load_rules(
        self, path: Traversable, rel: str, agency: str, problems: list[DataProblem]
    ) -> tuple[Rule, ...]:
        try:
            return rules_from_yaml(
                path.read_text(encoding="utf-8"),
                file=f"{self.data}/{rel}",
                plugin=self.name,
                agency=agency,
            )
        except DataError as exc:
            problems.extend(exc.problems)
            return ()

    def _load(
        self,
        path: Traversable,
        rel: str,
        cls: type[Any],
        injected: dict[str, str],
        problems: list[DataProblem],
    ) -> Any:
        file = f"{self.data}/{rel}"
        if not path.is_file():
            problems.append(DataProblem("$", "file is missing", plugin=self.name, file=file))
            return None
        try:
            doc = parse_yaml(path.read_text(encoding="utf-8"), file=file, plugin=self.name)
        except DataError as exc:
            problems.extend(exc.problems)
            return None
        if not isinstance(doc.data, dict):
            problems.append(
                DataProblem(
                    "$", "expected a mapping at the top of the file", doc.data, self.name, file
                )
            )
            return None
        for key, value in injected.items():
            if key in doc.data and doc.data[key] != value:
                problems.append(
                    DataProblem(
                        f"$.{key}",
                        f"must be {value!r}, the folder's agency, or left out",
                        doc.data[key],
                        self.name,
                        file,
                        doc.line_of(f"$.{key}"),
                    )
                )
        data = {**doc.data, **injected}
        try:
            return structure(data, cls)
        except DataError as exc:
            problems.extend(
                attrs.evolve(p, plugin=self.name, file=file, line=doc.line_of(p.path))
                for p in exc.problems
            )
            return None

    @hookimpl
    def sopkit_agencies(self) -> tuple[Agency, ...]:
        """Return the agencies of every data folder."""
        return tuple(item.agency for item in self.catalogue)

    @hookimpl
    def sopkit_services(self) -> tuple[Service, ...]:
        """Return the services of every data folder."""
        return tuple(s for item in self.catalogue for s in item.services)

    @hookimpl
    def sopkit_sops(self) -> tuple[Sop, ...]:
        """Return the SOPs that belong to no service."""
        return tuple(s for item in self.catalogue for s in item.sops)

    @hookimpl
    def sopkit_parameter_sets(self) -> tuple[ParameterSet, ...]:
        """Return the parameter sets in every data folder's `parameters/*.yaml`."""
        return tuple(p for item in self.catalogue for p in item.parameter_sets)

    @hookimpl
    def sopkit_rules(self) -> tuple[Rule, ...]:
        """Return the named rules in every data folder's `rules/*.yaml`."""
        return tuple(r for item in self.catalogue for r in item.rules)

    @hookimpl
    def sopkit_roles(self) -> tuple[RoleBook, ...]:
        """Return the roles.yaml of every data folder that has one."""
        return tuple(item.roles for item in self.catalogue if item.roles is not None)

    @hookimpl
    def sopkit_calendar_days(self) -> tuple[AgencyCalendar, ...]:
        """Return the calendar.yaml of every data folder that has one."""
        return tuple(item.calendar for item in self.catalogue if item.calendar is not None)


def _yaml_files(folder: Traversable, sub: str) -> Iterator[tuple[Traversable, str]]:
    directory = folder.joinpath(sub)
    if not directory.is_dir():
        return
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if path.name.endswith((".yaml", ".yml")):
            yield path, f"{folder.name}/{sub}/{path.name}"


def _with_sop_owner(service: Service) -> Service:
    sops = tuple(attrs.evolve(s, agency=service.agency, service=service.slug) for s in service.sops)
    return attrs.evolve(service, sops=sops)
