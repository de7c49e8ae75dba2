"""Build a simulation model from a catalogue service or SOP, or from a whole agency.

Modelling choices (also in docs/simulation.md):
- a step's printed waktu is its *lead time*; of it, the *effort* holds a server of the
  step's role and the rest elapses with no server held (trays, signatures, outside bodies).
  Default effort: the whole waktu when it is stated in office time (menit, jam, JP: the work
  itself); for a waktu in days or months, the median office-time waktu of steps by roles of
  the same kind across the bundled catalogues (DEFAULT_EFFORT_MINUTES), capped at the lead
  time; for an unlimited role (applicant, outside body) the step is a pure delay;
- a step is served by its first actor; a station is a role (aliases merged through the
  agency's roles.yaml): one server for a structural role, unlimited for an applicant or an
  outside body; the service's jumlah pelaksana, less the Eselon holders its breakdown lists,
  is shared by the other roles in proportion to their effort per file (each at least one);
- arrivals at a rate a working day come at random in office time (optionally varying by
  month, weekday and dated period); received instants are taken as given;
- anything the data leaves open needs an option, whose name the error gives; `assume=True`
  fills every gap with the documented defaults and lists each one in `model.assumptions`.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

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
from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.core._agency import DayReading
from sopkit.core._service import Service
from sopkit.core._sop import Sop, Step, Target
from sopkit.roles._registry import RoleRegistry
from sopkit.sim._errors import SimModelError
from sopkit.sim._hours import OfficeHours
from sopkit.sim._model import (
    END,
    Arrivals,
    Batch,
    Distribution,
    Flow,
    PoissonArrivals,
    RateProfile,
    ScheduledArrivals,
    SimModel,
    SlaRule,
    Stage,
    Station,
)
from sopkit.sim._parts import (
    ASSUMED_FORWARD,
    ASSUMED_POOL,
    Branch,
    EffortRule,
    StaffRule,
    StepTime,
    _check_number,
    _Options,
    _Piece,
    _Role,
    _role_of,
)
from sopkit.sim._spelling import ask
from sopkit.sim._staffing import _match_staff, _piece_capacity
from sopkit.sim._times import (
    _effort_of,
    _has_months,
    _time,
    _uses_bare_days,
    _Week,
    step_where,
)

if TYPE_CHECKING:
    from sopkit.core._catalog import Catalog


def _short_where(step: Step, sop: Sop) -> Text:
    return Text("step {number} of SOP {sop}", number=step.number, sop=repr(sop.code))


def _source_of(source: Service | Sop, sop: str | None) -> tuple[Service | None, Sop]:
    if isinstance(source, Sop):
        if sop is not None and sop not in (source.slug, source.code):
            raise SimModelError(
                Text(
                    "{option} names {sop}, but the SOP given is {code}",
                    option=ask("sop"),
                    sop=repr(sop),
                    code=repr(source.code),
                )
            )
        return None, source
    return source, _sop_of(source, sop)


def build_model(
    source: Service | Sop,
    calendar: WorkCalendar,
    *,
    start: dt.date,
    per_day: float | None = None,
    days: float | None = None,
    received: Sequence[dt.datetime] = (),
    profile: RateProfile | None = None,
    sop: str | None = None,
    roles: RoleRegistry | None = None,
    staff: Mapping[str, int | None] | None = None,
    staff_rule: StaffRule = "work",
    durations: Mapping[int, StepTime] | None = None,
    efforts: Mapping[int, StepTime] | None = None,
    effort_default: EffortRule = "split",
    step_roles: Mapping[int, str] | None = None,
    default_pool: str | None = None,
    branches: Mapping[int, Branch] | None = None,
    batches: Mapping[int, Batch | str | Sequence[dt.date]] | None = None,
    distribution: Distribution = Distribution.DETERMINISTIC,
    spread: float = 0.5,
    bare_day: DayReading | None = None,
    time_limit: TimeLimit | None = None,
    warmup_days: float = 0.0,
    assume: bool = False,
    allow_overload: bool = False,
) -> SimModel:
    """Return the simulation model of a service's SOP (or an SOP) on a calendar from start.

    Give either `per_day` and `days` (Poisson arrivals a working day, for that many working
    days, optionally shaped by `profile`) or `received` (aware instants). Overrides:
    `staff` (station or role name → servers, None for unlimited), `durations` (lead
    time), `efforts` (server time, or "lead" for all of it) and `step_roles` (by step
    number), `default_pool` (the station for steps without actors), `branches` (decision
    step → Branch), `batches` (step → Batch, a period phrase, or release dates);
    `effort_default="lead"` makes every effort the whole lead time; `assume=True` fills
    every gap with the documented defaults and lists them in `model.assumptions`.
    """
    service, chosen = _source_of(source, sop)
    hours = _hours(calendar, start)
    opts = _options(
        roles, staff, staff_rule, durations, efforts, effort_default, step_roles,
        default_pool, branches, batches, distribution, spread, bare_day, assume,
    )  # fmt: skip
    for what, given in (
        ("durations", opts.durations),
        ("efforts", opts.efforts),
        ("step_roles", opts.step_roles),
        ("branches", opts.branches),
        ("batches", opts.batches),
    ):
        _check_steps(chosen, given, what)
    arrivals = _arrivals(hours, per_day, days, received, profile)
    limit = time_limit if time_limit is not None else service.time_limit if service else None
    piece = _piece(service, chosen, calendar, hours, opts, arrivals, limit, flow=0)
    return _assemble(
        service.code if service else chosen.code,
        [piece],
        [arrivals],
        hours,
        opts,
        warmup_days,
        allow_overload,
    )


def build_agency_model(
    sources: Sequence[Service | Sop],
    calendar: WorkCalendar,
    *,
    start: dt.date,
    rates: Mapping[str, float],
    days: float,
    name: str = "agency",
    profile: RateProfile | None = None,
    roles: RoleRegistry | None = None,
    staff: Mapping[str, int | None] | None = None,
    staff_rule: StaffRule = "work",
    effort_default: EffortRule = "split",
    default_pool: str | None = None,
    distribution: Distribution = Distribution.DETERMINISTIC,
    spread: float = 0.5,
    bare_day: DayReading | None = None,
    warmup_days: float = 0.0,
    assume: bool = False,
    allow_overload: bool = False,
) -> SimModel:
    """Return one model of several services sharing the agency's role pools.

    `rates` maps a service (or SOP) code, or its slug, to files a working day; each gets
    Poisson arrivals for `days` working days. A role's servers are the most it gets in any
    one service's own model (the same people serve every service); `staff` overrides.
    """
    if not rates:
        raise SimModelError(Text("an agency run needs at least one service with an arrival rate"))
    by_key: dict[str, Service | Sop] = {}
    for src in sources:
        code = src.code
        by_key[code] = src
        by_key.setdefault(code.rsplit("/", 1)[-1], src)
    hours = _hours(calendar, start)
    opts = _options(
        roles, staff, staff_rule, {}, {}, effort_default, {}, default_pool, {}, {},
        distribution, spread, bare_day, assume,
    )  # fmt: skip
    pieces: list[_Piece] = []
    arrivals: list[Arrivals] = []
    for key, rate in rates.items():
        found = by_key.get(key)
        if found is None:
            raise SimModelError(
                Text(
                    "rates name {key}, which is no service or SOP of the agency with steps",
                    key=repr(key),
                )
            )
        service, chosen = _source_of(found, None)
        flow_arrivals = _arrivals(
            hours,
            _check_number(rate, Text("the rate of {key}", key=key), strict=True),
            days,
            (),
            profile,
        )
        limit = service.time_limit if service else None
        pieces.append(
            _piece(
                service,
                chosen,
                calendar,
                hours,
                opts,
                flow_arrivals,
                limit,
                flow=len(pieces),
                prefix=True,
            )
        )
        arrivals.append(flow_arrivals)
    return _assemble(name, pieces, arrivals, hours, opts, warmup_days, allow_overload)


def _options(*values: Any) -> _Options:
    (roles, staff, staff_rule, durations, efforts, effort_default, step_roles, default_pool,
     branches, batches, distribution, spread, bare_day, assume) = values  # fmt: skip
    if effort_default not in ("split", "lead"):
        raise SimModelError(
            Text("effort_default {value}: give 'split' or 'lead'", value=repr(effort_default))
        )
    if staff_rule not in ("work", "even"):
        raise SimModelError(
            Text("staff_rule {value}: give 'work' or 'even'", value=repr(staff_rule))
        )
    staff = dict(staff or {})
    for role, count in staff.items():
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 1
        ):
            raise SimModelError(
                Text(
                    "{option}: give a whole number of 1 or more servers (or none for unlimited), "
                    "got {count}",
                    option=ask("staff", role),
                    count=repr(count),
                )
            )
        if count is not None and count > 100_000:
            raise SimModelError(
                Text(
                    "{option}: {count} servers is past the 100,000 limit",
                    option=ask("staff", role),
                    count=f"{count:,}",
                )
            )
    _check_number(spread, ask("spread"))
    kind = Distribution(distribution)
    top = 1.0 if kind is Distribution.TRIANGULAR else 10.0
    if kind in (Distribution.TRIANGULAR, Distribution.LOGNORMAL) and spread > top:
        raise SimModelError(
            Text(
                "{option} {spread} is above {top}, the most a {kind} spread can be",
                option=ask("spread"),
                spread=f"{spread:g}",
                top=f"{top:g}",
                kind=kind.value,
            )
        )
    return _Options(
        roles, staff, staff_rule, dict(durations or {}), dict(efforts or {}), effort_default,
        dict(step_roles or {}), default_pool, dict(branches or {}), dict(batches or {}),
        Distribution(distribution), float(spread), bare_day, bool(assume),
    )  # fmt: skip


def _hours(calendar: WorkCalendar, start: object) -> OfficeHours:
    if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
        raise SimModelError(
            Text(
                "{option} must be a date (YYYY-MM-DD), got {value}",
                option=ask("start"),
                value=repr(start),
            )
        )
    last = dt.date(calendar.last_year, 12, 31)
    if not dt.date(calendar.first_year, 1, 1) <= start <= last:
        raise SimModelError(
            Text(
                "{option} {start} is outside the calendar's years {first}-{last}; pick a start "
                "inside them or use {last_year}",
                option=ask("start"),
                start=start.isoformat(),
                first=calendar.first_year,
                last=calendar.last_year,
                last_year=ask("last_year"),
            )
        )
    return OfficeHours.from_calendar(calendar, start)


def _sop_of(service: Service, slug: str | None) -> Sop:
    if not service.sops:
        raise SimModelError(
            Text("service {service} has no SOP to simulate", service=repr(service.code))
        )
    if slug is None:
        if len(service.sops) > 1:
            names = ", ".join(s.slug for s in service.sops)
            raise SimModelError(
                Text(
                    "service {service} has several SOPs ({names}); pick one with {option}",
                    service=repr(service.code),
                    names=names,
                    option=ask("sop"),
                )
            )
        return service.sops[0]
    for found in service.sops:
        if slug in (found.slug, found.code):
            return found
    names = ", ".join(s.slug for s in service.sops)
    raise SimModelError(
        Text(
            "service {service} has no SOP {slug}; SOPs: {names}",
            service=repr(service.code),
            slug=repr(slug),
            names=names,
        )
    )


def _check_steps(sop: Sop, given: Mapping[int, object], what: str) -> None:
    numbers = {s.number for s in sop.steps}
    unknown = sorted(set(given) - numbers, key=str)
    if unknown:
        span = (
            Text("steps {first}-{last}", first=min(numbers), last=max(numbers))
            if numbers
            else Text("no steps")
        )
        raise SimModelError(
            Text(
                "{option} names step {step}, which SOP {sop} does not have ({span})",
                option=ask(what, unknown[0]),
                step=repr(unknown[0]),
                sop=repr(sop.code),
                span=span,
            )
        )


def _piece(
    service: Service | None,
    sop: Sop,
    calendar: WorkCalendar,
    hours: OfficeHours,
    opts: _Options,
    arrivals: Arrivals,
    limit: TimeLimit | None,
    *,
    flow: int,
    prefix: bool = False,
) -> _Piece:
    name = service.code if service else sop.code
    if not sop.steps:
        raise SimModelError(Text("SOP {sop} has no steps to simulate", sop=repr(sop.code)))
    notes: list[str] = []
    assumed: list[str] = []
    roles: dict[str, _Role] = {}
    spellings: dict[str, set[str]] = {}
    keys: list[str] = []
    reading = opts.bare_day or calendar.bare_day
    if reading is DayReading.UNDECLARED and opts.assume and _uses_bare_days(sop, limit):
        reading = DayReading.WORKING
        assumed.append(
            f"{name}: a bare 'hari' is read as a working day (the agency declares no reading)"
        )
    week = _Week(hours.day_hours, calendar.schedule.hours.weekly_seconds() / 3600)
    no_actor: list[int] = []
    for step in sop.steps:
        if step.number in opts.step_roles:
            actor = opts.step_roles[step.number]
        elif step.actors:
            actor = step.actors[0]
            if len(step.actors) > 1:
                notes.append(
                    f"{name} step {step.number}: served by its first actor {actor!r} of "
                    f"{list(step.actors)}"
                )
        elif opts.default_pool is not None:
            actor = opts.default_pool
            notes.append(f"{name} step {step.number}: no actor in the SOP; served by {actor!r}")
        elif opts.assume:
            actor = ASSUMED_POOL
            no_actor.append(step.number)
        else:
            raise SimModelError(
                Text(
                    "{where} names no actor; give {roles}, {pool} or {assume}",
                    where=step_where(step, sop),
                    roles=ask("step_roles", step.number),
                    pool=ask("default_pool"),
                    assume=ask("assume"),
                )
            )
        role = _role_of(actor, opts.roles)
        if role.key not in roles:
            roles[role.key] = role
            spellings[role.key] = set()
        spellings[role.key].add(actor)
        keys.append(role.key)
    if no_actor:
        assumed.append(
            f"{name}: steps {_numbers(no_actor)} name no actor; served by the pool {ASSUMED_POOL!r}"
        )
    leads = [_lead_of(step, opts, week, reading, sop, name, notes, assumed) for step in sop.steps]
    fallback = _fallback_lead(leads, week)
    index = {s.number: k for k, s in enumerate(sop.steps)}
    stages: list[Stage] = []
    horizon = hours.ends[-1] if hours.ends else math.inf
    for k, step in enumerate(sop.steps):
        lead = leads[k]
        if lead is None:
            lead = fallback
            assumed.append(
                f"{name} step {step.number}: no fixed waktu; its lead time is taken as "
                f"{lead / week.day_hours:.2f} working days (the median of the SOP's fixed steps)"
            )
        if lead > horizon:
            raise SimModelError(
                Text(
                    "{where} lasts {hours} office hours, more than the calendar's {horizon} from "
                    "the start; give {durations} or {last_year}",
                    where=step_where(step, sop),
                    hours=f"{lead:,.0f}",
                    horizon=f"{horizon:,.0f}",
                    durations=ask("durations", step.number),
                    last_year=ask("last_year"),
                )
            )
        role = roles[keys[k]]
        effort, source = _effort_of(step, role, lead, opts, week, reading, sop)
        p_yes, yes, no = _route(
            step, k, index, opts.branches.get(step.number), sop, opts, notes, assumed, name
        )
        stages.append(
            Stage(
                name=f"{name} step {step.number}: {step.activity}"
                if prefix
                else f"step {step.number}: {step.activity}",
                station=0,  # the role key in `keys` decides, when pieces are assembled
                mean_hours=effort,
                elapsed_hours=max(0.0, lead - effort),
                effort_source=source,
                distribution=opts.distribution,
                spread=opts.spread,
                next=k + 1 if k + 1 < len(sop.steps) else END,
                p_yes=p_yes,
                yes=yes,
                no=no,
                flow=flow,
                batch=_batch(opts.batches.get(step.number), hours, week, sop, step),
            )
        )
    if (
        reading is DayReading.UNDECLARED
        and limit is not None
        and _uses_bare_days(attrs.evolve(sop, steps=()), limit)
    ):
        raise SimModelError(
            Text(
                "{name}: the time limit {limit} counts a bare 'hari' and the agency does not "
                "declare how it is read; give {bare_day} or {assume}",
                name=name,
                limit=repr(getattr(limit, "text", "")),
                bare_day=ask("bare_day"),
                assume=ask("assume"),
            )
        )
    sla = _sla(calendar, hours, arrivals, limit, reading, name, notes)
    return _Piece(
        name, roles, spellings, stages, keys,
        service.staffing if service else None, sla, notes, assumed,
    )  # fmt: skip


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _fallback_lead(leads: list[float | None], week: _Week) -> float:
    fixed = [v for v in leads if v is not None]
    return statistics.median(fixed) if fixed else week.day_hours


def _lead_of(
    step: Step,
    opts: _Options,
    week: _Week,
    reading: DayReading,
    sop: Sop,
    name: str,
    notes: list[str],
    assumed: list[str],
) -> float | None:
    """Return the step's lead time in office hours (None: to be assumed)."""
    where = step_where(step, sop)
    given = opts.durations.get(step.number)
    if given is not None:
        return _time(given, where, week, reading, ask("durations", step.number))
    value = step.duration
    fix = Text(
        "give {durations} or {assume}",
        durations=ask("durations", step.number),
        assume=ask("assume"),
    )
    if value is None:
        if opts.assume:
            return None
        raise SimModelError(Text("{where} has no waktu; {fix}", where=where, fix=fix))
    if isinstance(value, OpenDuration) or (isinstance(value, CompositeDuration) and value.is_open):
        if opts.assume:
            return None
        raise SimModelError(
            Text(
                "{where} has an open waktu {text}; {fix} (office hours, or a phrase such as "
                "'2 jam')",
                where=where,
                text=repr(getattr(value, "text", "")),
                fix=fix,
            )
        )
    hours = _time(value, where, week, reading, ask("durations", step.number))
    if _has_months(value):
        notes.append(
            f"{name} step {step.number}: a month of lead time is read as 365.25/12 calendar "
            "days of the week's office time"
        )
    return hours


def _route(
    step: Step,
    k: int,
    index: dict[int, int],
    branch: Branch | None,
    sop: Sop,
    opts: _Options,
    notes: list[str],
    assumed: list[str],
    name: str,
) -> tuple[float | None, int, int]:
    decision = step.decision
    if branch is None:
        if decision is None:
            return None, END, END
        missing = [a for a, t in (("ya", decision.yes), ("tidak", decision.no)) if t is None]
        if len(missing) == 2:
            notes.append(
                f"{name} step {step.number}: decision without targets (cabang ya and tidak "
                "tidak tercantum, as the rendered chart says); files go on to the next step"
            )
            return None, END, END
        if not opts.assume:
            raise SimModelError(
                Text(
                    "{where} is a decision leading to yes={yes}, no={no}; give {branches} or "
                    "{assume}",
                    where=_short_where(step, sop),
                    yes=repr(decision.yes),
                    no=repr(decision.no),
                    branches=ask("branches", step.number),
                    assume=ask("assume"),
                )
            )
        yes_t = _target(decision.yes, k, index, step, sop)
        no_t = _target(decision.no, k, index, step, sop)
        back_yes, back_no = (0 <= yes_t <= k), (0 <= no_t <= k)
        p = (
            ASSUMED_FORWARD
            if back_no and not back_yes
            else (1 - ASSUMED_FORWARD if back_yes and not back_no else 0.5)
        )
        assumed.append(
            f"{name} step {step.number}: decision {decision.question!r} answers 'ya' with "
            f"chance {p:g}"
            + (f" (cabang {', '.join(missing)} tidak tercantum: the next step)" if missing else "")
        )
        return p, yes_t, no_t
    if decision is None and branch.yes is None and branch.no is None:
        raise SimModelError(
            Text(
                "{where} is no decision; {branches} applies to decision steps (or give Branch "
                "targets to add a loop)",
                where=_short_where(step, sop),
                branches=ask("branches", step.number),
            )
        )
    _check_number(
        branch.p_yes, Text("{option} chance", option=ask("branches", step.number)), low=0.0
    )
    if branch.p_yes > 1:
        raise SimModelError(
            Text(
                "{option}: chance {p} is above 1",
                option=ask("branches", step.number),
                p=branch.p_yes,
            )
        )
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
            Text(
                "{where} branches to step {target}, which it lacks",
                where=_short_where(step, sop),
                target=target,
            )
        )
    return index[target]


def _batch(
    given: Batch | str | Sequence[dt.date] | None,
    hours: OfficeHours,
    week: _Week,
    sop: Sop,
    step: Step,
) -> Batch | None:
    if given is None or isinstance(given, Batch):
        return given
    where = _short_where(step, sop)
    if isinstance(given, str):
        try:
            value = parse_duration(given)
        except SopkitError as exc:
            raise SimModelError(
                Text(
                    "{where}: {option}: {error}",
                    where=where,
                    option=ask("batches", step.number),
                    error=exc,
                )
            ) from None
        if isinstance(value, Duration) and value.dimension is Dimension.MONTHS:
            if hours.start is None or hours.last_date is None:
                raise SimModelError(Text("{where}: monthly batches need a calendar", where=where))
            dates, day = [], dt.date(hours.start.year, hours.start.month, 1)
            while day <= hours.last_date:
                month = day.month - 1 + int(value.base_amount)
                day = dt.date(day.year + month // 12, month % 12 + 1, 1)
                dates.append(day)
            return _dated(dates, hours, given)
        period = _time(value, where, week, DayReading.WORKING, ask("batches", step.number))
        if period <= 0:
            raise SimModelError(
                Text(
                    "{where}: {option} period must be positive",
                    where=where,
                    option=ask("batches", step.number),
                )
            )
        return Batch(every_hours=period, text=given)
    return _dated(list(given), hours, ", ".join(d.isoformat() for d in given))


def _dated(dates: list[dt.date], hours: OfficeHours, text: str) -> Batch:
    if hours.start is None or hours.last_date is None:
        raise SimModelError(Text("dated batches need calendar office hours"))
    at = sorted(
        hours.position((d - hours.start).days * 24.0)
        for d in dates
        if hours.start <= d <= hours.last_date
    )
    if not at:
        raise SimModelError(
            Text(
                "batch releases {text}: none falls between the start {start} and the "
                "calendar's end {end}",
                text=repr(text),
                start=hours.start,
                end=hours.last_date,
            )
        )
    return Batch(at=tuple(at), text=text)


def _arrivals(
    hours: OfficeHours,
    per_day: float | None,
    days: float | None,
    received: Sequence[dt.datetime],
    profile: RateProfile | None,
) -> Arrivals:
    if received:
        if per_day is not None or days is not None:
            raise SimModelError(
                Text(
                    "give either received instants or {arrivals}, not both",
                    arrivals=ask("arrivals"),
                )
            )
        for r in received:
            if not isinstance(r, dt.datetime) or r.tzinfo is None or r.utcoffset() is None:
                raise SimModelError(
                    Text(
                        "received instant {value} is not an aware datetime; give it a timezone "
                        "(e.g. pendulum.datetime(..., tz='Asia/Jakarta'))",
                        value=repr(r),
                    )
                )
        clocks = sorted(hours.offset(r) for r in received)
        if clocks[0] < 0:
            raise SimModelError(Text("a received instant falls before the simulation's start date"))
        last_open = hours.closes[-1] if hours.closes else math.inf
        if clocks[-1] >= last_open:
            raise SimModelError(
                Text(
                    "a received instant falls after the calendar's data ends; use {last_year}",
                    last_year=ask("last_year"),
                )
            )
        return ScheduledArrivals(tuple(clocks))
    if per_day is None or days is None:
        raise SimModelError(Text("give {arrivals}, or received instants", arrivals=ask("arrivals")))
    rate = _check_number(per_day, ask("per_day"), strict=True)
    span = _check_number(days, ask("days"), strict=True)
    try:
        arrivals = PoissonArrivals(rate, span, profile)
    except SimModelError as exc:
        raise SimModelError(Text("{option}: {error}", option=ask("arrivals"), error=exc)) from None
    available = hours.working_days_available()
    if span > available:
        raise SimModelError(
            Text(
                "{option} {days} working days run past the calendar's data ({available} working "
                "days from the start); give fewer days or use {last_year}",
                option=ask("days"),
                days=f"{span:g}",
                available=available,
                last_year=ask("last_year"),
            )
        )
    return arrivals


def _sla(
    calendar: WorkCalendar,
    hours: OfficeHours,
    arrivals: Arrivals,
    limit: TimeLimit | None,
    bare_day: DayReading | None,
    name: str,
    notes: list[str],
) -> SlaRule | None:
    if limit is None:
        notes.append(f"{name}: no time limit is stated: no SLA figures")
        return None
    text = getattr(limit, "text", "") or str(limit)
    if isinstance(limit, CompositeDuration) and limit.combine is Combine.EQUIVALENT:
        limit = limit.parts[0].duration  # one length stated twice: the headline rules
    if isinstance(limit, OpenDuration):
        notes.append(f"{name}: the time limit {limit.text!r} is open: no SLA figures")
        return None
    if isinstance(limit, Duration) and limit.dimension is Dimension.OFFICE_TIME:
        return SlaRule(text, office_hours=limit.base_amount / 60)
    if isinstance(limit, CompositeDuration) and any(
        isinstance(p.duration, Duration) and p.duration.dimension is Dimension.OFFICE_TIME
        for p in limit.parts
    ):
        raise SimModelError(
            Text(
                "time limit {text} mixes office time with days; give {option} a single length",
                text=repr(text),
                option=ask("time_limit"),
            )
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
            by_day.append(hours.position(hours.offset(due)))
        except SopkitError as exc:
            notes.append(
                f"{name}: no SLA figures: deadlines for the time limit {text!r} cannot be set "
                f"from {day.isoformat()} ({exc})"
            )
            return None
    return SlaRule(text, by_day=tuple(by_day))


# -- stations: merging pieces ------------------------------------------------------------


def _assemble(
    name: str,
    pieces: list[_Piece],
    arrivals: list[Arrivals],
    hours: OfficeHours,
    opts: _Options,
    warmup_days: float,
    allow_overload: bool,
) -> SimModel:
    _check_number(warmup_days, ask("warmup_days"))
    horizon = max((a.days for a in arrivals if isinstance(a, PoissonArrivals)), default=math.inf)
    if warmup_days >= horizon:
        raise SimModelError(
            Text(
                "{option} {warmup} working days is not shorter than the {horizon} days of "
                "arrivals: no file would be counted",
                option=ask("warmup_days"),
                warmup=f"{warmup_days:g}",
                horizon=f"{horizon:g}",
            )
        )
    order: dict[str, _Role] = {}
    spellings: dict[str, set[str]] = {}
    for piece in pieces:
        for key, role in piece.roles.items():
            order.setdefault(key, role)
            spellings.setdefault(key, set()).update(piece.spellings[key])
    fixed = _match_staff(opts.staff, order, spellings, opts.roles)
    capacity: dict[str, tuple[int | None, str]] = {}
    for piece in pieces:
        for key, (count, source) in _piece_capacity(piece, opts, fixed).items():
            if key not in capacity:
                capacity[key] = (count, source)
                continue
            old, _ = capacity[key]
            if old is not None and (count is None or count > old):
                capacity[key] = (count, f"{source} (the most any service gives it)")
    for key, count in fixed.items():
        capacity[key] = (count, "override")
    keys = list(order)
    stations = tuple(
        Station(order[k].name, capacity[k][0], tuple(sorted(spellings[k])), capacity[k][1])
        for k in keys
    )
    index = {k: i for i, k in enumerate(keys)}
    stages: list[Stage] = []
    flows: list[Flow] = []
    for piece, flow_arrivals in zip(pieces, arrivals, strict=True):
        offset = len(stages)
        flows.append(Flow(piece.name, offset, flow_arrivals, piece.sla))
        for stage, key in zip(piece.stages, piece.keys, strict=True):
            stages.append(
                attrs.evolve(
                    stage,
                    station=index[key],
                    next=_shift(stage.next, offset),
                    yes=_shift(stage.yes, offset),
                    no=_shift(stage.no, offset),
                )
            )
    notes = [n for p in pieces for n in p.notes]
    assumptions = [a for p in pieces for a in p.assumptions]
    common: dict[str, Any] = {
        "name": name,
        "stations": stations,
        "stages": tuple(stages),
        "hours": hours,
        "warmup_days": warmup_days,
        "notes": tuple(notes),
        "assumptions": tuple(assumptions),
        "allow_overload": allow_overload,
    }
    if len(flows) == 1:
        return SimModel(arrivals=flows[0].arrivals, sla=flows[0].sla, **common)
    return SimModel(flows=tuple(flows), **common)


def _shift(target: int, offset: int) -> int:
    return target if target == END else target + offset


# -- the catalogue's view ---------------------------------------------------------------


def model_for(catalog: Catalog, code: str, *, start: dt.date, **options: Any) -> SimModel:
    """Return the model of a catalogue service or SOP on its agency's calendar (see build_model)."""
    found = catalog.lookup(code)
    if not isinstance(found, Service | Sop):
        raise SimModelError(
            Text(
                "{code} is an agency; give a service or SOP code, or use an agency run",
                code=repr(code),
            )
        )
    calendar = options.pop("calendar", None) or calendar_for(catalog, found.agency)
    return build_model(
        found, calendar, start=start, roles=catalog.roles_of(found.agency), **options
    )


def simulable(catalog: Catalog, agency: str) -> tuple[Service | Sop, ...]:
    """Return what of an agency can be simulated: its services with an SOP, and lone SOPs with steps."""
    services = [s for s in catalog.services_of(agency) if s.sops and any(p.steps for p in s.sops)]
    claimed = {p.code for s in services for p in s.sops}
    lone = [p for p in catalog.sops_of(agency) if p.steps and p.code not in claimed]
    return (*services, *lone)


def agency_model_for(
    catalog: Catalog, agency: str, *, start: dt.date, rates: Mapping[str, float], days: float,
    **options: Any,
) -> SimModel:  # fmt: skip
    """Return the model of an agency's services sharing its role pools (see build_agency_model)."""
    catalog.agency(agency)
    calendar = options.pop("calendar", None) or calendar_for(catalog, agency)
    return build_agency_model(
        simulable(catalog, agency), calendar, start=start, rates=rates, days=days,
        name=agency, roles=catalog.roles_of(agency), **options,
    )  # fmt: skip
