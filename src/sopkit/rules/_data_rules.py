"""Named rules written as data: existing checks combined with all/any/not, with parameters.

An agency's `rules/*.yaml` file::

    rules:
      pasuruan.bkppd.izin_belajar_s2:
        title: {id: Izin belajar S2, en: Study permit for S2}
        basis: [Perbup Pasuruan 12/2020 Pasal 5 ayat (1)]
        check:
          all:
            - {rule: pegawai.status, params: {status: PNS}}
            - any:
                - {rule: pegawai.pangkat_minimal, params: {golongan: {param: pasuruan.bkppd.belajar.s2}}}
                - not: {rule: pegawai.jabatan, params: {kinds: [pelaksana]}}

A parameter value written `{param: <name>}` is the dated parameter's value on the evaluation
date, so a change of logic on a date is a new dated value, not code.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import yaml

from sopkit._errors import DataError, DataProblem
from sopkit._i18n import Text
from sopkit.core._yaml import YamlDocument, parse_yaml
from sopkit.rules._engine import AllOf, AnyOf, Env, Node, NotOf, Rule
from sopkit.rules._verdict import Message

_RULE_KEYS = ("title", "basis", "check", "description", "flag")
_NODE_KEYS = ("rule", "params", "all", "any", "not")


@attrs.frozen
class Link:
    """One rule a data rule uses, with its parameters and where it is written."""

    rule: str
    params: Mapping[str, Any]
    path: str
    line: int | None = None


def resolve(value: Any, env: Env) -> Any:
    """Return a parameter value with every `{param: name}` replaced by its value on env.on."""
    if isinstance(value, Mapping):
        if set(value) == {"param"} and isinstance(value["param"], str):
            return env.param(value["param"])
        return {k: resolve(v, env) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [resolve(v, env) for v in value]
    return value


def _compile(tree: Any, env: Env) -> Node:
    if "rule" in tree:
        return env.rule(tree["rule"], resolve(tree.get("params") or {}, env))
    if "all" in tree:
        return AllOf(_compile(t, env) for t in tree["all"])
    if "any" in tree:
        return AnyOf(_compile(t, env) for t in tree["any"])
    return NotOf(_compile(tree["not"], env))


class _Where:
    """Paths and lines inside one rule of the file (rule names contain dots)."""

    def __init__(self, doc: YamlDocument, name: object) -> None:
        self.prefix = f"$.rules.{name}"
        node = doc.node
        found = None
        if isinstance(node, yaml.MappingNode):
            rules = next((v for k, v in node.value if k.value == "rules"), None)
            if isinstance(rules, yaml.MappingNode):
                found = next((v for k, v in rules.value if k.value == str(name)), None)
        self.doc = YamlDocument(None, found)
        self.top = doc

    def line(self, path: str) -> int | None:
        """Return the line of a path given from the rule ('$' is the rule itself)."""
        line = self.doc.line_of(path)
        while line is None and "." in path:
            path = path.rpartition(".")[0]
            line = self.doc.line_of(path)
        return line

    def problem(self, path: str, message: str, value: object = None) -> DataProblem:
        """Return a problem at a path given from the rule."""
        return DataProblem(self.prefix + path[1:], message, value, line=self.line(path))


def _builder(tree: Any) -> Callable[[Any, Env], Node]:
    def build(_: Any, env: Env) -> Node:
        return _compile(tree, env)

    return build


def _problem(path: str, message: str, doc: YamlDocument, value: object = None) -> DataProblem:
    return DataProblem(path, message, value, line=doc.line_of(path))


def _unknown(key: object, accepted: tuple[str, ...]) -> Text:
    close = difflib.get_close_matches(str(key), accepted, n=1, cutoff=0.6)
    hint = Text("; did you mean {name}?", name=repr(close[0])) if close else ""
    return Text(
        "unknown field {field}{hint} (accepted: {accepted})",
        field=repr(key),
        hint=hint,
        accepted=", ".join(accepted),
    )


def _tree_problems(tree: Any, path: str, doc: _Where, links: list[Link]) -> list[DataProblem]:
    """Return the shape problems of a check tree; collect its rule links."""
    if not isinstance(tree, Mapping):
        return [doc.problem(path, Text("expected a mapping: rule (with params), all, any or not"))]
    problems = [
        doc.problem(f"{path}.{k}", _unknown(k, _NODE_KEYS)) for k in tree if k not in _NODE_KEYS
    ]
    forms = [k for k in ("rule", "all", "any", "not") if k in tree]
    if len(forms) != 1:
        problems.append(doc.problem(path, Text("give exactly one of rule, all, any, not"), forms))
        return problems
    form = forms[0]
    if form != "rule" and "params" in tree:
        problems.append(
            doc.problem(f"{path}.params", Text("params go with rule, not with {form}", form=form))
        )
    if form == "rule":
        params = tree.get("params") or {}
        if not isinstance(tree["rule"], str):
            problems.append(doc.problem(f"{path}.rule", Text("expected a rule name"), tree["rule"]))
        elif not isinstance(params, Mapping):
            problems.append(doc.problem(f"{path}.params", Text("expected a mapping of parameters")))
        else:
            links.append(Link(tree["rule"], params, doc.prefix + path[1:], doc.line(path)))
    elif form == "not":
        problems.extend(_tree_problems(tree["not"], f"{path}.not", doc, links))
    elif not isinstance(tree[form], list) or not tree[form]:
        problems.append(doc.problem(f"{path}.{form}", Text("expected a non-empty list of checks")))
    else:
        for i, child in enumerate(tree[form]):
            problems.extend(_tree_problems(child, f"{path}.{form}[{i}]", doc, links))
    return problems


def rules_from_yaml(
    text: str, *, file: str, plugin: str | None = None, agency: str = ""
) -> tuple[Rule, ...]:
    """Return the named rules of a `rules/*.yaml` text; raise DataError listing every problem.

    Only the shape is checked here; `rule_problems` checks that every rule used exists and
    takes the parameters given, once every plugin's rules are known.
    """
    doc = parse_yaml(text, file=file, plugin=plugin)
    data = doc.data
    problems: list[DataProblem] = []
    rules: list[Rule] = []
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), Mapping):
        problems.append(_problem("$", Text("expected a mapping with `rules:` (name -> rule)"), doc))
        data = {"rules": {}}
    for key in data:
        if key != "rules":
            problems.append(_problem(f"$.{key}", _unknown(key, ("rules",)), doc))
    for name, raw in data["rules"].items():
        where = _Where(doc, name)
        if agency and not str(name).startswith(f"{agency}."):
            problems.append(
                where.problem(
                    "$", Text("an agency's rule name starts with '{agency}.'", agency=agency), name
                )
            )
        if not isinstance(raw, Mapping):
            problems.append(
                where.problem("$", Text("expected a mapping with title, basis and check"))
            )
            continue
        found = [
            where.problem(f"$.{k}", _unknown(k, _RULE_KEYS)) for k in raw if k not in _RULE_KEYS
        ]
        title = raw.get("title")
        if not (
            isinstance(title, Mapping)
            and isinstance(title.get("id"), str)
            and isinstance(title.get("en"), str)
        ):
            found.append(
                # no fields: the braces are shown as they are
                where.problem("$.title", Text("expected {id: Indonesian title, en: English title}"))
            )
        basis = raw.get("basis")
        if not (isinstance(basis, list) and basis and all(isinstance(b, str) for b in basis)):
            found.append(
                where.problem(
                    "$.basis", Text("cite the regulation (Pasal/ayat where known): a list")
                )
            )
        links: list[Link] = []
        if "check" not in raw:
            found.append(where.problem("$.check", Text("required field is missing")))
        else:
            found.extend(_tree_problems(raw["check"], "$.check", where, links))
        if found:
            problems.extend(found)
            continue
        tree = raw["check"]
        rules.append(
            Rule(
                str(name),
                Message(title["id"], title["en"]),  # type: ignore[index]
                tuple(basis),  # type: ignore[arg-type]
                _builder(tree),
                None,
                str(raw.get("flag", "")),
                agency,
                str(raw.get("description", "")),
                links=tuple(links),
                source=file,
                plugin=plugin or "",
            )
        )
    if problems:
        raise DataError([attrs.evolve(p, plugin=plugin, file=file) for p in problems])
    return tuple(rules)
