"""Errors of the throughput simulation."""

from __future__ import annotations

from sopkit._errors import SopkitError


class SimError(SopkitError):
    """Root of the simulation's errors."""


class SimModelError(SimError, ValueError):
    """A service, SOP or option that cannot be turned into a simulation model as given."""


class SimRangeError(SimError):
    """A simulation that runs past the office hours the calendar data covers."""


class SimOverloadError(SimModelError):
    """A model whose offered load on some station is at or above its capacity (ρ ≥ 1)."""
