"""`sopkit demo`: a tour of the installed catalogues, their time arithmetic and their review."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from sopkit.cli._common import EXIT_OK, Context

if TYPE_CHECKING:
    from sopkit.core._service import Service

PER_AGENCY = 6


def register(sub: Any) -> None:
    """Add the demo command to the parser."""
    p = sub.add_parser("demo", help="tour the installed catalogues")
    p.set_defaults(run=_demo)


def _heading(ctx: Context, text: str) -> None:
    ctx.write(f"\n== {text}\n\n")


def _demo(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.cli._text import describe_limit, show_text

    catalog = ctx.catalog
    ctx.line(ctx.t("demo.title"))
    _heading(ctx, "sopkit plugins")
    ctx.table(
        ("col.plugin", "col.distribution", "col.version", "col.registers"),
        [
            (p.name, p.distribution, p.version, ", ".join(f"{n} {k}" for k, n in p.registers))
            for p in catalog.plugins
        ],
    )
    _heading(ctx, "sopkit agencies")
    ctx.table(
        ("col.code", "col.name", "col.regency", "col.services", "col.sops"),
        [
            (
                a.code,
                a.name,
                a.regency,
                len(catalog.services_of(a.code)),
                len(catalog.sops_of(a.code)),
            )
            for a in catalog.agencies
        ],
    )
    for agency in catalog.agencies:
        services = catalog.services_of(agency.code)
        sops = [s for s in catalog.sops_of(agency.code) if not s.service]
        _heading(
            ctx,
            f"sopkit services --agency {agency.code}  "
            + ctx.t("demo.counts", services=len(services), sops=len(sops)),
        )
        rows: list[tuple[object, ...]] = [
            (s.code, s.name, describe_limit(s.time_limit, s.time_limit_text))
            for s in services[:PER_AGENCY]
        ]
        rows += [
            (s.code, s.name, ctx.t("demo.steps", count=len(s.steps)))
            for s in sops[: max(0, PER_AGENCY - len(rows))]
        ]
        ctx.table(("col.code", "col.name", "col.time_limit"), rows)
        more = len(services) + len(sops) - len(rows)
        if more > 0:
            ctx.line(ctx.t("demo.more", count=more))
    sample = _sample_service(catalog.services)
    if sample is not None:
        _heading(ctx, f"sopkit show {sample.code}")
        ctx.write(show_text(sample, ctx))
        _deadline(ctx, sample)
    _review(ctx)
    _heading(ctx, "sopkit search KP")
    found = catalog.search("KP")
    ctx.table(("col.code", "col.name"), [(f.code, f.name) for f in found[:8]])
    ctx.line()
    ctx.line(ctx.t("demo.more_help"))
    return EXIT_OK


def _sample_service(services: tuple[Service, ...]) -> Service | None:
    """Return a service with a working-day time limit and an SOP, the most complete first."""
    from sopkit.calendar._duration import Duration, DurationUnit

    candidates = [
        s
        for s in services
        if isinstance(s.time_limit, Duration)
        and s.time_limit.unit is DurationUnit.WORKING_DAY
        and s.sops
    ]
    if not candidates:
        return services[0] if services else None
    return min(candidates, key=lambda s: (len(s.missing_components()), -len(s.sops[0].steps)))


def _deadline(ctx: Context, service: Service) -> None:
    import pendulum

    from sopkit.calendar._for_agency import calendar_for
    from sopkit.cli._text import describe_limit

    assert service.time_limit is not None
    calendar = calendar_for(ctx.catalog, service.agency)
    tz = ctx.catalog.agency(service.agency).timezone
    received = pendulum.datetime(2025, 3, 27, 15, 0, tz=tz)  # the Thursday before Idul Fitri 1446 H
    due = calendar.deadline(received, service.time_limit)
    limit = describe_limit(service.time_limit)
    _heading(
        ctx,
        f"sopkit deadline --agency {service.agency} --service {service.code} --from {received.isoformat()}",
    )
    locale = "id" if ctx.lang == "id" else "en"
    moment = "dddd D MMMM YYYY HH:mm"
    ctx.line(
        ctx.t("demo.received", when=received.format(moment, locale=locale), tz=tz, limit=limit)
    )
    ctx.line(ctx.t("demo.due", when=due.format(moment, locale=locale)))
    off = [d for d in calendar.days_off(2025) if received.date() <= d.date <= due.date()]
    if off:
        ctx.line(ctx.t("demo.days_off"))
        for day in off:
            ctx.write(f"  {day.date.isoformat()}  {day.name}\n")


def _review(ctx: Context) -> None:
    from sopkit.lint import Severity, lint

    findings = lint(ctx.catalog)
    _heading(ctx, "sopkit lint  " + ctx.t("demo.lint"))
    counts = Counter((f.location.agency, f.severity) for f in findings)
    ctx.table(
        ("col.agency", "col.errors", "col.warnings", "col.info"),
        [
            (
                a.code,
                counts[(a.code, Severity.ERROR)],
                counts[(a.code, Severity.WARNING)],
                counts[(a.code, Severity.INFO)],
            )
            for a in ctx.catalog.agencies
        ],
    )
    examples = [f for f in findings if f.code in ("TIME001", "TIME003")][:5]
    if examples:
        ctx.line()
        ctx.line(ctx.t("demo.example"))
        for f in examples:
            message = f.message_en if ctx.lang == "en" else f.message_id
            severity = ctx.t(f"severity.{f.severity.label}")
            ctx.line(f"  {severity} {f.code} {f.location}: {message}")
