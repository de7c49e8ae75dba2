"""Compiling a rule's bound check tree into columnar forms, and evaluating it over a population."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import numpy as np

from sopkit.population._forms import CONSTANT_CHECKS, FORMS, Form, constant_form
from sopkit.population._population import Population
from sopkit.population._vdates import Days, Ints
from sopkit.population._view import FAIL, NAT, PASS, UNKNOWN, Outcomes, View
from sopkit.rules._engine import AllOf, AnyOf, Env, Leaf, Node, NotOf, RuleBook, _freeze_params

Progress = Callable[[int, int], None]


class _Recorder(RuleBook):
    """A copy of a rule book that remembers which rule (and parameters) built each leaf check."""

    def __init__(self, book: RuleBook) -> None:
        super().__init__(book.rules, book.parameter_sets)
        self.origin: dict[int, tuple[str, Any, str]] = {}

    def bind(self, name: str, params: Mapping[str, object], on: dt.date) -> Node:
        node = super().bind(name, params, on)
        rule = self.rule(name)
        parsed = None
        for leaf in _leaves(node):
            key = id(leaf._explain)
            if key not in self.origin:
                if parsed is None:
                    frozen = _freeze_params(params) if not hasattr(params, "_hash") else params
                    parsed = rule.parse_params(frozen) if rule.params_type is not None else None
                self.origin[key] = (name, parsed, leaf.name)
        return node


def _leaves(node: Node) -> list[Leaf]:
    if isinstance(node, Leaf):
        return [node]
    children: tuple[Node, ...] = getattr(node, "children", ())
    if isinstance(node, NotOf):
        children = (node.child,)
    return [leaf for child in children for leaf in _leaves(child)]


@attrs.frozen
class CNode:
    """A compiled check: a leaf's columnar form, or all/any/not over compiled children."""

    kind: str  # "leaf", "all", "any" or "not"
    name: str
    children: tuple[CNode, ...] = ()
    form: Form | None = None


class NoColumnarForm(Exception):
    """A check of the rule has no columnar form (the rule is evaluated row by row)."""


def compile_rule(book: RuleBook, rule: str, params: Mapping[str, object], on: dt.date) -> CNode:
    """Return the rule's check tree bound on the date, with a columnar form for every leaf.

    Raise NoColumnarForm naming the checks that have none.
    """
    recorder = _Recorder(book)
    root = recorder.bind(rule, params, on)
    env = Env(on, book)
    missing: list[str] = []

    def convert(node: Node) -> CNode:
        if isinstance(node, Leaf):
            if node.name in CONSTANT_CHECKS:
                return CNode("leaf", node.name, form=constant_form(node))
            origin = recorder.origin.get(id(node._explain))
            builder = FORMS.get(origin[2]) if origin else None
            if origin is None or builder is None:
                missing.append(node.name)
                return CNode("leaf", node.name)
            return CNode("leaf", node.name, form=builder(origin[1], env, origin[0]))
        if isinstance(node, NotOf):
            return CNode("not", node.name, (convert(node.child),))
        if isinstance(node, (AllOf, AnyOf)):
            kind = "all" if isinstance(node, AllOf) else "any"
            return CNode(kind, node.name, tuple(convert(c) for c in node.children))
        missing.append(f"{node.name} ({type(node).__name__})")
        return CNode("leaf", node.name)

    tree = convert(root)
    if missing:
        raise NoColumnarForm(", ".join(dict.fromkeys(missing)))
    return tree


def slots(tree: CNode) -> list[tuple[CNode, tuple[CNode, ...]]]:
    """Return the checks a failure is reported as, with their ancestors, depth first.

    As Check.failures does: a leaf, a `not`, or a combinator without children.
    """
    out: list[tuple[CNode, tuple[CNode, ...]]] = []

    def walk(node: CNode, above: tuple[CNode, ...]) -> None:
        if not node.children or node.name == "not":
            out.append((node, above))
            return
        for child in node.children:
            walk(child, (*above, node))

    walk(tree, ())
    return out


def run_tree(
    tree: CNode, view: View, outcomes: dict[int, Outcomes] | None = None
) -> tuple[Outcomes, Days | None]:
    """Return every row's outcome and ready-on date (None: no date for any row).

    Records each node's outcome in `outcomes` when given (to find the failing checks).
    """
    n = len(view)
    ready: Days | None
    if tree.kind == "leaf":
        assert tree.form is not None
        out, ready = tree.form(view)
    elif tree.kind == "not":
        inner, _ = run_tree(tree.children[0], view, outcomes)
        out, ready = (FAIL - inner).astype(np.int8), None
    else:
        results = [run_tree(c, view, outcomes) for c in tree.children]
        if not results:
            out, ready = np.zeros(n, dtype=np.int8), None
        elif tree.kind == "all":
            out = results[0][0]
            for o, _ in results[1:]:
                out = np.maximum(out, o)
            ready = _all_ready(results, n, out) if view.want_ready else None
        else:
            out = results[0][0]
            for o, _ in results[1:]:
                out = np.minimum(out, o)
            ready = None
            if view.want_ready:
                dated = [r.view(np.int64) for _, r in results if r is not None]
                if dated:
                    low = dated[0]
                    for r in dated[1:]:
                        # NaT is the smallest int64: take the minimum among real dates only
                        low = np.where((low == _NAT) | ((r != _NAT) & (r < low)), r, low)
                    ready = np.where(out != PASS, low, _NAT).view("datetime64[D]")
    if outcomes is not None:
        outcomes[id(tree)] = out
    return out, ready


_NAT = np.iinfo(np.int64).min


def _all_ready(results: list[tuple[Outcomes, Days | None]], n: int, out: Outcomes) -> Days | None:
    """Return the latest ready date of the pending children, as AllOf.explain works it out.

    A failed all-of is dated when every failed child is (a missing fact elsewhere does not stop
    it); an unknown one when every pending child is. The date is the latest of those known.
    """
    failed = out == FAIL
    high = np.full(n, _NAT, dtype=np.int64)
    missing = np.zeros(n, dtype=bool)
    deciding_any = np.zeros(n, dtype=bool)
    for o, r in results:
        pending = o != PASS
        deciding = np.where(failed, o == FAIL, pending)
        deciding_any |= deciding
        if r is None:
            missing |= deciding
            continue
        ri = r.view(np.int64)
        missing |= deciding & (ri == _NAT)
        high = np.maximum(high, np.where(pending, ri, _NAT))
    dated = deciding_any & ~missing
    if not dated.any():
        return None
    return np.where(dated, high, _NAT).view("datetime64[D]")


class Evaluator:
    """Evaluates one rule over a population: compiled per parameter epoch, verdicts and dates."""

    def __init__(self, book: RuleBook, rule: str, params: Mapping[str, object]) -> None:
        self.book = book
        self.rule = rule
        self.params = params
        cuts = sorted({d for p in book.parameters for d in p.effective_dates()})
        self.cuts = np.array(cuts, dtype="datetime64[D]")
        self._trees: dict[int, CNode] = {}

    def tree_for(self, epoch: int, day: np.datetime64) -> CNode:
        """Return the compiled tree of the parameter epoch (bound on a date inside it)."""
        tree = self._trees.get(epoch)
        if tree is None:
            tree = self._trees[epoch] = compile_rule(
                self.book, self.rule, self.params, day.astype(dt.date)
            )
        return tree

    def run(
        self,
        pop: Population,
        rows: Ints,
        on: Days,
        failing: list[tuple[str, ...]] | None = None,
        *,
        want_ready: bool = True,
        asof: Days | None = None,
    ) -> tuple[Outcomes, Days, Ints]:
        """Return outcome, ready date and (if a list is given) failing-checks index per row.

        Rows are grouped by parameter epoch; `failing` collects the distinct tuples of checks.
        """
        epoch = np.searchsorted(self.cuts, on, side="right")
        out = np.empty(len(rows), dtype=np.int8)
        ready = np.empty(len(rows), dtype="datetime64[D]")
        codes = np.zeros(len(rows), dtype=np.int64)
        for e in np.unique(epoch).tolist():
            m = epoch == e
            whole = bool(m.all())
            tree = self.tree_for(e, on[m].min())
            facts = None if asof is None else (asof if whole else asof[m])
            view = View(
                pop,
                rows if whole else rows[m],
                on if whole else on[m],
                want_ready=want_ready,
                asof=facts,
            )
            nodes: dict[int, Outcomes] | None = {} if failing is not None else None
            o, r = run_tree(tree, view, nodes)
            out[m] = o
            ready[m] = NAT if r is None else r
            if failing is not None and nodes is not None:
                index, names = failing_codes(tree, nodes, len(view))
                known = {t: k for k, t in enumerate(failing)}
                remap = np.empty(len(names), dtype=np.int64)
                for k, t in enumerate(names):
                    if t not in known:
                        known[t] = len(failing)
                        failing.append(t)
                    remap[k] = known[t]
                codes[m] = remap[index]
        return out, ready, codes

    def earliest(
        self, pop: Population, rows: Ints, on: Days, out: Outcomes, ready: Days, horizon: int = 60
    ) -> Days:
        """Return the first date from `on` each row passes, searched as RuleBook.earliest does.

        From each date the search goes to the check's ready-on date, or to the next date a
        dated parameter changes when that comes first and the rule failed (the law may change
        before the facts are ready); it stops on an unknown outcome or no later date. The
        profile stays as it stood on `on`.
        """
        earliest = np.where(out == PASS, on, NAT)
        day = on.copy()
        nxt = self._next_day(out, ready, day)
        pending = ~np.isnat(nxt) & (out != PASS)
        for _ in range(horizon - 1):
            idx = np.nonzero(pending)[0]
            if len(idx) == 0:
                break
            day[idx] = nxt[idx]
            o, r, _ = self.run(pop, rows[idx], day[idx], asof=on[idx])
            passed = o == PASS
            earliest[idx[passed]] = day[idx[passed]]
            step = self._next_day(o, r, day[idx])
            nxt[idx] = step
            pending[idx] = ~passed & ~np.isnat(step)
        return earliest

    def _next_day(self, out: Outcomes, ready: Days, day: Days) -> Days:
        """Return the next date to look at after `day` (NaT: the search stops)."""
        later = np.where(ready > day, ready, NAT)
        index = np.searchsorted(self.cuts, day, side="right")
        has_change = (index < len(self.cuts)) & (out == FAIL)
        change = np.where(has_change, self.cuts[np.minimum(index, len(self.cuts) - 1)], NAT)
        use_change = has_change & (np.isnat(later) | (change < later))
        stop = (out == UNKNOWN) | np.isnat(later)
        return np.where(use_change, change, np.where(stop, NAT, later))


def failing_codes(
    tree: CNode, outcomes: Mapping[int, Outcomes], n: int
) -> tuple[Ints, list[tuple[str, ...]]]:
    """Return per row an index into a list of failing-check tuples (in the scalar engine's order)."""
    found = slots(tree)
    if len(found) > 62:
        raise NoColumnarForm(f"{len(found)} reportable checks (at most 62 are supported)")
    code = np.zeros(n, dtype=np.int64)
    for i, (node, above) in enumerate(found):
        mask = outcomes[id(node)] != PASS
        for a in above:
            mask &= outcomes[id(a)] != PASS
        code |= mask.astype(np.int64) << i
    distinct = np.unique(code)  # few distinct combinations: hashing, then a small search
    inverse = np.searchsorted(distinct, code)
    names = [
        tuple(found[j][0].name for j in range(len(found)) if (c >> j) & 1)
        for c in distinct.tolist()
    ]
    return inverse.astype(np.int64), names
