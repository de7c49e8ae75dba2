"""A step's waktu in office hours, and how much of it is staff effort (the lead/effort split)."""

from __future__ import annotations

import math

import attrs

from sopkit._errors import SopkitError
from sopkit._i18n import Text
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


def step_where(step: Step, sop: Sop) -> Text:
    """Return how an error names a step: its number, its activity and its SOP."""
    return Text(
        "step {number} ({activity}) of SOP {sop}",
        number=step.number,
        activity=repr(step.activity),
        sop=repr(sop.code),
    )


def _time(given: object, where: str, week: _Week, reading: DayReading, option: str) -> float:
    if isinstance(given, bool):
        raise SimModelError(
            Text(
                "{where}: {option} got {value}, not a length",
                where=where,
                option=option,
                value=repr(given),
            )
        )
    if isinstance(given, int | float):
        if not math.isfinite(given) or given < 0:
            raise SimModelError(
                Text(
                    "{where}: {option} got {value} h; give a finite length ≥ 0",
                    where=where,
                    option=option,
                    value=repr(given),
                )
            )
        return float(given)
    value: object
    if isinstance(given, str):
        try:
            value = parse_duration(given)
        except SopkitError as exc:
            raise SimModelError(
                Text("{where}: {option}: {error}", where=where, option=option, error=exc)
            ) from None
    else:
        value = given
    if isinstance(value, OpenDuration):
        raise SimModelError(
            Text(
                "{where}: {option} {text} is open; give a fixed length",
                where=where,
                option=option,
                text=repr(value.text),
            )
        )
    if isinstance(value, CompositeDuration):
        if value.is_open:
            raise SimModelError(
                Text(
                    "{where}: {option} {text} has an open part",
                    where=where,
                    option=option,
                    text=repr(value.text),
                )
            )
        parts = value.parts[:1] if value.combine is Combine.EQUIVALENT else value.parts
        return math.fsum(
            _fixed(p.duration, week, reading, where)
            for p in parts
            if isinstance(p.duration, Duration)
        )
    if isinstance(value, Duration):
        return _fixed(value, week, reading, where)
    raise SimModelError(
        Text(
            "{where}: {option} got {value}; give office hours or a phrase",
            where=where,
            option=option,
            value=repr(given),
        )
    )


def _fixed(value: Duration, week: _Week, reading: DayReading, where: str) -> float:
    dimension = value.dimension
    if dimension is Dimension.BARE_DAYS:
        if reading is DayReading.UNDECLARED:
            raise SimModelError(
                Text(
                    "{where}: {text} is a bare 'hari' and the agency does not declare how it is "
                    "read; give {bare_day} or {assume}",
                    where=where,
                    text=repr(value.text or value.describe()),
                    bare_day=ask("bare_day"),
                    assume=ask("assume"),
                )
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
        raise SimModelError(
            Text("{where}: {text} is not a finite length", where=where, text=repr(value.text))
        )
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
    given: object = opts.efforts.get(step.number)
    if given is None:
        given = step.effort  # the agency's own figure in the data, where it states one
    if given is not None:
        if given == LEAD:
            return lead, "override: the whole lead time"
        where = step_where(step, sop)
        effort = _time(given, where, week, reading, ask("efforts", step.number))
        if effort > lead + 1e-9:
            raise SimModelError(
                Text(
                    "{where}: {option} gives {effort} h of effort, more than its lead time of "
                    "{lead} h; raise {durations} too",
                    where=where,
                    option=ask("efforts", step.number),
                    effort=f"{effort:g}",
                    lead=f"{lead:g}",
                    durations=ask("durations", step.number),
                )
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
