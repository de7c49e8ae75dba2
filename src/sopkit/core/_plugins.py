"""The plugin manager: hookspecs, entry points of group 'sopkit', and typed hook calls."""

from __future__ import annotations

import importlib.metadata as md
import types
from collections.abc import Iterable

import attrs
import pluggy

from sopkit import hookspecs
from sopkit._errors import PluginError

ENTRY_POINT_GROUP = "sopkit"
_HOOKS = tuple(name for name in vars(hookspecs) if name.startswith("sopkit_"))


@attrs.frozen
class SkippedPlugin:
    """A plugin left out in lenient mode, and why."""

    name: str
    reason: str


@attrs.frozen
class PluginSource:
    """Where a registered plugin came from: its name, distribution and version."""

    name: str
    distribution: str = ""
    version: str = ""


@attrs.frozen
class PluginHost:
    """A plugin manager with the provenance of each plugin and those skipped while loading."""

    manager: pluggy.PluginManager
    sources: tuple[PluginSource, ...]
    skipped: tuple[SkippedPlugin, ...] = ()


def make_plugin_manager(
    *, plugins: Iterable[object] = (), entry_points: bool = True, lenient: bool = False
) -> PluginHost:
    """Return a plugin host with installed entry points and the given plugin objects registered."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    sources: list[PluginSource] = []
    skipped: list[SkippedPlugin] = []
    if entry_points:
        for ep in sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist = ep.dist
            source = PluginSource(ep.name, dist.name if dist else "", dist.version if dist else "")
            try:
                _register(pm, ep.load(), ep.name)
            except Exception as exc:  # any import or registration failure names the plugin
                error = (
                    exc
                    if isinstance(exc, PluginError)
                    else PluginError(
                        ep.name,
                        f"failed to load entry point {ep.value!r}: {type(exc).__name__}: {exc}",
                    )
                )
                if not lenient:
                    raise error from exc
                skipped.append(SkippedPlugin(ep.name, str(error)))
                continue
            sources.append(source)
    for plugin in plugins:
        name = str(
            getattr(plugin, "name", None) or getattr(plugin, "__name__", None) or repr(plugin)
        )
        try:
            _register(pm, plugin, name)
        except PluginError as exc:
            if not lenient:
                raise
            skipped.append(SkippedPlugin(name, str(exc)))
            continue
        sources.append(PluginSource(name))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(getattr(exc, "plugin_name", "?"), str(exc)) from exc
    return PluginHost(pm, tuple(sources), tuple(skipped))


def _register(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    if pm.has_plugin(name):
        raise PluginError(name, "another plugin is already registered under this name")
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        raise PluginError(name, f"cannot be registered: {exc}") from exc
    if not pm.get_hookcallers(plugin):
        pm.unregister(plugin)
        raise PluginError(name, f"implements no sopkit hook{_hint(plugin)}")


def _hint(plugin: object) -> str:
    """Suggest the attribute that holds the plugin when an entry point names its module."""
    if not isinstance(plugin, types.ModuleType):
        return f" ({type(plugin).__name__} has no @hookimpl method)"
    inside = [
        attr
        for attr, value in vars(plugin).items()
        if not attr.startswith("_")
        and not isinstance(value, (type, types.ModuleType))  # an instance, not its class
        and any(callable(getattr(value, h, None)) for h in _HOOKS)
    ]
    if inside:
        return f"; the entry point names module {plugin.__name__!r}: write '{plugin.__name__}:{inside[0]}'"
    return f"; module {plugin.__name__!r} defines no @hookimpl function"


def hook_items(impl: pluggy.HookImpl, hook_name: str) -> list[object]:
    """Return the items one plugin's implementation of a hook returns, as a list."""
    returned = impl.function()
    if returned is None:
        return []
    if isinstance(returned, (str, bytes)) or not isinstance(returned, Iterable):
        raise PluginError(
            impl.plugin_name,
            f"{hook_name}() must return an iterable, got {type(returned).__name__}",
        )
    return list(returned)
