"""RFC 5545 (iCalendar) export of days off: one all-day VEVENT per day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sopkit.calendar._days import CalendarDay


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def to_ics(days: Iterable[CalendarDay], *, agency: str, stamp: dt.datetime) -> str:
    """Return the days off as an iCalendar text (CRLF lines, all-day events)."""
    when = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//sopkit//calendar//ID",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(f'Hari libur {agency}')}",
    ]
    for day in days:
        note = f"{day.kind.value}; {day.source}" + (
            "; perkiraan (estimated date)" if day.estimated else ""
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{day.date.isoformat()}-{day.kind.value}@{agency or 'sopkit'}.sopkit",
            f"DTSTAMP:{when}",
            f"DTSTART;VALUE=DATE:{day.date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day.date + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(day.name)}",
            f"DESCRIPTION:{_escape(note)}",
            f"CATEGORIES:{_escape(day.kind.value)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
