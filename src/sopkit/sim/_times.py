"""A step's waktu in office hours, and how much of it is staff effort (the lead/effort split)."""

from __future__ import annotations

import math

import attrs

from sopkit._errors import SopkitError
from sopkit.calendar._duration import (
    Combine,
    CompositeDuration,
    Dimension,
    Duration,
    OpenDuration,
    TimeLimit,
    parse_duration,
)
from sopkit.core._agency import DayReading
from sopkit.core._sop import Sop, Step
from sopkit.roles._role import RoleKind
from sopkit.sim._errors import SimModelError
from sopkit.sim._parts import LEAD, _Options, _Role
from sopkit.sim._spelling import ask

DEFAULT_EFFORT_MINUTES: dict[RoleKind | None, float] = {
    RoleKind.STRUCTURAL: 15.0,
    RoleKind.FUNCTIONAL: 30.0,
    RoleKind.STAFF: 10.0,
    None: 10.0,
}
"""Effort of a step whose waktu is in days, by the kind of its role (None: not in roles.yaml).

Medians of the waktu of every step stated in office time in the bundled catalogues, by the
kind of the step's first actor (structural 15 min over 44 steps, functional 30 min over 15,
staff 10 min over 55, steps without an actor 10 min over 118).
"""


@attrs.frozen
class _Week:
    day_hours: float  # one working day's office time
    week_hours: float  # one week's office time


def _counts_in(value: object, dimension: Dimension) -> bool:
    """Return whether a length (or any part of a composite one) counts in this dimension."""
    if isinstance(value, Duration):
        return value.dimension is dimension
    if isinstance(value, CompositeDuration):
        return any(_counts_in(p.duration, dimension) for p in value.parts)
    return False


def _uses_bare_days(sop: Sop, limit: TimeLimit | None) -> bool:
    bare = Dimension.BARE_DAYS
    return _counts_in(limit, bare) or any(_counts_in(s.duration, bare) for s in sop.steps)


def _has_months(value: object) -> bool:
    return _counts_in(value, Dimension.MONTHS)


def _time(given: object, where: str, week: _Week, reading: DayReading, option: str) -> float:
    if isinstance(given, bool):
        raise SimModelError(f"{where}: {option} got {given!r}, not a length")
    if isinstance(given, int | float):
        if not math.isfinite(given) or given < 0:
            raise SimModelError(f"{where}: {option} got {given!r} h; give a finite length ≥ 0")
        return float(given)
    value: object
    if isinstance(given, str):
        try:
            value = parse_duration(given)
        except SopkitError as exc:
            raise SimModelError(f"{where}: {option}: {exc}") from None
    else:
        value = given
    if isinstance(value, OpenDuration):
        raise SimModelError(f"{where}: {option} {value.text!r} is open; give a fixed length")
    if isinstance(value, CompositeDuration):
        if value.is_open:
            raise SimModelError(f"{where}: {option} {value.text!r} has an open part")
        parts = value.parts[:1] if value.combine is Combine.EQUIVALENT else value.parts
        return math.fsum(
            _fixed(p.duration, week, reading, where)
            for p in parts
            if isinstance(p.duration, Duration)
        )
    if isinstance(value, Duration):
        return _fixed(value, week, reading, where)
    raise SimModelError(f"{where}: {option} got {given!r}; give office hours or a phrase")


def _fixed(value: Duration, week: _Week, reading: DayReading, where: str) -> float:
    dimension = value.dimension
    if dimension is Dimension.BARE_DAYS:
        if reading is DayReading.UNDECLARED:
            raise SimModelError(
                f"{where}: {value.text or value.describe()!r} is a bare 'hari' and the agency "
                f"does not declare how it is read; give {ask('bare_day')} or {ask('assume')}"
            )
        dimension = (
            Dimension.WORKING_DAYS if reading is DayReading.WORKING else Dimension.CALENDAR_DAYS
        )
    if dimension is Dimension.OFFICE_TIME:
        out = value.base_amount / 60
    elif dimension is Dimension.WORKING_DAYS:
        out = value.base_amount * week.day_hours
    elif dimension is Dimension.CALENDAR_DAYS:
        out = value.base_amount * week.week_hours / 7
    else:  # months
        out = value.base_amount * 365.25 / 12 * week.week_hours / 7
    if not math.isfinite(out):
        raise SimModelError(f"{where}: {value.text!r} is not a finite length")
    return float(out)


def _in_office_time(value: object) -> bool:
    if isinstance(value, int | float):
        return True  # an override in office hours
    if isinstance(value, str):
        try:
            value = parse_duration(value)
        except SopkitError:
            return False
    if isinstance(value, Duration):
        return value.dimension is Dimension.OFFICE_TIME
    if isinstance(value, CompositeDuration):
        return all(
            isinstance(p.duration, Duration) and p.duration.dimension is Dimension.OFFICE_TIME
            for p in value.parts
        )
    return False


def _effort_of(
    step: Step,
    role: _Role,
    lead: float,
    opts: _Options,
    week: _Week,
    reading: DayReading,
    sop: Sop,
) -> tuple[float, str]:
    """Return the step's effort (server hours) and why."""
    given = opts.efforts.get(step.number)
    if given is None:
        given = getattr(step, "effort", None)  # a data-level effort, where the data has one
    if given is not None:
        if given == LEAD:
            return lead, "override: the whole lead time"
        where = f"step {step.number} ({step.activity!r}) of SOP {sop.code!r}"
        effort = _time(given, where, week, reading, ask("efforts", step.number))
        if effort > lead + 1e-9:
            raise SimModelError(
                f"{where}: {ask('efforts', step.number)} gives {effort:g} h of effort, more than "
                f"its lead time of {lead:g} h; raise {ask('durations', step.number)} too"
            )
        return effort, "override"
    if opts.effort_default == "lead":
        return lead, "the whole lead time (effort_default='lead')"
    if role.unlimited:
        return 0.0, f"{role.kind.value if role.kind else ''}: not queued, the lead time elapses"
    if _in_office_time(opts.durations.get(step.number, step.duration)):
        return lead, "waktu in office time: the work itself"
    minutes = DEFAULT_EFFORT_MINUTES.get(role.kind, DEFAULT_EFFORT_MINUTES[None])
    effort = min(lead, minutes / 60)
    kind = role.kind.value if role.kind else "unlisted"
    return effort, f"waktu in days: {minutes:g} min for a {kind} role, the rest elapses"
