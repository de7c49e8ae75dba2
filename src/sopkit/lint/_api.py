"""lint(): run every registered check over a catalogue."""

from __future__ import annotations

from sopkit.core._catalog import Catalog
from sopkit.lint import (  # noqa: F401
    _components,
    _consistency,
    _data,
    _flow,
    _requirements,
    _roles,
    _time,
)
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Finding, Severity
from sopkit.lint._registry import CHECKS, Check


def checks() -> tuple[Check, ...]:
    """Return every registered check, in code order."""
    return tuple(sorted(CHECKS, key=lambda c: c.code))


def lint(
    catalog: Catalog,
    *,
    agency: str | None = None,
    severity: Severity = Severity.INFO,
    codes: tuple[str, ...] | None = None,
) -> tuple[Finding, ...]:
    """Return the findings of every check (or those in codes) at or above a severity."""
    ctx = LintContext(catalog, (agency,) if agency else None)
    found: list[Finding] = []
    for item in checks():
        if item.severity < severity or (codes is not None and item.code not in codes):
            continue
        found.extend(item.findings(ctx))
    return tuple(found)
