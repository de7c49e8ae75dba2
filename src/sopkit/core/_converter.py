"""The owned cattrs converter for catalogue data files and JSON, with path-naming errors."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from sopkit._errors import DataError, DataProblem, DurationParseError, FieldValueError
from sopkit._i18n import Text
from sopkit.calendar._composite import parse_time_limit
from sopkit.calendar._duration import (
    CompositeDuration,
    Duration,
    DurationPart,
    OpenDuration,
    parse_duration,
)
from sopkit.core._agency import Agency
from sopkit.core._fee import Fee, parse_fee
from sopkit.core._legal import LegalRef, parse_legal_ref
from sopkit.core._params import Params, freeze, thaw
from sopkit.core._paths import format_path as format_path  # also imported from here
from sopkit.core._service import (
    Competency,
    ProcedureItem,
    Product,
    Requirement,
    Service,
    StaffCount,
)
from sopkit.core._sop import END, Sop, Target

T = TypeVar("T")

_DURATION_TYPES = {Duration, OpenDuration, CompositeDuration}
_TAGS: dict[type, str] = {Duration: "fixed", OpenDuration: "open", CompositeDuration: "composite"}


def _is_duration_union(tp: Any) -> bool:
    if not isinstance(tp, types.UnionType) and typing.get_origin(tp) is not typing.Union:
        return False
    members = set(typing.get_args(tp)) - {type(None)}
    return bool(members) and members <= _DURATION_TYPES


def _structure_duration(conv: cattrs.Converter, value: Any, tp: Any) -> object:
    members = set(typing.get_args(tp))
    if value is None and type(None) in members:
        return None
    if isinstance(value, str):
        parsed = parse_time_limit(value) if CompositeDuration in members else parse_duration(value)
        if type(parsed) not in members:
            raise ValueError(
                Text(
                    "{value} reads as {kind}, which is not accepted here",
                    value=repr(value),
                    kind=_TAGS[type(parsed)],
                )
            )
        return parsed
    if not isinstance(value, Mapping):
        raise TypeError(
            Text(
                "expected a duration phrase such as '14 (empat belas) hari kerja', or a mapping "
                "with 'type' fixed/open/composite"
            )
        )
    data = dict(value)
    tag = data.pop("type", None)
    if tag is None:
        tag = "composite" if "parts" in data else "fixed" if "unit" in data else None
    cls = {v: k for k, v in _TAGS.items()}.get(str(tag))
    if cls is None or cls not in members:
        accepted = ", ".join(_TAGS[m] for m in _TAGS if m in members)
        raise ValueError(
            Text(
                "unknown duration type {tag}; accepted: {accepted}",
                tag=repr(tag),
                accepted=accepted,
            )
        )
    if cls is OpenDuration and "open_kind" in data:
        data["kind"] = data.pop("open_kind")
    return conv.structure(data, cls)


def _unstructure_duration(conv: cattrs.Converter, obj: object) -> dict[str, Any]:
    if isinstance(obj, Duration):
        return {"type": "fixed", "amount": obj.amount, "unit": obj.unit.value, "text": obj.text}
    if isinstance(obj, OpenDuration):
        return {"type": "open", "open_kind": obj.kind.value, "text": obj.text}
    assert isinstance(obj, CompositeDuration)
    out: dict[str, Any] = {
        "type": "composite",
        "combine": obj.combine.value,
        "text": obj.text,
        "parts": [conv.unstructure(p) for p in obj.parts],
    }
    if obj.breakdown:
        out["breakdown"] = [conv.unstructure(p) for p in obj.breakdown]
    out.update({k: v for k in ("starts", "scope") if (v := getattr(obj, k))})
    return out


def _text_or_mapping(
    conv: cattrs.Converter, cls: type, from_text: Callable[[str], object]
) -> Callable[[Any, Any], object]:
    plain: list[Callable[[Any, Any], object]] = []  # made on first use: cls may nest itself

    def structure(value: Any, _: Any) -> object:
        if isinstance(value, str):
            return from_text(value)
        if not plain:
            plain.append(conv.gen_structure_attrs_fromdict(cls))
        return plain[0](value, cls)

    return structure


def _structure_date(value: Any, _: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValueError(Text("expected a date (YYYY-MM-DD), not a date and time"))
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(Text("expected an ISO date such as 2019-01-17"))


def _structure_target(value: Any, _: Any) -> int | Literal["end"]:
    if value == END:
        return END
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise ValueError(Text("expected a step number (1, 2, ...) or 'end'"))


def _structure_params(value: Any, _: Any) -> Params:
    if value is None:
        return Params()
    if not isinstance(value, Mapping):
        raise TypeError(Text("expected a mapping of parameter names to values"))
    frozen = freeze(value)
    assert isinstance(frozen, Params)
    return frozen


def _structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(
        Text(
            "expected text, got {kind}; quote the value in the data file",
            kind=type(value).__name__,
        )
    )


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(Text("expected a whole number, got {kind}", kind=type(value).__name__))


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    hint = (
        Text("; only true/false are booleans (yes/no/on/off are text)")
        if isinstance(value, str)
        else ""
    )
    raise TypeError(
        Text("expected true or false, got {kind}{hint}", kind=type(value).__name__, hint=hint)
    )


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _list_only(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], tuple[Any, ...]]]:
    def factory(tp: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        plain = homogenous_tuple_structure_factory(tp, conv)

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            # a bare string or mapping is a sequence too, but never the list the author meant
            if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
                raise TypeError(Text("expected a list, got {kind}", kind=type(value).__name__))
            return tuple(plain(value, tp))

        return structure

    return factory


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        accepted = ", ".join(str(m.value) for m in cls)
        raise ValueError(
            Text("not one of the accepted values: {accepted}", accepted=accepted)
        ) from None


def make_converter() -> cattrs.Converter:
    """Return a new converter that reads and writes sopkit's model as plain data."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    # class hooks dispatch along the MRO: StrEnum comes before str, so enums keep theirs
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)  # else int's hook, bool being an int
    conv.register_structure_hook(enum.StrEnum, _structure_enum)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _list_only(conv))
    conv.register_structure_hook_func(
        _is_duration_union, lambda v, t: _structure_duration(conv, v, t)
    )
    for cls in _DURATION_TYPES:
        conv.register_unstructure_hook(cls, lambda o: _unstructure_duration(conv, o))
    conv.register_unstructure_hook_func(
        _is_duration_union, lambda o: None if o is None else _unstructure_duration(conv, o)
    )
    conv.register_structure_hook_func(lambda t: t == Target, _structure_target)
    conv.register_structure_hook_func(
        lambda t: t == Target | None, lambda v, t: None if v is None else _structure_target(v, t)
    )
    conv.register_structure_hook(Params, _structure_params)
    conv.register_unstructure_hook(Params, thaw)
    conv.register_structure_hook(LegalRef, _text_or_mapping(conv, LegalRef, parse_legal_ref))
    conv.register_structure_hook(Fee, _text_or_mapping(conv, Fee, parse_fee))
    conv.register_structure_hook(
        Requirement, _text_or_mapping(conv, Requirement, lambda s: Requirement(text=s))
    )
    conv.register_structure_hook(Product, _text_or_mapping(conv, Product, lambda s: Product(s)))
    conv.register_structure_hook(DurationPart, conv.get_structure_hook(DurationPart))
    conv.register_structure_hook(
        ProcedureItem, _text_or_mapping(conv, ProcedureItem, lambda s: ProcedureItem(s))
    )
    conv.register_structure_hook(StaffCount, _text_or_mapping(conv, StaffCount, StaffCount.parse))
    conv.register_structure_hook(
        Competency, _text_or_mapping(conv, Competency, lambda s: Competency(text=s))
    )
    _omit_source(conv)
    return conv


def _omit_source(conv: cattrs.Converter) -> None:
    """Keep `source` (where an object was read from) out of data files and JSON."""
    sourced = (Sop, Service, Agency)
    # factories: each function is generated on first use (a JSON dump needs no structuring)
    conv.register_unstructure_hook_factory(
        lambda t: t in sourced,
        lambda t: make_dict_unstructure_fn(t, conv, source=override(omit=True)),
    )
    conv.register_structure_hook_factory(
        lambda t: t in sourced,
        lambda t: make_dict_structure_fn(
            t,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            source=override(omit=True),
        ),
    )


@functools.cache  # built on first use: a catalogue read from the cache needs none
def converter() -> cattrs.Converter:
    """Return the shared converter sopkit uses internally (callers may make their own)."""
    return make_converter()


def _walk(
    exc: BaseException, path: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], BaseException]]:
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        found: list[tuple[tuple[str | int, ...], BaseException]] = []
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            step: str | int = note.name if hasattr(note, "name") else note.index
            found.extend(_walk(inner, (*path, step)))
        for inner in without:  # raised by __init__: a validator names its field
            field = (inner.field,) if isinstance(inner, FieldValueError) else ()
            found.extend(_walk(inner, (*path, *field)))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        return [((*path, key), exc) for key in sorted(exc.extra_fields)]
    return [(path, exc)]


def _lookup(data: Any, path: tuple[str | int, ...]) -> object:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _message(exc: BaseException, path: tuple[str | int, ...], value: object = None) -> str:
    if isinstance(exc, AttributeError) or (
        isinstance(exc, TypeError) and "is not iterable" in str(exc)
    ):  # cattrs read a mapping's items from something that is no mapping
        return Text("invalid type (expected a mapping, got {kind})", kind=type(value).__name__)
    if isinstance(exc, ForbiddenExtraKeysError):
        return Text(
            "unknown field {field}; accepted fields: {fields}",
            field=repr(path[-1]),
            fields=", ".join(_fields(exc.cl)),
        )
    if isinstance(exc, DurationParseError):
        return Text("not a duration: {reason}", reason=exc.reason)
    if isinstance(exc, KeyError):
        return Text("required field is missing")
    if isinstance(exc, TypeError):
        return Text("invalid type ({reason})", reason=said(exc))
    return said(exc)


def said(exc: BaseException) -> str:
    """Return an exception's message, a Text kept whole so that it can be shown in Indonesian."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return message if isinstance(message, str) else str(exc)


def _fields(cls: type) -> list[str]:
    import attrs

    return [a.name for a in attrs.fields(cls) if a.name != "source"] if attrs.has(cls) else []


def problems_from(
    exc: BaseException, raw: Any, prefix: tuple[str | int, ...] = ()
) -> list[DataProblem]:
    """Return one DataProblem per leaf error of a cattrs structuring failure."""
    problems = []
    for path, leaf in _walk(exc, prefix):
        value = None if isinstance(leaf, KeyError) else _lookup(raw, path[len(prefix) :])
        problems.append(
            DataProblem(path=format_path(path), message=_message(leaf, path, value), value=value)
        )
    return problems


def structure(data: Any, cls: type[T], conv: cattrs.Converter | None = None) -> T:
    """Return data structured as cls; raise DataError listing every problem with its path."""
    conv = conv or converter()
    try:
        return conv.structure(data, cls)
    except Exception as exc:  # cattrs groups every leaf error; we report them all
        raise DataError(problems_from(exc, data)) from exc


def unstructure(obj: object, conv: cattrs.Converter | None = None) -> Any:
    """Return obj as plain JSON-ready data (dicts, lists, strings, numbers)."""
    return (conv or converter()).unstructure(obj)
