"""YAML data files: safe loading, and the line of each field path for error messages."""

from __future__ import annotations

from typing import Any

import attrs
import yaml

from sopkit._errors import DataError, DataProblem


@attrs.frozen
class YamlDocument:
    """A parsed data file: its plain data and the node tree used to find lines."""

    data: Any
    node: yaml.Node | None

    def line_of(self, path: str) -> int | None:
        """Return the 1-based line where a '$.a[0].b' path starts, or None when unknown."""
        node = self.node
        for part in _split(path):
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                node = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                node = node.value[part] if part < len(node.value) else None
            else:
                node = None
            if node is None:
                break
        return None if node is None else node.start_mark.line + 1


def _split(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for chunk in path.lstrip("$").replace("[", ".[").split("."):
        if not chunk:
            continue
        parts.append(int(chunk[1:-1]) if chunk.startswith("[") else chunk)
    return parts


def parse_yaml(text: str, *, file: str, plugin: str | None = None) -> YamlDocument:
    """Return the parsed document; raise DataError naming the file and line on bad YAML."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(
            [
                DataProblem(
                    path="$",
                    message=f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                    plugin=plugin,
                    file=file,
                    line=mark.line + 1 if mark else None,
                )
            ]
        ) from exc
    return YamlDocument(data=data, node=node)
