"""Build a simulation model from a catalogue service: its SOP's steps, roles and time limit.

Modelling choices (also in docs/simulation.md):
- every step is served in office time; minutes, hours and JP count as themselves, and a
  working day of processing is one working day's office time (the base schedule's weekly
  hours over its working weekdays: 7.5 h in East Java); a calendar day of processing is a
  seventh of the week's office time, and a bare 'hari' follows the agency's reading;
- a step is served by its first actor; a station is a role (aliases merged through the
  agency's roles.yaml) with, by default, one server for a structural role, no queue for an
  applicant or an outside body, and the service's jumlah pelaksana otherwise;
- arrivals at a rate a working day come at random in office time; received instants are
  taken as given (outside office hours they wait for the next opening);
- anything the data leaves open (an open duration, a step without actors, a decision with
  targets) needs an explicit option, and the error names the step; defaults applied are
  listed in the model's notes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

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
from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.core._agency import DayReading
from sopkit.core._service import Service
from sopkit.core._sop import Sop, Step, Target
from sopkit.roles._registry import RoleRegistry, normalise_name
from sopkit.roles._role import RoleKind
from sopkit.sim._errors import SimModelError
from sopkit.sim._hours import OfficeHours
from sopkit.sim._model import (
    END,
    Arrivals,
    Distribution,
    PoissonArrivals,
    ScheduledArrivals,
    SimModel,
    SlaRule,
    Stage,
    Station,
)

if TYPE_CHECKING:
    from sopkit.core._catalog import Catalog


@attrs.frozen
class Branch:
    """A decision's routing: the chance of 'yes' and where each answer leads.

    Targets are step numbers or "end"; None takes the SOP's own target, or else the next step.
    """

    p_yes: float
    yes: Target | None = None
    no: Target | None = None


StepTime = float | str | Duration
"""A step duration override: office hours as a number, a phrase ('2 jam'), or a Duration."""


@attrs.frozen
class _Role:
    key: str
    name: str
    kind: RoleKind | None


def build_model(
    service: Service,
    calendar: WorkCalendar,
    *,
    start: dt.date,
    per_day: float | None = None,
    days: float | None = None,
    received: Sequence[dt.datetime] = (),
    sop: str | None = None,
    roles: RoleRegistry | None = None,
    staff: Mapping[str, int | None] | None = None,
    durations: Mapping[int, StepTime] | None = None,
    step_roles: Mapping[int, str] | None = None,
    default_pool: str | None = None,
    branches: Mapping[int, Branch] | None = None,
    distribution: Distribution = Distribution.DETERMINISTIC,
    spread: float = 0.5,
    bare_day: DayReading | None = None,
    time_limit: TimeLimit | None = None,
    warmup_days: float = 0.0,
) -> SimModel:
    """Return the simulation model of a service's SOP on an agency's calendar from start.

    Give either `per_day` and `days` (Poisson arrivals a working day, for that many working
    days) or `received` (aware instants). Overrides: `staff` (station or role name → servers,
    None for unlimited), `durations` and `step_roles` (by step number), `default_pool` (the
    station for steps without actors), `branches` (decision step → Branch).
    """
    chosen = _sop_of(service, sop)
    hours = OfficeHours.from_calendar(calendar, start)
    reading = bare_day or calendar.bare_day
    notes: list[str] = []
    stations, station_of = _stations(
        service, chosen, roles, dict(staff or {}), dict(step_roles or {}), default_pool, notes
    )
    durations = dict(durations or {})
    _check_steps(chosen, durations, "durations")
    _check_steps(chosen, dict(branches or {}), "branches")
    index = {s.number: k for k, s in enumerate(chosen.steps)}
    week = _Week(hours.day_hours, calendar.schedule.hours.weekly_seconds() / 3600)
    stages = []
    for k, step in enumerate(chosen.steps):
        mean = _hours_of(step, durations.get(step.number), week, reading, chosen)
        p_yes, yes, no = _route(step, k, index, (branches or {}).get(step.number), chosen, notes)
        stages.append(
            Stage(
                name=f"step {step.number}: {step.activity}",
                station=station_of[step.number],
                mean_hours=mean,
                distribution=distribution,
                spread=spread,
                next=k + 1 if k + 1 < len(chosen.steps) else END,
                p_yes=p_yes,
                yes=yes,
                no=no,
            )
        )
    arrivals = _arrivals(hours, per_day, days, received)
    limit = time_limit if time_limit is not None else service.time_limit
    return SimModel(
        name=service.code,
        stations=tuple(stations),
        stages=tuple(stages),
        arrivals=arrivals,
        hours=hours,
        sla=_sla(calendar, hours, arrivals, limit, bare_day, notes),
        warmup_days=warmup_days,
        notes=tuple(notes),
    )


def _sop_of(service: Service, slug: str | None) -> Sop:
    if not service.sops:
        raise SimModelError(f"service {service.code!r} has no SOP to simulate")
    if slug is None:
        if len(service.sops) > 1:
            names = ", ".join(s.slug for s in service.sops)
            raise SimModelError(f"service {service.code!r} has several SOPs ({names}); pick one")
        return service.sops[0]
    for found in service.sops:
        if slug in (found.slug, found.code):
            return found
    names = ", ".join(s.slug for s in service.sops)
    raise SimModelError(f"service {service.code!r} has no SOP {slug!r}; SOPs: {names}")


def _check_steps(sop: Sop, given: Mapping[int, object], what: str) -> None:
    numbers = {s.number for s in sop.steps}
    unknown = sorted(set(given) - numbers)
    if unknown:
        raise SimModelError(
            f"{what} name steps {unknown} that SOP {sop.code!r} does not have "
            f"(steps {min(numbers)}-{max(numbers)})"
        )


def _role_of(name: str, roles: RoleRegistry | None) -> _Role:
    if roles is not None and name in roles:
        role = roles.resolve(name)
        return _Role(role.code, role.name, role.kind)
    return _Role(normalise_name(name), name, None)


def _stations(
    service: Service,
    sop: Sop,
    roles: RoleRegistry | None,
    staff: dict[str, int | None],
    step_roles: dict[int, str],
    default_pool: str | None,
    notes: list[str],
) -> tuple[list[Station], dict[int, int]]:
    _check_steps(sop, step_roles, "step_roles")
    order: list[_Role] = []
    spellings: dict[str, set[str]] = {}
    station_of_step: dict[int, str] = {}
    for step in sop.steps:
        if step.number in step_roles:
            actor = step_roles[step.number]
        elif step.actors:
            actor = step.actors[0]
            if len(step.actors) > 1:
                notes.append(
                    f"step {step.number}: served by its first actor {actor!r} of {list(step.actors)}"
                )
        elif default_pool is not None:
            actor = default_pool
            notes.append(f"step {step.number}: no actor in the SOP; served by {default_pool!r}")
        else:
            raise SimModelError(
                f"step {step.number} ({step.activity!r}) of SOP {sop.code!r} names no actor; "
                "give step_roles={" + str(step.number) + ": ROLE} or default_pool=ROLE"
            )
        role = _role_of(actor, roles)
        if role.key not in spellings:
            order.append(role)
            spellings[role.key] = set()
        spellings[role.key].add(actor)
        station_of_step[step.number] = role.key
    by_key = {r.key: k for k, r in enumerate(order)}
    overrides = _match_staff(staff, order, spellings, roles)
    stations = [
        _station(service, r, sorted(spellings[r.key]), overrides.get(r.key, _MISSING))
        for r in order
    ]
    return stations, {n: by_key[key] for n, key in station_of_step.items()}


_MISSING = -1


def _match_staff(
    staff: dict[str, int | None],
    order: list[_Role],
    spellings: dict[str, set[str]],
    roles: RoleRegistry | None,
) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    for key, count in staff.items():
        wanted = _role_of(key, roles).key
        match = next(
            (
                r.key
                for r in order
                if wanted == r.key
                or normalise_name(key) in {normalise_name(x) for x in (r.name, *spellings[r.key])}
            ),
            None,
        )
        if match is None:
            names = ", ".join(r.name for r in order)
            raise SimModelError(f"staff names {key!r}, which serves no step; stations: {names}")
        found[match] = count
    return found


def _station(service: Service, role: _Role, names: list[str], override: int | None) -> Station:
    if override != _MISSING:
        return Station(role.name, override, tuple(names), "override")
    if role.kind is RoleKind.STRUCTURAL:
        return Station(role.name, 1, tuple(names), "structural role: one office holder")
    if role.kind in (RoleKind.APPLICANT, RoleKind.EXTERNAL):
        return Station(role.name, None, tuple(names), f"{role.kind.value}: not queued")
    total = service.staffing.total if service.staffing else None
    if total is None:
        raise SimModelError(
            f"service {service.code!r} states no jumlah pelaksana, so role {role.name!r} has "
            "no default capacity; give staff={" + repr(role.name) + ": N}"
        )
    return Station(role.name, total, tuple(names), f"jumlah pelaksana ({total})")


@attrs.frozen
class _Week:
    day_hours: float  # one working day's office time
    week_hours: float  # one week's office time


def _hours_of(
    step: Step, given: StepTime | None, week: _Week, reading: DayReading, sop: Sop
) -> float:
    where = f"step {step.number} ({step.activity!r}) of SOP {sop.code!r}"
    if given is not None:
        if isinstance(given, int | float):
            if given < 0 or math.isnan(given):
                raise SimModelError(f"{where}: duration override {given} h is not a length")
            return float(given)
        value: TimeLimit | None = parse_duration(given) if isinstance(given, str) else given
    else:
        value = step.duration
    if value is None:
        raise SimModelError(f"{where} has no duration; give durations={{{step.number}: ...}}")
    if isinstance(value, OpenDuration):
        raise SimModelError(
            f"{where} has an open duration {value.text!r}; give durations={{{step.number}: ...}} "
            "(office hours, or a phrase such as '2 jam')"
        )
    if isinstance(value, CompositeDuration):
        if value.is_open:
            raise SimModelError(
                f"{where} has a duration with an open part {value.text!r}; give durations="
                f"{{{step.number}: ...}}"
            )
        parts = value.parts[:1] if value.combine is Combine.EQUIVALENT else value.parts
        return math.fsum(
            _fixed(p.duration, week, reading, where)
            for p in parts
            if isinstance(p.duration, Duration)
        )
    return _fixed(value, week, reading, where)


def _fixed(value: Duration, week: _Week, reading: DayReading, where: str) -> float:
    dimension = value.dimension
    if dimension is Dimension.BARE_DAYS:
        if reading is DayReading.UNDECLARED:
            raise SimModelError(
                f"{where}: {value.text or value.describe()!r} is a bare 'hari' and the agency "
                "does not declare how it is read; give bare_day=working or calendar"
            )
        dimension = (
            Dimension.WORKING_DAYS if reading is DayReading.WORKING else Dimension.CALENDAR_DAYS
        )
    if dimension is Dimension.OFFICE_TIME:
        return value.base_amount / 60
    if dimension is Dimension.WORKING_DAYS:
        return value.base_amount * week.day_hours
    if dimension is Dimension.CALENDAR_DAYS:
        return value.base_amount * week.week_hours / 7
    raise SimModelError(
        f"{where}: {value.text or value.describe()!r} is counted in months, too coarse for a "
        "processing time; give durations={step: ...} in hours or working days"
    )


def _route(
    step: Step,
    k: int,
    index: dict[int, int],
    branch: Branch | None,
    sop: Sop,
    notes: list[str],
) -> tuple[float | None, int, int]:
    decision = step.decision
    if branch is None:
        if decision is not None and (decision.yes is not None or decision.no is not None):
            raise SimModelError(
                f"step {step.number} of SOP {sop.code!r} is a decision leading to "
                f"yes={decision.yes!r}, no={decision.no!r}; give branches={{{step.number}: "
                "Branch(p_yes)}"
            )
        if decision is not None:
            notes.append(f"step {step.number}: decision without targets; flows to the next step")
        return None, END, END
    yes = branch.yes if branch.yes is not None else decision.yes if decision else None
    no = branch.no if branch.no is not None else decision.no if decision else None
    return branch.p_yes, _target(yes, k, index, step, sop), _target(no, k, index, step, sop)


def _target(target: Target | None, k: int, index: dict[int, int], step: Step, sop: Sop) -> int:
    if target is None:
        return k + 1 if k + 1 < len(index) else END
    if target == "end":
        return END
    if target not in index:
        raise SimModelError(
            f"step {step.number} of SOP {sop.code!r} branches to step {target}, which it lacks"
        )
    return index[target]


def _arrivals(
    hours: OfficeHours, per_day: float | None, days: float | None, received: Sequence[dt.datetime]
) -> Arrivals:
    if received:
        if per_day is not None or days is not None:
            raise SimModelError("give either received instants or per_day and days, not both")
        clocks = sorted(hours.offset(r) for r in received)
        if clocks[0] < 0:
            raise SimModelError("a received instant falls before the simulation's start date")
        return ScheduledArrivals(tuple(clocks))
    if per_day is None or days is None:
        raise SimModelError("give per_day and days (Poisson arrivals), or received instants")
    return PoissonArrivals(per_day, days)


def _sla(
    calendar: WorkCalendar,
    hours: OfficeHours,
    arrivals: Arrivals,
    limit: TimeLimit | None,
    bare_day: DayReading | None,
    notes: list[str],
) -> SlaRule | None:
    if limit is None:
        notes.append("the service states no time limit: no SLA figures")
        return None
    text = getattr(limit, "text", "") or str(limit)
    if isinstance(limit, CompositeDuration) and limit.combine is Combine.EQUIVALENT:
        limit = limit.parts[0].duration  # one length stated twice: the headline rules
    if isinstance(limit, OpenDuration):
        notes.append(f"the time limit {limit.text!r} is open: no SLA figures")
        return None
    if isinstance(limit, Duration) and limit.dimension is Dimension.OFFICE_TIME:
        return SlaRule(text, office_hours=limit.base_amount / 60)
    if isinstance(limit, CompositeDuration) and any(
        isinstance(p.duration, Duration) and p.duration.dimension is Dimension.OFFICE_TIME
        for p in limit.parts
    ):
        raise SimModelError(
            f"time limit {text!r} mixes office time with days; give time_limit= a single length"
        )
    if isinstance(arrivals, PoissonArrivals):
        last = hours.clock(hours.working_days_position(arrivals.days))
    else:
        last = arrivals.clock[-1]
    by_day = []
    assert hours.start is not None
    for d in range(math.floor(last / 24) + 1):
        day = hours.start + dt.timedelta(days=d)
        try:
            due = calendar.deadline(hours.instant(d * 24.0), limit, bare_day=bare_day)
        except SopkitError as exc:
            raise SimModelError(
                f"cannot set deadlines for time limit {text!r} from {day.isoformat()}: {exc}"
            ) from exc
        by_day.append(hours.position(hours.offset(due)))
    return SlaRule(text, by_day=tuple(by_day))


def model_for(catalog: Catalog, code: str, *, start: dt.date, **options: Any) -> SimModel:
    """Return the model of a catalogue service on its agency's calendar (see build_model)."""
    service = catalog.service(code)
    calendar = calendar_for(catalog, service.agency)
    return build_model(
        service, calendar, start=start, roles=catalog.roles_of(service.agency), **options
    )
