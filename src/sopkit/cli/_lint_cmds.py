"""`sopkit lint`: the consistency checks over the installed catalogues."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from sopkit.cli._common import EXIT_ERROR, EXIT_OK, Context
from sopkit.lint import Severity, checks, github_annotations, lint, sarif_log


def register(sub: Any) -> None:
    """Add the lint commands to the parser."""
    p = sub.add_parser(
        "lint", help="check catalogues for gaps and contradictions (exit 1 on errors)"
    )
    p.add_argument("--agency", metavar="CODE", help="only this agency")
    p.add_argument(
        "--severity",
        type=_severity,
        default=Severity.INFO,
        metavar="LEVEL",
        help="lowest severity to report: info, warning or error (default info)",
    )
    p.add_argument("--code", action="append", metavar="CODE", help="only these check codes")
    p.add_argument("--lang", choices=("id", "en"), default="en", help="message language")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--format",
        choices=("text", "github", "sarif"),
        default="text",
        help="github: workflow annotations on the data file lines; sarif: a SARIF 2.1.0 log",
    )
    p.add_argument("--list", action="store_true", help="list the checks and exit")
    p.set_defaults(run=_lint)


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _lint(args: argparse.Namespace, ctx: Context) -> int:
    if args.list:
        ctx.table(
            ("code", "severity", "check"), [(c.code, c.severity.label, c.title) for c in checks()]
        )
        return EXIT_OK
    codes = tuple(args.code) if args.code else None
    findings = lint(ctx.catalog, agency=args.agency, severity=args.severity, codes=codes)
    if args.format == "github":
        ctx.stdout.write(github_annotations(findings, lang=args.lang))
        if not findings:  # say what was checked rather than print nothing
            ctx.stdout.write(f"::notice title=sopkit lint::no findings ({len(checks())} checks)\n")
    elif args.format == "sarif":
        ctx.json(sarif_log(findings, checks(), lang=args.lang))
    elif args.json:
        ctx.json(
            [
                {
                    "code": f.code,
                    "severity": f.severity.label,
                    "location": f.location,
                    "message_id": f.message_id,
                    "message_en": f.message_en,
                }
                for f in findings
            ]
        )
    else:
        rows = [
            (
                f.severity.label,
                f.code,
                str(f.location),
                f.message_id if args.lang == "id" else f.message_en,
            )
            for f in findings
        ]
        ctx.table(("severity", "code", "where", "message"), rows)
        counts = Counter(f.severity.label for f in findings)
        summary = ", ".join(f"{counts[s.label]} {s.label}" for s in sorted(Severity, reverse=True))
        ctx.stdout.write(f"\n{len(findings)} findings: {summary}\n")
    return EXIT_ERROR if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK
