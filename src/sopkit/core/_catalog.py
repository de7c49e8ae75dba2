"""The Catalog: every installed agency catalogue, immutable and indexed by stable code."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, NotFoundError, PluginError, shown
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.core._agency import Agency
from sopkit.core._cache import cache_enabled, caching
from sopkit.core._data_plugin import DataPlugin
from sopkit.core._plugins import (
    PluginHost,
    PluginSource,
    SkippedPlugin,
    hook_items,
    make_plugin_manager,
)
from sopkit.core._reading import read
from sopkit.core._search import score
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.roles._book import RoleBook
from sopkit.roles._check import undeclared_roles
from sopkit.roles._registry import RoleGraphError, RoleRegistry
from sopkit.roles._signing import SigningRule, signer_for
from sopkit.rules._engine import Rule
from sopkit.rules._parameters import ParameterSet


@attrs.frozen
class PluginInfo:
    """An installed plugin: name, distribution, version and what it registers."""

    name: str
    distribution: str = ""
    version: str = ""
    registers: tuple[tuple[str, int], ...] = ()


# hook name -> (catalogue field, the type every returned item must have)
_HOOKS: dict[str, tuple[str, type]] = {
    "sopkit_agencies": ("agencies", Agency),
    "sopkit_services": ("services", Service),
    "sopkit_sops": ("sops", Sop),
    "sopkit_calendar_days": ("calendars", AgencyCalendar),
    "sopkit_roles": ("role_books", RoleBook),
    "sopkit_rules": ("rules", Rule),
    "sopkit_parameter_sets": ("parameter_sets", ParameterSet),
}


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
    rules: tuple[Rule, ...] = ()
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

    def _get(self, code: str, cls: type[Any] | tuple[type[Any], ...], what: str) -> Any:
        item = self._index.get(code)
        if isinstance(item, cls):
            return item
        known = [c for c, v in self._index.items() if isinstance(v, cls)]
        close = difflib.get_close_matches(code, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise NotFoundError(f"no {what} with code {shown(code)}{hint}")

    def agency(self, code: str) -> Agency:
        """Return the agency with this code; raise NotFoundError naming close codes."""
        result: Agency = self._get(code, Agency, "agency")
        return result

    def service(self, code: str) -> Service:
        """Return the service with code '<agency>/<slug>'; raise NotFoundError."""
        result: Service = self._get(code, Service, "service")
        return result

    def sop(self, code: str) -> Sop:
        """Return the SOP with code '<agency>/sop/<slug>'; raise NotFoundError."""
        result: Sop = self._get(code, Sop, "SOP")
        return result

    def lookup(self, code: str) -> Agency | Service | Sop:
        """Return the agency, service or SOP with this code; raise NotFoundError."""
        result: Agency | Service | Sop = self._get(
            code, (Agency, Service, Sop), "agency, service or SOP"
        )
        return result

    def services_of(self, agency: str) -> tuple[Service, ...]:
        """Return the services of one agency, in catalogue order; raise for unknown agencies."""
        self.agency(agency)
        return tuple(s for s in self.services if s.agency == agency)

    def sops_of(self, agency: str) -> tuple[Sop, ...]:
        """Return every SOP of one agency: those of its services, then standalone ones."""
        self.agency(agency)
        return tuple(s for s in self.sops if s.agency == agency)

    def roles_of(self, agency: str) -> RoleRegistry:
        """Return the registry of an agency's declared roles (empty when it declares none)."""
        self.agency(agency)
        cached = self._registries.get(agency)
        if cached is None:
            roles = [r for book in self.role_books if book.agency == agency for r in book.roles]
            cached = self._registries[agency] = RoleRegistry(agency, roles)
        return cached

    def signing_rules_of(self, agency: str) -> tuple[SigningRule, ...]:
        """Return an agency's signing rules."""
        self.agency(agency)
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

    def search(self, text: str, *, agency: str | None = None) -> tuple[Service | Sop, ...]:
        """Return services and SOPs whose names match text, best first (abbreviations expand)."""
        scored: list[tuple[int, int, Service | Sop]] = []
        candidates: Iterable[Service | Sop] = (*self.services, *self.sops)
        for order, item in enumerate(candidates):
            if agency is not None and item.agency != agency:
                continue
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
            value = score(text, fields)
            if value:
                scored.append((-value, order, item))
        return tuple(item for _, _, item in sorted(scored, key=lambda t: (t[0], t[1])))


LENIENT_HINT = "to load the other plugins without it, use --lenient (load_catalog(lenient=True))"


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
            raise PluginError(exc.plugin, f"{exc.detail}\n{LENIENT_HINT}") from exc
        per_plugin, failed, warnings = _collect(host, lenient)
    while True:
        catalog = _assemble(host, per_plugin, failed, warnings)
        problems = _problems(host, catalog)
        if not problems:
            return catalog
        if not lenient:
            plugin, messages = min(problems.items())
            raise PluginError(plugin, f"{_listed(messages)}\n{LENIENT_HINT}")
        failed.update((p, _listed(m)) for p, m in problems.items())


def _listed(messages: list[str]) -> str:
    lines = "\n".join(f"  - {m}" for m in messages)
    count = len(messages)
    return f"{count} problem{'s' if count != 1 else ''}:\n{lines}"


def _collect(
    host: PluginHost, lenient: bool
) -> tuple[dict[str, dict[str, list[object]]], dict[str, str], list[DataProblem]]:
    """Call every hook of every plugin; return items per plugin, failures and warnings."""
    per_plugin: dict[str, dict[str, list[object]]] = {}
    failed: dict[str, str] = {}
    for hook_name, (_, cls) in _HOOKS.items():
        for impl in getattr(host.manager.hook, hook_name).get_hookimpls():
            name = impl.plugin_name
            if name in failed:
                continue
            try:
                items = _items(impl, hook_name, cls)
            except PluginError as exc:
                if not lenient:
                    raise PluginError(name, f"{exc.detail}\n{LENIENT_HINT}") from exc
                failed[name] = exc.detail
                continue
            per_plugin.setdefault(name, {})[hook_name] = items
    warnings: list[DataProblem] = []
    for name in per_plugin:
        plugin = host.manager.get_plugin(name)
        unexpected = plugin.unexpected if isinstance(plugin, DataPlugin) else ()
        if unexpected and not lenient:
            raise PluginError(name, f"{DataError(unexpected)}\n{LENIENT_HINT}")
        warnings.extend(unexpected)
    return per_plugin, failed, warnings


def _items(impl: Any, hook_name: str, cls: type) -> list[object]:
    """Return one plugin's items for a hook; any failure becomes a PluginError naming it."""
    name = impl.plugin_name
    try:
        items = hook_items(impl, hook_name)
    except PluginError:
        raise
    except DataError as exc:
        raise PluginError(name, f"invalid catalogue data\n{exc}") from exc
    except Exception as exc:  # a plugin's own bug must not take the other plugins down
        raise PluginError(
            name, f"{hook_name}() raised {type(exc).__name__}: {shown(str(exc))}"
        ) from exc
    bad = [i for i in items if not isinstance(i, cls)]
    if bad:
        raise PluginError(
            name, f"{hook_name}() returned {type(bad[0]).__name__}; expected {cls.__name__}"
        )
    return items


def _assemble(
    host: PluginHost,
    per_plugin: dict[str, dict[str, list[object]]],
    failed: dict[str, str],
    warnings: list[DataProblem],
) -> Catalog:
    fields: dict[str, list[Any]] = {field: [] for field, _ in _HOOKS.values()}
    for plugin_name, by_hook in per_plugin.items():
        if plugin_name in failed:
            continue
        for hook_name, items in by_hook.items():
            fields[_HOOKS[hook_name][0]].extend(items)
    embedded = [sop for service in fields["services"] for sop in service.sops]
    fields["sops"] = embedded + fields["sops"]
    infos = tuple(
        _info(src, per_plugin.get(src.name, {})) for src in host.sources if src.name not in failed
    )
    return Catalog(
        **{field: tuple(values) for field, values in fields.items()},
        plugins=infos,
        skipped=(*host.skipped, *(SkippedPlugin(n, r) for n, r in failed.items())),
        warnings=tuple(warnings),
        owners=_owners(per_plugin, failed),
    )


def _owners(
    per_plugin: dict[str, dict[str, list[object]]], failed: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """Return (code, plugin) for every code each loaded plugin registers, in order."""
    out: list[tuple[str, str]] = []
    for plugin_name, by_hook in per_plugin.items():
        if plugin_name in failed:
            continue
        for items in by_hook.values():
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
                f"{_where(host, plugin, _code_of(item), '$.agency')}: {_code_of(item)!r} "
                f"belongs to agency {item.agency!r}, which no plugin provides"
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
            f"{_where(host, plugins[0], code)}: code {code!r} is registered twice"
        )
        return
    distinct = list(dict.fromkeys(plugins))
    guilty = [p for p in distinct if p not in providers] or distinct
    for plugin in guilty:
        others = ", ".join(
            f"plugin {o!r} ({_where(host, o, code)})" for o in distinct if o != plugin
        )
        out.setdefault(plugin, []).append(
            f"{_where(host, plugin, code)}: code {code!r} is already claimed by {others}"
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
            out.setdefault(plugin, []).append(f"{_where(host, plugin, book.code)}: {exc}")
    for where, agency, name, closest in undeclared_roles(catalog, skip=broken):
        code, path = where.split(" ", 1)
        plugin = owner.get(code, "?")
        hint = f" (closest: {', '.join(closest)})" if closest else " (no close role name)"
        out.setdefault(plugin, []).append(
            f"{_where(host, plugin, code, path)}: undeclared role {name!r} in {code}: "
            f"it is no declared role of {agency}{hint}"
        )


def _info(source: PluginSource, by_hook: dict[str, list[object]]) -> PluginInfo:
    counts = tuple((_HOOKS[h][0], len(items)) for h, items in by_hook.items() if items)
    return PluginInfo(source.name, source.distribution, source.version, counts)
