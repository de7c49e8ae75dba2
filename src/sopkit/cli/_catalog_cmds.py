"""Catalogue commands: agencies, services, show, search, plugins and demo."""

from __future__ import annotations

import argparse
from typing import Any

from sopkit.cli._common import EXIT_OK, Context
from sopkit.cli._text import describe_limit, show_text
from sopkit.core._service import Service


def register(sub: Any) -> None:
    """Add the catalogue commands to the parser."""
    p = sub.add_parser("agencies", help="list the agencies of every installed catalogue")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_agencies)

    p = sub.add_parser("services", help="list services and SOPs")
    p.add_argument("--agency", metavar="CODE", help="only this agency")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_services)

    p = sub.add_parser("show", help="show one agency, service or SOP in full")
    p.add_argument(
        "code", metavar="CODE", help="e.g. malang.bkpsdm/<service> or <agency>/sop/<sop>"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_show)

    p = sub.add_parser("search", help="search service and SOP names (KP, KGB, Karpeg... expand)")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--agency", metavar="CODE", help="only this agency")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_search)

    p = sub.add_parser("plugins", help="list installed plugins, versions and what they register")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_plugins)


def _agencies(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    if args.json:
        ctx.json(list(catalog.agencies))
        return EXIT_OK
    rows = [
        (a.code, a.name, a.regency, len(catalog.services_of(a.code)), len(catalog.sops_of(a.code)))
        for a in catalog.agencies
    ]
    ctx.table(("code", "name", "regency", "services", "sops"), rows)
    return EXIT_OK


def _services(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    services = catalog.services_of(args.agency) if args.agency else catalog.services
    sops = catalog.sops_of(args.agency) if args.agency else catalog.sops
    standalone = [s for s in sops if not s.service]
    if args.json:
        ctx.json({"services": list(services), "sops": standalone})
        return EXIT_OK
    rows: list[tuple[object, ...]] = [
        (s.code, _number(s), s.name, describe_limit(s.time_limit, s.time_limit_text), len(s.sops))
        for s in services
    ]
    ctx.table(("code", "no.", "service", "time limit", "sops"), rows)
    if standalone:
        ctx.stdout.write("\n")
        ctx.table(
            ("code", "no.", "SOP (no standar pelayanan)", "steps"),
            [(s.code, s.number, s.name, len(s.steps)) for s in standalone],
        )
    return EXIT_OK


def _number(service: Service) -> str:
    return ".".join(p for p in (service.section_code, service.number) if p)


def _show(args: argparse.Namespace, ctx: Context) -> int:
    item = ctx.catalog.lookup(args.code)
    if args.json:
        ctx.json(item)
    else:
        ctx.stdout.write(show_text(item))
    return EXIT_OK


def _search(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.catalog.search(args.text, agency=args.agency)
    if args.json:
        ctx.json(
            [{"code": f.code, "name": f.name, "kind": type(f).__name__.lower()} for f in found]
        )
        return EXIT_OK
    ctx.table(("code", "kind", "name"), [(f.code, type(f).__name__, f.name) for f in found])
    return EXIT_OK


def _plugins(args: argparse.Namespace, ctx: Context) -> int:
    catalog = ctx.catalog
    if args.json:
        ctx.json({"plugins": list(catalog.plugins), "skipped": list(catalog.skipped)})
        return EXIT_OK
    rows = [
        (p.name, p.distribution, p.version, ", ".join(f"{n} {k}" for k, n in p.registers))
        for p in catalog.plugins
    ]
    ctx.table(("plugin", "distribution", "version", "registers"), rows)
    return EXIT_OK
