"""Simulation command: `simulate` (throughput of a service on its agency's calendar)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
from typing import IO, Any

import attrs
import pendulum

from sopkit.calendar._for_agency import calendar_for
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context
from sopkit.core._agency import DayReading
from sopkit.sim._build import Branch, StepTime, build_model
from sopkit.sim._experiments import Replications, replicate, simulate
from sopkit.sim._model import Distribution, SimModel
from sopkit.sim._results import SimResult

_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(?:day|hari|d))?\s*$", re.IGNORECASE)


def register(sub: Any) -> None:
    """Add the simulate command to the parser."""
    p = sub.add_parser("simulate", help="simulate a service's throughput on its calendar")
    p.add_argument("code", metavar="CODE", help="<agency>/<service-slug>")
    p.add_argument("--arrivals", metavar="RATE/day", required=True, help="files a working day")
    p.add_argument("--days", type=float, required=True, help="working days of arrivals")
    p.add_argument("--start", metavar="DATE", help="first day (YYYY-MM-DD); default today")
    p.add_argument("--last-year", type=int, help="extend the calendar to this year")
    p.add_argument("--sop", metavar="SLUG", help="the SOP to run when the service has several")
    p.add_argument(
        "--staff",
        metavar="ROLE=K",
        action="append",
        default=[],
        help="servers of a role ('none': unlimited)",
    )
    p.add_argument(
        "--duration",
        metavar="STEP=TIME",
        action="append",
        default=[],
        help="a step's time: hours or a phrase ('2 jam')",
    )
    p.add_argument(
        "--role", metavar="STEP=ROLE", action="append", default=[], help="who serves a step"
    )
    p.add_argument("--default-pool", metavar="ROLE", help="who serves steps that name no actor")
    p.add_argument(
        "--branch",
        metavar="STEP=P",
        action="append",
        default=[],
        help="chance of 'yes' at a decision",
    )
    p.add_argument(
        "--distribution", choices=[d.value for d in Distribution], default="deterministic"
    )
    p.add_argument("--spread", type=float, default=0.5, help="triangular spread or lognormal CV")
    p.add_argument("--bare-day", choices=[DayReading.WORKING.value, DayReading.CALENDAR.value])
    p.add_argument(
        "--warmup", type=float, default=0.0, metavar="DAYS", help="working days not counted"
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--replications", type=int, default=1)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_simulate)


def _pairs(values: list[str], what: str) -> dict[str, str]:
    out = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip() or not rest.strip():
            raise ValueError(f"{what} {value!r} is not written KEY=VALUE")
        out[key.strip()] = rest.strip()
    return out


def _step_number(key: str, what: str) -> int:
    if not key.isdigit():
        raise ValueError(f"{what} needs a step number before '=', got {key!r}")
    return int(key)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    rate = _RATE.match(args.arrivals)
    if rate is None:
        raise ValueError(f"--arrivals {args.arrivals!r} is not a rate such as '3/day' or '0.5'")
    staff: dict[str, int | None] = {}
    for role, k in _pairs(args.staff, "--staff").items():
        if k.lower() != "none" and not k.isdigit():
            raise ValueError(f"--staff {role}={k}: give a whole number of servers or 'none'")
        staff[role] = None if k.lower() == "none" else int(k)
    durations: dict[int, StepTime] = {}
    for key, value in _pairs(args.duration, "--duration").items():
        number = _step_number(key, "--duration")
        try:
            durations[number] = float(value)
        except ValueError:
            durations[number] = value
    branches = {}
    for key, value in _pairs(args.branch, "--branch").items():
        try:
            branches[_step_number(key, "--branch")] = Branch(float(value))
        except ValueError as exc:
            raise ValueError(f"--branch {key}={value}: {exc}") from None
    return {
        "per_day": float(rate.group(1)),
        "days": args.days,
        "sop": args.sop,
        "staff": staff,
        "durations": durations,
        "step_roles": {
            _step_number(k, "--role"): v for k, v in _pairs(args.role, "--role").items()
        },
        "default_pool": args.default_pool,
        "branches": branches,
        "distribution": Distribution(args.distribution),
        "spread": args.spread,
        "bare_day": DayReading(args.bare_day) if args.bare_day else None,
        "warmup_days": args.warmup,
    }


def _simulate(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    service = catalog.service(args.code)
    try:
        options = _options(args)
    except ValueError as exc:
        ctx.error(str(exc))
        return EXIT_USAGE
    if args.replications < 1:
        ctx.error(f"--replications must be at least 1, got {args.replications}")
        return EXIT_USAGE
    calendar = calendar_for(catalog, service.agency, last_year=args.last_year)
    start = (
        dt.date.fromisoformat(args.start)
        if args.start
        else pendulum.today(calendar.timezone).date()
    )
    model = build_model(
        service, calendar, start=start, roles=catalog.roles_of(service.agency), **options
    )
    if args.replications == 1:
        bar = _ProgressBar(ctx.stderr, "files")
        result = simulate(model, args.seed, progress=bar)
        bar.close()
        if args.json:
            ctx.json(_result_data(model, result))
        else:
            _print_result(ctx, model, result)
        return EXIT_OK
    bar = _ProgressBar(ctx.stderr, "replications")
    reps = replicate(model, args.replications, args.seed, progress=bar)
    bar.close()
    if args.json:
        data = json.loads(reps.to_json())
        data["notes"] = list(model.notes)
        ctx.json(data)
    else:
        _print_replications(ctx, model, reps)
    return EXIT_OK


class _ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, stream: IO[str], label: str) -> None:
        self.stream = stream
        self.label = label
        self.shown = stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.shown:
            return
        filled = round(30 * done / total) if total else 30
        bar = "#" * filled + "." * (30 - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.drawn = True
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _result_data(model: SimModel, result: SimResult) -> dict[str, Any]:
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
        ctx.stdout.write(f"note: {note}\n")


def _print_result(ctx: Context, model: SimModel, result: SimResult) -> None:
    _print_notes(ctx, model)
    w, c = result.lead_working_days, result.lead_calendar_days
    ctx.stdout.write(f"{model.name}: {result.files} files, seed {result.seed}\n")
    ctx.table(
        ("lead time", "mean", "p50", "p90", "p95", "max"),
        [
            ("working days", *(_fmt(v) for v in (w.mean, w.p50, w.p90, w.p95, w.max))),
            ("calendar days", *(_fmt(v) for v in (c.mean, c.p50, c.p90, c.p95, c.max))),
        ],
    )
    if result.sla is not None:
        ctx.stdout.write(
            f"SLA ({result.sla.limit}): {_fmt(result.sla.attainment, 3)} on time "
            f"({result.sla.met} of {result.sla.met + result.sla.late})\n"
        )
    ctx.table(
        ("station", "servers", "utilisation", "mean queue", "max queue", "mean wait h"),
        [
            (
                s.name,
                "unlimited" if s.capacity is None else s.capacity,
                _fmt(s.utilisation, 3),
                _fmt(s.mean_queue),
                s.max_queue,
                _fmt(s.mean_wait_hours),
            )
            for s in result.stations
        ],
    )
    ctx.stdout.write(f"bottlenecks: {', '.join(result.bottlenecks) or '-'}\n")


def _print_replications(ctx: Context, model: SimModel, reps: Replications) -> None:
    _print_notes(ctx, model)
    ctx.stdout.write(f"{model.name}: {len(reps.runs)} replications, 95% confidence intervals\n")
    rows = [
        ("lead time, working days", reps.lead_working_days),
        ("lead time, calendar days", reps.lead_calendar_days),
        ("SLA attainment", reps.sla_attainment),
        *((f"utilisation {name}", reps.utilisation(name)) for name in reps.stations),
    ]
    ctx.table(
        ("figure", "mean", "±"),
        [(label, _fmt(e.mean, 3), _fmt(e.half_width, 3)) for label, e in rows if e is not None],
    )
