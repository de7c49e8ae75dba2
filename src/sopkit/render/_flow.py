"""The flow of an SOP as drawn: each step's flowchart symbol and the arrows between steps."""

from __future__ import annotations

import enum

import attrs

from sopkit.core._sop import Sop, Step, Target


class Shape(enum.StrEnum):
    """The PermenPAN-RB 35/2012 flowchart symbols a step is drawn with."""

    TERMINATOR = "terminator"  # kapsul: mulai / selesai
    PROCESS = "process"  # kotak: an activity
    DECISION = "decision"  # belah ketupat: Ya / Tidak


class Branch(enum.StrEnum):
    """Which answer of a decision an arrow follows; NEXT for the plain flow."""

    NEXT = ""
    YES = "Ya"
    NO = "Tidak"


@attrs.frozen
class FlowEdge:
    """An arrow from one step to a step number or to the end of the SOP."""

    source: int
    target: Target
    branch: Branch = Branch.NEXT
    index: int = 0  # the source step's position: step numbers may repeat in broken data


def step_shape(sop: Sop, index: int) -> Shape:
    """Return the symbol of the step at this index: first and last are terminators."""
    step = sop.steps[index]
    if step.decision is not None:
        return Shape.DECISION
    if index in (0, len(sop.steps) - 1):
        return Shape.TERMINATOR
    return Shape.PROCESS


def untargeted(step: Step) -> bool:
    """Return whether the step is a decision naming no target at all (it flows on, as in sim)."""
    d = step.decision
    return d is not None and d.yes is None and d.no is None


def missing_branches(step: Step) -> tuple[Branch, ...]:
    """Return the answers of a step's decision that name no target (none for an untargeted one)."""
    if step.decision is None or untargeted(step):
        return ()
    pairs = ((Branch.YES, step.decision.yes), (Branch.NO, step.decision.no))
    return tuple(branch for branch, target in pairs if target is None)


def flow_edges(sop: Sop) -> tuple[FlowEdge, ...]:
    """Return every arrow of the SOP: to the next step, or to a decision's stated targets."""
    edges: list[FlowEdge] = []
    for index, step in enumerate(sop.steps):
        if step.decision is not None and not untargeted(step):
            for branch, target in ((Branch.YES, step.decision.yes), (Branch.NO, step.decision.no)):
                if target is not None:
                    edges.append(FlowEdge(step.number, target, branch, index))
        elif index + 1 < len(sop.steps):
            edges.append(FlowEdge(step.number, sop.steps[index + 1].number, Branch.NEXT, index))
    return tuple(edges)


def lanes(sop: Sop) -> tuple[str, ...]:
    """Return the actor columns: the SOP's actors, then any a step names that it does not."""
    names = list(sop.actors)
    for step in sop.steps:
        names.extend(a for a in step.actors if a not in names)
    return tuple(names)
