"""Time-limit phrases that state one length in two units ('887 JP / 101 hari')."""

from __future__ import annotations

import re

from sopkit.calendar._duration import (
    Combine,
    CompositeDuration,
    Duration,
    DurationPart,
    OpenDuration,
    TimeLimit,
    parse_duration,
)

_EQUIVALENT = re.compile(
    r"^(?P<first>\d+\s*(?:\([^)]*\))?\s*[a-z]+)\s*"
    r"(?:/|atau\s+setara\s+dengan|yang\s+dapat\s+dilaksanakan\s+selama)\s*"
    r"(?P<second>\d+\s*(?:\([^)]*\))?\s*(?:hari\s+kerja|hari\s+kalender|hari|jam|minggu|bulan))"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def parse_time_limit(text: str) -> TimeLimit:
    """Return a duration, open duration, or equivalent composite ('797 JP atau setara dengan 91 hari').

    The composite keeps the whole phrase as its text, breakdowns ('dengan rincian ...')
    included; the first statement is the headline. Raise DurationParseError otherwise.
    """
    match = _EQUIVALENT.match(" ".join(text.split()))
    if match is None:
        return parse_duration(text)
    parts: list[Duration | OpenDuration] = [
        parse_duration(match.group("first")),
        parse_duration(match.group("second")),
    ]
    rest = match.group("rest").strip()
    label = "hari pelatihan" if rest.lower().startswith("pelatihan") else ""
    return CompositeDuration(
        parts=(DurationPart(parts[0]), DurationPart(parts[1], label=label)),
        text=text,
        combine=Combine.EQUIVALENT,
    )
