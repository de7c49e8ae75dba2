"""Durations and working-time arithmetic: holidays, office hours, deadlines and SLA status."""

from sopkit._lazy import attach

TYPE_CHECKING = False  # names import on first use; type checkers see them here
if TYPE_CHECKING:
    from sopkit.calendar._agency_calendar import (
        AgencyCalendar,
        Roll,
        WorkingDay,
    )
    from sopkit.calendar._composite import parse_time_limit
    from sopkit.calendar._days import (
        CalendarDay,
        DayKind,
        RemovedDay,
        national_days,
    )
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
    from sopkit.calendar._errors import (
        BareDayError,
        CalendarConfigError,
        CalendarError,
        DateOutOfRangeError,
        NaiveDatetimeError,
        OpenDurationError,
    )
    from sopkit.calendar._for_agency import calendar_for
    from sopkit.calendar._limits import (
        SlaState,
        SlaStatus,
    )
    from sopkit.calendar._schedule import (
        EAST_JAVA_HOURS,
        EAST_JAVA_SCHEDULE,
        DatedHours,
        HoursRange,
        ScheduleOverride,
        WeeklyHours,
        WorkSchedule,
    )
    from sopkit.calendar._workcalendar import WorkCalendar

if not TYPE_CHECKING:  # type checkers see the imports above, not a catch-all
    __getattr__, __dir__ = attach(
        __name__,
        {
            "sopkit.calendar._agency_calendar": (
                "AgencyCalendar",
                "Roll",
                "WorkingDay",
            ),
            "sopkit.calendar._composite": ("parse_time_limit",),
            "sopkit.calendar._days": (
                "CalendarDay",
                "DayKind",
                "RemovedDay",
                "national_days",
            ),
            "sopkit.calendar._duration": (
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
            ),
            "sopkit.calendar._errors": (
                "BareDayError",
                "CalendarConfigError",
                "CalendarError",
                "DateOutOfRangeError",
                "NaiveDatetimeError",
                "OpenDurationError",
            ),
            "sopkit.calendar._for_agency": ("calendar_for",),
            "sopkit.calendar._limits": (
                "SlaState",
                "SlaStatus",
            ),
            "sopkit.calendar._schedule": (
                "EAST_JAVA_HOURS",
                "EAST_JAVA_SCHEDULE",
                "DatedHours",
                "HoursRange",
                "ScheduleOverride",
                "WeeklyHours",
                "WorkSchedule",
            ),
            "sopkit.calendar._workcalendar": ("WorkCalendar",),
        },
    )

__all__ = [
    "EAST_JAVA_HOURS",
    "EAST_JAVA_SCHEDULE",
    "AgencyCalendar",
    "BareDayError",
    "CalendarConfigError",
    "CalendarDay",
    "CalendarError",
    "Combine",
    "CompositeDuration",
    "DateOutOfRangeError",
    "DatedHours",
    "DayKind",
    "Dimension",
    "Duration",
    "DurationPart",
    "DurationUnit",
    "HoursRange",
    "IncomparableDurationsError",
    "NaiveDatetimeError",
    "OpenDuration",
    "OpenDurationError",
    "OpenKind",
    "RemovedDay",
    "Roll",
    "ScheduleOverride",
    "SlaState",
    "SlaStatus",
    "TimeLimit",
    "WeeklyHours",
    "WorkCalendar",
    "WorkSchedule",
    "WorkingDay",
    "calendar_for",
    "national_days",
    "parse_duration",
    "parse_time_limit",
]
