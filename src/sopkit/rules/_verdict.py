"""Outcomes, bilingual messages, checks and verdicts: what evaluating a rule returns."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from sopkit.core._params import Params, ParamValue, freeze, thaw

if TYPE_CHECKING:
    from sopkit.asn._pegawai import Pegawai
    from sopkit.rules._engine import Node, RuleBook


class Outcome(enum.StrEnum):
    """The result of a check: passed, failed, or unknown because a fact is missing."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"


@attrs.frozen
class Message:
    """A message in Indonesian (id) and English (en)."""

    id: str
    en: str


def fact(**values: object) -> Params:
    """Return the facts a check used, frozen (dates written as ISO text)."""
    return Params({k: _plain(v) for k, v in values.items()})


def _plain(value: object) -> ParamValue:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, (list, tuple)):
        return tuple(_plain(v) for v in value)
    return freeze(value)


@attrs.frozen
class Check:
    """One check of a verdict: outcome, the facts used, a message, its legal basis.

    `ready_on` is the earliest date the check passes when time alone decides it (None
    when it is not computable); `flag` says when the check rests on a single source.
    Combinators (all, any, not) are checks whose `children` hold the checks they combine.
    """

    name: str
    outcome: Outcome
    message: Message
    facts: Params = attrs.field(factory=Params)
    basis: tuple[str, ...] = ()
    ready_on: dt.date | None = None
    flag: str = ""
    children: tuple[Check, ...] = ()

    def leaves(self) -> Iterator[Check]:
        """Yield the leaf checks under this one, depth first (itself when it is a leaf)."""
        if not self.children:
            yield self
            return
        for child in self.children:
            yield from child.leaves()

    def failures(self) -> Iterator[Check]:
        """Yield the leaf checks that made this check not pass (nothing when it passed).

        A failed `not` is reported as itself, since its child passed.
        """
        if self.outcome is Outcome.PASS:
            return
        if not self.children or self.name == "not":
            yield self
            return
        for child in self.children:
            yield from child.failures()

    def to_data(self) -> dict[str, Any]:
        """Return the check as plain JSON-ready data."""
        data: dict[str, Any] = {
            "name": self.name,
            "outcome": self.outcome.value,
            "message": {"id": self.message.id, "en": self.message.en},
            "facts": thaw(self.facts),
            "basis": list(self.basis),
            "ready_on": self.ready_on.isoformat() if self.ready_on else None,
        }
        if self.flag:
            data["flag"] = self.flag
        if self.children:
            data["children"] = [c.to_data() for c in self.children]
        return data


class Verdict:
    """A rule's verdict on a subject at a date; checks and the earliest date are built lazily.

    Pass/fail is computed at once; the explanation (every check with its facts, messages
    and legal basis) and `earliest` are computed on first access.
    """

    __slots__ = (
        "_book",
        "_check",
        "_earliest",
        "_node",
        "_params",
        "on",
        "outcome",
        "rule",
        "subject",
    )

    def __init__(
        self,
        rule: str,
        on: dt.date,
        outcome: Outcome,
        subject: Pegawai,
        node: Node,
        book: RuleBook,
        params: Mapping[str, object],
    ) -> None:
        self.rule = rule
        self.on = on
        self.outcome = outcome
        self.subject = subject
        self._node = node
        self._book = book
        self._params = params
        self._check: Check | None = None
        self._earliest: tuple[dt.date | None] | None = None

    @property
    def eligible(self) -> bool:
        """Return whether every check passed."""
        return self.outcome is Outcome.PASS

    @property
    def root(self) -> Check:
        """Return the check tree of the whole rule (built on first access)."""
        if self._check is None:
            self._check = self._node.explain(self.subject)
        return self._check

    @property
    def checks(self) -> tuple[Check, ...]:
        """Return the rule's top-level checks (the root itself for a single-check rule)."""
        root = self.root
        return root.children if root.children and root.name == "all" else (root,)

    @property
    def failing(self) -> tuple[str, ...]:
        """Return the names of the leaf checks that made the verdict not pass (failed or unknown)."""
        return tuple(c.name for c in self.root.failures())

    @property
    def earliest(self) -> dt.date | None:
        """Return the earliest date, on or after `on`, the verdict becomes true, if computable."""
        if self._earliest is None:
            found = (
                self.on
                if self.eligible
                else self._book.earliest(self.rule, self.subject, on=self.on, params=self._params)
            )
            self._earliest = (found,)
        return self._earliest[0]

    def to_data(self) -> dict[str, Any]:
        """Return the verdict as plain JSON-ready data."""
        earliest = self.earliest
        return {
            "rule": self.rule,
            "on": self.on.isoformat(),
            "eligible": self.eligible,
            "outcome": self.outcome.value,
            "earliest": earliest.isoformat() if earliest else None,
            "failing": list(self.failing),
            "checks": [c.to_data() for c in self.checks],
        }

    def __repr__(self) -> str:
        return f"Verdict({self.rule!r}, on={self.on.isoformat()}, outcome={self.outcome.value})"
