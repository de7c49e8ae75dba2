"""The registry of lint checks: each has a stable code, a severity and a title in two languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from sopkit.lint._context import LintContext
from sopkit.lint._finding import Finding, Location, Severity

# a check yields (location, Indonesian message, English message)
Raw = tuple[Location, str, str]
CheckFn = Callable[[LintContext], Iterator[Raw]]


@attrs.frozen
class Check:
    """A registered lint check: its title in English (`title`) and Indonesian (`title_id`)."""

    code: str
    severity: Severity
    title: str
    title_id: str
    run: CheckFn

    def findings(self, ctx: LintContext) -> Iterator[Finding]:
        """Yield this check's findings over the context's catalogue."""
        for location, message_id, message_en in self.run(ctx):
            located = ctx.locate(location)
            yield Finding(self.code, self.severity, located, message_id, message_en)


CHECKS: list[Check] = []


def check(code: str, severity: Severity, title: str, title_id: str) -> Callable[[CheckFn], CheckFn]:
    """Return a decorator registering a check function under a stable code, titled in both."""

    def register(fn: CheckFn) -> CheckFn:
        if any(c.code == code for c in CHECKS):
            raise ValueError(f"lint code {code} is registered twice")
        CHECKS.append(Check(code, severity, title, title_id, fn))
        return fn

    return register
