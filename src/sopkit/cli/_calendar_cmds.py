"""Calendar commands: `deadline` (when a time limit ends) and `calendar` (a year's days off)."""

from __future__ import annotations

import argparse
from typing import Any

import pendulum

from sopkit.calendar._composite import parse_time_limit
from sopkit.calendar._days import HOLIDAYS_LAST_YEAR
from sopkit.calendar._duration import TimeLimit
from sopkit.calendar._errors import DateOutOfRangeError
from sopkit.calendar._for_agency import calendar_for
from sopkit.calendar._workcalendar import WorkCalendar
from sopkit.cli._common import EXIT_OK, Context
from sopkit.cli._text import describe_limit
from sopkit.core._agency import DayReading
from sopkit.core._catalog import Catalog

_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def register(sub: Any) -> None:
    """Add the calendar commands to the parser."""
    p = sub.add_parser("deadline", help="when a time limit received at a moment ends")
    p.add_argument("--agency", metavar="CODE", required=True)
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

    p = sub.add_parser("calendar", help="working days, holidays and cuti bersama of a year")
    p.add_argument("--agency", metavar="CODE", required=True)
    p.add_argument("--year", type=int, required=True)
    _common_options(p)
    p.set_defaults(run=_calendar)


def _common_options(p: Any) -> None:
    p.add_argument(
        "--last-year",
        type=int,
        metavar="YEAR",
        help="cover years up to YEAR, past the last confirmed one (their holidays are estimates)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _deadline(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    cal = calendar_for(catalog, args.agency, last_year=args.last_year)
    received = pendulum.parse(args.received, tz=cal.timezone)
    if not isinstance(received, pendulum.DateTime):
        return ctx.error(f"--from {args.received!r} is not a date and time (ISO 8601)")
    if args.duration is not None:
        limit: TimeLimit = parse_time_limit(args.duration)
    else:
        found = _service_limit(catalog, args.agency, args.service, args.variant)
        if isinstance(found, str):
            return ctx.error(found)
        limit = found
    bare = DayReading(args.bare_day) if args.bare_day else None
    try:
        due = cal.deadline(received, limit, bare_day=bare)
    except DateOutOfRangeError as exc:
        return _out_of_range(ctx, exc, cal.last_year + 1)
    estimated = [d for d in cal.days if d.estimated and received.date() <= d.date <= due.date()]
    if args.json:
        ctx.json(
            {
                "agency": args.agency,
                "timezone": cal.timezone,
                "received": received.isoformat(),
                "time_limit": describe_limit(limit),
                "due": due.isoformat(),
                "estimated_days": [{"date": d.date.isoformat(), "name": d.name} for d in estimated],
                "office_time_allowed_minutes": cal.working_time_between(received, due)
                // pendulum.duration(minutes=1),
            }
        )
        return EXIT_OK
    lines = (
        ("agency", f"{args.agency} ({cal.timezone})"),
        ("received", received.isoformat()),
        ("time limit", describe_limit(limit)),
        ("due", f"{due.isoformat()} ({_WEEKDAYS[due.weekday()]})"),
    )
    for label, value in lines:
        ctx.stdout.write(f"{label:<11} {value}\n")
    for day in estimated:
        ctx.stdout.write(f"note: {day.date.isoformat()} {day.name} is an estimated date\n")
    return EXIT_OK


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


def _out_of_range(ctx: Context, exc: DateOutOfRangeError, year: int) -> int:
    if year <= exc.last_year or year > HOLIDAYS_LAST_YEAR:
        return ctx.error(str(exc))
    return ctx.error(
        f"{exc}. Pass --last-year {year} to use the holidays package's estimated dates "
        "for the years after the last confirmed one"
    )


def _calendar(args: argparse.Namespace, ctx: Context) -> int:
    cal: WorkCalendar = calendar_for(ctx.catalog, args.agency, last_year=args.last_year)
    try:
        days = cal.days_off(args.year)
        count = cal.working_days_in(args.year)
    except DateOutOfRangeError as exc:
        return _out_of_range(ctx, exc, args.year)
    if args.json:
        ctx.json(
            {
                "agency": args.agency,
                "year": args.year,
                "timezone": cal.timezone,
                "covered_years": [cal.first_year, cal.last_year],
                "working_days": count,
                "days_off": [
                    {
                        "date": d.date.isoformat(),
                        "weekday": _WEEKDAYS[d.date.weekday()],
                        "kind": d.kind.value,
                        "name": d.name,
                        "estimated": d.estimated,
                    }
                    for d in days
                ],
            }
        )
        return EXIT_OK
    ctx.stdout.write(f"{args.agency} {args.year}: {count} working days ({cal.timezone})\n\n")
    rows = [(d.date.isoformat(), _WEEKDAYS[d.date.weekday()], d.kind.value, d.name) for d in days]
    ctx.table(("date", "day", "kind", "name"), rows)
    return EXIT_OK
