"""Rule commands: `sopkit rules` lists rules; `sopkit check` evaluates one on a profile."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

from sopkit._errors import DataError
from sopkit._i18n import Text, localize
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Context
from sopkit.cli._language import say

if TYPE_CHECKING:
    from sopkit.rules._engine import Rule, RuleBook
    from sopkit.rules._verdict import Check, Message, Verdict

# `sopkit check` tells the three verdicts apart for scripts; errors keep 1 and usage errors 2
EXIT_NOT_ELIGIBLE = 3
EXIT_UNDETERMINED = 4


def register(sub: Any) -> None:
    """Add the rule commands to the parser."""
    p = sub.add_parser("rules", help="list eligibility rules (national and from plugins)")
    p.add_argument(
        "--agency",
        type=opt.code,
        metavar="CODE",
        help="only rules this agency links or registers",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_rules)

    p = sub.add_parser(
        "check",
        help="evaluate a rule (or a service's requirements) on a Pegawai profile",
        description="Evaluate RULE, or with --service every requirement linked to a rule, "
        "on a Pegawai profile (YAML or JSON).",
        epilog=f"Exit codes: {EXIT_OK} eligible, {EXIT_NOT_ELIGIBLE} not eligible, "
        f"{EXIT_UNDETERMINED} undetermined (a fact is missing, or nothing was checkable), "
        f"{EXIT_ERROR} error, {EXIT_USAGE} usage error.",
    )
    p.add_argument(
        "rule", type=opt.code, metavar="RULE", nargs="?", help="e.g. kenaikan_pangkat.reguler"
    )
    p.add_argument("--profile", type=opt.file, metavar="FILE", help="profile, YAML or JSON")
    p.add_argument(
        "--on",
        type=opt.date,
        metavar="DATE",
        help="evaluation date YYYY-MM-DD (default: today, WIB)",
    )
    p.add_argument(
        "--population",
        type=opt.file,
        metavar="FILE",
        help="a workforce table, one row per PNS (.csv, .xlsx, .parquet); see docs/population.md",
    )
    p.add_argument(
        "--history",
        type=opt.file,
        metavar="FILE",
        help="with --population: the long history table, by NIP",
    )
    p.add_argument(
        "--columns",
        type=opt.file,
        metavar="FILE",
        help="with --population: YAML mapping of your column names to the layout's",
    )
    p.add_argument(
        "-o",
        "--output",
        type=opt.output_file,
        metavar="FILE",
        help="with --population: write the result (.csv, .xlsx, .parquet)",
    )
    p.add_argument(
        "--param",
        type=opt.pair(opt.text, _yaml_value, what=Text("a rule parameter")),
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="a rule parameter; VALUE is read as YAML (e.g. kinds=[pelaksana], days=3)",
    )
    p.add_argument(
        "--service", type=opt.code, metavar="CODE", help="evaluate this service's requirements"
    )
    p.add_argument(
        "--variant", type=opt.code, metavar="NAME", help="with --service: also this variant's"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_check)


def _params_of(rule: Rule) -> str:
    import attrs

    if rule.params_type is None:
        return ""
    return ", ".join(a.name for a in attrs.fields(rule.params_type))


def _rules(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.rules._national import rulebook_for

    book = rulebook_for(ctx.catalog)
    rules = book.rules
    linked: Counter[str] = Counter()
    if args.agency:
        args.agency = ctx.catalog.agency(args.agency).code
        for service in ctx.catalog.services_of(args.agency):
            from sopkit.rules._validate import service_links

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
    headers: tuple[str, ...] = ("col.rule", "col.title", "col.params", "col.flag")
    rows: list[tuple[object, ...]] = [
        (
            r.name,
            r.title.en if ctx.lang == "en" else r.title.id,
            _params_of(r),
            "⚠" if r.flag else "",
        )
        for r in rules
    ]
    if args.agency:
        headers = (*headers, "col.linked")
        rows = [(*row, linked[r.name]) for row, r in zip(rows, rules, strict=True)]
    ctx.table(headers, rows)
    return EXIT_OK


def _yaml_value(text: str) -> object:
    """Return a --param VALUE read as YAML 1.2 (`yes` and `010` stay the strings written)."""
    import argparse as ap

    from sopkit.core._yaml import parse_yaml

    try:
        return parse_yaml(text, file="--param").data
    except DataError as exc:
        problem = exc.problems[0].message if exc.problems else exc
        raise ap.ArgumentTypeError(
            say(Text("{value}: {problem}", value=repr(text), problem=problem))
        ) from None


def _check(args: argparse.Namespace, ctx: Context) -> int:
    import pendulum

    from sopkit.asn._profile_io import load_profile
    from sopkit.rules._national import rulebook_for

    if (args.rule is None) == (args.service is None):
        return _usage(ctx, Text("give either RULE or --service CODE"))
    if args.variant and not args.service:
        return _usage(ctx, Text("--variant needs --service"))
    on = args.on or pendulum.today("Asia/Jakarta").date()
    if args.on is None and not args.json:
        ctx.note(ctx.t("check.today", date=on))
    params = dict(args.param)
    if args.population:
        if args.profile or args.service:
            return _usage(ctx, Text("--population takes RULE, not --profile or --service"))
        from sopkit.cli._population_cmd import check_population

        return check_population(args, ctx, rulebook_for(ctx.catalog), on, params)
    if args.history or args.columns or args.output:
        return _usage(ctx, Text("--history, --columns and -o need --population"))
    if not args.profile:
        return _usage(ctx, Text("give --profile FILE (or --population FILE)"))
    try:
        subject = load_profile(args.profile)
    except DataError as exc:
        return ctx.error(exc.headed(Text("the profile {path}", path=repr(str(args.profile)))))
    book = rulebook_for(ctx.catalog)
    if args.service:
        return _check_service(args, ctx, book, subject, on, params)
    try:
        verdict = book.evaluate(args.rule, subject, on=on, params=params)
    except DataError as exc:
        if not all(".params" in p.path for p in exc.problems):
            raise
        return _usage(ctx, _param_error(exc.headed(Text("the parameters"))))
    if args.json:
        ctx.json(verdict.to_data())
    else:
        _print_verdict(ctx, verdict)
    return _EXIT[verdict.outcome.value]


def _usage(ctx: Context, message: Text) -> int:
    """Print a usage error of `sopkit check` on stderr, in the interface language."""
    line = Text("sopkit check: error: {message}", message=message)
    ctx.stderr.write(localize(line, ctx.lang) + "\n")
    return EXIT_USAGE


def _param_error(error: object) -> Text:
    return Text("argument --param: {error}", error=error)


# verdict outcome -> exit code
_EXIT = {"pass": EXIT_OK, "fail": EXIT_NOT_ELIGIBLE, "unknown": EXIT_UNDETERMINED}


def _check_service(
    args: argparse.Namespace,
    ctx: Context,
    book: RuleBook,
    subject: Any,
    on: dt.date,
    request: dict[str, object],
) -> int:
    from sopkit.rules._requirements import (
        RequestError,
        evaluate_requirements,
        requirements_outcome,
    )

    service = ctx.catalog.service(args.service)
    try:
        results = evaluate_requirements(
            book, service, subject, on=on, variant=args.variant, request=request
        )
    except KeyError as exc:
        return ctx.error(str(exc.args[0]))
    except RequestError as exc:
        return _usage(ctx, _param_error(exc))
    code = _EXIT[requirements_outcome(results).value]
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
        return code
    printed = [r for r in results if r.printed]
    checkable = sum(r.verdict is not None for r in printed)
    ctx.line(
        ctx.t("check.service_head", code=service.code, checkable=checkable, total=len(printed))
    )
    for r in results:
        if not r.printed and r.verdict is not None:
            mark = "ok" if r.verdict.eligible else r.verdict.outcome.value
            ctx.line(f"  [{mark:^5}] " + ctx.t("check.eligibility_rule", rule=r.verdict.rule))
            for check in r.verdict.root.failures():
                ctx.line(f"            {_say(ctx, check.label)}: {_say(ctx, check.message)}")
            continue
        if r.verdict is None:
            ctx.line(f"  [  -  ] {r.requirement.text}")
            continue
        mark = "ok" if r.verdict.eligible else r.verdict.outcome.value
        ctx.line(f"  [{mark:^5}] {r.requirement.text}  ({r.verdict.rule})")
        for check in r.verdict.root.failures():
            ctx.line(f"            {_say(ctx, check.label)}: {_say(ctx, check.message)}")
    summary = {
        EXIT_OK: ("check.all_met", "green"),
        EXIT_NOT_ELIGIBLE: ("check.some_unmet", "red"),
        EXIT_UNDETERMINED: ("check.some_unknown" if checkable else "check.nothing", "yellow"),
    }[code]
    ctx.line(ctx.style(ctx.t(summary[0]), summary[1]))
    return code


# outcome value -> (message key, style)
_WORD = {
    "pass": ("verdict.pass", "green bold"),
    "fail": ("verdict.fail", "red bold"),
    "unknown": ("verdict.unknown", "yellow bold"),
}


def _say(ctx: Context, message: Message) -> str:
    """Return a bilingual library message in the interface language."""
    return message.en if ctx.lang == "en" else message.id


def _print_verdict(ctx: Context, verdict: Verdict) -> None:
    when = ""
    if verdict.outcome.value != "pass":
        earliest = verdict.earliest
        when = ctx.t("verdict.earliest", date=earliest) if earliest else ctx.t("verdict.no_date")
    key, style = _WORD[verdict.outcome.value]
    word = ctx.style(ctx.t(key), style)
    ctx.line(ctx.t("verdict.head", rule=verdict.rule, on=verdict.on, word=word, when=when))
    undated = verdict.undated if when and not verdict.earliest else ()
    for why in undated:  # which check keeps the date from being computed, and why
        reason = ctx.t(
            "verdict.why_no_date", check=_say(ctx, why.check.label), reason=_say(ctx, why.reason)
        )
        ctx.line("  " + reason)
    for warning in verdict.warnings:
        text = warning.en if ctx.lang == "en" else warning.id
        ctx.line(
            "  " + ctx.style(ctx.t("verdict.warning", field=warning.field, text=text), "yellow")
        )
    for check in verdict.checks:
        _print_check(ctx, check, 1)


def _print_check(ctx: Context, check: Check, depth: int) -> None:
    pad = "  " * depth
    mark = ctx.style(f"{check.outcome.value:^7}", _WORD[check.outcome.value][1].split()[0])
    ctx.line(f"{pad}[{mark}] {_say(ctx, check.label)}")
    ctx.line(f"{pad}          {_say(ctx, check.message)}")
    if check.basis:
        ctx.line(f"{pad}          " + ctx.t("verdict.basis", basis="; ".join(check.basis)))
    if check.ready_on and check.outcome.value != "pass":
        ctx.line(f"{pad}          " + ctx.t("verdict.met_from", date=check.ready_on))
    if check.flag:
        ctx.line(f"{pad}          ⚠ {check.flag}")
    for child in check.children:
        _print_check(ctx, child, depth + 1)
