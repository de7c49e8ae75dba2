"""The Catalog: every installed agency catalogue, immutable and indexed by stable code."""

from __future__ import annotations

import difflib
import functools
import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

import attrs

from sopkit._cache import cache_enabled, caching
from sopkit._errors import DataError, DataProblem, NotFoundError, PluginError, shown
from sopkit._i18n import Joined, Text
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.core._agency import Agency
from sopkit.core._data_plugin import DataPlugin
from sopkit.core._plugins import (
    PluginHost,
    PluginSource,
    SkippedPlugin,
    hook_items,
    make_plugin_manager,
)
from sopkit.core._reading import read
from sopkit.core._search import SearchIndex
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.roles._book import RoleBook
from sopkit.roles._check import undeclared_roles
from sopkit.roles._registry import RoleGraphError, RoleRegistry
from sopkit.roles._signing import SigningRule, signer_for

if TYPE_CHECKING:  # rules are built on first use: listing services needs no rule engine
    from sopkit.rules._engine import Rule
    from sopkit.rules._parameters import ParameterSet


class CodeNotFoundError(NotFoundError):
    """A catalogue code (agency, service or SOP) that no installed plugin provides."""


@attrs.frozen
class PluginInfo:
    """An installed plugin: name, distribution, version and what it registers."""

    name: str
    distribution: str = ""
    version: str = ""
    registers: tuple[tuple[str, int], ...] = ()


# hook name -> (catalogue field, the type every returned item must have, as module:name
# where importing it costs: rules are built, and their modules imported, on first use)
_HOOKS: dict[str, tuple[str, type | str]] = {
    "sopkit_agencies": ("agencies", Agency),
    "sopkit_services": ("services", Service),
    "sopkit_sops": ("sops", Sop),
    "sopkit_calendar_days": ("calendars", AgencyCalendar),
    "sopkit_roles": ("role_books", RoleBook),
    "sopkit_rules": ("rules", "sopkit.rules._engine:Rule"),
    "sopkit_parameter_sets": ("parameter_sets", "sopkit.rules._parameters:ParameterSet"),
}


def _hook_type(hook_name: str) -> type:
    kind = _HOOKS[hook_name][1]
    if isinstance(kind, type):
        return kind
    module, name = kind.split(":")
    found: type = getattr(importlib.import_module(module), name)
    return found


@attrs.frozen
class _PendingRules:
    """Rules the catalogue holds unread: loaded ones, and cached data plugins' to read on use."""

    parts: tuple[tuple[str, tuple[Rule, ...] | DataPlugin], ...]

    def read(self) -> tuple[Rule, ...]:
        """Return every part's rules, reading a data plugin's rules/*.yaml; raise PluginError."""
        out: list[Rule] = []
        for name, part in self.parts:
            if isinstance(part, DataPlugin):
                try:
                    part = part.sopkit_rules()
                except DataError as exc:
                    raise PluginError(name, _invalid_data(exc)) from exc
            out.extend(part)
        return tuple(out)


def _code_of(item: Any) -> str:
    return str(item.code)


@attrs.frozen
class Catalog:
    """All agencies, services and SOPs the loaded plugins provide, looked up by code."""

    agencies: tuple[Agency, ...] = ()
    services: tuple[Service, ...] = ()
    sops: tuple[Sop, ...] = ()
    calendars: tuple[AgencyCalendar, ...] = ()
    role_books: tuple[RoleBook, ...] = ()
    # the `rules` argument; a loaded catalogue may hold a cached plugin's rules unread
    _rules: tuple[Rule, ...] | _PendingRules = attrs.field(default=(), eq=False, repr=False)
    parameter_sets: tuple[ParameterSet, ...] = ()
    plugins: tuple[PluginInfo, ...] = ()
    skipped: tuple[SkippedPlugin, ...] = ()
    # unexpected files and folders of data plugins, left out in lenient loading
    warnings: tuple[DataProblem, ...] = ()
    # (code, plugin) for every code registered, in loading order: which plugin provides what
    owners: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=False, eq=False)
    _index: dict[str, Any] = attrs.field(init=False, repr=False, eq=False)
    _registries: dict[str, RoleRegistry] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Any] = {}
        for item in (*self.agencies, *self.services, *self.sops):
            index[_code_of(item)] = item
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_registries", {})

    def _get(self, code: str, cls: type[Any] | tuple[type[Any], ...], what: Text) -> Any:
        item = self._index.get(code)
        if isinstance(item, cls):
            return item
        key = code.strip().casefold()
        found = [v for v in self._folded.get(key, ()) if isinstance(v, cls)]
        if not found and "/" not in key:  # a bare slug: the one service or SOP it names
            found = [v for v in self._slugs.get(key, ()) if isinstance(v, cls)]
        services = [v for v in found if isinstance(v, Service)]
        if len(services) == 1 and all(  # a service and its own SOPs: the service holds them
            isinstance(v, Service)
            or (v.agency, v.service) == (services[0].agency, services[0].slug)
            for v in found
        ):
            found = services
        if len(found) == 1:
            return found[0]
        if found:
            codes = ", ".join(_code_of(v) for v in found)
            raise NotFoundError(
                Text(
                    "{code} names {count} items: {codes}; give the full code",
                    code=shown(code),
                    count=len(found),
                    codes=codes,
                )
            )
        known = [c for c, v in self._index.items() if isinstance(v, cls)]
        close = difflib.get_close_matches(key, known, n=3, cutoff=0.5)
        hint = Text("; did you mean {codes}?", codes=", ".join(close)) if close else ""
        raise CodeNotFoundError(
            Text("no {what} with code {code}{hint}", what=what, code=shown(code), hint=hint)
        )

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Return the named rules every plugin registers (a cached plugin's read on first use)."""
        if isinstance(self._rules, _PendingRules):
            object.__setattr__(self, "_rules", self._rules.read())
        assert isinstance(self._rules, tuple)
        return self._rules

    @functools.cached_property
    def _folded(self) -> dict[str, list[Any]]:
        """Every code lower-cased, for case-insensitive lookup."""
        out: dict[str, list[Any]] = {}
        for code, item in self._index.items():
            out.setdefault(code.casefold(), []).append(item)
        return out

    @functools.cached_property
    def _slugs(self) -> dict[str, list[Any]]:
        """Services and SOPs by their slug alone, across agencies."""
        out: dict[str, list[Any]] = {}
        items: tuple[Service | Sop, ...] = (*self.services, *self.sops)
        for item in items:
            out.setdefault(item.slug.casefold(), []).append(item)
        return out

    @functools.cached_property
    def _search_index(self) -> SearchIndex[Service | Sop]:
        entries: list[tuple[Service | Sop, tuple[str, ...]]] = []
        items: tuple[Service | Sop, ...] = (*self.services, *self.sops)
        for item in items:
            if isinstance(item, Service):
                fields = (
                    item.name,
                    *item.aliases,
                    *item.editorial_aliases,
                    *(v.name for v in item.variants),
                    item.slug,
                    item.section,
                )
            else:
                fields = (item.name, item.slug)
            if item.readings:  # the likely intended wording is searchable too
                fields = (*fields, *(read(f, item.readings) for f in fields))
            entries.append((item, fields))
        return SearchIndex(entries)

    def agency(self, code: str) -> Agency:
        """Return the agency with this code; raise NotFoundError naming close codes."""
        result: Agency = self._get(code, Agency, Text("agency"))
        return result

    def service(self, code: str) -> Service:
        """Return the service with code '<agency>/<slug>'; raise NotFoundError."""
        result: Service = self._get(code, Service, Text("service"))
        return result

    def sop(self, code: str) -> Sop:
        """Return the SOP with code '<agency>/sop/<slug>'; raise NotFoundError."""
        result: Sop = self._get(code, Sop, Text("SOP"))
        return result

    def lookup(self, code: str) -> Agency | Service | Sop:
        """Return the agency, service or SOP with this code; raise NotFoundError."""
        result: Agency | Service | Sop = self._get(
            code, (Agency, Service, Sop), Text("agency, service or SOP")
        )
        return result

    def services_of(self, agency: str) -> tuple[Service, ...]:
        """Return the services of one agency, in catalogue order; raise for unknown agencies."""
        agency = self.agency(agency).code
        return tuple(s for s in self.services if s.agency == agency)

    def sops_of(self, agency: str) -> tuple[Sop, ...]:
        """Return every SOP of one agency: those of its services, then standalone ones."""
        agency = self.agency(agency).code
        return tuple(s for s in self.sops if s.agency == agency)

    def roles_of(self, agency: str) -> RoleRegistry:
        """Return the registry of an agency's declared roles (empty when it declares none)."""
        agency = self.agency(agency).code
        cached = self._registries.get(agency)
        if cached is None:
            roles = [r for book in self.role_books if book.agency == agency for r in book.roles]
            cached = self._registries[agency] = RoleRegistry(agency, roles)
        return cached

    def signing_rules_of(self, agency: str) -> tuple[SigningRule, ...]:
        """Return an agency's signing rules."""
        agency = self.agency(agency).code
        return tuple(r for book in self.role_books if book.agency == agency for r in book.signing)

    def signer_for(
        self,
        service: str,
        *,
        golongan: str | None = None,
        education: str | None = None,
        variant: str | None = None,
    ) -> SigningRule:
        """Return the signing rule for a service code given the facts its conditions read."""
        found = self.service(service)
        rules = self.signing_rules_of(found.agency)
        return signer_for(
            rules, found.slug, golongan=golongan, education=education, variant=variant
        )

    def search(self, text: str, *, agency: str | None = None) -> SearchResults:
        """Return services and SOPs whose names match text, best first.

        Abbreviations expand (KP, KGB), spelling variants meet (ijin/izin), words match in any
        order and a word a letter or two off still matches ('pangkt').
        """
        if agency is not None:
            agency = self.agency(agency).code
        found = self._search_index.search(
            text, (lambda item: item.agency == agency) if agency else (lambda _: True)
        )
        return SearchResults(text, tuple(found))

    def suggest(self, text: str) -> list[str]:
        """Return up to three service or SOP names close to a search that found nothing."""
        return self._search_index.suggest(text, lambda item: item.name)


class SearchResults(tuple["Service | Sop", ...]):
    """What `Catalog.search` found: a tuple of services and SOPs with a short repr."""

    query: str

    def __new__(cls, query: str, items: tuple[Service | Sop, ...]) -> SearchResults:
        """Return the results of query."""
        self = super().__new__(cls, items)
        self.query = query
        return self

    def __repr__(self) -> str:
        listed = ", ".join(f"{i.code} ({type(i).__name__.lower()})" for i in self[:5])
        more = f", … {len(self) - 5} more" if len(self) > 5 else ""
        return (
            f"<SearchResults {self.query!r}: {len(self)} found: {listed}{more}>"
            if self
            else f"<SearchResults {self.query!r}: nothing found>"
        )


LENIENT_HINT = Text(
    "to load the other plugins without it, use --lenient (load_catalog(lenient=True))"
)


def _with_hint(detail: object) -> Text:
    """Return a strict loading failure followed by the hint to load leniently."""
    return Text("{detail}\n{hint}", detail=detail, hint=LENIENT_HINT)


def _invalid_data(exc: DataError) -> Text:
    return Text("invalid catalogue data\n{error}", error=exc)


def load_catalog(
    *,
    plugins: Iterable[object] = (),
    entry_points: bool = True,
    lenient: bool = False,
    host: PluginHost | None = None,
    cache: bool = True,
) -> Catalog:
    """Return the Catalog of installed plugins (entry points) and the given plugin objects.

    Strict loading raises PluginError for the first plugin with any problem; lenient loading
    leaves such plugins out and lists them in `skipped` (unexpected files in `warnings`).
    `cache=False` (or SOPKIT_NO_CACHE=1) reads every data file instead of the compiled cache.
    """
    with caching(cache and cache_enabled()):
        try:
            host = host or make_plugin_manager(
                plugins=plugins, entry_points=entry_points, lenient=lenient
            )
        except PluginError as exc:  # lenient mode skips these; say so
            raise PluginError(exc.plugin, _with_hint(exc.detail)) from exc
        per_plugin, failed, warnings = _collect(host, lenient)
    while True:
        catalog = _assemble(host, per_plugin, failed, warnings)
        problems = _problems(host, catalog)
        if not problems:
            return catalog
        if not lenient:
            plugin, messages = min(problems.items())
            raise PluginError(plugin, _with_hint(_listed(messages)))
        failed.update((p, _listed(m)) for p, m in problems.items())


def _listed(messages: list[str]) -> Text:
    count = len(messages)
    return Text(
        "{count} problem:\n{lines}" if count == 1 else "{count} problems:\n{lines}",
        count=count,
        lines=Joined(messages, before="  - "),
    )


# one plugin's items for a hook, or the data plugin whose cached rules are not read yet
_Items = list[object] | DataPlugin


def _collect(
    host: PluginHost, lenient: bool
) -> tuple[dict[str, dict[str, _Items]], dict[str, str], list[DataProblem]]:
    """Call every hook of every plugin; return items per plugin, failures and warnings."""
    per_plugin: dict[str, dict[str, _Items]] = {}
    failed: dict[str, str] = {}
    for hook_name in _HOOKS:
        for impl in getattr(host.manager.hook, hook_name).get_hookimpls():
            name = impl.plugin_name
            if name in failed:
                continue
            plugin = impl.plugin
            # a cached data plugin's rules: the unchanged files built them before
            if hook_name == "sopkit_rules" and _deferred(plugin):
                per_plugin.setdefault(name, {})[hook_name] = plugin
                continue
            try:
                items = _items(impl, hook_name)
            except PluginError as exc:
                if not lenient:
                    raise PluginError(name, _with_hint(exc.detail)) from exc
                failed[name] = exc.detail
                continue
            per_plugin.setdefault(name, {})[hook_name] = items
    warnings: list[DataProblem] = []
    for name in per_plugin:
        plugin = host.manager.get_plugin(name)
        unexpected = plugin.unexpected if isinstance(plugin, DataPlugin) else ()
        if unexpected and not lenient:
            raise PluginError(name, _with_hint(DataError(unexpected)))
        warnings.extend(unexpected)
    return per_plugin, failed, warnings


def _deferred(plugin: object) -> bool:
    return isinstance(plugin, DataPlugin) and plugin.rules_deferred


def _items(impl: Any, hook_name: str) -> list[object]:
    """Return one plugin's items for a hook; any failure becomes a PluginError naming it."""
    name = impl.plugin_name
    try:
        items = hook_items(impl, hook_name)
    except PluginError:
        raise
    except DataError as exc:
        raise PluginError(name, _invalid_data(exc)) from exc
    except Exception as exc:  # a plugin's own bug must not take the other plugins down
        raise PluginError(
            name,
            Text(
                "{hook}() raised {kind}: {message}",
                hook=hook_name,
                kind=type(exc).__name__,
                message=shown(str(exc)),
            ),
        ) from exc
    if not items:
        return items
    kind = _hook_type(hook_name)
    bad = [i for i in items if not isinstance(i, kind)]
    if bad:
        raise PluginError(
            name,
            Text(
                "{hook}() returned {got}; expected {expected}",
                hook=hook_name,
                got=type(bad[0]).__name__,
                expected=kind.__name__,
            ),
        )
    return items


def _assemble(
    host: PluginHost,
    per_plugin: dict[str, dict[str, _Items]],
    failed: dict[str, str],
    warnings: list[DataProblem],
) -> Catalog:
    fields: dict[str, list[Any]] = {field: [] for field, _ in _HOOKS.values()}
    rules: list[tuple[str, tuple[Rule, ...] | DataPlugin]] = []
    for plugin_name, by_hook in per_plugin.items():
        if plugin_name in failed:
            continue
        for hook_name, items in by_hook.items():
            if hook_name == "sopkit_rules":
                part = items if isinstance(items, DataPlugin) else tuple(cast("list[Rule]", items))
                rules.append((plugin_name, part))
            else:
                assert not isinstance(items, DataPlugin)
                fields[_HOOKS[hook_name][0]].extend(items)
    del fields["rules"]
    pending = any(isinstance(part, DataPlugin) for _, part in rules)
    embedded = [sop for service in fields["services"] for sop in service.sops]
    fields["sops"] = embedded + fields["sops"]
    infos = tuple(
        _info(src, per_plugin.get(src.name, {})) for src in host.sources if src.name not in failed
    )
    return Catalog(
        **{field: tuple(values) for field, values in fields.items()},
        rules=_PendingRules(tuple(rules)) if pending else _PendingRules(tuple(rules)).read(),
        plugins=infos,
        skipped=(*host.skipped, *(SkippedPlugin(n, r) for n, r in failed.items())),
        warnings=tuple(warnings),
        owners=_owners(per_plugin, failed),
    )


def _owners(
    per_plugin: dict[str, dict[str, _Items]], failed: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """Return (code, plugin) for every code each loaded plugin registers, in order."""
    out: list[tuple[str, str]] = []
    for plugin_name, by_hook in per_plugin.items():
        if plugin_name in failed:
            continue
        for items in by_hook.values():
            if isinstance(items, DataPlugin):  # unread rules: their names were cached
                out.extend((name, plugin_name) for name in items.rule_names)
                continue
            for item in items:
                out.append((_code_of(item), plugin_name))
                if isinstance(item, Service):
                    out.extend((sop.code, plugin_name) for sop in item.sops)
    return tuple(out)


def _where(host: PluginHost, plugin: str, code: str, path: str = "$") -> str:
    """Return 'file:line' of a code's definition in a data plugin, or the code alone."""
    obj = host.manager.get_plugin(plugin)
    found = obj.source_of(code, path) if isinstance(obj, DataPlugin) else None
    field = "" if path == "$" else f" {path}"
    if found is None:
        return f"{code}{field}"
    file, line = found
    return f"{file}:{line}{field}" if line else f"{file}{field}"


def _problems(host: PluginHost, catalog: Catalog) -> dict[str, list[str]]:
    """Return, per plugin to blame, what makes the assembled catalogue inconsistent."""
    out: dict[str, list[str]] = {}
    claims: dict[str, list[str]] = {}
    for code, plugin in catalog.owners:
        claims.setdefault(code, []).append(plugin)
    known = {a.code for a in catalog.agencies}
    providers: dict[str, set[str]] = {}
    for code, plugin in catalog.owners:
        if code in known:
            providers.setdefault(code, set()).add(plugin)
    for code, plugins in claims.items():
        if len(plugins) > 1:
            _clash(host, code, plugins, providers.get(code.split("/", 1)[0], set()), out)
    owner = dict(catalog.owners)
    belonging: tuple[Any, ...] = (
        *catalog.services,
        *catalog.sops,
        *catalog.calendars,
        *catalog.role_books,
    )
    for item in belonging:
        if item.agency not in known:
            plugin = owner.get(_code_of(item), "?")
            out.setdefault(plugin, []).append(
                Text(
                    "{where}: {code} belongs to agency {agency}, which no plugin provides",
                    where=_where(host, plugin, _code_of(item), "$.agency"),
                    code=repr(_code_of(item)),
                    agency=repr(item.agency),
                )
            )
    if not out:
        _role_problems(host, catalog, owner, out)
    return out


def _clash(
    host: PluginHost, code: str, plugins: list[str], providers: set[str], out: dict[str, list[str]]
) -> None:
    """Blame the plugins registering a code under an agency they do not provide (else all)."""
    if len(set(plugins)) == 1:
        out.setdefault(plugins[0], []).append(
            Text(
                "{where}: code {code} is registered twice",
                where=_where(host, plugins[0], code),
                code=repr(code),
            )
        )
        return
    distinct = list(dict.fromkeys(plugins))
    guilty = [p for p in distinct if p not in providers] or distinct
    for plugin in guilty:
        others = ", ".join(
            f"plugin {o!r} ({_where(host, o, code)})" for o in distinct if o != plugin
        )
        out.setdefault(plugin, []).append(
            Text(
                "{where}: code {code} is already claimed by {others}",
                where=_where(host, plugin, code),
                code=repr(code),
                others=others,
            )
        )


def _role_problems(
    host: PluginHost, catalog: Catalog, owner: dict[str, str], out: dict[str, list[str]]
) -> None:
    """Add every inconsistent role book and every undeclared actor or signer, per plugin."""
    broken = set()
    for book in catalog.role_books:
        try:
            catalog.roles_of(book.agency)
        except RoleGraphError as exc:
            plugin = owner.get(book.code, "?")
            broken.add(book.agency)
            out.setdefault(plugin, []).append(
                Text("{where}: {error}", where=_where(host, plugin, book.code), error=exc)
            )
    for where, agency, name, closest in undeclared_roles(catalog, skip=broken):
        code, path = where.split(" ", 1)
        plugin = owner.get(code, "?")
        hint = (
            Text(" (closest: {names})", names=", ".join(closest))
            if closest
            else Text(" (no close role name)")
        )
        out.setdefault(plugin, []).append(
            Text(
                "{where}: undeclared role {name} in {code}: it is no declared role of {agency}"
                "{hint}",
                where=_where(host, plugin, code, path),
                name=repr(name),
                code=code,
                agency=agency,
                hint=hint,
            )
        )


def _info(source: PluginSource, by_hook: dict[str, _Items]) -> PluginInfo:
    sizes = {
        h: len(items.rule_names) if isinstance(items, DataPlugin) else len(items)
        for h, items in by_hook.items()
    }
    counts = tuple((_HOOKS[h][0], size) for h, size in sizes.items() if size)
    return PluginInfo(source.name, source.distribution, source.version, counts)
