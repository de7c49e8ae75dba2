"""Reading Pegawai profiles from plain data (YAML or JSON), with field-path errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cattrs

from sopkit._errors import DataError, DataProblem
from sopkit.asn._golongan import Golongan, GolonganError
from sopkit.asn._pegawai import Pegawai
from sopkit.core._converter import make_converter, structure
from sopkit.core._yaml import parse_yaml


def _structure_golongan(value: Any, _: Any) -> Golongan:
    if isinstance(value, Golongan):
        return value
    if not isinstance(value, str):
        raise TypeError("expected a golongan/ruang such as 'III/a'")
    try:
        return Golongan.parse(value)
    except GolonganError as exc:
        raise ValueError(str(exc)) from None


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"expected true or false, got {value!r}")


def make_asn_converter() -> cattrs.Converter:
    """Return a converter for the civil-service model (golongan written as 'III/a')."""
    conv = make_converter()
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Golongan, _structure_golongan)
    conv.register_unstructure_hook(Golongan, lambda g: g.label)
    return conv


_CONVERTER = make_asn_converter()


def asn_converter() -> cattrs.Converter:
    """Return the shared civil-service converter."""
    return _CONVERTER


def profile_from_data(data: Any, *, source: str | None = None) -> Pegawai:
    """Return the Pegawai described by plain data; raise DataError naming each field path."""
    if not isinstance(data, dict):
        raise DataError([DataProblem("$", "expected a mapping of profile fields", file=source)])
    try:
        return structure(data, Pegawai, _CONVERTER)
    except DataError as exc:
        raise DataError([_with_file(p, source) for p in exc.problems]) from exc


def profile_to_data(pegawai: Pegawai) -> Any:
    """Return a Pegawai as plain JSON-ready data."""
    return _CONVERTER.unstructure(pegawai)


def load_profile(path: str | Path) -> Pegawai:
    """Return the Pegawai in a YAML or JSON file; raise DataError naming the file and field."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(
                [DataProblem("$", f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno)]
            ) from exc
        return profile_from_data(data, source=str(path))
    doc = parse_yaml(text, file=str(path))
    try:
        return profile_from_data(doc.data, source=str(path))
    except DataError as exc:
        import attrs

        raise DataError([attrs.evolve(p, line=doc.line_of(p.path)) for p in exc.problems]) from exc


def _with_file(problem: DataProblem, source: str | None) -> DataProblem:
    import attrs

    return attrs.evolve(problem, file=source) if source else problem
