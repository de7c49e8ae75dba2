"""JSON Schema generated from the attrs model, read the way sopkit's converters read data."""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Collection, Mapping
from typing import Any

import attrs

from sopkit._errors import SopkitError
from sopkit.asn._golongan import Golongan
from sopkit.asn._pegawai import Pegawai
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.calendar._duration import CompositeDuration, Duration, OpenDuration
from sopkit.core._agency import Agency
from sopkit.core._fee import Fee
from sopkit.core._legal import LegalRef
from sopkit.core._params import Params
from sopkit.core._service import (
    Competency,
    ProcedureItem,
    Product,
    Requirement,
    Service,
    StaffCount,
)
from sopkit.core._sop import Sop, Target
from sopkit.roles._book import RoleBook
from sopkit.rules._parameters import _ParameterFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"
Docs = Mapping[str, Mapping[str, str]]
"""Descriptions by class name, then field name ('' for the class itself)."""


class SchemaError(SopkitError, TypeError):
    """A model type the schema generator does not know how to express."""


@attrs.frozen
class Kind:
    """A kind of data file: its root class, the fields the file may leave out, and its title."""

    name: str
    root: type
    title: str
    files: str
    injected: tuple[str, ...] = ()  # fields the loader fills in from the folder


KINDS: tuple[Kind, ...] = (
    Kind("agency", Agency, "sopkit agency", "data/<agency>/agency.yaml"),
    Kind(
        "service", Service, "sopkit standar pelayanan", "data/<agency>/services/*.yaml", ("agency",)
    ),
    Kind("sop", Sop, "sopkit SOP", "data/<agency>/sops/*.yaml", ("agency", "service")),
    Kind("roles", RoleBook, "sopkit roles and signing", "data/<agency>/roles.yaml", ("agency",)),
    Kind(
        "calendar",
        AgencyCalendar,
        "sopkit agency calendar",
        "data/<agency>/calendar.yaml",
        ("agency",),
    ),
    Kind(
        "parameters", _ParameterFile, "sopkit dated parameters", "data/<agency>/parameters/*.yaml"
    ),
    Kind("profile", Pegawai, "sopkit Pegawai profile", "profile YAML or JSON"),
)
CASE_KIND = "case"
KIND_NAMES = (*(k.name for k in KINDS), CASE_KIND)

# values the converters read from text as well as from the full mapping
_TEXT_OR_MAPPING = {
    LegalRef: "the regulation as printed, e.g. 'Undang-Undang Nomor 5 Tahun 2014 tentang ASN'",
    Fee: "the fee as printed, e.g. 'Tidak dikenakan biaya' or 'Rp. 50.000,-'",
    Requirement: "the requirement as printed (a document to hand in)",
    Product: "the product's name",
    ProcedureItem: "the procedure item as printed",
    StaffCount: "the breakdown line as printed, e.g. '1 orang Eselon III'",
    Competency: "the kompetensi line as printed",
}
_DURATIONS = {Duration: "fixed", OpenDuration: "open", CompositeDuration: "composite"}
_DURATION_TEXT = (
    "a duration as printed, e.g. '14 (empat belas) hari kerja' or 'Menyesuaikan jadwal'"
)
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": ["string", "integer"]},  # a bare number is read as its text
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
    Params: {"type": "object"},
    Any: {},
    Golongan: {
        "type": "string",
        # ECMA-262 regex (editors run it in JavaScript): no inline flags
        "pattern": r"^\s*(IV|III|II|I|iv|iii|ii|i)\s*[/.]\s*[a-eA-E]\s*$",
        "description": "golongan/ruang such as 'III/a' (I/a … IV/e)",
    },
}


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ").strip()


_NAMES_ONLY = re.compile(r"^(`\w+`[,;\s]*)+$")


def _class_summary(tp: Any) -> str:
    """Return the docstring summary of the one model class a field holds, if it holds one."""
    classes = [t for t in (tp, *typing.get_args(tp)) if isinstance(t, type) and attrs.has(t)]
    return _first_line(classes[0].__doc__) if len(classes) == 1 else ""


class _Builder:
    def __init__(self, docs: Docs) -> None:
        self.docs = docs
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__.lstrip("_")
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(
        self, cls: type, skip: tuple[str, ...] = (), optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        described = self.docs.get(cls.__name__.lstrip("_"), {})
        props: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            if field.name in skip or not field.init or not field.eq:
                continue  # not data (e.g. `source`, where an object was read from)
            name = field.alias or field.name
            prop = self.type(hints[field.name])
            text = described.get(field.name, "")
            if not text or _NAMES_ONLY.match(text):  # a list of sub-fields says less than the class
                text = _class_summary(hints[field.name]) or text
            if text:
                prop = {**prop, "description": text}
            if field.default is not attrs.NOTHING:
                default = field.default
                if isinstance(default, enum.Enum):
                    prop = {**prop, "default": default.value}
                elif isinstance(default, (str, int, float, bool)) or default is None:
                    prop = {**prop, "default": default}
                elif default == ():
                    prop = {**prop, "default": []}
            elif name not in optional:
                required.append(name)
            props[name] = prop
        out: dict[str, Any] = {"type": "object"}
        title = described.get("") or _first_line(cls.__doc__)
        if title:
            out["description"] = title
        out["properties"] = props
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    def duration(self, members: set[type]) -> dict[str, Any]:
        choices: list[dict[str, Any]] = [{"type": "string", "description": _DURATION_TEXT}]
        for cls, tag in _DURATIONS.items():
            if cls not in members:
                continue
            body = self.object(cls)
            props = {"type": {"const": tag}, **body["properties"]}
            if cls is OpenDuration:  # JSON output writes the kind as open_kind; both are read
                props["open_kind"] = props["kind"]
                body["required"] = [r for r in body.get("required", []) if r != "kind"]
                body["anyOf"] = [{"required": ["kind"]}, {"required": ["open_kind"]}]
            if not body.get("required"):
                body.pop("required", None)
            body["properties"] = props
            choices.append(body)
        return {"anyOf": choices}

    def type(self, tp: Any) -> dict[str, Any]:
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if tp == Target:
            return {"anyOf": [{"type": "integer", "minimum": 1}, {"const": "end"}]}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if isinstance(tp, types.UnionType) or origin is typing.Union:
            members = set(args) - {type(None)}
            if members and members <= set(_DURATIONS):
                inner = self.duration(members)
            elif len(members) == 1:
                inner = self.type(next(iter(members)))
            else:
                inner = {"anyOf": [self.type(m) for m in args if m is not type(None)]}
            if type(None) in args:
                return {"anyOf": [*inner.get("anyOf", [inner]), {"type": "null"}]}
            return inner
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type(args[0])}
        if origin is dict:
            key, value = args
            out: dict[str, Any] = {"type": "object", "additionalProperties": self.type(value)}
            if key is dt.date:
                out["propertyNames"] = {"format": "date"}
            elif key is not str:
                raise SchemaError(f"cannot express mapping keys of type {key!r} in JSON Schema")
            return out
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if isinstance(tp, type) and attrs.has(tp):
            ref = self.ref(tp)
            if tp in _TEXT_OR_MAPPING:
                return {"anyOf": [{"type": "string", "description": _TEXT_OR_MAPPING[tp]}, ref]}
            return ref
        raise SchemaError(
            f"cannot express type {tp!r} in JSON Schema; teach sopkit.schema how the converter reads it"
        )


def _wrap(
    kind_name: str, title: str, files: str, body: dict[str, Any], defs: dict[str, Any]
) -> dict[str, Any]:
    head = {
        "$schema": DIALECT,
        "$id": f"urn:sopkit:schema:{kind_name}",
        "title": title,
        "description": f"{body.pop('description', '')} Files: {files}.".strip(),
    }
    out = {**head, **body}
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


def kind_schema(kind: Kind, docs: Docs) -> dict[str, Any]:
    """Return the JSON Schema of one kind of data file, generated from its root class."""
    builder = _Builder(docs)
    body = builder.object(kind.root, optional=kind.injected)
    for name in kind.injected:
        if name in body["properties"]:
            text = "filled in from the folder the file is in; if given, it must match"
            body["properties"][name] = {**body["properties"][name], "description": text}
    return _wrap(kind.name, kind.title, kind.files, body, builder.defs)


@attrs.frozen
class CaseForm:
    """How a rule-case file is written: its keys, the class they fill, and the renamed ones."""

    case_keys: Collection[str]
    expected_keys: Collection[str]
    required: Collection[str]
    model: type  # RuleCase: each key's type is its field's type
    renamed: Mapping[str, str] = attrs.field(factory=lambda: {"date": "on"})


# where the file says more than the field's type: a profile is a Pegawai (kept as a mapping
# until run), `earliest` a date or null (the field also holds an 'unchecked' marker), a
# service code has one slash
_CASE_OVERRIDES: dict[str, dict[str, Any]] = {
    "earliest": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
    "service": {"type": "string", "pattern": "^[^/]+/[^/]+$"},
}


def case_schema(docs: Docs, form: CaseForm) -> dict[str, Any]:
    """Return the JSON Schema of a rule-case file (`*.sopkit.yaml`), profiles from Pegawai."""
    builder = _Builder(docs)
    described = docs.get("RuleCase", {})
    hints = typing.get_type_hints(form.model)

    def prop(key: str, absent_is_none: bool) -> dict[str, Any]:
        if key in _CASE_OVERRIDES:
            return dict(_CASE_OVERRIDES[key])
        if key == "profile":
            return builder.ref(Pegawai)
        field = form.renamed.get(key, key)
        if field not in hints:
            raise SchemaError(f"rule-case key {key!r} has no field {field!r} in {form.model}")
        tp = hints[field]
        members = [t for t in typing.get_args(tp) if t is not type(None)]
        if absent_is_none and len(members) == 1 and type(None) in typing.get_args(tp):
            tp = members[0]  # None is the field of a key left out, not a value to write
        return builder.type(tp)

    props: dict[str, Any] = {k: prop(k, True) for k in form.case_keys if k != "expected"}
    props["expected"] = {
        "type": "object",
        "properties": {k: prop(k, False) for k in form.expected_keys},
        "required": ["eligible"],
        "additionalProperties": False,
    }
    for key, value in props.items():
        if described.get(key):
            props[key] = {**value, "description": described[key]}
    builder.defs["RuleCase"] = {
        "type": "object",
        "description": described.get(
            "", "One rule case: a profile, a date, a rule or service, the verdict."
        ),
        "properties": {k: props[k] for k in form.case_keys},
        "required": list(form.required),
        "oneOf": [{"required": ["rule"]}, {"required": ["service"]}],
        "additionalProperties": False,
    }
    cases = {"type": "array", "items": {"$ref": "#/$defs/RuleCase"}}
    body = {
        "description": "Rule cases: a list, or a mapping with cases and (anchored) profiles.",
        "anyOf": [
            cases,
            {
                "type": "object",
                "properties": {"cases": cases, "profiles": {"type": "object"}},
                "required": ["cases"],
                "additionalProperties": False,
            },
        ],
    }
    return _wrap(CASE_KIND, "sopkit rule cases", "tests/**/*.sopkit.yaml", body, builder.defs)


_SECTION = re.compile(r"^### (\w+)\s*$", re.MULTILINE)
_FIELD = re.compile(r"`(\w+)`(?:\s*\(((?:[^()]|\([^()]*\))*)\))?")


def docs_from_markdown(text: str) -> dict[str, dict[str, str]]:
    """Return field descriptions from `### Class` sections: '`field` (what it is)' entries."""
    found: dict[str, dict[str, str]] = {}
    heads = list(_SECTION.finditer(text))
    for head, nxt in zip(heads, [*heads[1:], None], strict=True):
        end = nxt.start() if nxt else len(text)
        body = text[head.end() : end].split("\n## ")[0].strip()
        fields: dict[str, str] = {}
        for match in _FIELD.finditer(body):
            name, note = match.group(1), match.group(2)
            if note and name not in fields:
                fields[name] = " ".join(note.split())
        found[head.group(1)] = fields
    return found


def all_schemas(docs: Docs, case_form: CaseForm) -> dict[str, dict[str, Any]]:
    """Return every kind's schema by kind name."""
    out = {kind.name: kind_schema(kind, docs) for kind in KINDS}
    out[CASE_KIND] = case_schema(docs, case_form)
    return out
