"""DataPlugin: a catalogue plugin made of YAML files shipped inside a Python package."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any

import attrs

from sopkit import _cache
from sopkit._errors import DataError, DataProblem, shown
from sopkit._i18n import Text
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.core._agency import Agency
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.core._source import with_source
from sopkit.hookspecs import hookimpl
from sopkit.roles._book import RoleBook

if TYPE_CHECKING:  # reading YAML and building rules: cache misses and rule checks only
    from sopkit.core._yaml import YamlDocument
    from sopkit.rules._engine import Rule
    from sopkit.rules._parameters import ParameterSet


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


_FILES = ("agency.yaml", "calendar.yaml", "roles.yaml")
_FOLDERS = ("services", "sops", "parameters", "rules")
_YAML = (".yaml", ".yml")


def _entries(folder: Traversable) -> list[Traversable]:
    """Return a folder's entries in name order, leaving out names starting with _ or ."""
    return sorted(
        (e for e in folder.iterdir() if not e.name.startswith(("_", "."))), key=lambda e: e.name
    )


@attrs.frozen
class _Compiled:
    """What a data plugin's files compile to: the catalogue, each code's file, rule names."""

    agencies: tuple[AgencyData, ...]
    sources: dict[str, str]
    # rules hold functions, which do not pickle: a cached catalogue keeps their names and
    # reads rules/*.yaml again when the rules are first asked for
    rule_names: tuple[str, ...] = ()


class DataPlugin:
    """A plugin whose catalogue lives in `<package>/data/<agency>/` as YAML files.

    Each agency folder (named by the agency's code) holds `agency.yaml`, `services/*.yaml`
    (one standar pelayanan each, with its SOPs), optionally `sops/*.yaml` (SOPs that belong to
    no service), `roles.yaml` (roles and signing authority, see RoleBook), `calendar.yaml`
    (office hours, overrides, local days off; see AgencyCalendar), `parameters/*.yaml` (dated
    parameters) and `rules/*.yaml` (named rules as data). Names starting with `_` or `.` are
    ignored; any other file or folder is reported in `unexpected` (an error in strict loading,
    a warning in lenient loading).
    """

    def __init__(self, package: str, *, name: str | None = None, data: str = "data") -> None:
        self.package = package
        self.name = name or package
        self.data = data
        self.unexpected: tuple[DataProblem, ...] = ()
        self._files: dict[str, bytes] = {}
        self._folders: list[str] = []
        self._docs: dict[str, YamlDocument] = {}  # parsed again only to locate an error
        self._rules_pending = False  # a cached catalogue's rules are read on first use

    def __repr__(self) -> str:
        return f"DataPlugin({self.package!r}, name={self.name!r})"

    def _root(self) -> Traversable:
        return resources.files(self.package).joinpath(self.data)

    @property
    def catalogue(self) -> tuple[AgencyData, ...]:
        """Return every agency folder's content, rules included; raise DataError listing all."""
        agencies = self._compiled.agencies
        if not self._rules_pending:
            return agencies
        return tuple(  # a cached catalogue: its rules read again, each with its agency
            attrs.evolve(item, rules=tuple(r for r in self._rules if r.agency == item.agency.code))
            for item in agencies
        )

    @functools.cached_property
    def _compiled(self) -> _Compiled:
        self._files = self._scan()
        folders = [(f"{name}/", b"") for name in self._folders]  # empty folders count too
        key = _cache.cache_key(self.name, [*folders, *self._files.items()])
        use_cache = _cache.cache_enabled()
        if use_cache:
            found = _cache.load(self.name, key)
            if isinstance(found, _Compiled):
                self._rules_pending = True
                return found
        compiled = self._compile()
        if use_cache:
            stored = [attrs.evolve(item, rules=()) for item in compiled.agencies]
            _cache.store(self.name, key, attrs.evolve(compiled, agencies=tuple(stored)))
        return compiled

    @property
    def rules_deferred(self) -> bool:
        """Return whether the rules are still unread (a cached catalogue reads them on use)."""
        return self._compiled is not None and self._rules_pending and "_rules" not in vars(self)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """Return the names of the rules in every data folder, without building them."""
        return self._compiled.rule_names

    @functools.cached_property
    def _rules(self) -> tuple[Rule, ...]:
        """Return every agency's rules, reading rules/*.yaml again for a cached catalogue."""
        compiled = self._compiled
        if not self._rules_pending:
            return tuple(r for item in compiled.agencies for r in item.rules)
        problems: list[DataProblem] = []
        rules = [
            rule
            for item in compiled.agencies
            for path in self._under(item.agency.code, "rules")
            for rule in self._load_text(path, _rules_reader(item.agency.code), problems, {})
        ]
        if problems:  # files that compiled before and have not changed: sopkit itself changed
            raise DataError(problems)
        return tuple(rules)

    def source_of(self, code: str, path: str = "$") -> tuple[str, int | None] | None:
        """Return the data file (and the line of a field path in it) that defines a code."""
        rel = self._compiled.sources.get(code)
        if rel is None:
            return None
        return f"{self.data}/{rel}", self.source_line(rel, path)

    def _scan(self) -> dict[str, bytes]:
        """Return each data file's bytes by path; note agency folders and unexpected entries."""
        root = self._root()
        if not root.is_dir():
            raise DataError(
                [DataProblem("$", Text("no such data folder"), plugin=self.name, file=self.data)]
            )
        files: dict[str, bytes] = {}
        unexpected: list[DataProblem] = []
        self._folders = []
        for folder in _entries(root):
            if folder.is_dir():
                self._folders.append(folder.name)
                self._scan_agency(folder, files, unexpected)
            else:
                unexpected.append(
                    self._unexpected(folder.name, Text("a file beside the agency folders"))
                )
        self.unexpected = tuple(unexpected)
        return files

    def _scan_agency(
        self, folder: Traversable, files: dict[str, bytes], unexpected: list[DataProblem]
    ) -> None:
        for entry in _entries(folder):
            rel = f"{folder.name}/{entry.name}"
            if entry.name in _FILES and entry.is_file():
                files[rel] = entry.read_bytes()
            elif entry.name in _FOLDERS and entry.is_dir():
                for item in _entries(entry):
                    if item.name.endswith(_YAML) and item.is_file():
                        files[f"{rel}/{item.name}"] = item.read_bytes()
                    else:
                        unexpected.append(
                            self._unexpected(f"{rel}/{item.name}", Text("not a .yaml file"))
                        )
            else:
                unexpected.append(self._unexpected(rel, Text("not part of an agency folder")))

    def _unexpected(self, rel: str, what: Text) -> DataProblem:
        name = rel.rsplit("/", 1)[-1]
        close = difflib.get_close_matches(name, (*_FILES, *_FOLDERS), n=1, cutoff=0.6)
        hint = Text("; did you mean {name}?", name=repr(close[0])) if close else ""
        accepted = ", ".join((*_FILES, *(f"{f}/*.yaml" for f in _FOLDERS)))
        return DataProblem(
            "$",
            Text(
                "unexpected {entry}: {what}{hint} (an agency folder holds {accepted}; "
                "names starting with '_' or '.' are ignored)",
                entry=repr(rel),
                what=what,
                hint=hint,
                accepted=accepted,
            ),
            plugin=self.name,
            file=f"{self.data}/{rel}",
        )

    def _compile(self) -> _Compiled:
        problems: list[DataProblem] = []
        found: list[AgencyData] = []
        sources: dict[str, str] = {}
        for folder in self._folders:
            item = self._load_agency(folder, problems, sources)
            if item is not None:
                found.append(item)
        if problems:
            raise DataError(problems)
        names = tuple(rule.name for item in found for rule in item.rules)
        return _Compiled(tuple(found), sources, names)

    def _load_agency(
        self, folder: str, problems: list[DataProblem], sources: dict[str, str]
    ) -> AgencyData | None:
        rel = f"{folder}/agency.yaml"
        agency = self._load(rel, Agency, {}, problems)
        if agency is None:
            return None
        if agency.code != folder:
            problems.append(
                self._problem(
                    rel,
                    "$.code",
                    Text(
                        "must be the agency folder's name {folder} (or rename the folder)",
                        folder=repr(folder),
                    ),
                    agency.code,
                )
            )
            return None
        sources[agency.code] = rel
        injected = {"agency": agency.code}

        def load_all(sub: str, cls: type[Any]) -> list[Any]:
            loaded = []
            for path in self._under(folder, sub):
                item = self._load(path, cls, injected, problems)
                if item is not None:
                    sources[item.code] = path
                    loaded.append(item)
            return loaded

        services = [_with_sop_owner(s) for s in load_all("services", Service)]
        for service in services:
            sources.update((sop.code, sources[service.code]) for sop in service.sops)
        sops = load_all("sops", Sop)
        calendar, roles = (
            self._load_optional(f"{folder}/{name}", cls, injected, problems, sources)
            for name, cls in (("calendar.yaml", AgencyCalendar), ("roles.yaml", RoleBook))
        )
        parameter_sets = [
            params
            for path in self._under(folder, "parameters")
            for params in self._load_text(path, _parameters_reader(agency.code), problems, sources)
        ]
        rules = [
            rule
            for path in self._under(folder, "rules")
            for rule in self._load_text(path, _rules_reader(agency.code), problems, sources)
        ]
        return AgencyData(
            rules=tuple(rules),
            agency=agency,
            roles=roles,
            services=tuple(services),
            sops=tuple(sops),
            calendar=calendar,
            parameter_sets=tuple(parameter_sets),
        )

    def _load_optional(
        self,
        rel: str,
        cls: type[Any],
        injected: dict[str, str],
        problems: list[DataProblem],
        sources: dict[str, str],
    ) -> Any:
        if rel not in self._files:
            return None
        item = self._load(rel, cls, injected, problems)
        if item is not None:
            sources[item.code] = rel
        return item

    def _under(self, folder: str, sub: str) -> list[str]:
        prefix = f"{folder}/{sub}/"
        return [rel for rel in self._files if rel.startswith(prefix)]

    def _problem(self, rel: str, path: str, message: str, value: object = None) -> DataProblem:
        line = self.source_line(rel, path)
        return DataProblem(path, message, value, self.name, f"{self.data}/{rel}", line)

    def source_line(self, rel: str, path: str) -> int | None:
        """Return the line of a field path in one of this plugin's data files."""
        doc = self._docs.get(rel)
        if doc is None:
            from sopkit.core._yaml import parse_yaml

            try:
                doc = self._docs[rel] = parse_yaml(self._files[rel], file=rel, plugin=self.name)
            except (DataError, KeyError):
                return None
        return doc.line_of(path)

    def _load_text(
        self,
        rel: str,
        reader: _TextReader,
        problems: list[DataProblem],
        sources: dict[str, str],
    ) -> tuple[Any, ...]:
        """Return what a reader of whole YAML texts (parameters, rules) finds in one file."""
        from sopkit.core._yaml import decode_yaml

        file = f"{self.data}/{rel}"
        stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        try:
            items = reader(
                decode_yaml(self._files[rel], file=file, plugin=self.name), stem, file, self.name
            )
        except DataError as exc:
            problems.extend(exc.problems)
            return ()
        except Exception as exc:  # a failure nothing more precise caught still names the file
            problems.append(_failure(exc, self.name, file))
            return ()
        sources.update((item.code, rel) for item in items)
        return items

    def _load(
        self, rel: str, cls: type[Any], injected: dict[str, str], problems: list[DataProblem]
    ) -> Any:
        file = f"{self.data}/{rel}"
        raw = self._files.get(rel)
        if raw is None:
            problems.append(DataProblem("$", Text("file is missing"), plugin=self.name, file=file))
            return None
        try:
            return self._structure(raw, file, cls, injected, problems)
        except DataError as exc:
            problems.extend(exc.problems)
        except Exception as exc:  # a failure nothing more precise caught still names the file
            problems.append(_failure(exc, self.name, file))
        return None

    def _structure(
        self,
        raw: bytes,
        file: str,
        cls: type[Any],
        injected: dict[str, str],
        problems: list[DataProblem],
    ) -> Any:
        from sopkit.core._yaml import parse_yaml

        doc = parse_yaml(raw, file=file, plugin=self.name)
        if not isinstance(doc.data, dict):
            problems.append(
                DataProblem(
                    "$",
                    Text("expected a mapping at the top of the file"),
                    doc.data,
                    self.name,
                    file,
                    doc.line_of("$") or 1,
                )
            )
            return None
        for key, value in injected.items():
            if key in doc.data and doc.data[key] != value:
                problems.append(
                    DataProblem(
                        f"$.{key}",
                        Text(
                            "must be {agency}, the folder's agency, or left out",
                            agency=repr(value),
                        ),
                        doc.data[key],
                        self.name,
                        file,
                        doc.line_of(f"$.{key}"),
                    )
                )
        data = {**doc.data, **injected}
        from sopkit.core._converter import structure  # the cattrs machinery: cache misses only

        try:
            # a Path when the plugin's data lies on disk (else no disk path is recorded)
            disk = self._root().joinpath(file.removeprefix(f"{self.data}/"))
            return with_source(structure(data, cls), self.name, file, doc.node, disk)
        except DataError as exc:
            problems.extend(
                attrs.evolve(p, plugin=self.name, file=file, line=doc.line_of(p.path) or 1)
                for p in exc.problems
            )
            return None

    @hookimpl
    def sopkit_agencies(self) -> tuple[Agency, ...]:
        """Return the agencies of every data folder."""
        return tuple(item.agency for item in self._compiled.agencies)

    @hookimpl
    def sopkit_services(self) -> tuple[Service, ...]:
        """Return the services of every data folder."""
        return tuple(s for item in self._compiled.agencies for s in item.services)

    @hookimpl
    def sopkit_sops(self) -> tuple[Sop, ...]:
        """Return the SOPs that belong to no service."""
        return tuple(s for item in self._compiled.agencies for s in item.sops)

    @hookimpl
    def sopkit_parameter_sets(self) -> tuple[ParameterSet, ...]:
        """Return the parameter sets in every data folder's `parameters/*.yaml`."""
        return tuple(p for item in self._compiled.agencies for p in item.parameter_sets)

    @hookimpl
    def sopkit_rules(self) -> tuple[Rule, ...]:
        """Return the named rules in every data folder's `rules/*.yaml`."""
        return self._rules

    @hookimpl
    def sopkit_roles(self) -> tuple[RoleBook, ...]:
        """Return the roles.yaml of every data folder that has one."""
        return tuple(item.roles for item in self._compiled.agencies if item.roles is not None)

    @hookimpl
    def sopkit_calendar_days(self) -> tuple[AgencyCalendar, ...]:
        """Return the calendar.yaml of every data folder that has one."""
        return tuple(item.calendar for item in self._compiled.agencies if item.calendar is not None)


# (text, file stem, file, plugin) -> the items of a parameters/*.yaml or rules/*.yaml file
_TextReader = Callable[[str, str, str, str], tuple[Any, ...]]


def _parameters_reader(agency: str) -> _TextReader:
    def read(text: str, stem: str, file: str, plugin: str) -> tuple[Any, ...]:
        name = f"{agency}.{stem}"
        from sopkit.rules._parameters import parameter_set_from_yaml

        return (parameter_set_from_yaml(text, name, file=file, plugin=plugin, agency=agency),)

    return read


def _rules_reader(agency: str) -> _TextReader:
    def read(text: str, stem: str, file: str, plugin: str) -> tuple[Any, ...]:
        from sopkit.rules._data_rules import rules_from_yaml

        return rules_from_yaml(text, file=file, plugin=plugin, agency=agency)

    return read


def _failure(exc: BaseException, plugin: str, file: str) -> DataProblem:
    return DataProblem(
        "$",
        Text(
            "cannot be loaded: {kind}: {message}",
            kind=type(exc).__name__,
            message=shown(str(exc)),
        ),
        plugin=plugin,
        file=file,
        line=1,
    )


def _with_sop_owner(service: Service) -> Service:
    sops = tuple(
        attrs.evolve(
            s,
            agency=service.agency,
            service=service.slug,
            source=service.source.at(f"sops[{i}]") if service.source else None,
        )
        for i, s in enumerate(service.sops)
    )
    return attrs.evolve(service, sops=sops)
