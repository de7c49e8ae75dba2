"""Calendar commands: `deadline` (when a time limit ends) and `calendar` (a year's days off)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from sopkit._errors import SopkitError
from sopkit._i18n import Text
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    import pendulum

    from sopkit.calendar._agency_calendar import AgencyCalendar
    from sopkit.calendar._days import CalendarDay
    from sopkit.calendar._duration import TimeLimit
    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.calendar._schedule import WeeklyHours
    from sopkit.calendar._workcalendar import WorkCalendar
    from sopkit.core._catalog import Catalog

_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _weekday(ctx: Context, number: int) -> str:
    return ctx.t("weekday").split()[number]


def register(sub: Any) -> None:
    """Add the calendar commands to the parser."""
    bare_days = [DayReading.WORKING.value, DayReading.CALENDAR.value]
    p = sub.add_parser("deadline", help="when a time limit received at a moment ends")
    p.add_argument(
        "--agency",
        type=opt.code,
        metavar="CODE",
        help="the agency (taken from --service when it names one)",
    )
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
        type=opt.choice(bare_days, name="bare_day"),
        metavar="{" + ",".join(bare_days) + "}",
        help="how to read a bare 'hari' when the agency declares nothing",
    )
    _common_options(p)
    p.set_defaults(run=_deadline)

    p = sub.add_parser("calendar", help="working days, holidays, cuti bersama and hours of a year")
    p.add_argument("--agency", type=opt.code, metavar="CODE", required=True)
    p.add_argument("--year", type=opt.year, metavar="YEAR", required=True)
    p.add_argument(
        "--format",
        type=opt.choice(("table", "json", "ics"), name="format"),
        metavar="{table,json,ics}",
        default=None,
        help="table (default), json, or ics (RFC 5545 iCalendar of the days off)",
    )
    _common_options(p)
    p.set_defaults(run=_calendar)


def _common_options(p: Any) -> None:
    p.add_argument(
        "--last-year",
        type=opt.year,
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
        type=opt.file,
        help="extra days off, removals or working days (YAML like calendar.yaml, or CSV)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _agency_of(args: argparse.Namespace, ctx: Context) -> str | None:
    """Return the agency: from a qualified --service code, checked against --agency."""
    service = getattr(args, "service", None)
    named = service.split("/", 1)[0] if service and "/" in service else None
    if named and args.agency and args.agency.casefold() != named.casefold():
        ctx.error(
            Text(
                "--agency {agency} does not match the agency of --service {service} "
                "({named}); leave --agency out or give the service's own agency",
                agency=repr(args.agency),
                service=repr(service),
                named=repr(named),
            )
        )
        return None
    agency: str | None = named or args.agency
    if agency is None:
        ctx.error(Text("--agency CODE is required unless --service names '<agency>/<slug>'"))
    return agency


def _calendar_of(args: argparse.Namespace, ctx: Context, agency: str) -> WorkCalendar:
    from sopkit.calendar._for_agency import calendar_for

    extra: AgencyCalendar | None = None
    if args.days_off is not None:
        from sopkit.cli._days_file import read_days_file  # a YAML or CSV reader

        extra = read_days_file(args.days_off, agency)
    return calendar_for(
        ctx.catalog, agency, last_year=args.last_year, strict=args.strict, extra=extra
    )


def _deadline(args: argparse.Namespace, ctx: Context) -> int:
    import pendulum

    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.cli._text import describe_limit

    agency = _agency_of(args, ctx)
    if agency is None:
        return EXIT_USAGE
    catalog = ctx.catalog
    cal = _calendar_of(args, ctx, agency)
    received = pendulum.instance(args.received, tz=cal.timezone)
    if args.duration is not None:
        limit: TimeLimit = args.duration
    else:
        found = _service_limit(catalog, agency, args.service, args.variant)
        if isinstance(found, Text):
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
        ("deadline.agency", f"{agency} ({cal.timezone})"),
        ("deadline.received", received.isoformat()),
        ("deadline.time_limit", describe_limit(limit)),
        ("deadline.due", f"{due.isoformat()} ({_weekday(ctx, due.weekday())})"),
    )
    width = max(len(ctx.t(key)) for key, _ in lines) + 1
    for key, value in lines:
        ctx.line(f"{ctx.t(key):<{width}} {value}")
    return EXIT_OK


def _day_json(day: CalendarDay) -> dict[str, object]:
    return {"date": day.date.isoformat(), "name": day.name, "kind": day.kind.value}


def _warn_estimates(ctx: Context, days: tuple[CalendarDay, ...], years: tuple[int, ...]) -> None:
    for year in years:
        ctx.note(
            Text(
                "warning: {year} has no SKB list in this sopkit: its holidays and cuti bersama "
                "come from the holidays package and may change (--strict refuses them)",
                year=year,
            )
        )
    for day in days:
        ctx.note(
            Text(
                "warning: {date} {name} is an estimated date",
                date=day.date.isoformat(),
                name=day.name,
            )
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
    from sopkit.calendar._for_agency import calendar_for

    try:
        wide = calendar_for(catalog, agency, first_year=min(exc.first_year, received.year))
        return wide.deadline(received, limit, bare_day=bare).year
    except SopkitError:
        return None


def _service_limit(
    catalog: Catalog, agency: str, code: str, variant: str | None
) -> TimeLimit | Text:
    service = catalog.service(code if "/" in code else f"{agency}/{code}")
    limit = service.time_limit
    if variant is not None:
        chosen = [v for v in service.variants if variant in (v.slug, v.name)]
        if not chosen:
            names = ", ".join(v.slug for v in service.variants) or Text("none")
            return Text(
                "service {code} has no variant {variant}; variants: {names}",
                code=repr(service.code),
                variant=repr(variant),
                names=names,
            )
        limit = chosen[0].time_limit or limit
    if limit is None:
        return Text("service {code} states no time limit", code=repr(service.code))
    return limit


def _out_of_range(
    ctx: Context, exc: DateOutOfRangeError, needed: int | None, cal: WorkCalendar
) -> int:
    from sopkit.calendar._days import HOLIDAYS_LAST_YEAR

    if needed is None or needed > HOLIDAYS_LAST_YEAR or exc.first_year > needed:
        return ctx.error(exc.localized(ctx.lang))
    if cal.strict and needed > cal.confirmed_through:
        return ctx.error(
            Text(
                "{error}. {year} is not confirmed by an SKB: leave out --strict to compute it "
                "from the holidays package's estimates",
                error=exc,
                year=needed,
            )
        )
    return ctx.error(
        Text("{error}. Pass --last-year {year} (or leave --last-year out)", error=exc, year=needed)
    )


def _hours_text(hours: WeeklyHours, ctx: Context) -> str:
    from sopkit.calendar._schedule import WEEKDAYS

    groups: list[tuple[str, str]] = []
    for name in WEEKDAYS:
        periods = ", ".join(getattr(hours, name)) or ctx.t("hours.closed")
        day = ctx.t(f"weekday.{name}")
        if groups and groups[-1][1] == periods:
            groups[-1] = (f"{groups[-1][0].split('–')[0]}–{day}", periods)
        else:
            groups.append((day, periods))
    return "; ".join(f"{days} {periods}" for days, periods in groups)


def _calendar(args: argparse.Namespace, ctx: Context) -> int:
    import attrs

    from sopkit.calendar._errors import DateOutOfRangeError
    from sopkit.calendar._ics import to_ics
    from sopkit.calendar._schedule import WEEKDAYS

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
        ctx.note(
            Text(
                "warning: {count} days off of {year} are estimates",
                count=len(estimated),
                year=args.year,
            )
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
    ctx.line(
        ctx.t("calendar.head", agency=args.agency, year=args.year, count=count, tz=cal.timezone)
    )
    ctx.line()
    ctx.table(
        ("col.from", "col.to", "col.office_hours", "col.source"),
        [(r.first, r.last, _hours_text(r.hours, ctx), r.source) for r in ranges],
    )
    ctx.line()
    rows = [
        (
            d.date.isoformat(),
            _weekday(ctx, d.date.weekday()),
            ctx.t(f"daykind.{d.kind.value}"),
            d.name + (" (perkiraan)" if d.estimated and "perkiraan" not in d.name else ""),
        )
        for d in days
    ]
    ctx.table(("col.date", "col.day", "col.kind", "col.name"), rows)
    return EXIT_OK
