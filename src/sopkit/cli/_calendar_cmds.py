"""Calendar commands: `deadline` (when a time limit ends) and `calendar` (a year's days off)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, Context
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    from sopkit.calendar._duration import TimeLimit
    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.calendar._workcalendar import WorkCalendar
    from sopkit.core._catalog import Catalog

_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _weekday(ctx: Context, number: int) -> str:
    return ctx.t("weekday").split()[number]


def register(sub: Any) -> None:
    """Add the calendar commands to the parser."""
    p = sub.add_parser("deadline", help="when a time limit received at a moment ends")
    p.add_argument("--agency", type=opt.code, metavar="CODE", required=True)
    p.add_argument(
        "--from",
        dest="received",
        type=opt.datetime,
        metavar="ISO_DATETIME",
        required=True,
        help="moment of receipt, "
        + opt.DATETIME_FORMAT
        + "; without an offset it is read in the agency's timezone",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--duration",
        type=opt.time_limit,
        metavar="TEXT",
        help="e.g. '14 (empat belas) hari kerja'",
    )
    what.add_argument(
        "--service", type=opt.code, metavar="CODE", help="<agency>/<slug> or just <slug>"
    )
    p.add_argument(
        "--variant",
        type=opt.text,
        metavar="NAME",
        help="a variant's slug or name (with --service)",
    )
    p.add_argument(
        "--bare-day",
        type=opt.choice([DayReading.WORKING.value, DayReading.CALENDAR.value], name="bare_day"),
        metavar="{" + DayReading.WORKING.value + "," + DayReading.CALENDAR.value + "}",
        help="how to read a bare 'hari' when the agency declares nothing",
    )
    _common_options(p)
    p.set_defaults(run=_deadline)

    p = sub.add_parser("calendar", help="working days, holidays and cuti bersama of a year")
    p.add_argument("--agency", type=opt.code, metavar="CODE", required=True)
    p.add_argument("--year", type=opt.year, metavar="YEAR", required=True)
    _common_options(p)
    p.set_defaults(run=_calendar)


def _common_options(p: Any) -> None:
    p.add_argument(
        "--last-year",
        type=opt.year,
        metavar="YEAR",
        help="cover years up to YEAR, past the last confirmed one (their holidays are estimates)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _deadline(args: argparse.Namespace, ctx: Context) -> int:
    import pendulum

    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.calendar._for_agency import calendar_for
    from sopkit.cli._text import describe_limit

    catalog = ctx.catalog
    cal = calendar_for(catalog, args.agency, last_year=args.last_year)
    received = pendulum.instance(args.received, tz=cal.timezone)
    if args.duration is not None:
        limit: TimeLimit = args.duration
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
        ("deadline.agency", f"{args.agency} ({cal.timezone})"),
        ("deadline.received", received.isoformat()),
        ("deadline.time_limit", describe_limit(limit)),
        ("deadline.due", f"{due.isoformat()} ({_weekday(ctx, due.weekday())})"),
    )
    width = max(len(ctx.t(key)) for key, _ in lines) + 1
    for key, value in lines:
        ctx.line(f"{ctx.t(key):<{width}} {value}")
    for day in estimated:
        ctx.line(ctx.t("deadline.estimated", date=day.date.isoformat(), name=day.name))
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
    from sopkit.calendar._days import HOLIDAYS_LAST_YEAR

    if year <= exc.last_year or year > HOLIDAYS_LAST_YEAR:
        return ctx.error(str(exc))
    return ctx.error(
        f"{exc}. Pass --last-year {year} to use the holidays package's estimated dates "
        "for the years after the last confirmed one"
    )


def _calendar(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.calendar._for_agency import calendar_for

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
    ctx.line(
        ctx.t("calendar.head", agency=args.agency, year=args.year, count=count, tz=cal.timezone)
    )
    ctx.line()
    rows = [
        (d.date.isoformat(), _weekday(ctx, d.date.weekday()), d.kind.value, d.name) for d in days
    ]
    ctx.table(("col.date", "col.day", "col.kind", "col.name"), rows)
    return EXIT_OK
