"""Simulation command: `simulate` (throughput of a service on its agency's calendar)."""

from __future__ import annotations

import argparse
import json
import math
from typing import TYPE_CHECKING, Any

from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, Context
from sopkit.cli._progress import progress_bar
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    from sopkit.sim._build import StepTime
    from sopkit.sim._experiments import Replications
    from sopkit.sim._model import SimModel
    from sopkit.sim._results import SimResult


# sopkit.sim.Distribution's values, written out so building the parser does not import the
# simulator (a test keeps them equal)
DISTRIBUTIONS = ("deterministic", "exponential", "triangular", "lognormal")


def register(sub: Any) -> None:
    """Add the simulate command to the parser."""
    p = sub.add_parser("simulate", help="simulate a service's throughput on its calendar")
    p.add_argument("code", type=opt.code, metavar="CODE", help="<agency>/<service-slug>")
    p.add_argument(
        "--arrivals", type=opt.rate, metavar="RATE/day", required=True, help="files a working day"
    )
    p.add_argument(
        "--days",
        type=opt.number(0, above=True),
        metavar="DAYS",
        required=True,
        help="working days of arrivals",
    )
    p.add_argument(
        "--start", type=opt.date, metavar="DATE", help="first day (YYYY-MM-DD); default today"
    )
    p.add_argument(
        "--last-year", type=opt.year, metavar="YEAR", help="extend the calendar to this year"
    )
    p.add_argument(
        "--sop", type=opt.code, metavar="SLUG", help="the SOP to run when the service has several"
    )
    p.add_argument(
        "--staff",
        type=opt.pair(opt.text, _servers, what="servers of a role"),
        metavar="ROLE=K",
        action="append",
        default=[],
        help="servers of a role ('none': unlimited)",
    )
    p.add_argument(
        "--duration",
        type=opt.pair(opt.step_number, _step_time, what="a step's time"),
        metavar="STEP=TIME",
        action="append",
        default=[],
        help="a step's time: hours or a phrase ('2 jam')",
    )
    p.add_argument(
        "--role",
        type=opt.pair(opt.step_number, opt.text, what="who serves a step"),
        metavar="STEP=ROLE",
        action="append",
        default=[],
        help="who serves a step",
    )
    p.add_argument(
        "--default-pool", type=opt.text, metavar="ROLE", help="who serves steps that name no actor"
    )
    p.add_argument(
        "--branch",
        type=opt.pair(opt.step_number, opt.number(0, 1), what="the chance of 'yes' at a decision"),
        metavar="STEP=P",
        action="append",
        default=[],
        help="chance of 'yes' at a decision",
    )
    p.add_argument(
        "--distribution",
        type=opt.choice(DISTRIBUTIONS, name="distribution"),
        metavar="NAME",
        default="deterministic",
        help="step times: " + ", ".join(DISTRIBUTIONS) + " (default deterministic)",
    )
    p.add_argument(
        "--spread",
        type=opt.number(0),
        metavar="X",
        default=0.5,
        help="triangular spread or lognormal CV",
    )
    p.add_argument(
        "--bare-day",
        type=opt.choice([DayReading.WORKING.value, DayReading.CALENDAR.value], name="bare_day"),
        metavar="{" + DayReading.WORKING.value + "," + DayReading.CALENDAR.value + "}",
    )
    p.add_argument(
        "--warmup",
        type=opt.number(0),
        default=0.0,
        metavar="DAYS",
        help="working days not counted",
    )
    p.add_argument("--seed", type=opt.integer(0, 2**63 - 1), metavar="N", default=0)
    p.add_argument("--replications", type=opt.integer(1, 10_000), metavar="N", default=1)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_simulate)


def _servers(text: str) -> int | None:
    """Return a number of servers, None for 'none' (unlimited)."""
    if text.strip().lower() == "none":
        return None
    count: int = _COUNT(text)
    return count


_COUNT = opt.integer(0, 100_000)


_HOURS = opt.number(0)


def _step_time(text: str) -> StepTime:
    """Return a step's time: hours as a number, else a duration phrase that must read."""
    try:
        return _HOURS(text)
    except argparse.ArgumentTypeError:
        opt.time_limit(text)  # a phrase nobody can read is a usage error now, not later
        return text


def _options(args: argparse.Namespace) -> dict[str, Any]:
    from sopkit.sim._build import Branch
    from sopkit.sim._model import Distribution

    return {
        "per_day": args.arrivals,
        "days": args.days,
        "sop": args.sop,
        "staff": dict(args.staff),
        "durations": dict(args.duration),
        "step_roles": dict(args.role),
        "default_pool": args.default_pool,
        "branches": {step: Branch(p) for step, p in args.branch},
        "distribution": Distribution(args.distribution),
        "spread": args.spread,
        "bare_day": DayReading(args.bare_day) if args.bare_day else None,
        "warmup_days": args.warmup,
    }


def _simulate(args: argparse.Namespace, ctx: Context) -> int:
    import pendulum

    from sopkit.calendar._for_agency import calendar_for
    from sopkit.sim._build import build_model
    from sopkit.sim._experiments import replicate, simulate

    catalog = ctx.catalog
    service = catalog.service(args.code)
    options = _options(args)
    calendar = calendar_for(catalog, service.agency, last_year=args.last_year)
    start = args.start or pendulum.today(calendar.timezone).date()
    model = build_model(
        service, calendar, start=start, roles=catalog.roles_of(service.agency), **options
    )
    if args.replications == 1:
        with progress_bar(ctx.stderr, ctx.t("progress.files")) as bar:
            result = simulate(model, args.seed, progress=bar)
        if args.json:
            ctx.json(_result_data(model, result))
        else:
            _print_result(ctx, model, result)
        return EXIT_OK
    with progress_bar(ctx.stderr, ctx.t("progress.replications")) as bar:
        reps = replicate(model, args.replications, args.seed, progress=bar)
    if args.json:
        data = json.loads(reps.to_json())
        data["notes"] = list(model.notes)
        ctx.json(data)
    else:
        _print_replications(ctx, model, reps)
    return EXIT_OK


def _result_data(model: SimModel, result: SimResult) -> dict[str, Any]:
    import attrs

    return {
        "model": model.name,
        "seed": result.seed,
        "notes": list(model.notes),
        "files": result.files,
        "lead_working_days": attrs.asdict(result.lead_working_days),
        "lead_calendar_days": attrs.asdict(result.lead_calendar_days),
        "sla": None
        if result.sla is None
        else {**attrs.asdict(result.sla), "attainment": result.sla.attainment},
        "stations": [attrs.asdict(s) for s in result.stations],
        "bottlenecks": list(result.bottlenecks),
        "wip_by_day": list(result.wip_by_day),
    }


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _print_notes(ctx: Context, model: SimModel) -> None:
    for note in model.notes:
        ctx.line(ctx.t("sim.note", note=note))


def _print_result(ctx: Context, model: SimModel, result: SimResult) -> None:
    _print_notes(ctx, model)
    w, c = result.lead_working_days, result.lead_calendar_days
    ctx.line(ctx.t("sim.head", name=model.name, files=result.files, seed=result.seed))
    ctx.table(
        ("col.lead_time", "col.mean", "p50", "p90", "p95", "max"),
        [
            (ctx.t("sim.working_days"), *(_fmt(v) for v in (w.mean, w.p50, w.p90, w.p95, w.max))),
            (ctx.t("sim.calendar_days"), *(_fmt(v) for v in (c.mean, c.p50, c.p90, c.p95, c.max))),
        ],
    )
    if result.sla is not None:
        ctx.line(
            ctx.t(
                "sim.sla",
                limit=result.sla.limit,
                share=_fmt(result.sla.attainment, 3),
                met=result.sla.met,
                total=result.sla.met + result.sla.late,
            )
        )
    ctx.table(
        (
            "col.station",
            "col.servers",
            "col.utilisation",
            "col.mean_queue",
            "col.max_queue",
            "col.mean_wait",
        ),
        [
            (
                s.name,
                ctx.t("unlimited") if s.capacity is None else s.capacity,
                _fmt(s.utilisation, 3),
                _fmt(s.mean_queue),
                s.max_queue,
                _fmt(s.mean_wait_hours),
            )
            for s in result.stations
        ],
    )
    ctx.line(ctx.t("sim.bottlenecks", names=", ".join(result.bottlenecks) or "-"))


def _print_replications(ctx: Context, model: SimModel, reps: Replications) -> None:
    _print_notes(ctx, model)
    ctx.line(ctx.t("sim.reps_head", name=model.name, count=len(reps.runs)))
    rows = [
        (ctx.t("sim.lead_working"), reps.lead_working_days),
        (ctx.t("sim.lead_calendar"), reps.lead_calendar_days),
        (ctx.t("sim.sla_attainment"), reps.sla_attainment),
        *((ctx.t("sim.utilisation", name=name), reps.utilisation(name)) for name in reps.stations),
    ]
    ctx.table(
        ("col.figure", "col.mean", "±"),
        [(label, _fmt(e.mean, 3), _fmt(e.half_width, 3)) for label, e in rows if e is not None],
    )
