"""Hand-made services and calendars for the simulation tests."""

from __future__ import annotations

import datetime as dt

from sopkit.calendar import (
    EAST_JAVA_HOURS,
    CalendarDay,
    TimeLimit,
    WorkCalendar,
    WorkSchedule,
    parse_duration,
)
from sopkit.core._service import Service, Staffing
from sopkit.core._sop import Decision, Sop, Step
from sopkit.roles import Role, RoleKind, RoleRegistry
from sopkit.sim import Distribution, OfficeHours, PoissonArrivals, SimModel, Stage, Station

HOLIDAY = dt.date(2026, 3, 2)
"""A Monday off in the hand-made calendar (the only day off it has)."""


def hand_calendar() -> WorkCalendar:
    """Return an East Java calendar for 2026 whose only day off is Monday 2 March.

    Its hours are the regular East Java ones all year (no Ramadan 1447 H hours).
    """
    return WorkCalendar(
        first_year=2026,
        last_year=2026,
        schedule=WorkSchedule(hours=EAST_JAVA_HOURS),
        national=(),
        added=(CalendarDay(HOLIDAY, "Libur uji"),),
        timezone="Asia/Jakarta",
        agency="test.sim",
    )


def step(
    number: int, duration: str | None, actors: tuple[str, ...] = ("Petugas",), **kw: object
) -> Step:
    """Return a step with a parsed duration (None leaves it without one)."""
    return Step(
        number=number,
        activity=f"kegiatan {number}",
        actors=actors,
        duration=None if duration is None else parse_duration(duration),
        duration_text=duration or "",
        **kw,  # type: ignore[arg-type]
    )


def service(
    steps: tuple[Step, ...], *, limit: TimeLimit | None = None, staff: int | None = 1
) -> Service:
    """Return a service of agency test.sim whose one SOP has these steps."""
    sop = Sop(slug="sop-uji", name="SOP uji", agency="test.sim", service="uji", steps=steps)
    return Service(
        agency="test.sim",
        slug="uji",
        name="Layanan uji",
        time_limit=limit,
        staffing=Staffing(text=f"{staff} orang", total=staff),
        sops=(sop,),
    )


def two_hour_service(limit: str = "2 jam") -> Service:
    """Return two one-hour steps by one Petugas, with the given time limit."""
    return service((step(1, "1 jam"), step(2, "1 jam")), limit=parse_duration(limit))


def rework_service() -> Service:
    """Return a one-hour step followed by a check that sends half the files back to step 1."""
    check = step(2, "1 jam", decision=Decision("Lengkap?", yes="end", no=1))
    return service((step(1, "1 jam"), check), staff=None)


def roles() -> RoleRegistry:
    """Return a registry with one role of each kind the simulation treats differently."""
    return RoleRegistry(
        "test.sim",
        (
            Role("kepala", "Kepala Bidang", RoleKind.STRUCTURAL),
            Role("analis", "Analis", RoleKind.FUNCTIONAL),
            Role("petugas", "Petugas", RoleKind.STAFF),
            Role("bkn", "BKN", RoleKind.EXTERNAL),
            Role("pemohon", "Pemohon", RoleKind.APPLICANT),
        ),
    )


def network(per_day: float = 1.5, days: float = 500, warmup_days: float = 0.0) -> SimModel:
    """Return three stations (2 servers, 1, unlimited) with a check sending 20% back to step 1."""
    return SimModel(
        name="three stations with rework",
        stations=(Station("a", 2), Station("b", 1), Station("c", None)),
        stages=(
            Stage("s1", 0, 0.5, Distribution.EXPONENTIAL, next=1),
            Stage("s2", 1, 0.3, Distribution.TRIANGULAR, 0.5, next=2, p_yes=0.8, yes=2, no=0),
            Stage("s3", 2, 1.0, Distribution.LOGNORMAL, 0.7),
        ),
        arrivals=PoissonArrivals(per_day, days),
        hours=OfficeHours.always_open(day_hours=1.0),
        warmup_days=warmup_days,
    )
