"""Reading Pegawai profiles from plain data (YAML or JSON), with field-path errors."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import attrs
import cattrs
import yaml

from sopkit._errors import DataError, DataProblem
from sopkit._i18n import Text
from sopkit.asn._golongan import Golongan, GolonganError
from sopkit.asn._pegawai import Pegawai, ProfileError
from sopkit.core._converter import _walk as walk_errors
from sopkit.core._converter import format_path, make_converter, problems_from, structure
from sopkit.core._yaml import YamlDocument, parse_yaml


def _structure_golongan(value: Any, _: Any) -> Golongan:
    if isinstance(value, Golongan):
        return value
    if not isinstance(value, str):
        raise TypeError(Text("expected a golongan/ruang such as 'III/a'"))
    try:
        return Golongan.parse(value)
    except GolonganError as exc:
        raise ValueError(exc.args[0]) from None


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(Text("expected true or false, got {value}", value=repr(value)))


def make_asn_converter() -> cattrs.Converter:
    """Return a converter for the civil-service model (golongan written as 'III/a')."""
    conv = make_converter()
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Golongan, _structure_golongan)
    conv.register_unstructure_hook(Golongan, lambda g: g.label)
    return conv


@functools.cache  # built on first use
def asn_converter() -> cattrs.Converter:
    """Return the shared civil-service converter."""
    return make_asn_converter()


class ProfileDataError(DataError):
    """A Pegawai profile that does not fit the model or states impossible facts; names each field."""

    WHERE = Text("the profile")

    def __str__(self) -> str:
        return str(self.args[0])


_TOO_DEEP = Text("nested too deeply to be a profile")


def _not_json(reason: str) -> Text:
    return Text("not valid JSON: {reason}", reason=reason)


def profile_from_data(data: Any, *, source: str | None = None) -> Pegawai:
    """Return the Pegawai described by plain data; raise ProfileDataError naming each field."""
    if not isinstance(data, dict):
        raise ProfileDataError(
            [DataProblem("$", Text("expected a mapping of profile fields"), file=source)]
        )
    try:
        return structure(data, Pegawai, asn_converter())
    except DataError as exc:
        raise ProfileDataError(_problems(exc, source)) from exc
    except RecursionError:
        raise ProfileDataError([DataProblem("$", _TOO_DEEP, file=source)]) from None


def profile_to_data(pegawai: Pegawai) -> Any:
    """Return a Pegawai as plain JSON-ready data."""
    return asn_converter().unstructure(pegawai)


def load_profile(path: str | Path) -> Pegawai:
    """Return the Pegawai in a YAML or JSON file; raise ProfileDataError naming file and field."""
    path = Path(path)
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProfileDataError(
            [DataProblem("$", Text("not UTF-8 text (byte {byte})", byte=exc.start), file=where)]
        ) from None
    except OSError as exc:
        raise ProfileDataError(
            [DataProblem("$", Text("cannot read: {reason}", reason=exc.strerror), file=where)]
        ) from None
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileDataError(
                [DataProblem("$", _not_json(exc.msg), file=where, line=exc.lineno)]
            ) from exc
        except (ValueError, RecursionError) as exc:
            raise ProfileDataError([DataProblem("$", _not_json(str(exc)), file=where)]) from None
        return profile_from_data(data, source=where)
    return profile_from_yaml(text, source=where)


def profile_from_yaml(text: str, *, source: str = "<profile>") -> Pegawai:
    """Return the Pegawai in a YAML text; raise ProfileDataError naming the field and line."""
    try:
        doc = parse_yaml(text, file=source)
    except DataError as exc:
        raise ProfileDataError(exc.problems) from exc
    except (ValueError, OverflowError, RecursionError) as exc:
        # a value YAML cannot construct (2025-02-30) or nesting past the parser's depth
        if isinstance(exc, RecursionError):
            problem = DataProblem("$", _TOO_DEEP, file=source)
        else:
            bad = _bad_scalar(text)
            path, line, value = bad if bad else ("$", None, None)
            problem = DataProblem(
                path,
                Text("not a valid value: {reason}", reason=_cut(str(exc))),
                value,
                None,
                source,
                line,
            )
        raise ProfileDataError([problem]) from None
    try:
        return profile_from_data(doc.data, source=source)
    except DataError as exc:
        raise ProfileDataError(
            [attrs.evolve(p, line=_line(doc, p.path)) for p in exc.problems]
        ) from exc


def _problems(exc: DataError, source: str | None) -> list[DataProblem]:
    """Return the problems of a structuring failure, impossible facts at their own field."""
    cause = exc.__cause__
    if cause is None:
        return [_with_file(p, source) for p in exc.problems]
    problems: list[DataProblem] = []
    for path, leaf in walk_errors(cause, ()):
        if isinstance(leaf, ProfileError):
            at = format_path(path)
            problems.extend(
                DataProblem(f"{at}.{f}", m, _shown(v), file=source) for f, m, v in leaf.problems
            )
        else:
            problems.extend(_with_file(p, source) for p in problems_from(leaf, None, path))
    return problems


def _shown(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _bad_scalar(text: str) -> tuple[str, int, str] | None:
    """Return (path, line, value) of the first scalar YAML cannot construct, if one is found."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    loader = yaml.SafeLoader("")
    stack: list[tuple[yaml.Node, str]] = [(root, "$")] if root is not None else []
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend((v, f"{path}.{k.value}") for k, v in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(node.value))))
        elif isinstance(node, yaml.ScalarNode):
            try:
                loader.construct_object(node, deep=True)
            except (ValueError, OverflowError, yaml.YAMLError):
                return path, node.start_mark.line + 1, str(node.value)
    return None


def _line(doc: YamlDocument, path: str) -> int | None:
    # a record-level problem ($.pangkat[1].tmt) falls back to its record's line
    while path:
        try:
            line = doc.line_of(path)
        except (RecursionError, ValueError, IndexError):
            line = None
        if line is not None:
            return line
        path = path.rpartition(".")[0] if "." in path else ""
    return None


def _cut(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _with_file(problem: DataProblem, source: str | None) -> DataProblem:
    return attrs.evolve(problem, file=source) if source else problem
