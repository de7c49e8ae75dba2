"""The parts a model is built from: options, roles, one SOP's stages before stations merge."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Literal

import attrs

from sopkit._i18n import Text
from sopkit.calendar._duration import (
    Duration,
)
from sopkit.core._agency import DayReading
from sopkit.core._service import Staffing
from sopkit.core._sop import Target
from sopkit.roles._registry import RoleRegistry, normalise_name
from sopkit.roles._role import RoleKind
from sopkit.sim._errors import SimModelError
from sopkit.sim._model import Batch, Distribution, SlaRule, Stage

ASSUMED_POOL = "Pelaksana (assumed)"
"""The station that serves steps naming no actor, under assume=True."""


ASSUMED_FORWARD = 0.9
"""Chance of the forward answer at a decision that loops back, under assume=True."""


EffortRule = Literal["split", "lead"]
StaffRule = Literal["work", "even"]


@attrs.frozen
class Branch:
    """A decision's routing: the chance of 'yes' and where each answer leads.

    Targets are step numbers or "end"; None takes the SOP's own target, or else the next step.
    """

    p_yes: float
    yes: Target | None = None
    no: Target | None = None


StepTime = float | str | Duration
"""A step time override: office hours as a number, a phrase ('2 jam'), or a Duration."""


LEAD = "lead"
"""An effort override meaning 'the whole lead time' (no elapsed part)."""


@attrs.frozen
class _Role:
    key: str
    name: str
    kind: RoleKind | None

    @property
    def unlimited(self) -> bool:
        return self.kind in (RoleKind.APPLICANT, RoleKind.EXTERNAL)


@attrs.frozen
class _Options:
    roles: RoleRegistry | None
    staff: Mapping[str, int | None]
    staff_rule: StaffRule
    durations: Mapping[int, StepTime]
    efforts: Mapping[int, StepTime]
    effort_default: EffortRule
    step_roles: Mapping[int, str]
    default_pool: str | None
    branches: Mapping[int, Branch]
    batches: Mapping[int, Batch | str | Sequence[dt.date]]
    distribution: Distribution
    spread: float
    bare_day: DayReading | None
    assume: bool


@attrs.define
class _Piece:
    """One SOP turned into stages whose stations are role keys, before stations are merged."""

    name: str
    roles: dict[str, _Role]
    spellings: dict[str, set[str]]
    stages: list[Stage]
    keys: list[str]
    staffing: Staffing | None
    sla: SlaRule | None
    notes: list[str]
    assumptions: list[str]


def _check_number(value: object, what: str, *, low: float = 0.0, strict: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SimModelError(
            Text("{what} must be a finite number, got {value}", what=what, value=repr(value))
        )
    if value < low or (strict and value == low):
        raise SimModelError(
            Text(
                "{what} must be above {low}, got {value}"
                if strict
                else "{what} must be at least {low}, got {value}",
                what=what,
                low=f"{low:g}",
                value=repr(value),
            )
        )
    return float(value)


def _role_of(name: str, roles: RoleRegistry | None) -> _Role:
    if roles is not None and name in roles:
        role = roles.resolve(name)
        return _Role(role.code, role.name, role.kind)
    return _Role(normalise_name(name), name, None)
