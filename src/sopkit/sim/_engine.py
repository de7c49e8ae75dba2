"""The event loop: a heap of completions, FIFO deques per station, plain floats throughout."""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from heapq import heappop, heappush

import attrs

from sopkit.sim._model import Distribution, PoissonArrivals, SimModel

_UNLIMITED = 1 << 62


@attrs.frozen
class Raw:
    """What one run produced, in office hours: per file, per station, and WIP samples."""

    arrived: tuple[float, ...]
    done: tuple[float, ...]
    waited: tuple[float, ...]
    end: float
    busy: tuple[float, ...]
    queue_area: tuple[float, ...]
    queue_max: tuple[int, ...]
    station_wait: tuple[float, ...]
    entries: tuple[int, ...]
    wip_area: float
    wip_samples: tuple[int, ...]


def arrival_positions(model: SimModel, rng: random.Random) -> list[float]:
    """Return the office-time positions of arrivals (drawn for Poisson arrivals)."""
    arrivals = model.arrivals
    hours = model.hours
    if isinstance(arrivals, PoissonArrivals):
        horizon = hours.working_days_position(arrivals.days)
        rate = arrivals.per_day / hours.day_hours
        out: list[float] = []
        t = rng.expovariate(rate)
        while t < horizon:
            out.append(t)
            t += rng.expovariate(rate)
        return out
    return [hours.position(c) for c in arrivals.clock]


def _sampler(
    rng: random.Random, kind: Distribution, mean: float, spread: float
) -> Callable[[], float]:
    if kind is Distribution.TRIANGULAR:
        low, high = mean * (1 - spread), mean * (1 + spread)
        return lambda: rng.triangular(low, high, mean)
    sigma = math.sqrt(math.log1p(spread * spread))
    mu = math.log(mean) - sigma * sigma / 2 if mean > 0 else 0.0
    if mean == 0:
        return lambda: 0.0
    return lambda: rng.lognormvariate(mu, sigma)


def _zero() -> float:
    return 0.0


def run(
    model: SimModel, seed: int | str, progress: Callable[[int, int], None] | None = None
) -> Raw:
    """Return the raw record of one run of the model with a seed (same seed, same record).

    `progress`, if given, hears (files arrived, files in all) every 4096 arrivals and at the end.
    """
    rng = random.Random(seed)
    arrivals = arrival_positions(model, rng)
    n = len(arrivals)
    stages = model.stages
    nst = len(model.stations)
    station_of = [s.station for s in stages]
    nxt = [s.next for s in stages]
    p_yes = [-1.0 if s.p_yes is None else s.p_yes for s in stages]
    yes = [s.yes for s in stages]
    no = [s.no for s in stages]
    kind = [
        0
        if s.distribution is Distribution.DETERMINISTIC
        else 1
        if s.distribution is Distribution.EXPONENTIAL
        else 2
        for s in stages
    ]
    mean = [s.mean_hours for s in stages]
    other: list[Callable[[], float]] = [
        _sampler(rng, s.distribution, s.mean_hours, s.spread) if k == 2 else _zero
        for s, k in zip(stages, kind, strict=True)
    ]
    cap = [_UNLIMITED if s.capacity is None else s.capacity for s in model.stations]
    rand = rng.random
    log = math.log
    busy_n = [0] * nst
    queues: list[deque[tuple[int, int, float]]] = [deque() for _ in range(nst)]
    busy = [0.0] * nst
    qarea = [0.0] * nst
    qlast = [0.0] * nst
    qmax = [0] * nst
    swait = [0.0] * nst
    entries = [0] * nst
    done = [0.0] * n
    waited = [0.0] * n
    step = model.hours.day_hours
    samples: list[int] = []
    next_sample = 0.0
    heap: list[tuple[float, int, int, int]] = []
    seq = 0
    wip = 0
    wip_area = 0.0
    last = 0.0
    i = 0
    inf = math.inf
    next_arr = arrivals[0] if n else inf
    t = 0.0
    while True:
        if heap and heap[0][0] <= next_arr:
            t, _, job, stage = heappop(heap)
            s = station_of[stage]
            q = queues[s]
            if q:
                qarea[s] += len(q) * (t - qlast[s])
                qlast[s] = t
                j2, k2, since = q.popleft()
                w = t - since
                swait[s] += w
                waited[j2] += w
                k = kind[k2]
                svc = (
                    mean[k2] if k == 0 else -mean[k2] * log(1.0 - rand()) if k == 1 else other[k2]()
                )
                busy[s] += svc
                seq += 1
                heappush(heap, (t + svc, seq, j2, k2))
            else:
                busy_n[s] -= 1
            p = p_yes[stage]
            stage = nxt[stage] if p < 0.0 else yes[stage] if rand() < p else no[stage]
            if stage < 0:
                done[job] = t
                while next_sample <= t:
                    samples.append(wip)
                    next_sample += step
                wip_area += wip * (t - last)
                last = t
                wip -= 1
                continue
        elif i < n:
            t = next_arr
            job = i
            i += 1
            if progress is not None and not i & 4095:
                progress(i, n)
            next_arr = arrivals[i] if i < n else inf
            while next_sample <= t:
                samples.append(wip)
                next_sample += step
            wip_area += wip * (t - last)
            last = t
            wip += 1
            stage = 0
        else:
            break
        s = station_of[stage]
        entries[s] += 1
        if busy_n[s] < cap[s]:
            busy_n[s] += 1
            k = kind[stage]
            svc = (
                mean[stage]
                if k == 0
                else -mean[stage] * log(1.0 - rand())
                if k == 1
                else other[stage]()
            )
            busy[s] += svc
            seq += 1
            heappush(heap, (t + svc, seq, job, stage))
        else:
            q = queues[s]
            qarea[s] += len(q) * (t - qlast[s])
            qlast[s] = t
            q.append((job, stage, t))
            if len(q) > qmax[s]:
                qmax[s] = len(q)
    samples.append(wip)
    if progress is not None:
        progress(n, n)
    return Raw(
        tuple(arrivals),
        tuple(done),
        tuple(waited),
        t,
        tuple(busy),
        tuple(qarea),
        tuple(qmax),
        tuple(swait),
        tuple(entries),
        wip_area,
        tuple(samples),
    )
