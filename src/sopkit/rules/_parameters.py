"""Dated parameters in data: description, reference and values keyed by effective date."""

from __future__ import annotations

import bisect
import datetime as dt
from importlib import resources
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, SopkitError
from sopkit._i18n import Text
from sopkit.core._params import ParamValue, freeze


class ParameterDateError(SopkitError, LookupError):
    """A parameter asked for at a date before its first value took effect."""


@attrs.frozen
class Parameter:
    """A dated parameter: what it is, the regulation behind it, and its values by date.

    `flag` is set (with the reason) when the value rests on a single or uncertain source.
    """

    name: str
    description: str
    reference: tuple[str, ...]
    values: tuple[tuple[dt.date, ParamValue], ...]
    flag: str = ""
    unit: str = ""

    def at(self, on: dt.date) -> ParamValue:
        """Return the value in effect on the date; raise ParameterDateError before the first."""
        dates = [d for d, _ in self.values]
        index = bisect.bisect_right(dates, on) - 1
        if index < 0:
            raise ParameterDateError(
                Text(
                    "parameter {name} has no value before {first} (asked for {on})",
                    name=repr(self.name),
                    first=dates[0].isoformat(),
                    on=on.isoformat(),
                )
            )
        return self.values[index][1]

    def effective_dates(self) -> tuple[dt.date, ...]:
        """Return the dates on which a value takes effect, in order."""
        return tuple(d for d, _ in self.values)


@attrs.frozen
class ParameterSet:
    """A named group of parameters, e.g. 'kenaikan_pangkat' or 'pasuruan.bkppd.izin_belajar'."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    agency: str = ""

    @property
    def code(self) -> str:
        """Return the set's unique name."""
        return self.name


@attrs.frozen
class _DatedValue:
    value: Any
    note: str = ""


@attrs.frozen
class _ParameterData:
    description: str
    values: dict[dt.date, _DatedValue]
    reference: tuple[str, ...] = ()
    flag: str = ""
    unit: str = ""


@attrs.frozen
class _ParameterFile:
    description: str
    parameters: dict[str, _ParameterData]


def parameter_set_from_yaml(
    text: str, name: str, *, file: str, plugin: str | None = None, agency: str = ""
) -> ParameterSet:
    """Return the parameter set in a YAML text; raise DataError naming the file and path."""
    from sopkit.core._converter import structure  # reading files only: not a cached catalogue
    from sopkit.core._yaml import parse_yaml

    doc = parse_yaml(text, file=file, plugin=plugin)
    try:
        raw = structure(doc.data, _ParameterFile)
    except DataError as exc:
        raise DataError(
            [
                attrs.evolve(p, plugin=plugin, file=file, line=doc.line_of(p.path))
                for p in exc.problems
            ]
        ) from exc
    params = []
    for key, data in raw.parameters.items():
        if not data.values:
            raise DataError(
                [
                    DataProblem(
                        f"$.parameters.{key}.values", Text("no dated value"), None, plugin, file
                    )
                ]
            )
        if not data.reference:
            raise DataError(
                [
                    DataProblem(
                        f"$.parameters.{key}.reference",
                        Text("cite the regulation"),
                        None,
                        plugin,
                        file,
                    )
                ]
            )
        values = tuple(sorted((d, freeze(v.value)) for d, v in data.values.items()))
        params.append(
            Parameter(
                f"{name}.{key}", data.description, data.reference, values, data.flag, data.unit
            )
        )
    return ParameterSet(name, raw.description, tuple(params), agency)


def national_parameter_sets() -> tuple[ParameterSet, ...]:
    """Return the national parameter sets shipped in sopkit/rules/parameters/*.yaml."""
    root = resources.files("sopkit.rules").joinpath("parameters")
    found = []
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".yaml"):
            stem = path.name.removesuffix(".yaml")
            text = path.read_text(encoding="utf-8")
            found.append(parameter_set_from_yaml(text, stem, file=f"parameters/{path.name}"))
    return tuple(found)
