"""The Catalog: every installed agency catalogue, immutable and indexed by stable code."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import attrs

from sopkit._errors import DataError, NotFoundError, PluginError
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.core._agency import Agency
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
from sopkit.roles._registry import RoleRegistry
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
        raise NotFoundError(f"no {what} with code {code!r}{hint}")

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


def load_catalog(
    *,
    plugins: Iterable[object] = (),
    entry_points: bool = True,
    lenient: bool = False,
    host: PluginHost | None = None,
) -> Catalog:
    """Return the Catalog of installed plugins (entry points) and the given plugin objects."""
    host = host or make_plugin_manager(plugins=plugins, entry_points=entry_points, lenient=lenient)
    skipped = list(host.skipped)
    per_plugin: dict[str, dict[str, list[object]]] = {}
    failed: dict[str, str] = {}
    for hook_name, (_, cls) in _HOOKS.items():
        for impl in getattr(host.manager.hook, hook_name).get_hookimpls():
            name = impl.plugin_name
            if name in failed:
                continue
            try:
                items = hook_items(impl, hook_name)
                bad = [i for i in items if not isinstance(i, cls)]
                if bad:
                    raise PluginError(
                        name,
                        f"{hook_name}() returned {type(bad[0]).__name__}; expected {cls.__name__}",
                    )
            except (DataError, PluginError) as exc:
                if not lenient:
                    if isinstance(exc, DataError):
                        raise PluginError(name, f"invalid catalogue data\n{exc}") from exc
                    raise
                failed[name] = str(exc)
                continue
            per_plugin.setdefault(name, {})[hook_name] = items
    catalog, owners = _assemble(host, per_plugin, skipped, failed)
    problems = _role_problems(catalog, owners)
    if problems and not lenient:
        plugin, messages = next(iter(problems.items()))
        raise PluginError(plugin, "undeclared roles:\n" + "\n".join(f"  - {m}" for m in messages))
    if problems:
        failed.update({p: "undeclared roles: " + "; ".join(m) for p, m in problems.items()})
        catalog, _ = _assemble(host, per_plugin, skipped, failed)
    return catalog


def _assemble(
    host: PluginHost,
    per_plugin: dict[str, dict[str, list[object]]],
    skipped: list[SkippedPlugin],
    failed: dict[str, str],
) -> tuple[Catalog, dict[str, str]]:
    fields: dict[str, list[Any]] = {field: [] for field, _ in _HOOKS.values()}
    owners: dict[str, str] = {}
    for plugin_name, by_hook in per_plugin.items():
        if plugin_name in failed:
            continue
        for hook_name, items in by_hook.items():
            field = _HOOKS[hook_name][0]
            for item in items:
                _claim(owners, _code_of(item), plugin_name)
                fields[field].append(item)
    embedded = [sop for service in fields["services"] for sop in service.sops]
    fields["sops"] = embedded + fields["sops"]
    for sop in embedded:
        _claim(owners, sop.code, owners[f"{sop.agency}/{sop.service}"])
    _check_agencies(fields, owners)
    infos = tuple(
        _info(src, per_plugin.get(src.name, {})) for src in host.sources if src.name not in failed
    )
    catalog = Catalog(
        **{field: tuple(values) for field, values in fields.items()},
        plugins=infos,
        skipped=(*skipped, *(SkippedPlugin(n, r) for n, r in failed.items())),
    )
    return catalog, owners


def _role_problems(catalog: Catalog, owners: dict[str, str]) -> dict[str, list[str]]:
    """Return, per plugin, every actor or signer that is no declared role of its agency."""
    out: dict[str, list[str]] = {}
    for where, agency, name, closest in undeclared_roles(catalog):
        plugin = owners.get(where.split(" ", 1)[0], "?")
        hint = f" (closest: {', '.join(closest)})" if closest else " (no close role name)"
        out.setdefault(plugin, []).append(
            f"{where}: {name!r} is no declared role of {agency}{hint}"
        )
    return out


def _claim(owners: dict[str, str], code: str, plugin: str) -> None:
    other = owners.get(code)
    if other is not None and other != plugin:
        raise PluginError(plugin, f"code {code!r} is already claimed by plugin {other!r}")
    if other == plugin:
        raise PluginError(plugin, f"code {code!r} is registered twice")
    owners[code] = plugin


def _check_agencies(fields: dict[str, list[Any]], owners: dict[str, str]) -> None:
    known = {a.code for a in fields["agencies"]}
    for item in (*fields["services"], *fields["sops"], *fields["calendars"], *fields["role_books"]):
        if item.agency not in known:
            raise PluginError(
                owners.get(_code_of(item), "?"),
                f"{_code_of(item)!r} belongs to agency {item.agency!r}, which no plugin provides",
            )


def _info(source: PluginSource, by_hook: dict[str, list[object]]) -> PluginInfo:
    counts = tuple((_HOOKS[h][0], len(items)) for h, items in by_hook.items() if items)
    return PluginInfo(source.name, source.distribution, source.version, counts)
