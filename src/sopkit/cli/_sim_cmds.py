"""Simulation command: `simulate` (a service, an SOP, or a whole agency on its calendar)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopkit._i18n import Text, localize
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context
from sopkit.cli._language import say
from sopkit.cli._progress import progress_bar
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    from sopkit.calendar._workcalendar import WorkCalendar
    from sopkit.sim._experiments import Replications
    from sopkit.sim._model import RateProfile, SimModel
    from sopkit.sim._parts import StepTime
    from sopkit.sim._results import SimResult

_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(?:day|hari|d))?\s*$", re.IGNORECASE)
_WAVE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*=\s*(\S+)\s*$")


# sopkit.sim.Distribution's values, written out so building the parser does not import the
# simulator (a test keeps them equal)
DISTRIBUTIONS = ("deterministic", "exponential", "triangular", "lognormal")
_HOURS = opt.number(0)


def _step_time(text: str) -> str:
    """Check a step's time: hours as a number, or a duration phrase that must read."""
    try:
        _HOURS(text)
    except argparse.ArgumentTypeError:
        opt.time_limit(text)
    return text


def _effort_time(text: str) -> str:
    """Check a step's effort: hours, a duration phrase, or 'lead' (all of its lead time)."""
    return text if text.strip().lower() == "lead" else _step_time(text)


def _servers(text: str) -> str:
    """Check a number of servers: a whole number, or 'none' (unlimited)."""
    return text if text.strip().lower() == "none" else str(_COUNT(text))


def _wave(text: str) -> str:
    """Check FROM..TO=FACTOR: two dates and a factor."""
    span, sep, factor = text.partition("=")
    first, dots, last = span.partition("..")
    if not sep or not dots:
        raise argparse.ArgumentTypeError(
            say(Text("{value} is not written YYYY-MM-DD..YYYY-MM-DD=FACTOR", value=repr(text)))
        )
    opt.date(first.strip())
    opt.date(last.strip())
    _HOURS(factor.strip())
    return text


_COUNT = opt.integer(0, 100_000)
_FACTORS = opt.validated(opt.comma_list(opt.number(0)))


def register(sub: Any) -> None:
    """Add the simulate command to the parser."""
    p = sub.add_parser(
        "simulate", help="simulate a service, an SOP or a whole agency on its calendar"
    )
    p.add_argument(
        "code",
        type=opt.code,
        metavar="CODE",
        nargs="?",
        help="<agency>/<service> or <agency>/sop/<slug>",
    )
    p.add_argument(
        "--agency",
        type=opt.code,
        metavar="CODE",
        help="simulate every service given a rate, sharing staff",
    )
    p.add_argument(
        "--arrivals",
        type=opt.validated(opt.rate),
        metavar="RATE/day",
        help="files a working day (one service)",
    )
    p.add_argument(
        "--rate",
        type=opt.validated(opt.pair(opt.code, opt.rate, what=Text("a service's rate"))),
        metavar="SERVICE=RATE",
        action="append",
        default=[],
        help="files a working day of one service of --agency",
    )
    p.add_argument(
        "--rates",
        type=opt.file,
        metavar="FILE",
        help="YAML mapping or CSV (service,per_day) of rates",
    )
    p.add_argument(
        "--days",
        type=opt.number(0),
        metavar="DAYS",
        required=True,
        help="working days of arrivals",
    )
    p.add_argument(
        "--start", type=opt.date, metavar="DATE", help="first day (YYYY-MM-DD); default today"
    )
    p.add_argument("--last-year", type=opt.year, metavar="YEAR", help="extend the calendar")
    p.add_argument(
        "--sop", type=opt.code, metavar="SLUG", help="the SOP to run when the service has several"
    )
    p.add_argument(
        "--staff",
        type=opt.validated(opt.pair(opt.text, _servers, what=Text("servers of a role"))),
        metavar="ROLE=K",
        action="append",
        default=[],
        help="servers of a role ('none': unlimited)",
    )
    p.add_argument(
        "--staff-rule",
        type=opt.choice(("work", "even"), name="staff rule"),
        metavar="{work,even}",
        default="work",
        help="how jumlah pelaksana is shared by roles (default: by effort)",
    )
    p.add_argument(
        "--duration",
        type=opt.validated(opt.pair(opt.step_number, _step_time, what=Text("a step's time"))),
        metavar="STEP=TIME",
        action="append",
        default=[],
        help="a step's lead time: hours or a phrase ('2 jam')",
    )
    p.add_argument(
        "--effort",
        type=opt.validated(opt.pair(opt.step_number, _effort_time, what=Text("a step's effort"))),
        metavar="STEP=TIME",
        action="append",
        default=[],
        help="a step's staff effort: hours, a phrase, or 'lead' (all of it)",
    )
    p.add_argument(
        "--effort-model",
        type=opt.choice(("split", "lead"), name="effort model"),
        metavar="{split,lead}",
        default="split",
        help="'lead': every step's effort is its whole lead time",
    )
    p.add_argument(
        "--role",
        type=opt.validated(opt.pair(opt.step_number, opt.text, what=Text("who serves a step"))),
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
        type=opt.validated(
            opt.pair(
                opt.step_number, opt.number(0, 1), what=Text("the chance of 'yes' at a decision")
            )
        ),
        metavar="STEP=P",
        action="append",
        default=[],
        help="chance of 'yes' at a decision",
    )
    p.add_argument(
        "--batch",
        type=opt.validated(opt.pair(opt.step_number, opt.text, what=Text("a batching period"))),
        metavar="STEP=PERIOD",
        action="append",
        default=[],
        help="files go through a step together: '20 hari kerja', '1 bulan' or dates a,b",
    )
    p.add_argument("--monthly", type=_FACTORS, metavar="F1,..,F12", help="rate factors by month")
    p.add_argument(
        "--weekday", type=_FACTORS, metavar="F1,..", help="rate factors Monday first (5 or 7)"
    )
    p.add_argument(
        "--wave",
        type=opt.Option("wave", _wave, "2026-02-01=3"),
        metavar="FROM..TO=F",
        action="append",
        default=[],
        help="rate factor over dated days, e.g. 2026-02-01..2026-03-31=3",
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
    p.add_argument(
        "--assume",
        action="store_true",
        help="fill gaps in the data with documented defaults, listing each",
    )
    p.add_argument(
        "--allow-overload",
        action="store_true",
        help="run even when a station cannot keep up, and say which",
    )
    p.add_argument(
        "--event-log",
        type=opt.output_file,
        metavar="FILE",
        help="write every step event (.csv or .parquet)",
    )
    p.add_argument(
        "--seed",
        type=opt.integer(0, 2**63 - 1),
        metavar="N",
        default=0,
        help="random seed, 0 or more",
    )
    p.add_argument("--replications", type=opt.integer(1, 10_000), metavar="N", default=1)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_simulate)


def _pairs(values: list[str], what: str) -> dict[str, str]:
    from sopkit.sim._errors import SimModelError

    out = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip() or not rest.strip():
            raise SimModelError(
                Text("{what} {value} is not written KEY=VALUE", what=what, value=repr(value))
            )
        out[key.strip()] = rest.strip()
    return out


def _step_number(key: str, what: str) -> int:
    from sopkit.sim._errors import SimModelError

    if not key.isdigit():
        raise SimModelError(
            Text("{what} needs a step number before '=', got {key}", what=what, key=repr(key))
        )
    return int(key)


def _float(text: str, what: str) -> float:
    from sopkit.sim._errors import SimModelError

    try:
        value = float(text)
    except ValueError:
        raise SimModelError(
            Text("{what}: {value} is not a number", what=what, value=repr(text))
        ) from None
    if not math.isfinite(value):
        raise SimModelError(
            Text("{what}: {value} is not a finite number", what=what, value=repr(text))
        )
    return value


def _rate(text: str, what: str) -> float:
    from sopkit.sim._errors import SimModelError

    found = _RATE.match(text)
    if found is None:
        raise SimModelError(
            Text(
                "{what} {value} is not a rate such as '3/day' or '0.5'", what=what, value=repr(text)
            )
        )
    return _float(found.group(1), what)


def _times(values: list[str], what: str, *, lead: bool = False) -> dict[int, StepTime]:
    from sopkit.sim._errors import SimModelError
    from sopkit.sim._parts import LEAD

    out: dict[int, StepTime] = {}
    for key, value in _pairs(values, what).items():
        number = _step_number(key, what)
        if lead and value.lower() == LEAD:
            out[number] = LEAD
            continue
        try:
            out[number] = _float(value, f"{what} {key}")
        except SimModelError:
            out[number] = value
    return out


def _factors(text: str | None, sizes: tuple[int, ...], what: str) -> tuple[float, ...]:
    from sopkit.sim._errors import SimModelError

    if text is None:
        return ()
    values = tuple(_float(v, what) for v in text.split(","))
    if len(values) not in sizes:
        raise SimModelError(
            Text(
                "{what} needs {sizes} factors, got {count}",
                what=what,
                sizes=Text("{a} or {b}", a=sizes[0], b=sizes[1]) if len(sizes) == 2 else sizes[0],
                count=len(values),
            )
        )
    if len(values) == 5:
        values = (*values, 0.0, 0.0)  # Saturday and Sunday: no office, no arrivals
    return values


def _profile(args: argparse.Namespace) -> RateProfile | None:
    from sopkit.sim._errors import SimModelError
    from sopkit.sim._model import RateProfile

    periods = []
    for wave in args.wave:
        found = _WAVE.match(wave)
        if found is None:
            raise SimModelError(
                Text(
                    "--wave {value} is not written YYYY-MM-DD..YYYY-MM-DD=FACTOR", value=repr(wave)
                )
            )
        try:
            first, last = (dt.date.fromisoformat(found.group(k)) for k in (1, 2))
        except ValueError as exc:
            raise SimModelError(
                Text("--wave {value}: {reason}", value=repr(wave), reason=opt.reason(exc))
            ) from None
        periods.append((first, last, _float(found.group(3), "--wave")))
    months = _factors(args.monthly, (12,), "--monthly")
    weekdays = _factors(args.weekday, (5, 7), "--weekday")
    if not (months or weekdays or periods):
        return None
    return RateProfile(months, weekdays, tuple(periods))


def _batches(values: list[str]) -> dict[int, Any]:
    from sopkit.sim._errors import SimModelError

    out: dict[int, Any] = {}
    for key, value in _pairs(values, "--batch").items():
        number = _step_number(key, "--batch")
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            try:
                out[number] = [dt.date.fromisoformat(v.strip()) for v in value.split(",")]
            except ValueError as exc:
                raise SimModelError(
                    Text(
                        "--batch {key}={value}: {reason}",
                        key=key,
                        value=value,
                        reason=opt.reason(exc),
                    )
                ) from None
        else:
            out[number] = value
    return out


def _staff(values: list[str]) -> dict[str, int | None]:
    from sopkit.sim._errors import SimModelError

    staff: dict[str, int | None] = {}
    for role, k in _pairs(values, "--staff").items():
        if k.lower() != "none" and not k.isdigit():
            raise SimModelError(
                Text("--staff {role}={k}: give a whole number of servers or 'none'", role=role, k=k)
            )
        staff[role] = None if k.lower() == "none" else int(k)
    return staff


def _common(args: argparse.Namespace) -> dict[str, Any]:
    from sopkit.sim._model import Distribution

    return {
        "staff": _staff(args.staff),
        "staff_rule": args.staff_rule,
        "effort_default": args.effort_model,
        "default_pool": args.default_pool,
        "distribution": Distribution(args.distribution),
        "spread": args.spread,
        "bare_day": DayReading(args.bare_day) if args.bare_day else None,
        "warmup_days": args.warmup,
        "assume": args.assume,
        "allow_overload": args.allow_overload,
        "profile": _profile(args),
    }


def _one_options(args: argparse.Namespace) -> dict[str, Any]:
    from sopkit.sim._errors import SimModelError
    from sopkit.sim._parts import Branch

    if args.arrivals is None:
        raise SimModelError(Text("give --arrivals RATE/day (or --agency with --rate/--rates)"))
    if args.rate or args.rates:
        raise SimModelError(
            Text("--rate and --rates go with --agency; one service takes --arrivals")
        )
    branches = {}
    for key, value in _pairs(args.branch, "--branch").items():
        branches[_step_number(key, "--branch")] = Branch(_float(value, f"--branch {key}"))
    return {
        **_common(args),
        "per_day": _rate(args.arrivals, "--arrivals"),
        "days": args.days,
        "sop": args.sop,
        "durations": _times(args.duration, "--duration"),
        "efforts": _times(args.effort, "--effort", lead=True),
        "step_roles": {
            _step_number(k, "--role"): v for k, v in _pairs(args.role, "--role").items()
        },
        "branches": branches,
        "batches": _batches(args.batch),
    }


def _read_rates(path: str) -> dict[str, float]:
    from sopkit.sim._errors import SimModelError

    target = Path(path)
    if not target.is_file():
        raise SimModelError(Text("--rates {path}: no such file", path=repr(path)))
    text = target.read_text(encoding="utf-8", errors="replace")
    out: dict[str, float] = {}
    if target.suffix.lower() == ".csv":
        for n, row in enumerate(csv.reader(text.splitlines()), 1):
            if (
                not row
                or row[0].strip().startswith("#")
                or (n == 1 and row[0].strip() == "service")
            ):
                continue
            if len(row) != 2:
                raise SimModelError(
                    Text("--rates {path}:{n}: give two columns, service,per_day", path=path, n=n)
                )
            out[row[0].strip()] = _rate(row[1], f"--rates {path}:{n}")
        return _some_rates(out, path)
    from sopkit._errors import DataError
    from sopkit.core._yaml import parse_yaml

    try:
        data = parse_yaml(text, file=str(path)).data
    except DataError as exc:
        raise SimModelError(Text("--rates {problem}", problem=exc.problems[0])) from None
    if not isinstance(data, dict):
        raise SimModelError(
            Text("--rates {path}: give a mapping of service code to files a day", path=path)
        )
    for key, value in data.items():
        out[str(key)] = _rate(str(value), f"--rates {path}: {key}")
    return _some_rates(out, path)


def _some_rates(rates: dict[str, float], path: str) -> dict[str, float]:
    """Return the rates a file gave; a file that gives none is an error, not an empty run."""
    from sopkit.sim._errors import SimModelError

    if not rates:
        raise SimModelError(
            Text("--rates {path}: the file gives no rates; give service,per_day rows", path=path)
        )
    return rates


def _agency_options(args: argparse.Namespace) -> dict[str, Any]:
    from sopkit.sim._errors import SimModelError

    single = [("--arrivals", args.arrivals), ("--sop", args.sop), ("--duration", args.duration),
              ("--effort", args.effort), ("--role", args.role), ("--branch", args.branch),
              ("--batch", args.batch)]  # fmt: skip
    for flag, value in single:
        if value:
            raise SimModelError(
                Text("{flag} applies to one service; an --agency run takes --rate", flag=flag)
            )
    rates = _read_rates(args.rates) if args.rates else {}
    for key, value in _pairs(args.rate, "--rate").items():
        rates[key] = _rate(value, f"--rate {key}")
    if not rates:
        raise SimModelError(Text("an --agency run needs --rate SERVICE=RATE or --rates FILE"))
    return {**_common(args), "rates": rates, "days": args.days}


_CALENDARS: dict[tuple[int, str, int | None], tuple[object, WorkCalendar]] = {}


def _calendar_for(catalog: Any, agency: str, last_year: int | None) -> WorkCalendar:
    """Return an agency's calendar, kept for the catalogue object (building one takes a while)."""
    from sopkit.calendar._for_agency import calendar_for

    key = (id(catalog), agency, last_year)
    held = _CALENDARS.get(key)
    if held is None or held[0] is not catalog:
        if len(_CALENDARS) > 32:
            _CALENDARS.clear()
        held = (catalog, calendar_for(catalog, agency, last_year=last_year))
        _CALENDARS[key] = held
    return held[1]


def _calendar(ctx: Context, agency: str, args: argparse.Namespace, notes: list[str]) -> Any:
    import pendulum

    calendar = _calendar_for(ctx.catalog, agency, args.last_year)
    start = args.start or pendulum.today(calendar.timezone).date()
    if args.last_year is None:
        needed = start.year + 2 + int(args.days // 240)
        if needed > calendar.last_year:
            confirmed = calendar.last_year
            calendar = _calendar_for(ctx.catalog, agency, needed)
            notes.append(
                Text(
                    "calendar extended to {year} for the run; years after {confirmed} use "
                    "estimated holidays (--last-year sets it)",
                    year=needed,
                    confirmed=confirmed,
                )
            )
    return calendar, start


def _simulate(args: argparse.Namespace, ctx: Context) -> int:
    import attrs

    from sopkit.core._service import Service
    from sopkit.core._sop import Sop
    from sopkit.sim._build import build_agency_model, build_model, simulable
    from sopkit.sim._errors import SimModelError
    from sopkit.sim._experiments import check_seed, replicate, simulate
    from sopkit.sim._spelling import cli_spelling

    if (args.code is None) == (args.agency is None):
        ctx.error(Text("give a service or SOP CODE, or --agency CODE"))
        return EXIT_USAGE
    check_seed(args.seed, "--seed")
    notes: list[str] = []
    with cli_spelling():
        try:
            options = _agency_options(args) if args.agency is not None else _one_options(args)
        except SimModelError as exc:
            ctx.error(exc.localized(ctx.lang))
            return EXIT_USAGE
        if args.agency is not None:
            ctx.catalog.agency(args.agency)
            calendar, start = _calendar(ctx, args.agency, args, notes)
            model = build_agency_model(
                simulable(ctx.catalog, args.agency), calendar, start=start, name=args.agency,
                roles=ctx.catalog.roles_of(args.agency), **options,
            )  # fmt: skip
        else:
            found = ctx.catalog.lookup(args.code)
            if not isinstance(found, Service | Sop):
                raise SimModelError(
                    Text(
                        "{value} is an agency: use --agency {code}",
                        value=repr(args.code),
                        code=args.code,
                    )
                )
            calendar, start = _calendar(ctx, found.agency, args, notes)
            model = build_model(
                found, calendar, start=start, roles=ctx.catalog.roles_of(found.agency), **options
            )
        model = attrs.evolve(model, notes=(*notes, *model.notes))
        if args.replications == 1:
            with progress_bar(ctx.stderr, ctx.t("progress.files")) as bar:
                result = simulate(model, args.seed, progress=bar, event_log=bool(args.event_log))
            written = result.write_event_log(args.event_log) if args.event_log else None
            if args.json:
                ctx.json(_result_data(model, result, args.event_log, written))
            else:
                _print_result(ctx, model, result)
                if written is not None:
                    ctx.line(ctx.t("sim.event_log", count=written, path=args.event_log))
            return EXIT_OK
        if args.event_log:
            raise SimModelError(Text("--event-log is for one run; drop --replications"))
        with progress_bar(ctx.stderr, ctx.t("progress.replications")) as bar:
            reps = replicate(model, args.replications, args.seed, progress=bar)
    if args.json:
        data = json.loads(reps.to_json())
        data["notes"] = list(model.notes)
        data["assumptions"] = list(model.assumptions)
        ctx.json(data)
    else:
        _print_replications(ctx, model, reps)
    return EXIT_OK


def _result_data(
    model: SimModel, result: SimResult, log: str | None, written: int | None
) -> dict[str, Any]:
    data = result.data(per_file=False)
    for key in ("lead_working_hours", "lead_calendar_hours", "waiting_hours"):
        data.pop(key)
    data["notes"] = list(model.notes)
    data["assumptions"] = list(model.assumptions)
    data["event_log"] = None if log is None else {"path": log, "events": written}
    return data


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _print_notes(ctx: Context, model: SimModel) -> None:
    for note in model.notes:
        ctx.line(ctx.t("sim.note", note=localize(note, ctx.lang)))
    for assumption in model.assumptions:
        ctx.line(ctx.t("sim.assumption", note=localize(assumption, ctx.lang)))


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
    if len(result.flows) > 1:
        ctx.table(
            ("col.service", "col.files", "col.lead_working", "p90", "SLA", "col.interval"),
            [
                (
                    f.name,
                    f.files,
                    _fmt(f.lead_working_days.mean),
                    _fmt(f.lead_working_days.p90),
                    "-" if f.sla is None else _fmt(f.sla.attainment, 3),
                    "-" if f.sla is None else _interval(f.sla.interval.low, f.sla.interval.high),
                )
                for f in result.flows
            ],
        )
    elif result.sla is not None:
        iv = result.sla.interval
        ctx.line(
            ctx.t(
                "sim.sla",
                limit=result.sla.limit,
                share=_fmt(result.sla.attainment, 3),
                met=result.sla.met,
                total=result.sla.met + result.sla.late,
                interval=_interval(iv.low, iv.high),
            )
        )
    ctx.table(
        (
            "col.station",
            "col.servers",
            "col.source",
            "col.offered",
            "col.utilisation",
            "col.mean_queue",
            "col.max_queue",
            "col.mean_wait",
        ),
        [
            (
                s.name,
                ctx.t("unlimited") if s.capacity is None else s.capacity,
                s.capacity_source,
                _fmt(s.offered_rho, 3)
                + (
                    f" ({ctx.t('sim.peak', value=_fmt(s.peak_rho, 3))})"
                    if s.peak_rho is not None
                    and s.offered_rho is not None
                    and s.peak_rho > s.offered_rho + 1e-9
                    else ""
                )
                + (f" {ctx.t('sim.unstable_mark')}" if s.unstable else ""),
                _fmt(s.utilisation, 3),
                _fmt(s.mean_queue),
                s.max_queue,
                _fmt(s.mean_wait_hours),
            )
            for s in result.stations
        ],
    )
    ctx.table(
        (
            "col.step",
            "col.station",
            "col.lead_h",
            "col.effort_h",
            "col.elapsed_h",
            "col.visits",
            "col.mean_wait",
        ),
        [
            (
                s.name if len(s.name) <= 60 else s.name[:57] + "...",
                s.station,
                _fmt(s.effort_hours + s.elapsed_hours),
                _fmt(s.effort_hours),
                _fmt(s.elapsed_hours),
                s.visits,
                _fmt(s.mean_wait_hours),
            )
            for s in result.steps
        ],
    )
    ctx.line(ctx.t("sim.bottlenecks", names=", ".join(result.bottlenecks) or "-"))
    if result.unstable:
        ctx.line(ctx.t("sim.unstable", names=", ".join(result.unstable)))


def _interval(low: float, high: float) -> str:
    return f"[{_fmt(low, 3)}, {_fmt(high, 3)}]"


def _print_replications(ctx: Context, model: SimModel, reps: Replications) -> None:
    _print_notes(ctx, model)
    ctx.line(ctx.t("sim.reps_head", name=model.name, count=len(reps.runs)))
    rows: list[tuple[str, str, str]] = []
    for label, e in (
        (ctx.t("sim.lead_working"), reps.lead_working_days),
        (ctx.t("sim.lead_calendar"), reps.lead_calendar_days),
        *((ctx.t("sim.utilisation", name=name), reps.utilisation(name)) for name in reps.stations),
    ):
        if e is not None:
            rows.append((label, _fmt(e.mean, 3), _interval(e.low, e.high)))
    sla = reps.sla_attainment
    if sla is not None:
        rows.insert(
            2, (ctx.t("sim.sla_attainment"), _fmt(sla.mean, 3), _interval(sla.low, sla.high))
        )
    if len(reps.flow_names) > 1:
        for name in reversed(reps.flow_names):
            lead = reps.flow_lead_working_days(name)
            flow_sla = reps.flow_sla_attainment(name)
            if flow_sla is not None:
                rows.insert(
                    2,
                    (f"SLA {name}", _fmt(flow_sla.mean, 3), _interval(flow_sla.low, flow_sla.high)),
                )
            rows.insert(
                2,
                (
                    ctx.t("sim.lead_of", name=name),
                    _fmt(lead.mean, 3),
                    _interval(lead.low, lead.high),
                ),
            )
    ctx.table(("col.figure", "col.mean", "col.interval"), rows)
