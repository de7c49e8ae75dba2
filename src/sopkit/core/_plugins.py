"""The plugin manager: hookspecs, entry points of group 'sopkit', and typed hook calls."""

from __future__ import annotations

import importlib.metadata as md
import types
from collections.abc import Iterable

import attrs
import pluggy

from sopkit import hookspecs
from sopkit._errors import PluginError
from sopkit._i18n import Text

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
                        Text(
                            "failed to load entry point {entry_point}: {kind}: {error}",
                            entry_point=repr(ep.value),
                            kind=type(exc).__name__,
                            error=exc,
                        ),
                    )
                )
                if not lenient:
                    raise error from exc
                skipped.append(SkippedPlugin(ep.name, _message(error)))
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
            skipped.append(SkippedPlugin(name, _message(exc)))
            continue
        sources.append(PluginSource(name))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(getattr(exc, "plugin_name", "?"), str(exc)) from exc
    return PluginHost(pm, tuple(sources), tuple(skipped))


def _message(error: PluginError) -> str:
    """Return an error's message, a Text kept whole so that it can be shown in Indonesian."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, str) else str(error)


def _register(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    if pm.has_plugin(name):
        raise PluginError(name, Text("another plugin is already registered under this name"))
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        raise PluginError(name, Text("cannot be registered: {error}", error=exc)) from exc
    if not pm.get_hookcallers(plugin):
        pm.unregister(plugin)
        raise PluginError(name, Text("implements no sopkit hook{hint}", hint=_hint(plugin)))


def _hint(plugin: object) -> Text:
    """Suggest the attribute that holds the plugin when an entry point names its module."""
    if not isinstance(plugin, types.ModuleType):
        return Text(" ({kind} has no @hookimpl method)", kind=type(plugin).__name__)
    inside = [
        attr
        for attr, value in vars(plugin).items()
        if not attr.startswith("_")
        and not isinstance(value, (type, types.ModuleType))  # an instance, not its class
        and any(callable(getattr(value, h, None)) for h in _HOOKS)
    ]
    if inside:
        return Text(
            "; the entry point names module {module}: write '{name}:{attribute}'",
            module=repr(plugin.__name__),
            name=plugin.__name__,
            attribute=inside[0],
        )
    return Text("; module {module} defines no @hookimpl function", module=repr(plugin.__name__))


def hook_items(impl: pluggy.HookImpl, hook_name: str) -> list[object]:
    """Return the items one plugin's implementation of a hook returns, as a list."""
    returned = impl.function()
    if returned is None:
        return []
    if isinstance(returned, (str, bytes)) or not isinstance(returned, Iterable):
        raise PluginError(
            impl.plugin_name,
            Text(
                "{hook}() must return an iterable, got {kind}",
                hook=hook_name,
                kind=type(returned).__name__,
            ),
        )
    return list(returned)
