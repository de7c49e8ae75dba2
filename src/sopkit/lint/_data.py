"""Documents through an SOP: outputs nobody uses, inputs nobody produced.

Two documents are the same when the words of one appear, in order and together, in the other
(either way round). An index of every run of words makes each look-up cost the length of the
document name, not the number of steps, so a check is linear in the SOP's size.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check

# runs longer than this are compared whole (document names are short; keeps the index small)
MAX_RUN = 12


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", text.casefold()))


def _runs(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_RUN) + 1):
            yield words[start:end]


class MentionIndex:
    """Document names at positions; answers 'is this name mentioned at a position past p?'."""

    def __init__(self, later: bool) -> None:
        self.later = later  # True: keep the highest position of each name, else the lowest
        self._runs: dict[tuple[str, ...], float] = {}  # every run of words of a name
        self._whole: dict[tuple[str, ...], float] = {}  # whole names
        self.lookups = 0

    def _keep(self, table: dict[tuple[str, ...], float], key: tuple[str, ...], at: float) -> None:
        old = table.get(key)
        if old is None or (at > old if self.later else at < old):
            table[key] = at

    def add(self, text: str, at: float) -> None:
        """Record a document name at a position (a step index, or ±inf for products/requirements)."""
        words = _words(text)
        if not words:
            return
        self._keep(self._whole, words, at)
        for run in _runs(words):
            self._keep(self._runs, run, at)

    def _beyond(self, table: dict[tuple[str, ...], float], key: tuple[str, ...], at: float) -> bool:
        self.lookups += 1
        found = table.get(key)
        return found is not None and (found > at if self.later else found < at)

    def mentioned(self, text: str, at: float) -> bool:
        """Return whether a name past `at` contains this one, or is contained in it."""
        words = _words(text)
        if not words:
            return False
        if len(words) <= MAX_RUN and self._beyond(self._runs, words, at):
            return True
        return any(self._beyond(self._whole, run, at) for run in _runs(words))


@check(
    "DATA001",
    Severity.INFO,
    "a step's output is used by no later step or product",
    "keluaran suatu langkah tidak digunakan oleh langkah berikutnya maupun oleh produk",
)
def unused_outputs(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step output that no later step takes in and no product names."""
    for service, sop in ctx.sops():
        index = MentionIndex(later=True)
        for i, step in enumerate(sop.steps):
            for item in step.inputs:
                index.add(item, i)
        for product in service.products if service else ():
            index.add(product.name, math.inf)
        for i, step in enumerate(sop.steps[:-1]):  # the last step's output is what it delivers
            for output in step.output:
                if not index.mentioned(output, i):
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
    "kelengkapan suatu langkah tidak dihasilkan oleh langkah sebelumnya dan tidak tercantum dalam persyaratan",
)
def unexplained_inputs(ctx: LintContext) -> Iterator[Raw]:
    """Yield each kelengkapan no earlier step outputs and no persyaratan lists."""
    for service, sop in ctx.sops():
        index = MentionIndex(later=False)
        for i, step in enumerate(sop.steps):
            for item in step.output:
                index.add(item, i)
        for req in service.all_requirements if service else ():
            for text in (req.text, *req.items):
                index.add(text, -math.inf)
        for i, step in enumerate(sop.steps):
            for item in step.inputs:
                if not index.mentioned(item, i):
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
