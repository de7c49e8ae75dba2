"""The rules engine: bound check trees (leaves and all/any/not), named rules and the rule book."""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import functools
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from sopkit._errors import DataError, DataProblem, NotFoundError, PluginError
from sopkit._i18n import Text
from sopkit.asn._pegawai import Pegawai
from sopkit.asn._profile_io import asn_converter
from sopkit.core._converter import structure
from sopkit.core._params import Params, ParamValue, freeze, thaw
from sopkit.rules._parameters import Parameter, ParameterSet
from sopkit.rules._verdict import (
    Check,
    Message,
    Outcome,
    Undated,
    UndatedReasons,
    Verdict,
    no_reasons,
    undated_reasons,
)

PASS = Outcome.PASS
FAIL = Outcome.FAIL
UNKNOWN = Outcome.UNKNOWN

Explanation = tuple[Outcome, Message, Params, "dt.date | None"]
"""What a leaf's explain function returns: outcome, message, facts used, ready-on date."""


def as_int(value: object) -> int:
    """Return a whole-number parameter value; raise TypeError naming what was found."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(
        Text("expected a whole number in the parameter, got {value}", value=repr(value))
    )


class Node:
    """A check bound to a date and parameters; `test` is fast, `explain` builds the Check."""

    __slots__ = ("name", "test")
    name: str
    test: Callable[[Pegawai], Outcome]

    def explain(self, subject: Pegawai) -> Check:
        """Return the explained check for the subject."""
        raise NotImplementedError

    def settle(self, subject: Pegawai) -> tuple[Outcome, dt.date | None]:
        """Return the explained check's outcome and ready-on date (what a date search needs)."""
        check = self.explain(subject)
        return check.outcome, check.ready_on


class Leaf(Node):
    """A single check: a fast test and an explanation with facts, messages and legal basis."""

    __slots__ = ("_explain", "_memo", "always", "basis", "flag", "key", "title")

    def __init__(
        self,
        name: str,
        explain: Callable[[Pegawai], Explanation],
        *,
        basis: tuple[str, ...],
        test: Callable[[Pegawai], Outcome] | None = None,
        flag: str = "",
        title: Message | None = None,
        key: Callable[[Pegawai], Hashable] | None = None,
        always: Outcome | None = None,
    ) -> None:
        self.name = name
        self.basis = basis
        self.flag = flag
        self.title = title
        self.key = key
        self.always = always  # the outcome for everyone, when date and parameters decide it
        self._explain = explain
        self._memo: dict[Hashable, Check] = {}
        if test is None:
            test = (lambda _: always) if always is not None else (lambda s: explain(s)[0])
        self.test = test

    def explain(self, subject: Pegawai) -> Check:
        """Return the explained check for the subject.

        With a `key` (every fact the explanation reads), checks are shared between subjects
        whose key is equal: a Check is immutable, and many profiles explain alike.
        """
        key = self.key
        if key is None:
            return self._check(subject)
        k = key(subject)
        memo = self._memo
        found = memo.get(k)
        if found is None:
            found = self._check(subject)
            if len(memo) < _MEMO_SIZE:
                memo[k] = found
        return found

    def settle(self, subject: Pegawai) -> tuple[Outcome, dt.date | None]:
        """Return the outcome and ready-on date; a passing check is not explained."""
        if self.test(subject) is PASS:
            return PASS, None
        check = self.explain(subject)
        return check.outcome, check.ready_on

    def _check(self, subject: Pegawai) -> Check:
        outcome, message, facts, ready = self._explain(subject)
        return Check(
            self.name, outcome, message, facts, self.basis, ready, self.flag, (), self.title
        )


_MEMO_SIZE = 4096


class AllOf(Node):
    """Passes when every child passes; fails when one fails; otherwise unknown."""

    __slots__ = ("_memo", "_shared", "_tests", "children")

    def __init__(self, children: Iterable[Node], name: str = "all") -> None:
        self.name = name
        self.children = tuple(children)
        # a child that passes for everyone cannot change the outcome: the test skips it
        self._tests = tuple(c.test for c in self.children if _always(c) is not PASS)
        self._shared = all(_shares(c) for c in self.children)
        self._memo: dict[tuple[int, ...], Check] = {}
        self.test = self._test
        if any(_always(c) is FAIL for c in self.children):
            self.test = _always_fail

    def _test(self, subject: Pegawai) -> Outcome:
        result = PASS
        for test in self._tests:
            outcome = test(subject)
            if outcome is FAIL:
                return FAIL
            if outcome is UNKNOWN:
                result = UNKNOWN
        return result

    def explain(self, subject: Pegawai) -> Check:
        """Return a check whose children are every child's check.

        When every child shares its checks between subjects (keyed leaves), the combined
        check is shared too, keyed by the identity of the children's checks.
        """
        checks = tuple([c.explain(subject) for c in self.children])
        if not self._shared:
            return self._combined(checks)
        key = tuple(map(id, checks))
        memo = self._memo
        found = memo.get(key)
        if found is None:
            found = self._combined(checks)
            if len(memo) < _MEMO_SIZE:
                memo[key] = found  # holds the children, so their ids stay theirs
        return found

    def settle(self, subject: Pegawai) -> tuple[Outcome, dt.date | None]:
        """Return the outcome and ready-on date of the combined check without building it."""
        outcome, ready, _ = _settle_all([c.settle(subject) for c in self.children])
        return outcome, ready

    def _combined(self, checks: tuple[Check, ...]) -> Check:
        outcome, ready, failed = _settle_all([(c.outcome, c.ready_on) for c in checks])
        total = len(checks)
        return Check(
            self.name,
            outcome,
            _met_message(total - failed, total),
            _NO_FACTS,
            (),
            ready,
            "",
            checks,
            _ALL,
        )


def _settle_all(
    settled: Iterable[tuple[Outcome, dt.date | None]],
) -> tuple[Outcome, dt.date | None, int]:
    """Return the outcome, ready-on date and count of pending children of an all-of.

    Fail over unknown over pass. A failed check is not met before its failing parts are
    ready, whatever a missing fact elsewhere says; the search looks again on that date.
    """
    outcome, failed, ready = PASS, 0, None
    failing_dated = pending_dated = True
    for child, day in settled:
        if child is PASS:
            continue
        failed += 1
        if day is None:
            pending_dated = False
            if child is FAIL:
                failing_dated = False
        elif ready is None or day > ready:
            ready = day
        if child is FAIL:
            outcome = FAIL
        elif outcome is PASS:
            outcome = UNKNOWN
    dated = failing_dated if outcome is FAIL else pending_dated
    return outcome, ready if failed and dated else None, failed


@functools.cache
def _met_message(met: int, total: int) -> Message:
    return Message(f"{met} dari {total} syarat terpenuhi", f"{met} of {total} conditions met")


def _always(node: Node) -> Outcome | None:
    return node.always if isinstance(node, Leaf) else None


def _always_fail(_: Pegawai) -> Outcome:
    return FAIL


def _shares(node: Node) -> bool:
    """Return whether a node's explained checks are shared between subjects with equal facts."""
    if isinstance(node, Leaf):
        return node.key is not None
    return isinstance(node, AllOf) and node._shared


_ALL = Message("semua syarat", "all of the conditions")
_ANY = Message("salah satu syarat", "any one of the conditions")
_NOT = Message("bukan", "not")
_NO_FACTS = Params()


class AnyOf(Node):
    """Passes when one child passes; fails when every child fails; otherwise unknown."""

    __slots__ = ("_tests", "children")

    def __init__(self, children: Iterable[Node], name: str = "any") -> None:
        self.name = name
        self.children = tuple(children)
        self._tests = tuple(c.test for c in self.children)
        self.test = self._test

    def _test(self, subject: Pegawai) -> Outcome:
        result = FAIL
        for test in self._tests:
            outcome = test(subject)
            if outcome is PASS:
                return PASS
            if outcome is UNKNOWN:
                result = UNKNOWN
        return result

    def explain(self, subject: Pegawai) -> Check:
        """Return a check whose children are every alternative's check."""
        checks = tuple(c.explain(subject) for c in self.children)
        outcome = self._test(subject)
        readies = [c.ready_on for c in checks if c.ready_on]
        message = Message(
            "salah satu syarat harus terpenuhi", "at least one of the conditions must be met"
        )
        ready = min(readies) if outcome is not PASS and readies else None
        return Check(self.name, outcome, message, Params(), (), ready, "", checks, _ANY)


class NotOf(Node):
    """Passes when its child fails, fails when the child passes; unknown stays unknown."""

    __slots__ = ("child",)

    def __init__(self, child: Node, name: str = "not") -> None:
        self.name = name
        self.child = child
        inner = child.test
        flip = {PASS: FAIL, FAIL: PASS, UNKNOWN: UNKNOWN}
        self.test = lambda s: flip[inner(s)]

    def explain(self, subject: Pegawai) -> Check:
        """Return a check holding the negated child's check."""
        check = self.child.explain(subject)
        outcome = {PASS: FAIL, FAIL: PASS, UNKNOWN: UNKNOWN}[check.outcome]
        message = Message(f"tidak boleh: {check.message.id}", f"must not hold: {check.message.en}")
        return Check(self.name, outcome, message, Params(), (), None, "", (check,), _NOT)


@attrs.frozen
class Env:
    """What a rule is bound with: the date and the rule book (rules and dated parameters)."""

    on: dt.date
    book: RuleBook

    def param(self, name: str) -> ParamValue:
        """Return the value of a dated parameter on this date."""
        return self.book.parameter(name).at(self.on)

    def flag(self, *names: str) -> str:
        """Return the single-source flags of the named parameters, joined."""
        return "; ".join(f for f in (self.book.parameter(n).flag for n in names) if f)

    def rule(
        self,
        name: str,
        params: Mapping[str, object] | None = None,
        *,
        basis: tuple[str, ...] | None = None,
        check: str | None = None,
        flag: str | None = None,
    ) -> Node:
        """Return another rule bound on this date, with its basis, name and flag optionally
        replaced."""
        node = self.book.bind(name, params or {}, self.on)
        if isinstance(node, Leaf) and (basis is not None or check is not None or flag):
            return Leaf(
                check or node.name,
                node._explain,
                basis=basis if basis is not None else node.basis,
                test=node.test,
                flag=flag or node.flag,
                title=node.title,
                key=node.key,
                always=node.always,
            )
        return node


@attrs.frozen
class Rule:
    """A named, parameterised rule with its title, legal basis and builder.

    `build(params, env)` returns the bound check tree; `params_type` is the attrs class the
    catalogue's parameters are structured into (None when the rule takes none).
    """

    name: str
    title: Message
    basis: tuple[str, ...]
    build: Callable[[Any, Env], Node]
    params_type: type | None = None
    flag: str = ""
    agency: str = ""
    description: str = ""
    links: tuple[Any, ...] = ()
    """For a rule written as data: the rules it uses (with their parameters and lines)."""
    source: str = ""
    plugin: str = ""
    request: tuple[str, ...] = ()
    """Parameters the applicant's request supplies at check time (e.g. a cuti's dates), not
    the catalogue: a service's eligibility link may leave them out."""

    @property
    def code(self) -> str:
        """Return the rule's unique name."""
        return self.name

    def parse_params(self, params: Mapping[str, object]) -> Any:
        """Return the parameters structured into params_type; raise DataError with paths."""
        if self.params_type is None:
            if params:
                raise DataError(
                    [
                        DataProblem(
                            f"{self.name}.params",
                            Text("this rule takes no parameters"),
                            dict(params),
                        )
                    ]
                )
            return None
        data = thaw(params if isinstance(params, Params) else _freeze_params(params))
        try:
            return structure(data, self.params_type, asn_converter())
        except DataError as exc:
            raise DataError(
                [
                    attrs.evolve(p, path=p.path.replace("$", f"{self.name}.params", 1))
                    for p in exc.problems
                ]
            ) from exc


def _isodates(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _isodates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_isodates(v) for v in value]
    return value


_NO_PARAMS = Params()


def _freeze_params(params: Mapping[str, object]) -> Params:
    frozen = freeze(_isodates(dict(params)))
    assert isinstance(frozen, Params)
    return frozen


def _did_you_mean(close: list[str]) -> str:
    return Text("; did you mean {codes}?", codes=", ".join(close)) if close else ""


class RuleBook:
    """Every rule and parameter set available: national ones plus those plugins register."""

    def __init__(self, rules: Iterable[Rule], parameter_sets: Iterable[ParameterSet]) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.name in self._rules:
                raise PluginError(
                    rule.agency or "sopkit",
                    Text("rule {name} registered twice", name=repr(rule.name)),
                )
            self._rules[rule.name] = rule
        self._sets = tuple(parameter_sets)
        self._params: dict[str, Parameter] = {}
        for pset in self._sets:
            for param in pset.parameters:
                if param.name in self._params:
                    raise PluginError(
                        pset.agency or "sopkit",
                        Text("parameter {name} defined twice", name=repr(param.name)),
                    )
                self._params[param.name] = param
        self._bound: dict[tuple[str, Params, dt.date], Node] = {}
        # a search for the earliest date stops at each of these: a parameter changes value there
        self._changes = sorted({d for p in self._params.values() for d in p.effective_dates()})

    def next_change(self, after: dt.date) -> dt.date | None:
        """Return the first date after `after` on which a dated parameter takes a new value."""
        index = bisect.bisect_right(self._changes, after)
        return self._changes[index] if index < len(self._changes) else None

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Return every rule, in registration order."""
        return tuple(self._rules.values())

    @property
    def parameter_sets(self) -> tuple[ParameterSet, ...]:
        """Return every parameter set."""
        return self._sets

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """Return every parameter."""
        return tuple(self._params.values())

    def rule(self, name: str) -> Rule:
        """Return the rule with this name; raise NotFoundError naming close names."""
        found = self._rules.get(name)
        if found is None:
            close = difflib.get_close_matches(name, list(self._rules), n=3, cutoff=0.5)
            raise NotFoundError(
                Text("no rule named {name}{hint}", name=repr(name), hint=_did_you_mean(close))
            )
        return found

    def parameter(self, name: str) -> Parameter:
        """Return the parameter with this name; raise NotFoundError naming close names."""
        found = self._params.get(name)
        if found is None:
            close = difflib.get_close_matches(name, list(self._params), n=3, cutoff=0.5)
            raise NotFoundError(
                Text("no parameter named {name}{hint}", name=repr(name), hint=_did_you_mean(close))
            )
        return found

    def bind(self, name: str, params: Mapping[str, object], on: dt.date) -> Node:
        """Return the rule's check tree bound to the parameters and date (cached)."""
        if isinstance(params, Params):
            frozen = params
        else:
            frozen = _freeze_params(params) if params else _NO_PARAMS
        key = (name, frozen, on)
        node = self._bound.get(key)
        if node is None:
            rule = self.rule(name)
            node = rule.build(rule.parse_params(frozen), Env(on, self))
            if isinstance(node, Leaf) and node.title is None:
                node.title = rule.title
            if len(self._bound) > 4096:
                self._bound.clear()
            self._bound[key] = node
        return node

    def evaluate(
        self,
        name: str,
        subject: Pegawai,
        *,
        on: dt.date,
        params: Mapping[str, object] | None = None,
    ) -> Verdict:
        """Return the verdict of the named rule on the subject as it stood on the date."""
        given = params or {}
        node = self.bind(name, given, on)
        seen = subject.as_of(on)
        return Verdict(name, on, node.test(seen), seen, node, self._search(name, given))

    def evaluate_many(
        self,
        name: str,
        subjects: Iterable[Pegawai],
        *,
        on: dt.date,
        params: Mapping[str, object] | None = None,
    ) -> Iterator[Verdict]:
        """Yield the verdict for each subject; binding happens once, explanations lazily."""
        given = params or {}
        node = self.bind(name, given, on)
        test, search = node.test, self._search(name, given)
        for subject in subjects:
            seen = subject.as_of(on)
            yield Verdict(name, on, test(seen), seen, node, search)

    def outcomes(
        self,
        name: str,
        subjects: Iterable[Pegawai],
        *,
        on: dt.date,
        params: Mapping[str, object] | None = None,
    ) -> Iterator[Outcome]:
        """Yield only the pass/fail/unknown outcome for each subject (no verdict objects)."""
        test = self.bind(name, params or {}, on).test
        for subject in subjects:
            yield test(subject.as_of(on))

    def _search(
        self, name: str, params: Mapping[str, object]
    ) -> Callable[[Pegawai, dt.date, Check], tuple[dt.date | None, UndatedReasons]]:
        nodes: dict[dt.date, Node] = {}  # this batch's bindings by date (params are fixed)

        def node_at(day: dt.date) -> Node:
            node = nodes.get(day)
            if node is None:
                node = nodes[day] = self.bind(name, params, day)
                if len(nodes) > 4096:
                    nodes.clear()
            return node

        def search(
            subject: Pegawai, on: dt.date, first: Check
        ) -> tuple[dt.date | None, UndatedReasons]:
            return self._earliest(name, subject, on, params, first=first, node_at=node_at)

        return search

    def earliest(
        self,
        name: str,
        subject: Pegawai,
        *,
        on: dt.date,
        params: Mapping[str, object] | None = None,
        horizon: int = 60,
    ) -> dt.date | None:
        """Return the first date from `on` when the rule passes, if time alone decides it."""
        return self._earliest(name, subject.as_of(on), on, params or {}, horizon)[0]

    def _earliest(
        self,
        name: str,
        subject: Pegawai,
        on: dt.date,
        params: Mapping[str, object],
        horizon: int = 60,
        first: Check | None = None,
        node_at: Callable[[dt.date], Node] | None = None,
    ) -> tuple[dt.date | None, UndatedReasons]:
        # the profile stays as it stood on `on`: later records are not known yet
        day = on
        for _ in range(horizon):
            node = node_at(day) if node_at is not None else self.bind(name, params, day)
            if day == on and first is not None:
                outcome, ready_on = first.outcome, first.ready_on
            else:
                # only what the search needs: checks that pass are not explained
                outcome, ready_on = node.settle(subject)
            if outcome is PASS:
                return day, no_reasons
            ready = ready_on if ready_on is not None and ready_on > day else None
            # the law may change before (or instead of) the date the facts are ready: a dated
            # parameter taking a new value (e.g. a cap lifted) is a date to look at too
            change = self.next_change(day) if outcome is FAIL else None
            if change is not None and (ready is None or change < ready):
                day = change
                continue
            if outcome is UNKNOWN or ready is None:
                check = first if day == on and first is not None else None
                return None, functools.partial(_blocked, node, subject, check)
            day = ready
        return None, functools.partial(_too_far, node, subject, horizon)


_CANNOT = Message(
    "syarat-syarat tidak dapat terpenuhi bersamaan", "the conditions cannot all be met at once"
)


def _blocked(node: Node, subject: Pegawai, check: Check | None) -> tuple[Undated, ...]:
    """Return why a check tree that is not met gives no date (explained when asked)."""
    if check is None:
        check = node.explain(subject)
    return undated_reasons(check) or (Undated(check, _CANNOT),)


def _too_far(node: Node, subject: Pegawai, horizon: int) -> tuple[Undated, ...]:
    """Return the reason of a search that stopped after `horizon` steps."""
    message = Message(
        f"tidak terpenuhi dalam {horizon} langkah pencarian",
        f"not met within {horizon} search steps",
    )
    return (Undated(node.explain(subject), message),)
