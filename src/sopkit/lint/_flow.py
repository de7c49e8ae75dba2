"""The flow of an SOP: decisions with both branches, targets inside the SOP, reachability, an end."""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.core._sop import END, Sop, Step, Target
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check


def successors(sop: Sop, index: int) -> list[Target]:
    """Return where a step leads: its decision's targets, else the next step or the end."""
    step = sop.steps[index]
    targets = [] if step.decision is None else [step.decision.yes, step.decision.no]
    if any(t is not None for t in targets):
        return [t for t in targets if t is not None]
    # no decision, or one with no target at all (FLOW006): on to the next step, as sim does
    return [sop.steps[index + 1].number] if index + 1 < len(sop.steps) else [END]


def _where(service: str, sop: Sop, step: Step, field: str) -> Location:
    return Location(sop.agency, service, sop.slug, step.number, field)


@check(
    "FLOW001",
    Severity.ERROR,
    "a decision lacks its Ya or Tidak branch",
    "keputusan tidak memiliki cabang Ya atau Tidak",
)
def decision_branches(ctx: LintContext) -> Iterator[Raw]:
    """Yield each decision missing a yes or a no target."""
    for service, sop in ctx.sops():
        for step in sop.steps:
            if step.decision is None or (step.decision.yes is None and step.decision.no is None):
                continue  # no target at all: FLOW006
            for answer, target in (("yes", step.decision.yes), ("no", step.decision.no)):
                if target is None:
                    word = "Ya" if answer == "yes" else "Tidak"
                    yield (
                        _where(service.slug if service else "", sop, step, f"decision.{answer}"),
                        f"Keputusan tanpa cabang '{word}'",
                        f"The decision has no '{word}' ({answer}) branch",
                    )


@check(
    "FLOW002",
    Severity.ERROR,
    "a decision points to a step outside the SOP",
    "keputusan menunjuk ke langkah di luar SOP",
)
def decision_targets(ctx: LintContext) -> Iterator[Raw]:
    """Yield each decision target that is no step of its SOP."""
    for service, sop in ctx.sops():
        numbers = {s.number for s in sop.steps}
        for step in sop.steps:
            if step.decision is None:
                continue
            for answer, target in (("yes", step.decision.yes), ("no", step.decision.no)):
                if isinstance(target, int) and target not in numbers:
                    yield (
                        _where(service.slug if service else "", sop, step, f"decision.{answer}"),
                        f"Keputusan menuju langkah {target} yang tidak ada dalam SOP",
                        f"The decision leads to step {target}, which is not in the SOP",
                    )


def _reachable(sop: Sop) -> tuple[set[int], bool]:
    index: dict[int, int] = {}
    for i, s in enumerate(sop.steps):  # a target names the first step printed with the number
        index.setdefault(s.number, i)
    seen: set[int] = set()
    ends = False
    todo = [0] if sop.steps else []
    while todo:
        i = todo.pop()
        if i in seen:
            continue
        seen.add(i)
        d = sop.steps[i].decision
        if d is None or (d.yes is None and d.no is None):
            # the flow goes on to the next row, numbered or not
            if i + 1 < len(sop.steps):
                todo.append(i + 1)
            else:
                ends = True
            continue
        for target in successors(sop, i):
            if target == END:
                ends = True
            elif target in index:
                todo.append(index[target])
    return seen, ends


@check(
    "FLOW003",
    Severity.WARNING,
    "a step cannot be reached from the first step",
    "langkah tidak dapat dicapai dari langkah pertama",
)
def unreachable_steps(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step no path from the first step reaches."""
    for service, sop in ctx.sops():
        seen, _ = _reachable(sop)
        for i, step in enumerate(sop.steps):
            if i not in seen:
                yield (
                    _where(service.slug if service else "", sop, step, "number"),
                    "Langkah ini tidak dapat dicapai dari langkah pertama",
                    "This step cannot be reached from the first step",
                )


@check(
    "FLOW004",
    Severity.ERROR,
    "no path through the SOP reaches its end",
    "tidak ada alur dalam SOP yang mencapai akhir",
)
def sop_without_end(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP with steps none of whose paths reaches the end."""
    for service, sop in ctx.sops():
        if sop.steps and not _reachable(sop)[1]:
            yield (
                Location(sop.agency, service.slug if service else "", sop.slug, field="steps"),
                "Tidak ada alur yang mencapai akhir SOP",
                "No path through the SOP reaches its end",
            )


@check(
    "FLOW005",
    Severity.WARNING,
    "step numbers repeat or skip",
    "nomor langkah berulang atau terlewat",
)
def step_numbering(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step whose number repeats an earlier one or skips after the previous one."""
    for service, sop in ctx.sops():
        previous: int | None = None
        seen: set[int] = set()
        for step in sop.steps:
            if not step.numbered:
                continue  # a row printed without a number
            where = _where(service.slug if service else "", sop, step, "number")
            if step.number in seen:
                yield (
                    where,
                    f"Nomor langkah {step.number} dipakai lebih dari sekali",
                    f"Step number {step.number} is used more than once",
                )
            elif previous is not None and step.number != previous + 1:
                yield (
                    where,
                    f"Nomor langkah melompat dari {previous} ke {step.number}",
                    f"Step numbers jump from {previous} to {step.number}",
                )
            seen.add(step.number)
            previous = step.number


@check(
    "FLOW008",
    Severity.WARNING,
    "a printed Ya/Tidak label matches no decision branch",
    "label Ya/Tidak yang tercetak tidak sesuai dengan cabang keputusan mana pun",
)
def stray_branch_labels(ctx: LintContext) -> Iterator[Raw]:
    """Yield each row printing 'Ya' or 'Tidak' that no decision's yes or no target reaches."""
    for service, sop in ctx.sops():
        reached = {
            (answer, target)
            for step in sop.steps
            if step.decision is not None
            for answer, target in (("ya", step.decision.yes), ("tidak", step.decision.no))
        }
        for step in sop.steps:
            for mark in step.marks:
                label = mark.label.strip().casefold()
                if label in ("ya", "tidak") and (label, step.number) not in reached:
                    yield (
                        _where(service.slug if service else "", sop, step, "marks"),
                        f"Label '{mark.label}' tercetak di kolom {mark.column}, tetapi tidak ada "
                        "keputusan yang cabangnya menuju langkah ini",
                        f"'{mark.label}' is printed in the {mark.column} column, but no decision's "
                        "branch leads to this step",
                    )
