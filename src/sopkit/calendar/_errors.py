"""Errors of working-time arithmetic: range, naive instants, open or ambiguous durations."""

from __future__ import annotations

import datetime as dt

from sopkit._errors import SopkitError
from sopkit._i18n import Text


class CalendarError(SopkitError):
    """Root of the errors a WorkCalendar raises."""


class DateOutOfRangeError(CalendarError, ValueError):
    """A date outside the years a calendar's holiday data covers."""

    def __init__(self, when: dt.date, first_year: int, last_year: int, detail: str = "") -> None:
        self.date = when
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(
            Text(
                "{date}{why} is outside the years this calendar covers ({first}–{last}); build "
                "the calendar with years that include it rather than treating unknown holidays "
                "as working days",
                date=when.isoformat(),
                why=Text(" ({detail})", detail=detail) if detail else "",
                first=first_year,
                last=last_year,
            )
        )


class NaiveDatetimeError(CalendarError, ValueError):
    """A datetime without a timezone, which the calendar refuses to guess."""

    def __init__(self, value: dt.datetime, timezone: str) -> None:
        super().__init__(
            Text(
                "{value} has no timezone; pass an aware datetime "
                "(e.g. pendulum.datetime(..., tz={timezone}), the agency's timezone)",
                value=value.isoformat(),
                timezone=repr(timezone),
            )
        )


class BareDayError(CalendarError, ValueError):
    """A bare 'hari' while the agency has not declared how it reads one."""

    def __init__(self, text: str, agency: str) -> None:
        self.text = text
        self.agency = agency
        super().__init__(
            Text(
                "{text} counts bare 'hari' and {who} declares no reading for it; declare "
                "bare_day: working or calendar in agency.yaml, or pass bare_day=DayReading.WORKING "
                "or DayReading.CALENDAR (--bare-day working|calendar on the command line)",
                text=repr(text),
                who=self.who,
            )
        )

    @property
    def who(self) -> Text:
        """Return who declares no reading: the agency, or the calendar when it has none."""
        return (
            Text("agency {agency}", agency=repr(self.agency))
            if self.agency
            else Text("this calendar")
        )


class OpenDurationError(CalendarError, ValueError):
    """An open duration ('Menyesuaikan', 'Sesuai Juknis') where a fixed length is needed."""

    def __init__(self, text: str, kind: str) -> None:
        super().__init__(
            Text(
                "{text} is an open duration ({kind}) and has no fixed length, so no deadline "
                "can be computed from it; use a fixed duration such as "
                "'14 (empat belas) hari kerja'",
                text=repr(text),
                kind=kind,
            )
        )


class CalendarConfigError(CalendarError, ValueError):
    """A work schedule or agency calendar that is inconsistent."""
