"""Calendar commands: `deadline` (when a time limit ends) and `calendar` (a year's days off)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pendulum

from sopkit._errors import SopkitError
from sopkit.calendar._agency_calendar import AgencyCalendar
from sopkit.calendar._composite import parse_time_limit
from sopkit.calendar._days import HOLIDAYS_LAST_YEAR, CalendarDay
from sopkit.calendar._duration import TimeLimit
from sopkit.calendar._errors import DateOutOfRangeError
from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._ics import to_ics
from sopkit.calendar._schedule import WEEKDAYS, WeeklyHours
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context
from sopkit.cli._days_file import read_days_file
from sopkit.cli._text import describe_limit
from sopkit.core._agency import DayReading
from sopkit.core._catalog import Catalog

_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def register(sub: Any) -> None:
    """Add the calendar commands to the parser."""
    p = sub.add_parser("deadline", help="when a time limit received at a moment ends")
    p.add_argument(
        "--agency", metavar="CODE", help="the agency (taken from --service when it names one)"
    )
    p.add_argument(
        "--from",
        dest="received",
        metavar="ISO_DATETIME",
        required=True,
        help="moment of receipt; without an offset it is read in the agency's timezone",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--duration", metavar="TEXT", help="e.g. '14 (empat belas) hari kerja'")
    what.add_argument("--service", metavar="CODE", help="<agency>/<slug> or just <slug>")
    p.add_argument("--variant", metavar="NAME", help="a variant's slug or name (with --service)")
    p.add_argument(
        "--bare-day",
        choices=[DayReading.WORKING.value, DayReading.CALENDAR.value],
        help="how to read a bare 'hari' when the agency declares nothing",
    )
    _common_options(p)
    p.set_defaults(run=_deadline)

    p = sub.add_parser("calendar", help="working days, holidays, cuti bersama and hours of a year")
    p.add_argument("--agency", metavar="CODE", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument(
        "--format",
        choices=("table", "json", "ics"),
        default=None,
        help="table (default), json, or ics (RFC 5545 iCalendar of the days off)",
    )
    _common_options(p)
    p.set_defaults(run=_calendar)


def _common_options(p: Any) -> None:
    p.add_argument(
        "--last-year",
        type=int,
        metavar="YEAR",
        help="cover years up to YEAR (default: as far as the holiday data goes, 2100)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse dates in years whose holidays are not confirmed by an SKB",
    )
    p.add_argument(
        "--days-off",
        metavar="FILE",
        type=Path,
        help="extra days off, removals or working days (YAML like calendar.yaml, or CSV)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _agency_of(args: argparse.Namespace, ctx: Context) -> str | None:
    """Return the agency: from a qualified --service code, checked against --agency."""
    service = getattr(args, "service", None)
    named = service.split("/", 1)[0] if service and "/" in service else None
    if named and args.agency and args.agency != named:
        ctx.error(
            f"--agency {args.agency!r} does not match the agency of --service {service!r} "
            f"({named!r}); leave --agency out or give the service's own agency"
        )
        return None
    agency: str | None = named or args.agency
    if agency is None:
        ctx.error("--agency CODE is required unless --service names '<agency>/<slug>'")
    return agency


def _calendar_of(args: argparse.Namespace, ctx: Context, agency: str) -> WorkCalendar:
    extra: AgencyCalendar | None = None
    if args.days_off is not None:
        extra = read_days_file(args.days_off, agency)
    return calendar_for(
        ctx.catalog, agency, last_year=args.last_year, strict=args.strict, extra=extra
    )


def _deadline(args: argparse.Namespace, ctx: Context) -> int:
    agency = _agency_of(args, ctx)
    if agency is None:
        return EXIT_USAGE
    catalog = ctx.catalog
    cal = _calendar_of(args, ctx, agency)
    try:
        received = pendulum.parse(args.received, tz=cal.timezone)
    except (ValueError, pendulum.parsing.exceptions.ParserError) as exc:
        ctx.error(f"--from {args.received!r} is not an ISO 8601 date and time: {exc}")
        return EXIT_USAGE
    if not isinstance(received, pendulum.DateTime):
        ctx.error(f"--from {args.received!r} is not a date and time (ISO 8601)")
        return EXIT_USAGE
    if args.duration is not None:
        limit: TimeLimit = parse_time_limit(args.duration)
    else:
        found = _service_limit(catalog, agency, args.service, args.variant)
        if isinstance(found, str):
            return ctx.error(found)
        limit = found
    bare = DayReading(args.bare_day) if args.bare_day else None
    try:
        due = cal.deadline(received, limit, bare_day=bare)
    except DateOutOfRangeError as exc:
        needed = _needed_year(catalog, agency, received, limit, bare, exc)
        return _out_of_range(ctx, exc, needed, cal)
    start, end = received.date(), due.date()
    estimated = cal.estimated_days(start, end)
    unconfirmed = cal.unconfirmed_years(start, end)
    _warn_estimates(ctx, estimated, unconfirmed)
    if args.json:
        ctx.json(
            {
                "agency": agency,
                "timezone": cal.timezone,
                "received": received.isoformat(),
                "time_limit": describe_limit(limit),
                "due": due.isoformat(),
                "estimated_days": [_day_json(d) for d in estimated],
                "unconfirmed_years": list(unconfirmed),
                "office_time_allowed_minutes": cal.working_time_between(received, due)
                // pendulum.duration(minutes=1),
            }
        )
        return EXIT_OK
    lines = (
        ("agency", f"{agency} ({cal.timezone})"),
        ("received", received.isoformat()),
        ("time limit", describe_limit(limit)),
        ("due", f"{due.isoformat()} ({_WEEKDAYS[due.weekday()]})"),
    )
    for label, value in lines:
        ctx.stdout.write(f"{label:<11} {value}\n")
    return EXIT_OK


def _day_json(day: CalendarDay) -> dict[str, object]:
    return {"date": day.date.isoformat(), "name": day.name, "kind": day.kind.value}


def _warn_estimates(ctx: Context, days: tuple[CalendarDay, ...], years: tuple[int, ...]) -> None:
    for year in years:
        ctx.stderr.write(
            f"sopkit: warning: {year} has no SKB list in this sopkit: its holidays and cuti "
            "bersama come from the holidays package and may change (--strict refuses them)\n"
        )
    for day in days:
        ctx.stderr.write(
            f"sopkit: warning: {day.date.isoformat()} {day.name} is an estimated date\n"
        )


def _needed_year(
    catalog: Catalog,
    agency: str,
    received: pendulum.DateTime,
    limit: TimeLimit,
    bare: DayReading | None,
    exc: DateOutOfRangeError,
) -> int | None:
    """Return the last year a deadline needs, computed on a calendar as wide as the data."""
    try:
        wide = calendar_for(catalog, agency, first_year=min(exc.first_year, received.year))
        return wide.deadline(received, limit, bare_day=bare).year
    except SopkitError:
        return None


def _service_limit(
    catalog: Catalog, agency: str, code: str, variant: str | None
) -> TimeLimit | str:
    service = catalog.service(code if "/" in code else f"{agency}/{code}")
    limit = service.time_limit
    if variant is not None:
        chosen = [v for v in service.variants if variant in (v.slug, v.name)]
        if not chosen:
            names = ", ".join(v.slug for v in service.variants) or "none"
            return f"service {service.code!r} has no variant {variant!r}; variants: {names}"
        limit = chosen[0].time_limit or limit
    if limit is None:
        return f"service {service.code!r} states no time limit"
    return limit


def _out_of_range(
    ctx: Context, exc: DateOutOfRangeError, needed: int | None, cal: WorkCalendar
) -> int:
    if needed is None or needed > HOLIDAYS_LAST_YEAR or exc.first_year > needed:
        return ctx.error(str(exc))
    if cal.strict and needed > cal.confirmed_through:
        return ctx.error(
            f"{exc}. {needed} is not confirmed by an SKB: leave out --strict to compute it "
            "from the holidays package's estimates"
        )
    return ctx.error(f"{exc}. Pass --last-year {needed} (or leave --last-year out)")


def _hours_text(hours: WeeklyHours) -> str:
    groups: list[tuple[str, str]] = []
    for name in WEEKDAYS:
        periods = ", ".join(getattr(hours, name)) or "closed"
        if groups and groups[-1][1] == periods:
            groups[-1] = (f"{groups[-1][0].split('–')[0]}–{name}", periods)
        else:
            groups.append((name, periods))
    return "; ".join(f"{days} {periods}" for days, periods in groups)


def _calendar(args: argparse.Namespace, ctx: Context) -> int:
    cal = _calendar_of(args, ctx, args.agency)
    fmt = args.format or ("json" if args.json else "table")
    try:
        days = cal.days_off(args.year)
        count = cal.working_days_in(args.year)
    except DateOutOfRangeError as exc:
        return _out_of_range(ctx, exc, args.year, cal)
    first, last = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
    ranges = cal.schedule.ranges(first, last)
    estimated = {d.date for d in cal.estimated_days(first, last)}
    _warn_estimates(ctx, (), cal.unconfirmed_years(first, last))
    if estimated:
        ctx.stderr.write(
            f"sopkit: warning: {len(estimated)} days off of {args.year} are estimates\n"
        )
    days = tuple(attrs.evolve(d, estimated=d.date in estimated) for d in days)
    if fmt == "ics":
        ctx.stdout.write(to_ics(days, agency=args.agency, stamp=dt.datetime.now(dt.UTC)))
        return EXIT_OK
    if fmt == "json":
        ctx.json(
            {
                "agency": args.agency,
                "year": args.year,
                "timezone": cal.timezone,
                "covered_years": [cal.first_year, cal.last_year],
                "confirmed": args.year <= cal.confirmed_through,
                "working_days": count,
                "hours": [
                    {
                        "first": r.first.isoformat(),
                        "last": r.last.isoformat(),
                        "name": r.name,
                        "source": r.source,
                        "weekly": {d: list(getattr(r.hours, d)) for d in WEEKDAYS},
                    }
                    for r in ranges
                ],
                "days_off": [
                    {
                        "date": d.date.isoformat(),
                        "weekday": _WEEKDAYS[d.date.weekday()],
                        "kind": d.kind.value,
                        "name": d.name,
                        "estimated": d.estimated,
                        "source": d.source,
                    }
                    for d in days
                ],
            }
        )
        return EXIT_OK
    ctx.stdout.write(f"{args.agency} {args.year}: {count} working days ({cal.timezone})\n\n")
    ctx.table(
        ("from", "to", "office hours", "source"),
        [(r.first, r.last, _hours_text(r.hours), r.source) for r in ranges],
    )
    ctx.stdout.write("\n")
    rows = [
        (
            d.date.isoformat(),
            _WEEKDAYS[d.date.weekday()],
            d.kind.value,
            d.name + (" (perkiraan)" if d.estimated and "perkiraan" not in d.name else ""),
        )
        for d in days
    ]
    ctx.table(("date", "day", "kind", "name"), rows)
    return EXIT_OK
