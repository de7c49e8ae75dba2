"""Catalogue commands: agencies, services, show, search and plugins."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_ERROR, EXIT_OK, Context

if TYPE_CHECKING:
    from sopkit.core._service import Service


def register(sub: Any) -> None:
    """Add the catalogue commands to the parser."""
    p = sub.add_parser("agencies", help="list the agencies of every installed catalogue")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_agencies)

    p = sub.add_parser("services", help="list services and SOPs")
    p.add_argument("--agency", type=opt.code, metavar="CODE", help="only this agency")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_services)

    p = sub.add_parser("show", help="show one agency, service or SOP in full")
    p.add_argument(
        "code",
        type=opt.code,
        metavar="CODE",
        help="e.g. malang.bkpsdm, <agency>/<service>, <agency>/sop/<sop>, or a slug alone",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_show)

    p = sub.add_parser(
        "search", help="search service and SOP names (typos, KP, KGB, Karpeg... expand)"
    )
    p.add_argument("text", type=opt.text, metavar="TEXT")
    p.add_argument("--agency", type=opt.code, metavar="CODE", help="only this agency")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_search)

    p = sub.add_parser(
        "plugins",
        help="list installed plugins, versions and what they register, broken ones included",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_plugins)


def _agencies(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    if args.json:
        ctx.json(list(catalog.agencies))
        return EXIT_OK
    if not catalog.agencies:
        return ctx.error(ctx.t("plugins.none"))
    rows = [
        (a.code, a.name, a.regency, len(catalog.services_of(a.code)), len(catalog.sops_of(a.code)))
        for a in catalog.agencies
    ]
    ctx.table(("col.code", "col.name", "col.regency", "col.services", "col.sops"), rows)
    return EXIT_OK


def _services(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.cli._text import describe_limit

    catalog = ctx.catalog
    agency = catalog.agency(args.agency).code if args.agency else None
    services = catalog.services_of(agency) if agency else catalog.services
    sops = catalog.sops_of(agency) if agency else catalog.sops
    standalone = [s for s in sops if not s.service]
    if args.json:
        ctx.json({"services": list(services), "sops": standalone})
        return EXIT_OK
    if not services and not standalone:
        return ctx.error(ctx.t("plugins.none"))
    rows: list[tuple[object, ...]] = [
        (s.code, _number(s), s.name, describe_limit(s.time_limit, s.time_limit_text), len(s.sops))
        for s in services
    ]
    ctx.table(("col.code", "col.no", "col.service", "col.time_limit", "col.sops"), rows)
    if standalone:
        ctx.stdout.write("\n")
        ctx.table(
            ("col.code", "col.no", "col.sop_alone", "col.steps"),
            [(s.code, s.number, s.name, len(s.steps)) for s in standalone],
        )
    return EXIT_OK


def _number(service: Service) -> str:
    return ".".join(p for p in (service.section_code, service.number) if p)


def _show(args: argparse.Namespace, ctx: Context) -> int:
    item = ctx.lookup(args.code)
    if args.json:
        ctx.json(item)
    else:
        from sopkit.cli._text import show_text

        ctx.write(show_text(item, ctx))
    return EXIT_OK


def _search(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    agency = catalog.agency(args.agency).code if args.agency else None
    found = catalog.search(args.text, agency=agency)
    if args.json:
        ctx.json(
            [{"code": f.code, "name": f.name, "kind": type(f).__name__.lower()} for f in found]
        )
        return EXIT_OK if found else EXIT_ERROR
    if not found:
        where = ctx.t("search.in_agency", agency=agency) if agency else ""
        ctx.line(ctx.t("search.none", text=args.text, where=where))
        words = catalog.suggest(args.text)
        ctx.line(ctx.t("search.suggest", words=", ".join(words)) if words else ctx.t("search.hint"))
        return EXIT_ERROR
    kinds = {"Service": ctx.t("kind.service"), "Sop": ctx.t("kind.sop")}
    ctx.table(
        ("col.code", "col.kind", "col.name"),
        [(f.code, kinds[type(f).__name__], f.name) for f in found],
    )
    return EXIT_OK


def _plugins(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.core._catalog import load_catalog

    catalog = load_catalog(lenient=True)  # this command must run to show what is broken
    if args.json:
        ctx.json({"plugins": list(catalog.plugins), "skipped": list(catalog.skipped)})
        return EXIT_ERROR if catalog.skipped or not catalog.plugins else EXIT_OK
    if not catalog.plugins and not catalog.skipped:
        return ctx.error(ctx.t("plugins.none"))
    loaded, broken = ctx.t("plugin.loaded"), ctx.t("plugin.broken")
    rows = [
        (
            p.name,
            p.distribution,
            p.version,
            loaded,
            ", ".join(f"{n} {ctx.t(f'registers.{k}')}" for k, n in p.registers),
        )
        for p in catalog.plugins
    ]
    rows += [(s.name, "", "", broken, s.reason) for s in catalog.skipped]
    ctx.table(
        ("col.plugin", "col.distribution", "col.version", "col.status", "col.registers"),
        rows,
        colors={3: {broken: "red bold"}},
    )
    if catalog.skipped:
        ctx.stdout.write("\n")
        ctx.line(ctx.t("plugins.broken", count=len(catalog.skipped)))
        return EXIT_ERROR
    return EXIT_OK
