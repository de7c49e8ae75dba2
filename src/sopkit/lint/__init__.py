"""Consistency checks a reviewer would make over a catalogue: `lint()` and its findings."""

from sopkit.lint._api import checks, lint
from sopkit.lint._finding import Finding, Location, Severity
from sopkit.lint._registry import Check
from sopkit.lint._report import github_annotations, sarif_log

__all__ = [
    "Check",
    "Finding",
    "Location",
    "Severity",
    "checks",
    "github_annotations",
    "lint",
    "sarif_log",
]
