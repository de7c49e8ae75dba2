"""Checking every rule link of a catalogue: the rule exists and takes the parameters given."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, NotFoundError
from sopkit._i18n import Text
from sopkit.core._service import Requirement, RuleRef, Service
from sopkit.rules._engine import RuleBook

_COMBINATORS = ("all", "any", "not")


def _requirements(service: Service) -> Iterator[tuple[str, Requirement]]:
    paths = getattr(service, "requirement_paths", None)  # grouped requirements, where modelled
    if paths is not None:
        yield from paths()
        return
    for i, req in enumerate(service.requirements):
        yield f"requirements[{i}]", req
    for v, variant in enumerate(service.variants):
        for i, req in enumerate(variant.requirements):
            yield f"variants[{v}].requirements[{i}]", req


def service_links(service: Service) -> Iterator[tuple[str, RuleRef, bool]]:
    """Yield (field path, link, whether an eligibility link) for every rule link of a service."""
    if service.eligibility is not None:
        yield "eligibility", service.eligibility, True
    for v, variant in enumerate(service.variants):
        if variant.eligibility is not None:
            yield f"variants[{v}].eligibility", variant.eligibility, True
    for path, req in _requirements(service):
        if req.rule is not None:
            yield f"{path}.rule", req.rule, False


def _latest(book: RuleBook, value: Any, where: str) -> tuple[Any, list[str]]:
    """Return a value with `{param: name}` replaced by the parameter's latest value."""
    if isinstance(value, Mapping):
        if set(value) == {"param"} and isinstance(value["param"], str):
            try:
                return book.parameter(value["param"]).values[-1][1], []
            except NotFoundError as exc:
                return None, [Text("{where}: {error}", where=where, error=exc)]
        out, found = {}, []
        for key, item in value.items():
            out[key], more = _latest(book, item, where)
            found.extend(more)
        return out, found
    if isinstance(value, (list, tuple)):
        items = [_latest(book, v, where) for v in value]
        return [v for v, _ in items], [m for _, ms in items for m in ms]
    return value, []


def link_problems(
    book: RuleBook, rule: str, params: Mapping[str, Any], *, eligibility: bool = False
) -> list[tuple[str, str, object]]:
    """Return (path, message, value) for what is wrong with one rule link (nothing when fine).

    Combinator links (all, any, not) are checked down to every rule they combine. For a
    service's `eligibility` link, the parameters the application supplies (the rule's
    `request`, e.g. a cuti's dates) may be left out.
    """
    try:
        found = book.rule(rule)
    except NotFoundError as exc:
        return [("rule", Text("{error}", error=exc), rule)]
    plain, missing = _latest(book, dict(params), "params")
    problems: list[tuple[str, str, object]] = [("params", m, None) for m in missing]
    try:
        parsed = found.parse_params(plain)
    except DataError as exc:
        left_to_request = {f"{rule}.params.{k}" for k in found.request} if eligibility else set()
        return problems + [
            (p.path.replace(f"{rule}.params", "params", 1), p.message, p.value)
            for p in exc.problems
            if not (p.path in left_to_request and p.value is None)
        ]
    if rule in _COMBINATORS:
        refs = parsed.rules if rule != "not" else (parsed.rule,)
        for i, ref in enumerate(refs):
            at = f"params.rules[{i}]" if rule != "not" else "params.rule"
            problems.extend(
                (f"{at}.{path}", message, value)
                for path, message, value in link_problems(book, ref.rule, ref.params)
            )
    return problems


def rule_problems(book: RuleBook, services: Iterable[Service] = ()) -> tuple[DataProblem, ...]:
    """Return a problem for every rule link that names no rule or gives parameters it rejects.

    Checks the requirements of the services (and their variants) and every rule written as
    data in the book; each problem names the agency (plugin), the file or service and the
    field path, and for data rules the line.
    """
    found: list[DataProblem] = []
    for service in services:
        source = getattr(service, "source", None)  # plugin, file and lines, where recorded
        for path, ref, eligibility in service_links(service):
            for sub, message, value in link_problems(
                book, ref.rule, ref.params, eligibility=eligibility
            ):
                field = f"{path}.{sub}"
                if source is None:
                    found.append(
                        DataProblem(
                            f"{service.code}: {field}", message, value, plugin=service.agency
                        )
                    )
                    continue
                found.append(
                    DataProblem(
                        f"$.{field}",
                        message,
                        value,
                        plugin=source.plugin,
                        file=source.file,
                        line=source.line_of(field),
                    )
                )
    for rule in book.rules:
        for link in rule.links:
            for sub, message, value in link_problems(book, link.rule, link.params):
                found.append(
                    attrs.evolve(
                        DataProblem(f"{link.path}.{sub}", message, value),
                        plugin=rule.plugin or rule.agency or None,
                        file=rule.source or None,
                        line=link.line,
                    )
                )
    return tuple(found)
