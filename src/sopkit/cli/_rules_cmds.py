"""Rule commands: `sopkit rules` lists rules; `sopkit check` evaluates one on a profile."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pendulum
import yaml

from sopkit.asn._profile_io import load_profile
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context
from sopkit.rules._engine import Rule, RuleBook
from sopkit.rules._national import rulebook_for
from sopkit.rules._requirements import RequestError, evaluate_requirements
from sopkit.rules._validate import service_links
from sopkit.rules._verdict import Check, Outcome, Verdict


def register(sub: Any) -> None:
    """Add the rule commands to the parser."""
    p = sub.add_parser("rules", help="list eligibility rules (national and from plugins)")
    p.add_argument("--agency", metavar="CODE", help="only rules this agency links or registers")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_rules)

    p = sub.add_parser(
        "check",
        help="evaluate a rule (or a service's requirements) on a Pegawai profile",
        description="Evaluate RULE, or with --service every requirement linked to a rule, "
        "on a Pegawai profile (YAML or JSON).",
    )
    p.add_argument("rule", metavar="RULE", nargs="?", help="e.g. kenaikan_pangkat.reguler")
    p.add_argument("--profile", metavar="FILE", help="profile, YAML or JSON")
    p.add_argument(
        "--population",
        metavar="FILE",
        help="a workforce table, one row per PNS (.csv, .xlsx, .parquet); see docs/population.md",
    )
    p.add_argument(
        "--history", metavar="FILE", help="with --population: the long history table, by NIP"
    )
    p.add_argument(
        "--columns",
        metavar="FILE",
        help="with --population: YAML mapping of your column names to the layout's",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="with --population: write the result (.csv, .xlsx, .parquet)",
    )
    p.add_argument("--on", metavar="DATE", help="evaluation date YYYY-MM-DD (default: today, WIB)")
    p.add_argument(
        "--param",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="a rule parameter; VALUE is read as YAML (e.g. kinds=[pelaksana], days=3)",
    )
    p.add_argument("--service", metavar="CODE", help="evaluate this service's requirements")
    p.add_argument("--variant", metavar="NAME", help="with --service: also this variant's")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_check)


def _params_of(rule: Rule) -> str:
    if rule.params_type is None:
        return ""
    return ", ".join(a.name for a in attrs.fields(rule.params_type))


def _rules(args: argparse.Namespace, ctx: Context) -> int:
    book = rulebook_for(ctx.catalog)
    rules = book.rules
    linked: Counter[str] = Counter()
    if args.agency:
        for service in ctx.catalog.services_of(args.agency):
            for _, ref, _ in service_links(service):  # requirements and eligibility links
                linked[ref.rule] += 1
        rules = tuple(r for r in rules if r.agency == args.agency or r.name in linked)
    if args.json:
        ctx.json(
            [
                {
                    "name": r.name,
                    "title": {"id": r.title.id, "en": r.title.en},
                    "basis": list(r.basis),
                    "params": _params_of(r).split(", ") if _params_of(r) else [],
                    "agency": r.agency or None,
                    "flag": r.flag or None,
                    **({"linked_requirements": linked[r.name]} if args.agency else {}),
                }
                for r in rules
            ]
        )
        return EXIT_OK
    headers: tuple[str, ...] = ("rule", "title", "params", "flag")
    rows: list[tuple[object, ...]] = [
        (r.name, r.title.id, _params_of(r), "⚠" if r.flag else "") for r in rules
    ]
    if args.agency:
        headers = ("rule", "title", "params", "flag", "linked")
        rows = [(*row, linked[r.name]) for row, r in zip(rows, rules, strict=True)]
    ctx.table(headers, rows)
    return EXIT_OK


def _param_value(text: str) -> tuple[str, object]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise ValueError(f"--param {text!r}: expected KEY=VALUE")
    try:
        return key.strip(), yaml.safe_load(value)
    except yaml.YAMLError as exc:
        raise ValueError(f"--param {text!r}: VALUE is not valid YAML: {exc}") from None


def _date(text: str | None) -> dt.date:
    if text is None:
        return pendulum.today("Asia/Jakarta").date()
    return dt.date.fromisoformat(text)


def _check(args: argparse.Namespace, ctx: Context) -> int:
    if (args.rule is None) == (args.service is None):
        print("sopkit check: give either RULE or --service CODE", file=ctx.stderr)
        return EXIT_USAGE
    if args.variant and not args.service:
        print("sopkit check: --variant needs --service", file=ctx.stderr)
        return EXIT_USAGE
    try:
        on = _date(args.on)
        params = dict(_param_value(p) for p in args.param)
    except ValueError as exc:
        print(f"sopkit check: {exc}", file=ctx.stderr)
        return EXIT_USAGE
    if args.population:
        if args.profile or args.service:
            print(
                "sopkit check: --population takes RULE, not --profile or --service", file=ctx.stderr
            )
            return EXIT_USAGE
        from sopkit.cli._population_cmd import check_population

        return check_population(args, ctx, rulebook_for(ctx.catalog), on, params)
    if args.history or args.columns or args.output:
        print("sopkit check: --history, --columns and -o need --population", file=ctx.stderr)
        return EXIT_USAGE
    if not args.profile:
        print("sopkit check: give --profile FILE (or --population FILE)", file=ctx.stderr)
        return EXIT_USAGE
    path = Path(args.profile)
    if not path.is_file():
        return ctx.error(f"profile file {str(path)!r} not found")
    subject = load_profile(path)
    book = rulebook_for(ctx.catalog)
    if args.service:
        return _check_service(args, ctx, book, subject, on, params)
    verdict = book.evaluate(args.rule, subject, on=on, params=params)
    if args.json:
        ctx.json(verdict.to_data())
    else:
        _print_verdict(ctx, verdict)
    return EXIT_OK


def _check_service(
    args: argparse.Namespace,
    ctx: Context,
    book: RuleBook,
    subject: Any,
    on: dt.date,
    request: dict[str, object],
) -> int:
    service = ctx.catalog.service(args.service)
    try:
        results = evaluate_requirements(
            book, service, subject, on=on, variant=args.variant, request=request
        )
    except KeyError as exc:
        return ctx.error(str(exc.args[0]))
    except RequestError as exc:
        print(f"sopkit check: --param: {exc}", file=ctx.stderr)
        return EXIT_USAGE
    if args.json:
        ctx.json(
            [
                {
                    "source": r.source,
                    "requirement": r.requirement.text,
                    "printed": r.printed,
                    "verdict": r.verdict.to_data() if r.verdict else None,
                }
                for r in results
            ]
        )
        return EXIT_OK
    checkable = [r for r in results if r.verdict is not None]
    printed = [r for r in results if r.printed]
    ctx.stdout.write(
        f"{service.code}: {sum(r.verdict is not None for r in printed)} of {len(printed)} "
        "requirements are checkable rules\n"
    )
    for r in results:
        if not r.printed and r.verdict is not None:
            mark = "ok" if r.verdict.eligible else r.verdict.outcome.value
            ctx.stdout.write(
                f"  [{mark:^5}] aturan kelayakan / eligibility rule: {r.verdict.rule}\n"
            )
            for check in r.verdict.root.failures():
                ctx.stdout.write(f"            {check.name}: {check.message.id}\n")
            continue
        if r.verdict is None:
            ctx.stdout.write(f"  [  -  ] {r.requirement.text}\n")
            continue
        mark = "ok" if r.verdict.eligible else r.verdict.outcome.value
        ctx.stdout.write(f"  [{mark:^5}] {r.requirement.text}  ({r.verdict.rule})\n")
        for check in r.verdict.root.failures():
            ctx.stdout.write(f"            {check.name}: {check.message.id}\n")
    met = all(r.verdict.eligible for r in checkable if r.verdict)
    ctx.stdout.write(
        "semua syarat yang dapat diperiksa terpenuhi / all checkable requirements met\n"
        if met
        else "ada syarat yang belum terpenuhi / some requirements are not met\n"
    )
    return EXIT_OK


_WORD = {
    Outcome.PASS: "MEMENUHI SYARAT / ELIGIBLE",
    Outcome.FAIL: "TIDAK MEMENUHI SYARAT / NOT ELIGIBLE",
    Outcome.UNKNOWN: "BELUM DAPAT DIPASTIKAN / UNKNOWN (facts missing)",
}


def _print_verdict(ctx: Context, verdict: Verdict) -> None:
    out = ctx.stdout
    earliest = verdict.earliest
    when = ""
    if not verdict.eligible:
        when = (
            f"; paling cepat / earliest: {earliest}"
            if earliest
            else "; tanggal tidak dapat dihitung / no date computable"
        )
    out.write(f"{verdict.rule} pada / on {verdict.on}: {_WORD[verdict.outcome]}{when}\n")
    for check in verdict.checks:
        _print_check(ctx, check, 1)


def _print_check(ctx: Context, check: Check, depth: int) -> None:
    pad = "  " * depth
    out = ctx.stdout
    out.write(f"{pad}[{check.outcome.value:^7}] {check.name}\n")
    out.write(f"{pad}          id: {check.message.id}\n")
    out.write(f"{pad}          en: {check.message.en}\n")
    if check.basis:
        out.write(f"{pad}          dasar hukum: {'; '.join(check.basis)}\n")
    if check.ready_on and check.outcome is not Outcome.PASS:
        out.write(f"{pad}          terpenuhi / met from: {check.ready_on}\n")
    if check.flag:
        out.write(f"{pad}          ⚠ {check.flag}\n")
    for child in check.children:
        _print_check(ctx, child, depth + 1)
