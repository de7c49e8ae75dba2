"""Arrival instants in office time: Poisson at a flat or day-varying rate, or as received.

A day-varying rate (a RateProfile) is a non-homogeneous Poisson process whose rate is
constant over each open interval; gaps are drawn interval by interval, which is exact
because the exponential distribution has no memory.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from array import array

from sopkit._i18n import Text
from sopkit.sim._errors import SimModelError
from sopkit.sim._hours import OfficeHours
from sopkit.sim._model import Arrivals, PoissonArrivals, ScheduledArrivals, SimModel


def _day_of(hours: OfficeHours, i: int) -> dt.date:
    assert hours.start is not None
    return hours.start + dt.timedelta(days=int(hours.opens[i] // 24))


def _profiled(hours: OfficeHours, arrivals: PoissonArrivals, rng: random.Random) -> array[float]:
    profile = arrivals.profile
    assert profile is not None
    if hours.is_always_open:
        raise SimModelError(
            Text("a rate profile needs calendar office hours (dates), not always-open")
        )
    horizon = hours.working_days_position(arrivals.days)
    base = arrivals.per_day / hours.day_hours
    out: array[float] = array("d")
    expo = rng.expovariate
    for i in range(len(hours.opens)):
        lo, hi = hours.before[i], min(hours.ends[i], horizon)
        if lo >= horizon:
            break
        rate = base * profile.factor(_day_of(hours, i))
        if rate <= 0:
            continue
        t = lo + expo(rate)
        while t < hi:
            out.append(t)
            t += expo(rate)
    return out


def positions(hours: OfficeHours, arrivals: Arrivals, rng: random.Random) -> array[float]:
    """Return the office-time positions of one flow's arrivals, in order."""
    if isinstance(arrivals, PoissonArrivals):
        if arrivals.profile is not None:
            return _profiled(hours, arrivals, rng)
        horizon = hours.working_days_position(arrivals.days)
        rate = arrivals.per_day / hours.day_hours
        out: array[float] = array("d")
        expo = rng.expovariate
        append = out.append
        t = expo(rate)
        while t < horizon:
            append(t)
            t += expo(rate)
        return out
    return array("d", (hours.position(c) for c in arrivals.clock))


def all_arrivals(model: SimModel, rng: random.Random) -> tuple[array[float], array[int] | None]:
    """Return every arrival position in order and, for several flows, the flow of each."""
    flows = model.streams
    if len(flows) == 1:
        return positions(model.hours, flows[0].arrivals, rng), None
    tagged = sorted(
        (p, k) for k, f in enumerate(flows) for p in positions(model.hours, f.arrivals, rng)
    )
    return array("d", (p for p, _ in tagged)), array("H", (k for _, k in tagged))


def mean_rate(hours: OfficeHours, arrivals: Arrivals) -> float:
    """Return the mean arrival rate in files per office hour over the arrival horizon."""
    if isinstance(arrivals, ScheduledArrivals):
        if not arrivals.clock:
            return 0.0
        first = hours.position(arrivals.clock[0])
        last = hours.position(arrivals.clock[-1])
        return len(arrivals.clock) / max(last - first, hours.day_hours)
    base = arrivals.per_day / hours.day_hours
    if arrivals.profile is None or hours.is_always_open:
        return base
    horizon = hours.working_days_position(arrivals.days)
    weighted = 0.0
    for i in range(len(hours.opens)):
        lo, hi = hours.before[i], min(hours.ends[i], horizon)
        if lo >= horizon:
            break
        weighted += (hi - lo) * arrivals.profile.factor(_day_of(hours, i))
    return base * weighted / horizon if horizon > 0 else math.nan


def peak_rate(hours: OfficeHours, arrivals: Arrivals) -> float:
    """Return the highest daily arrival rate (files per office hour) over the horizon."""
    if not isinstance(arrivals, PoissonArrivals) or arrivals.profile is None:
        return mean_rate(hours, arrivals)
    if hours.is_always_open:
        return arrivals.per_day / hours.day_hours
    horizon = hours.working_days_position(arrivals.days)
    top = 0.0
    for i in range(len(hours.opens)):
        if hours.before[i] >= horizon:
            break
        top = max(top, arrivals.profile.factor(_day_of(hours, i)))
    return arrivals.per_day / hours.day_hours * top
