"""Role commands: an agency's roles and org chart, and who signs a service's product."""

from __future__ import annotations

import argparse
from typing import Any

from sopkit.cli._common import EXIT_OK, Context


def register(sub: Any) -> None:
    """Add the role commands to the parser."""
    p = sub.add_parser("roles", help="list an agency's roles, aliases and reporting lines")
    p.add_argument("--agency", metavar="CODE", required=True)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_roles)

    p = sub.add_parser("signer", help="who signs a service's product, given the facts")
    p.add_argument("service", metavar="CODE")
    p.add_argument("--golongan", help="target golongan/ruang, e.g. IV/a")
    p.add_argument("--education", help="education level sought, e.g. S1")
    p.add_argument("--variant", help="variant slug")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_signer)


def _roles(args: argparse.Namespace, ctx: Context) -> int:
    registry = ctx.catalog.roles_of(args.agency)
    if args.json:
        ctx.json(list(registry.roles))
        return EXIT_OK
    rows = [
        (
            r.code,
            r.name,
            r.kind.value,
            ", ".join(r.aliases),
            " → ".join(x.code for x in registry.escalation_path(r.code)) or "-",
        )
        for r in registry.roles
        if r.is_office
    ]
    ctx.table(("code", "name", "kind", "aliases", "escalation"), rows)
    artefacts = [r.code for r in registry.roles if not r.is_office]
    if artefacts:
        ctx.stdout.write(
            f"\n{len(artefacts)} column(s) the OCR garbled, kept to trace their marks and not "
            f"listed as offices: {', '.join(artefacts)}\n"
        )
    return EXIT_OK


def _signer(args: argparse.Namespace, ctx: Context) -> int:
    rule = ctx.catalog.signer_for(
        args.service, golongan=args.golongan, education=args.education, variant=args.variant
    )
    if args.json:
        ctx.json(rule)
    else:
        role = ctx.catalog.roles_of(rule.agency).resolve(rule.signer)
        product = f" {rule.product}" if rule.product else ""
        ctx.stdout.write(f"{role.name} ({role.code}) signs{product}\n")
        if rule.source:
            ctx.stdout.write(f"source: {rule.source}\n")
    return EXIT_OK
