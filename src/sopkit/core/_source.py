"""Where a catalogue object was read from: plugin, data file, and the line of each field."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs

if TYPE_CHECKING:
    import yaml


@attrs.frozen
class Source:
    """The data file an object came from, the field path it starts at, and every path's line."""

    plugin: str
    file: str
    path: str = "$"
    lines: Mapping[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    disk_path: str = ""  # the file on disk, when the plugin is installed as files

    def at(self, sub: str) -> Source:
        """Return the source of a part of this object ('sops[2]' of a service file)."""
        return attrs.evolve(self, path=_join(self.path, sub))

    def line_of(self, field: str = "") -> int | None:
        """Return the line of a field path below this object, or of its nearest known parent."""
        path = field if field.startswith("$") else _join(self.path, field)
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                break
            path = path[:cut]
        return self.lines.get("$")


T = TypeVar("T")


def with_source(
    obj: T, plugin: str, file: str, node: yaml.Node | None, disk_path: object = None
) -> T:
    """Return obj with its `source` set when it has one (services, SOPs, agencies)."""
    cls = type(obj)
    if attrs.has(cls) and "source" in attrs.fields_dict(cls):
        on_disk = str(disk_path) if isinstance(disk_path, os.PathLike) else ""
        source = Source(plugin, file, "$", line_index(node), on_disk)
        return attrs.evolve(obj, source=source)  # type: ignore[misc]
    return obj


def _join(path: str, sub: str) -> str:
    if not sub:
        return path
    return f"{path}{sub}" if sub.startswith("[") else f"{path}.{sub}"


def line_index(node: yaml.Node | None) -> dict[str, int]:
    """Return the 1-based line of every field path ('$.steps[3].actors') of a YAML node tree."""
    import yaml  # only data plugins read YAML; the model itself does not need it

    found: dict[str, int] = {}
    todo: list[tuple[str, yaml.Node]] = [("$", node)] if node is not None else []
    while todo:
        path, current = todo.pop()
        found.setdefault(path, current.start_mark.line + 1)
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    found[f"{path}.{key.value}"] = key.start_mark.line + 1
                    todo.append((f"{path}.{key.value}", value))
        elif isinstance(current, yaml.SequenceNode):
            todo.extend((f"{path}[{i}]", item) for i, item in enumerate(current.value))
    return found
