"""Role commands: an agency's roles and org chart, and who signs a service's product."""

from __future__ import annotations

import argparse
from typing import Any

from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, Context


def register(sub: Any) -> None:
    """Add the role commands to the parser."""
    p = sub.add_parser("roles", help="list an agency's roles, aliases and reporting lines")
    p.add_argument("--agency", type=opt.code, metavar="CODE", required=True)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_roles)

    p = sub.add_parser("signer", help="who signs a service's product, given the facts")
    p.add_argument("service", type=opt.code, metavar="CODE")
    p.add_argument(
        "--golongan", type=opt.golongan, metavar="GOLONGAN", help="target golongan/ruang, e.g. IV/a"
    )
    p.add_argument(
        "--education",
        type=opt.education,
        metavar="LEVEL",
        help="education level sought, e.g. S1 or D-III (SD … S3, profesi, spesialis)",
    )
    p.add_argument("--variant", type=opt.code, metavar="SLUG", help="variant slug")
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
            ctx.t(f"rolekind.{r.kind.value}"),
            ", ".join(r.aliases),
            " → ".join(x.code for x in registry.escalation_path(r.code)) or "-",
        )
        for r in registry.roles
        if r.is_office
    ]
    ctx.table(("col.code", "col.name", "col.kind", "col.aliases", "col.escalation"), rows)
    artefacts = [r.code for r in registry.roles if not r.is_office]
    if artefacts:
        ctx.line()
        ctx.line(ctx.t("roles.artefacts", count=len(artefacts), codes=", ".join(artefacts)))
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
        ctx.line(ctx.t("signer.signs", role=role.name, code=role.code, product=product))
        if rule.source:
            ctx.line(ctx.t("signer.source", source=rule.source))
    return EXIT_OK
