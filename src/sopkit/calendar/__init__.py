"""Durations and working-time arithmetic."""

from sopkit.calendar._duration import (
    Combine,
    CompositeDuration,
    Dimension,
    Duration,
    DurationPart,
    DurationUnit,
    IncomparableDurationsError,
    OpenDuration,
    OpenKind,
    TimeLimit,
    parse_duration,
)

__all__ = [
    "Combine",
    "CompositeDuration",
    "Dimension",
    "Duration",
    "DurationPart",
    "DurationUnit",
    "IncomparableDurationsError",
    "OpenDuration",
    "OpenKind",
    "TimeLimit",
    "parse_duration",
]
