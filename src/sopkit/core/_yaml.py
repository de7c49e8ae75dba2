"""YAML data files: one bounded YAML 1.2 parse, and the line of each field path for errors.

Files are composed once into a node tree (by libyaml's C parser when PyYAML has it) and the
data is built from that tree, so errors can name the line of any field path. The schema is YAML
1.2's: only true/false are booleans (`yes:`, `no:`, `on:` are the words they look like), no
octal `010` or sexagesimal `12:30`; a whole number is decimal without leading zeros, as in JSON,
so codes such as `010` stay text. A plain `YYYY-MM-DD` is a date, checked against the calendar.
Duplicate keys, nesting deeper than MAX_DEPTH and aliases expanding past MAX_EXPANDED are errors.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

import attrs
import yaml
from yaml.composer import Composer
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from sopkit._errors import SHOWN, DataError, DataProblem, shown
from sopkit._i18n import Text
from sopkit.core._paths import format_path as format_path
from sopkit.core._paths import split_path as split_path

MAX_DEPTH = 64
MAX_EXPANDED = 100_000  # values a document may reach through aliases

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_DATE = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Resolver(BaseResolver):
    """Implicit tags of the YAML 1.2 core schema (JSON-style integers) plus ISO dates."""


for _tag, _pattern, _first in (
    (_BOOL, r"true|True|TRUE|false|False|FALSE", "tTfF"),
    (_INT, r"[-+]?(?:0|[1-9][0-9]*)", "-+0123456789"),
    (
        _FLOAT,
        r"[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)"
        r"|\.(?:nan|NaN|NAN)",
        "-+0123456789.",
    ),
    (_NULL, r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    (_DATE, r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "0123456789"),
    (_MERGE, r"<<", "<"),
):
    _Resolver.add_implicit_resolver(_tag, re.compile(rf"^(?:{_pattern})$"), list(_first))


class _PureComposer(Reader, Scanner, Parser, Composer, _Resolver):
    """PyYAML's pure-Python parser and composer with the YAML 1.2 resolver."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Resolver.__init__(self)


LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
if LIBYAML:
    from yaml._yaml import CParser

    class _CComposer(CParser, _Resolver):
        """libyaml's parser and composer (in C) with the YAML 1.2 resolver."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Resolver.__init__(self)


_notified = False


def _composer(text: str) -> Any:
    global _notified
    if LIBYAML:
        return _CComposer(text)
    if not _notified:
        _notified = True
        print(
            "sopkit: PyYAML has no libyaml here; reading YAML with the slower pure-Python parser",
            file=sys.stderr,
        )
    return _PureComposer(text)


@attrs.frozen
class YamlDocument:
    """A parsed data file: its plain data and the node tree used to find lines."""

    data: Any
    node: yaml.Node | None

    def line_of(self, path: str) -> int | None:
        """Return the 1-based line of a '$.a[0].b' path, or of its closest enclosing value."""
        node = self.node
        if node is None:
            return None
        for part in split_path(path):
            child = _child(node, part)
            if child is None:
                break
            node = child
        return int(node.start_mark.line) + 1


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        wanted = str(part).lower() if isinstance(part, bool) else str(part)
        return next((v for k, v in node.value if getattr(k, "value", None) == wanted), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and not isinstance(part, bool):
        return node.value[part] if 0 <= part < len(node.value) else None
    return None


def parse_yaml(text: str | bytes, *, file: str, plugin: str | None = None) -> YamlDocument:
    """Return the parsed document; raise DataError naming the file and line of any problem."""

    def problem(message: str, line: int | None, path: str = "$", value: object = None) -> DataError:
        return DataError([DataProblem(path, message, value, plugin, file, line)])

    if isinstance(text, bytes):
        text = decode_yaml(text, file=file, plugin=plugin)
    text = text.removeprefix("\ufeff")
    try:
        composer = _composer(text)
        try:
            node = composer.get_single_node()
        finally:
            composer.dispose()
    except yaml.YAMLError as exc:
        reason = _yaml_reason(exc)
        raise problem(
            Text("not valid YAML: {reason}", reason=reason), _yaml_line(exc, text)
        ) from exc
    except RecursionError as exc:  # the pure-Python composer recurses per nesting level
        raise problem(_too_deep(), None) from exc
    if node is None:
        return YamlDocument(data=None, node=None)
    return YamlDocument(data=_Builder(problem).build(node), node=node)


def decode_yaml(raw: bytes, *, file: str, plugin: str | None = None) -> str:
    """Return a data file's text (UTF-8, with or without BOM); raise DataError at a bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = raw[exc.start : exc.end].hex(" ").upper()
        message = Text(
            "not UTF-8: byte {byte} at column {column} ({reason}); save the file as UTF-8",
            byte=bad,
            column=column,
            reason=exc.reason,
        )
        raise DataError([DataProblem("$", message, None, plugin, file, line)]) from None


def _too_deep() -> Text:
    return Text("nested deeper than {depth} levels", depth=MAX_DEPTH)


def _yaml_reason(exc: yaml.YAMLError) -> str:
    parts = [getattr(exc, "context", None), getattr(exc, "problem", None)]
    reason = ": ".join(p for p in parts if p) or str(exc).splitlines()[0]
    return reason if len(reason) <= SHOWN else f"{reason[:SHOWN]}…"


def _yaml_line(exc: yaml.YAMLError, text: str) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return int(mark.line) + 1
    position = getattr(exc, "position", None)  # a ReaderError counts characters
    return text.count("\n", 0, position) + 1 if isinstance(position, int) else None


Path = tuple[Any, ...]


class _Builder:
    """Builds plain data from a node tree in one pass, checking keys, depth and aliases."""

    def __init__(self, problem: Any) -> None:
        self.problem = problem
        self.done: dict[int, tuple[Any, int]] = {}  # id(node) -> (value, values it expands to)
        self.open: set[int] = set()
        self.expanded = 0
        self.aliased = False

    def build(self, node: yaml.Node) -> Any:
        value, _ = self.value(node, ())
        return value

    def fail(self, message: str, node: yaml.Node, path: Path, value: object = None) -> DataError:
        error: DataError = self.problem(message, _line(node), format_path(path), value)
        return error

    def value(self, node: yaml.Node, path: Path) -> tuple[Any, int]:
        key = id(node)
        seen = self.done.get(key)
        if seen is not None:  # an alias: the same value again, counted again
            self.aliased = True
            self._count(seen[1], node, path)
            return seen
        if key in self.open:
            raise self.fail(Text("an alias refers to its own anchor (a cycle)"), node, path)
        if len(path) > MAX_DEPTH:
            raise self.fail(_too_deep(), node, path)
        self.open.add(key)
        before = self.expanded
        self._count(1, node, path)
        if isinstance(node, yaml.ScalarNode):
            built: Any = self.scalar(node, path)
        elif isinstance(node, yaml.SequenceNode):
            self._tag(node, _SEQ, path)
            built = [self.value(item, (*path, i))[0] for i, item in enumerate(node.value)]
        else:
            assert isinstance(node, yaml.MappingNode)
            self._tag(node, _MAP, path)
            built = self.mapping(node, path)
        self.open.discard(key)
        self.done[key] = (built, self.expanded - before)
        return self.done[key]

    def _count(self, size: int, node: yaml.Node, path: Path) -> None:
        self.expanded += size
        if self.aliased and self.expanded > MAX_EXPANDED:
            raise self.fail(
                Text(
                    "aliases expand the document past {limit} values; repeat less through aliases",
                    limit=f"{MAX_EXPANDED:,}",
                ),
                node,
                path,
            )

    def _tag(self, node: yaml.Node, expected: str, path: Path) -> None:
        if node.tag != expected:
            raise self.fail(_unsupported(node.tag), node, path)

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.update(self.merge(value_node, (*path, "<<")))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(Text("a mapping key must be a plain value"), key_node, path)
            key = self.scalar(key_node, path)
            line = _line(key_node)
            if key in lines:
                raise self.fail(
                    Text(
                        "duplicate key {key}: first on line {first}, again on line {again}",
                        key=shown(key),
                        first=lines[key],
                        again=line,
                    ),
                    key_node,
                    (*path, key),
                )
            lines[key] = line
            out[key] = self.value(value_node, (*path, key))[0]
        return {**merged, **out} if merged else out

    def merge(self, node: yaml.Node, path: Path) -> dict[Any, Any]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):  # earlier mappings win, as in YAML 1.1's merge key
            value = self.value(source, path)[0]
            if not isinstance(value, dict):
                raise self.fail(Text("'<<' merges a mapping or a list of mappings"), source, path)
            merged.update(value)
        return merged

    def scalar(self, node: yaml.Node, path: Path) -> Any:
        tag, text = node.tag, str(node.value)
        if tag == _STR:
            return text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() == "true"
        if tag in (_INT, _FLOAT):  # Python spells YAML's .inf and .nan without the dot
            number = text.lower().replace(".inf", "inf").replace(".nan", "nan")
            try:
                return int(number) if tag == _INT else float(number)
            except ValueError:  # more digits than int() accepts
                raise self.fail(
                    Text("cannot read the number: too many digits"), node, path, text
                ) from None
        if tag == _DATE:
            try:
                return dt.date.fromisoformat(text)
            except ValueError as exc:
                raise self.fail(
                    Text(
                        "{text} is not a calendar date ({reason}); expected YYYY-MM-DD",
                        text=text,
                        reason=str(exc),
                    ),
                    node,
                    path,
                    text,
                ) from None
        if tag == _MERGE:
            return "<<"
        raise self.fail(_unsupported(tag), node, path)


def _unsupported(tag: object) -> Text:
    return Text("unsupported YAML tag {tag}", tag=shown(tag))


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1
