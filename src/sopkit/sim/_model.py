"""The simulation model: stations (roles with servers), stages (SOP steps), arrivals, SLA."""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

from sopkit.sim._errors import SimModelError
from sopkit.sim._hours import OfficeHours

END = -1
"""Stage index meaning 'the file leaves the system'."""


class Distribution(enum.StrEnum):
    """How a step's service time varies around the SOP value (its mean)."""

    DETERMINISTIC = "deterministic"
    EXPONENTIAL = "exponential"
    TRIANGULAR = "triangular"  # mode = mean, from (1 - spread) to (1 + spread) times the mean
    LOGNORMAL = "lognormal"  # mean as given, coefficient of variation = spread


@attrs.frozen
class Station:
    """A role (or pool) that serves steps: its servers, and why it has that many."""

    name: str
    capacity: int | None  # None: unlimited (no queue: applicants, outside bodies)
    roles: tuple[str, ...] = ()
    capacity_source: str = ""

    def __attrs_post_init__(self) -> None:
        if self.capacity is not None and self.capacity < 1:
            raise SimModelError(
                f"station {self.name!r} has capacity {self.capacity}; give 1 or more, or None "
                "for unlimited"
            )


@attrs.frozen
class Stage:
    """One SOP step as the simulation runs it: its station, mean office hours and routing.

    `next` is the stage that follows (END to leave); a decision sends the file to `yes` with
    probability `p_yes`, else to `no` (`p_yes` is None when the step does not branch).
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

    def __attrs_post_init__(self) -> None:
        if self.mean_hours < 0:
            raise SimModelError(f"{self.name}: mean service time {self.mean_hours} h is negative")
        if self.p_yes is not None and not 0.0 <= self.p_yes <= 1.0:
            raise SimModelError(f"{self.name}: branch probability {self.p_yes} is not in [0, 1]")
        if self.distribution in (Distribution.TRIANGULAR, Distribution.LOGNORMAL) and not (
            0.0 <= self.spread <= (1.0 if self.distribution is Distribution.TRIANGULAR else 10.0)
        ):
            raise SimModelError(
                f"{self.name}: spread {self.spread} is outside [0, 1] (triangular) or "
                "[0, 10] (lognormal coefficient of variation)"
            )


@attrs.frozen
class PoissonArrivals:
    """Files arriving at random in office time, `per_day` a working day on average, for `days`."""

    per_day: float
    days: float

    def __attrs_post_init__(self) -> None:
        if self.per_day <= 0 or self.days <= 0:
            raise SimModelError(
                f"arrivals need a positive rate and horizon, got {self.per_day}/day for "
                f"{self.days} days"
            )


@attrs.frozen
class ScheduledArrivals:
    """Files received at given clock offsets (hours after the start's local midnight), in order."""

    clock: tuple[float, ...]

    def __attrs_post_init__(self) -> None:
        if any(b < a for a, b in zip(self.clock, self.clock[1:], strict=False)):
            raise SimModelError("scheduled arrivals must be in time order")


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
class SimModel:
    """Everything one run needs; plain data, so it pickles to any executor's workers."""

    name: str
    stations: tuple[Station, ...]
    stages: tuple[Stage, ...]
    arrivals: Arrivals
    hours: OfficeHours = attrs.field(factory=OfficeHours.always_open)
    sla: SlaRule | None = None
    warmup_days: float = 0.0
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not self.stages:
            raise SimModelError(f"model {self.name!r} has no stages")
        for stage in self.stages:
            if not 0 <= stage.station < len(self.stations):
                raise SimModelError(f"{stage.name}: station {stage.station} does not exist")
            for target in (stage.next, stage.yes, stage.no):
                if not END <= target < len(self.stages):
                    raise SimModelError(f"{stage.name}: routes to missing stage {target}")

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
                raise SimModelError(f"no station named {key!r}; stations: {names}")
            found[match] = count
        stations = tuple(
            attrs.evolve(st, capacity=found[k], capacity_source="override") if k in found else st
            for k, st in enumerate(self.stations)
        )
        return attrs.evolve(self, stations=stations)

    def with_rate(self, per_day: float) -> SimModel:
        """Return the model with Poisson arrivals at another rate a working day."""
        if not isinstance(self.arrivals, PoissonArrivals):
            raise SimModelError("only Poisson arrivals have a rate to change")
        return attrs.evolve(self, arrivals=PoissonArrivals(per_day, self.arrivals.days))


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
