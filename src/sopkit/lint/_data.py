"""Documents through an SOP: outputs nobody uses, inputs nobody produced."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def _mentioned(item: str, pool: Iterable[str]) -> bool:
    """Return whether item and some pool entry name the same document (either contains the other)."""
    key = _norm(item)
    return bool(key) and any(key in other or other in key for other in map(_norm, pool) if other)


@check("DATA001", Severity.INFO, "a step's output is used by no later step or product")
def unused_outputs(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step output that no later step takes in and no product names."""
    for service, sop in ctx.sops():
        products = [p.name for p in service.products] if service else []
        for i, step in enumerate(sop.steps):
            later = [x for s in sop.steps[i + 1 :] for x in s.inputs]
            if i == len(sop.steps) - 1:
                continue  # the last step's output is what the SOP delivers
            for output in step.output:
                if not _mentioned(output, [*later, *products]):
                    yield (
                        Location(
                            sop.agency,
                            service.slug if service else "",
                            sop.slug,
                            step.number,
                            "output",
                        ),
                        f"Keluaran '{output}' tidak dipakai langkah berikutnya maupun produk layanan",
                        f"The output '{output}' is used by no later step and no product",
                    )


@check(
    "DATA002",
    Severity.INFO,
    "a step's input is produced by no earlier step and listed by no requirement",
)
def unexplained_inputs(ctx: LintContext) -> Iterator[Raw]:
    """Yield each kelengkapan no earlier step outputs and no persyaratan lists."""
    for service, sop in ctx.sops():
        required = [r.text for r in service.requirements] if service else []
        required += [x for r in service.requirements for x in r.items] if service else []
        for i, step in enumerate(sop.steps):
            earlier = [x for s in sop.steps[:i] for x in s.output]
            for item in step.inputs:
                if not _mentioned(item, [*earlier, *required]):
                    yield (
                        Location(
                            sop.agency,
                            service.slug if service else "",
                            sop.slug,
                            step.number,
                            "inputs",
                        ),
                        f"Kelengkapan '{item}' tidak dihasilkan langkah sebelumnya dan tidak ada di persyaratan",
                        f"The input '{item}' comes from no earlier step and no requirement",
                    )
