"""The simulation model: stations (roles with servers), stages (SOP steps), arrivals, SLA."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping

import attrs

from sopkit._i18n import Text
from sopkit.sim._errors import SimModelError
from sopkit.sim._hours import OfficeHours

END = -1
"""Stage index meaning 'the file leaves the system'."""

MAX_FILES = 50_000_000
"""Most files one run may draw (expected arrivals over the horizon); more is refused up front."""


class Distribution(enum.StrEnum):
    """How a step's times vary around the SOP value (its mean)."""

    DETERMINISTIC = "deterministic"
    EXPONENTIAL = "exponential"
    TRIANGULAR = "triangular"  # mode = mean, from (1 - spread) to (1 + spread) times the mean
    LOGNORMAL = "lognormal"  # mean as given, coefficient of variation = spread


def _finite(value: float, what: str) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise SimModelError(
            Text("{what} must be a finite number, got {value}", what=what, value=repr(value))
        )


@attrs.frozen
class Station:
    """A role (or pool) that serves steps: its servers, and why it has that many."""

    name: str
    capacity: int | None  # None: unlimited (no queue: applicants, outside bodies)
    roles: tuple[str, ...] = ()
    capacity_source: str = ""

    def __attrs_post_init__(self) -> None:
        if self.capacity is not None and (
            not isinstance(self.capacity, int)
            or isinstance(self.capacity, bool)
            or self.capacity < 1
        ):
            raise SimModelError(
                f"station {self.name!r} has capacity {self.capacity!r}; give a whole number of "
                "1 or more servers, or None for unlimited"
            )


@attrs.frozen
class Batch:
    """Files wait at a step until the next release, then go through it together as one job.

    Releases happen every `every_hours` of office time (counted from the start), or at the
    office-time positions `at` (in order); the batch takes one server for the step's effort.
    """

    every_hours: float | None = None
    at: tuple[float, ...] = ()
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if (self.every_hours is None) == (not self.at):
            raise SimModelError("a batch needs either every_hours or release positions `at`")
        if self.every_hours is not None:
            _finite(self.every_hours, "a batch period")
            if self.every_hours <= 0:
                raise SimModelError(f"a batch period must be positive, got {self.every_hours}")
        if any(b < a for a, b in zip(self.at, self.at[1:], strict=False)):
            raise SimModelError("batch releases must be in time order")

    def next_release(self, t: float) -> float | None:
        """Return the first release strictly after office time t (None when there is none)."""
        if self.every_hours is not None:
            return (math.floor(t / self.every_hours + 1e-12) + 1) * self.every_hours
        from bisect import bisect_right

        k = bisect_right(self.at, t)
        return self.at[k] if k < len(self.at) else None


@attrs.frozen
class Stage:
    """One SOP step as the simulation runs it: its station, effort, elapsed time and routing.

    `mean_hours` is the effort: office time a server of the station is held. `elapsed_hours`
    is the rest of the step's lead time, which passes with no server held (a tray, a
    signature, an outside body). `next` is the stage that follows (END to leave); a decision
    sends the file to `yes` with probability `p_yes`, else to `no`. `flow` is the index of
    the service whose step this is.
    """

    name: str
    station: int
    mean_hours: float
    distribution: Distribution = Distribution.DETERMINISTIC
    spread: float = 0.5
    next: int = END
    p_yes: float | None = None
    yes: int = END
    no: int = END
    elapsed_hours: float = 0.0
    effort_source: str = ""
    flow: int = 0
    batch: Batch | None = None

    def __attrs_post_init__(self) -> None:
        _finite(self.mean_hours, f"{self.name}: the effort")
        _finite(self.elapsed_hours, f"{self.name}: the elapsed time")
        if self.mean_hours < 0:
            raise SimModelError(f"{self.name}: mean service time {self.mean_hours} h is negative")
        if self.elapsed_hours < 0:
            raise SimModelError(f"{self.name}: elapsed time {self.elapsed_hours} h is negative")
        if self.p_yes is not None:
            _finite(self.p_yes, f"{self.name}: the branch probability")
            if not 0.0 <= self.p_yes <= 1.0:
                raise SimModelError(
                    f"{self.name}: branch probability {self.p_yes} is not in [0, 1]"
                )
        _finite(self.spread, f"{self.name}: the spread")
        if self.distribution in (Distribution.TRIANGULAR, Distribution.LOGNORMAL) and not (
            0.0 <= self.spread <= (1.0 if self.distribution is Distribution.TRIANGULAR else 10.0)
        ):
            raise SimModelError(
                f"{self.name}: spread {self.spread} is outside [0, 1] (triangular) or "
                "[0, 10] (lognormal coefficient of variation)"
            )

    @property
    def lead_hours(self) -> float:
        """Return the step's lead time without queueing: effort plus elapsed time."""
        return self.mean_hours + self.elapsed_hours


@attrs.frozen
class RateProfile:
    """Factors on a base arrival rate by month, by weekday and over dated periods.

    `months` has 12 factors (January first), `weekdays` 7 (Monday first); `periods` are
    (first day, last day, factor) and multiply the other factors on the days they cover.
    """

    months: tuple[float, ...] = ()
    weekdays: tuple[float, ...] = ()
    periods: tuple[tuple[dt.date, dt.date, float], ...] = ()

    def __attrs_post_init__(self) -> None:
        for what, values, size in (("months", self.months, 12), ("weekdays", self.weekdays, 7)):
            if values and len(values) != size:
                raise SimModelError(
                    Text(
                        "a rate profile's {what} need {size} factors, got {count}",
                        what=what,
                        size=size,
                        count=len(values),
                    )
                )
        for value in (*self.months, *self.weekdays, *(p[2] for p in self.periods)):
            _finite(value, "a rate factor")
            if value < 0:
                raise SimModelError(
                    Text("a rate factor must not be negative, got {value}", value=value)
                )
        for first, last, _ in self.periods:
            if last < first:
                raise SimModelError(
                    Text(
                        "a rate period ends ({last}) before it starts ({first})",
                        last=last,
                        first=first,
                    )
                )

    def factor(self, day: dt.date) -> float:
        """Return the factor on the base rate for one day."""
        f = self.months[day.month - 1] if self.months else 1.0
        if self.weekdays:
            f *= self.weekdays[day.weekday()]
        for first, last, value in self.periods:
            if first <= day <= last:
                f *= value
        return f


@attrs.frozen
class PoissonArrivals:
    """Files arriving at random in office time, `per_day` a working day on average, for `days`.

    With a `profile`, the rate on each day is `per_day` times the profile's factor for it.
    """

    per_day: float
    days: float
    profile: RateProfile | None = None

    def __attrs_post_init__(self) -> None:
        _finite(self.per_day, "the arrival rate")
        _finite(self.days, "the number of days of arrivals")
        if self.per_day <= 0 or self.days <= 0:
            raise SimModelError(
                Text(
                    "arrivals need a positive rate and horizon, got {rate}/day for {days} days",
                    rate=self.per_day,
                    days=self.days,
                )
            )
        expected = self.per_day * self.days * _peak(self.profile)
        if expected > MAX_FILES:
            raise SimModelError(
                Text(
                    "{rate} files a day for {days} days means about {expected} files; one run "
                    "takes at most {most} (lower the rate or the days)",
                    rate=f"{self.per_day:g}",
                    days=f"{self.days:g}",
                    expected=f"{expected:.3g}",
                    most=f"{MAX_FILES:,}",
                )
            )


def _peak(profile: RateProfile | None) -> float:
    if profile is None:
        return 1.0
    peak = max(profile.months or (1.0,)) * max(profile.weekdays or (1.0,))
    for _, _, value in profile.periods:
        peak *= max(value, 1.0)
    return peak


@attrs.frozen
class ScheduledArrivals:
    """Files received at given clock offsets (hours after the start's local midnight), in order."""

    clock: tuple[float, ...]

    def __attrs_post_init__(self) -> None:
        if len(self.clock) > MAX_FILES:
            raise SimModelError(
                Text(
                    "{count} received files; one run takes {most}",
                    count=f"{len(self.clock):,}",
                    most=f"{MAX_FILES:,}",
                )
            )
        for c in self.clock:
            _finite(c, "a received instant")
        if any(b < a for a, b in zip(self.clock, self.clock[1:], strict=False)):
            raise SimModelError(Text("scheduled arrivals must be in time order"))


Arrivals = PoissonArrivals | ScheduledArrivals


@attrs.frozen
class SlaRule:
    """The time limit as office-time deadlines: a fixed office-time allowance or one per receipt day.

    `by_day[d]` is the office time at the deadline of a file received on day d (days after the
    start); `office_hours` is the allowance of a limit counted in office time.
    """

    text: str
    office_hours: float | None = None
    by_day: tuple[float, ...] = ()


@attrs.frozen
class Flow:
    """One service of a model: where its files enter, how they arrive, its time limit."""

    name: str
    first: int
    arrivals: Arrivals
    sla: SlaRule | None = None


@attrs.frozen
class SimModel:
    """Everything one run needs; plain data, so it pickles to any executor's workers.

    A one-service model gives `arrivals` (and `sla`): its files enter at stage 0. An agency
    model gives `flows`, one per service, sharing the stations. `notes` are the documented
    defaults applied; `assumptions` the gaps in the data filled under assume=True.
    """

    name: str
    stations: tuple[Station, ...]
    stages: tuple[Stage, ...]
    arrivals: Arrivals | None = None
    hours: OfficeHours = attrs.field(factory=OfficeHours.always_open)
    sla: SlaRule | None = None
    warmup_days: float = 0.0
    notes: tuple[str, ...] = ()
    flows: tuple[Flow, ...] = ()
    allow_overload: bool = False
    assumptions: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not self.stages:
            raise SimModelError(f"model {self.name!r} has no stages")
        if (self.arrivals is None) == (not self.flows):
            raise SimModelError(f"model {self.name!r}: give either arrivals or flows")
        _finite(self.warmup_days, "the warm-up")
        if self.warmup_days < 0:
            raise SimModelError(
                Text("the warm-up must not be negative, got {days} days", days=self.warmup_days)
            )
        for stage in self.stages:
            if not 0 <= stage.station < len(self.stations):
                raise SimModelError(f"{stage.name}: station {stage.station} does not exist")
            for target in (stage.next, stage.yes, stage.no):
                if not END <= target < len(self.stages):
                    raise SimModelError(f"{stage.name}: routes to missing stage {target}")
            if not 0 <= stage.flow < len(self.streams):
                raise SimModelError(f"{stage.name}: flow {stage.flow} does not exist")
        for flow in self.streams:
            if not 0 <= flow.first < len(self.stages):
                raise SimModelError(f"flow {flow.name!r} enters at missing stage {flow.first}")

    @property
    def streams(self) -> tuple[Flow, ...]:
        """Return the model's flows (one for a one-service model)."""
        if self.flows:
            return self.flows
        assert self.arrivals is not None
        return (Flow(self.name, 0, self.arrivals, self.sla),)

    def with_capacity(self, capacities: Mapping[str, int | None]) -> SimModel:
        """Return the model with some stations' capacities replaced (by station or role name)."""
        found: dict[int, int | None] = {}
        for key, count in capacities.items():
            wanted = _fold(key)
            match = next(
                (
                    k
                    for k, st in enumerate(self.stations)
                    if wanted in {_fold(n) for n in (st.name, *st.roles)}
                ),
                None,
            )
            if match is None:
                names = ", ".join(st.name for st in self.stations)
                raise SimModelError(
                    Text("no station named {key}; stations: {names}", key=repr(key), names=names)
                )
            found[match] = count
        stations = tuple(
            attrs.evolve(st, capacity=found[k], capacity_source="override") if k in found else st
            for k, st in enumerate(self.stations)
        )
        return attrs.evolve(self, stations=stations)

    def with_rate(self, per_day: float) -> SimModel:
        """Return the model with another base rate a working day (profiles keep their shape).

        An agency model's flows are all scaled by per_day over the first flow's rate.
        """
        streams = self.streams
        first = streams[0].arrivals
        if not all(isinstance(f.arrivals, PoissonArrivals) for f in streams) or not isinstance(
            first, PoissonArrivals
        ):
            raise SimModelError(Text("only random (Poisson) arrivals have a rate to change"))
        if not self.flows:
            return attrs.evolve(self, arrivals=attrs.evolve(first, per_day=per_day))
        scale = per_day / first.per_day
        flows = tuple(
            attrs.evolve(f, arrivals=attrs.evolve(f.arrivals, per_day=f.arrivals.per_day * scale))
            for f in streams
            if isinstance(f.arrivals, PoissonArrivals)
        )
        return attrs.evolve(self, flows=flows)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def mmc_model(arrival_rate: float, service_rate: float, servers: int, customers: int) -> SimModel:
    """Return an always-open M/M/c queue (rates per time unit) fed `customers` on average."""
    return SimModel(
        name=f"M/M/{servers}",
        stations=(Station("servers", servers, capacity_source="given"),),
        stages=(Stage("service", 0, 1.0 / service_rate, Distribution.EXPONENTIAL),),
        arrivals=PoissonArrivals(arrival_rate, customers / arrival_rate),
        hours=OfficeHours.always_open(day_hours=1.0),
    )
