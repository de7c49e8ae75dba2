"""The SKB 3 Menteri lists shipped with sopkit: the confirmed years' days off, named as printed."""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

import attrs


@attrs.frozen
class SkbYear:
    """One year's libur nasional and cuti bersama as its SKB sets them, with the SKB's number."""

    year: int
    skb: str
    reports: str
    holidays: tuple[tuple[dt.date, str], ...]
    cuti_bersama: tuple[tuple[dt.date, str], ...]
    other: tuple[tuple[dt.date, str], ...] = ()


def _pairs(value: object) -> tuple[tuple[dt.date, str], ...]:
    items = value.items() if isinstance(value, dict) else ()
    return tuple(sorted((d, " ".join(str(n).split())) for d, n in items))


@functools.cache
def skb_bytes() -> bytes:
    """Return the shipped SKB lists file as bytes."""
    return resources.files("sopkit.calendar").joinpath("data/skb.yaml").read_bytes()


@functools.cache
def skb_years() -> dict[int, SkbYear]:
    """Return the shipped SKB lists by year (src/sopkit/calendar/data/skb.yaml)."""
    import yaml  # the shipped list only; read once

    raw = yaml.safe_load(skb_bytes().decode("utf-8"))
    return {
        int(year): SkbYear(
            year=int(year),
            skb=" ".join(str(entry["skb"]).split()),
            reports=" ".join(str(entry["reports"]).split()),
            holidays=_pairs(entry["holidays"]),
            cuti_bersama=_pairs(entry["cuti_bersama"]),
            other=_pairs(entry.get("other")),
        )
        for year, entry in raw.items()
    }
