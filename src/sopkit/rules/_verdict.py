"""Outcomes, bilingual messages, checks and verdicts: what evaluating a rule returns."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import attrs

from sopkit.asn._pegawai import Pegawai, ProfileWarning
from sopkit.core._params import Params, ParamValue, freeze, thaw


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


class Facts(Params):
    """The facts a check used: frozen like Params, converted to plain values on first read.

    Explaining a verdict builds many checks whose facts are never shown; the conversion
    (dates to ISO text, enums to labels) is paid only when they are.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, object]) -> None:
        self._raw: dict[str, object] | None = raw
        self._items = {}

    def _ready(self) -> dict[str, ParamValue]:
        raw = self._raw
        if raw is not None:
            self._items = {k: _plain(v) for k, v in raw.items()}
            self._raw = None
        return self._items

    def __getitem__(self, key: str) -> ParamValue:
        return self._ready()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ready())

    def __len__(self) -> int:
        return len(self._ready())

    def __hash__(self) -> int:
        self._ready()
        return super().__hash__()

    def __eq__(self, other: object) -> bool:
        self._ready()
        return super().__eq__(other)

    def __repr__(self) -> str:
        return f"Facts({self._ready()!r})"


def fact(**values: object) -> Params:
    """Return the facts a check used, frozen (dates written as ISO text when read)."""
    return Facts(values)


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
    title: Message | None = None

    @property
    def label(self) -> Message:
        """Return the check's name for users (its title; never the internal id)."""
        if self.title is not None:
            return self.title
        words = self.name.rpartition(".")[2].replace("_", " ")
        return Message(words, words)

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
        stack = [self]
        while stack:
            check = stack.pop()
            if check.outcome is Outcome.PASS:
                continue
            if not check.children or check.name == "not":
                yield check
            else:
                stack.extend(reversed(check.children))

    def to_data(self) -> dict[str, Any]:
        """Return the check as plain JSON-ready data."""
        data: dict[str, Any] = {
            "name": self.name,
            "outcome": self.outcome.value,
            "message": {"id": self.message.id, "en": self.message.en},
            "facts": thaw(self.facts),
            "basis": list(self.basis),
            "ready_on": self.ready_on.isoformat() if self.ready_on else None,
            "title": {"id": self.label.id, "en": self.label.en},
        }
        if self.flag:
            data["flag"] = self.flag
        if self.children:
            data["children"] = [c.to_data() for c in self.children]
        return data


@attrs.frozen
class Undated:
    """Why a verdict has no earliest date: the check that blocks it and the reason."""

    check: Check
    reason: Message

    def to_data(self) -> dict[str, Any]:
        """Return the reason as plain JSON-ready data."""
        return {
            "check": self.check.name,
            "title": {"id": self.check.label.id, "en": self.check.label.en},
            "reason": {"id": self.reason.id, "en": self.reason.en},
        }


_REASONS: dict[int, tuple[Check, Undated | None]] = {}


def undated_reasons(root: Check) -> tuple[Undated, ...]:
    """Return, for a check tree that does not pass, the leaf checks no date can be given for."""
    found = []
    for check in root.failures():
        # explained checks are shared between subjects: their reason is worked out once
        cached = _REASONS.get(id(check))
        if cached is not None and cached[0] is check:
            if cached[1] is not None:
                found.append(cached[1])
            continue
        reason = _reason(check)
        if len(_REASONS) > 8192:
            _REASONS.clear()
        _REASONS[id(check)] = (check, reason)
        if reason is not None:
            found.append(reason)
    return tuple(found)


def _reason(check: Check) -> Undated | None:
    if check.outcome is Outcome.UNKNOWN:
        reason = Message(
            f"fakta belum lengkap: {check.message.id}",
            f"a fact is missing: {check.message.en}",
        )
    elif check.ready_on is None:
        reason = Message(
            f"tidak terpenuhi hanya karena waktu berlalu: {check.message.id}",
            f"the passing of time alone does not meet it: {check.message.en}",
        )
    else:
        return None
    return Undated(check, reason)


class Explainer(Protocol):
    """What a verdict needs from a bound check tree: its explanation for a subject."""

    def explain(self, subject: Pegawai) -> Check:
        """Return the explained check for the subject."""
        ...


EarliestSearch = Callable[[Pegawai, "dt.date", Check], tuple["dt.date | None", tuple[Undated, ...]]]
"""Finds a verdict's earliest date and, when there is none, why (subject, date, check tree)."""


class Verdict:
    """A rule's verdict on a subject at a date; checks and the earliest date are built lazily.

    Pass/fail/unknown is computed at once; the explanation (every check with its facts,
    messages and legal basis) and `earliest` are computed on first access. `subject` is the
    profile as it stood on `on`.
    """

    __slots__ = (
        "_check",
        "_earliest",
        "_node",
        "_search",
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
        node: Explainer,
        search: EarliestSearch,
    ) -> None:
        self.rule = rule
        self.on = on
        self.outcome = outcome
        self.subject = subject
        self._node = node
        self._search = search
        self._check: Check | None = None
        self._earliest: tuple[dt.date | None, tuple[Undated, ...]] | None = None

    @property
    def eligible(self) -> bool | None:
        """Return True when every check passed, False when one failed, None when undetermined.

        Undetermined means no check failed but a fact one needs is missing from the profile.
        """
        outcome = self.outcome
        if outcome is Outcome.PASS:
            return True
        return False if outcome is Outcome.FAIL else None

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
    def warnings(self) -> tuple[ProfileWarning, ...]:
        """Return the unusual facts of the profile the verdict was reached on."""
        return self.subject.warnings

    def _found(self) -> tuple[dt.date | None, tuple[Undated, ...]]:
        if self._earliest is None:
            self._earliest = (
                (self.on, ())
                if self.outcome is Outcome.PASS
                else self._search(self.subject, self.on, self.root)
            )
        return self._earliest

    @property
    def earliest(self) -> dt.date | None:
        """Return the earliest date, on or after `on`, the verdict becomes true, if computable."""
        return self._found()[0]

    @property
    def undated(self) -> tuple[Undated, ...]:
        """Return, when no earliest date is computable, each check that prevents it and why."""
        return self._found()[1]

    def to_data(self) -> dict[str, Any]:
        """Return the verdict as plain JSON-ready data."""
        earliest = self.earliest
        return {
            "rule": self.rule,
            "on": self.on.isoformat(),
            "eligible": self.eligible,
            "outcome": self.outcome.value,
            "earliest": earliest.isoformat() if earliest else None,
            "undated": [u.to_data() for u in self.undated],
            "failing": list(self.failing),
            "warnings": [
                {"field": w.field, "message": {"id": w.id, "en": w.en}} for w in self.warnings
            ],
            "checks": [c.to_data() for c in self.checks],
        }

    def __repr__(self) -> str:
        return f"Verdict({self.rule!r}, on={self.on.isoformat()}, outcome={self.outcome.value})"
