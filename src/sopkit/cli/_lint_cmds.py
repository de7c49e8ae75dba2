"""`sopkit lint`: the consistency checks over the installed catalogues."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from sopkit._i18n import Text, localize
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_ERROR, EXIT_OK, Context

if TYPE_CHECKING:
    from sopkit.lint import Check, Finding

_SEVERITIES = ("info", "warning", "error")
_COLORS = {"error": "red bold", "warning": "yellow", "info": "dim"}


def _check_code() -> opt.Option[str]:
    from sopkit.lint import checks

    return opt.choice((c.code for c in checks()), name="check code")


def register(sub: Any) -> None:
    """Add the lint commands to the parser."""
    p = sub.add_parser(
        "lint", help="check catalogues for gaps and contradictions (exit 1 on errors)"
    )
    p.add_argument("--agency", type=opt.code, metavar="CODE", help="only this agency")
    p.add_argument(
        "--severity",
        type=opt.choice(_SEVERITIES, name="severity"),
        default="info",
        metavar="LEVEL",
        help="lowest severity to report: info, warning or error (default info)",
    )
    p.add_argument(
        "--code",
        type=opt.comma_list(opt.lazy("check code", _check_code, "TIME01")),
        action="append",
        metavar="CODE[,CODE...]",
        help="only these check codes (case-insensitive; repeat or separate by commas)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--format",
        type=opt.choice(("text", "github", "sarif"), name="format"),
        metavar="{text,github,sarif}",
        default="text",
        help="github: workflow annotations on the data file lines; sarif: a SARIF 2.1.0 log",
    )
    p.add_argument("--list", action="store_true", help="list the checks and exit")
    p.set_defaults(run=_lint)


def _lint(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.lint import Severity, checks, github_annotations, lint, sarif_log

    if args.list:
        ctx.table(
            ("col.code", "col.severity", "col.check"),
            [(c.code, ctx.t(f"severity.{c.severity.label}"), _title(ctx, c)) for c in checks()],
        )
        return EXIT_OK
    codes = tuple(c for group in args.code for c in group) if args.code else None
    agency = ctx.catalog.agency(args.agency).code if args.agency else None
    findings = lint(ctx.catalog, agency=agency, severity=Severity.parse(args.severity), codes=codes)
    findings = tuple(sorted(findings, key=lambda f: (-f.severity, f.code)))
    if args.format == "github":
        ctx.stdout.write(github_annotations(findings, lang=ctx.lang))
        if not findings:  # say what was checked rather than print nothing
            none = Text("no findings ({count} checks)", count=len(checks()))
            ctx.stdout.write(f"::notice title=sopkit lint::{localize(none, ctx.lang)}\n")
    elif args.format == "sarif":
        ctx.json(sarif_log(findings, checks(), lang=ctx.lang))
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
    elif not findings:
        ran = len(codes) if codes else len(checks())
        agencies = 1 if agency else len(ctx.catalog.agencies)
        ctx.line(ctx.t("lint.none", checks=ran, agencies=agencies))
    else:
        _print(ctx, findings)
    return EXIT_ERROR if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


def _title(ctx: Context, check: Check) -> str:
    """Return a check's title in the interface language."""
    return check.title if ctx.lang == "en" else check.title_id


def _print(ctx: Context, findings: tuple[Finding, ...]) -> None:
    """Print the count per check code, then every finding, errors first."""
    from sopkit.lint import checks

    titles = {c.code: _title(ctx, c) for c in checks()}
    colors = {0: {ctx.t(f"severity.{s}"): _COLORS[s] for s in _SEVERITIES}}
    per_code = Counter((f.severity, f.code) for f in findings)
    ctx.line(ctx.style(ctx.t("lint.summary_head"), "bold"))
    ctx.table(
        ("col.severity", "col.code", "col.findings", "col.check"),
        [
            (ctx.t(f"severity.{sev.label}"), code, n, titles.get(code, ""))
            for (sev, code), n in sorted(per_code.items(), key=lambda kv: (-kv[0][0], kv[0][1]))
        ],
        colors=colors,
    )
    ctx.line()
    english = ctx.lang == "en"
    ctx.table(
        ("col.severity", "col.code", "col.where", "col.message"),
        [
            (
                ctx.t(f"severity.{f.severity.label}"),
                f.code,
                str(f.location),
                f.message_en if english else f.message_id,
            )
            for f in findings
        ],
        colors=colors,
    )
    counts = Counter(f.severity.label for f in findings)
    ctx.line()
    ctx.line(
        ctx.t(
            "lint.total",
            count=len(findings),
            errors=counts["error"],
            warnings=counts["warning"],
            infos=counts["info"],
        )
    )
