"""The event loop: a heap of completions, FIFO deques per station, plain floats throughout.

Per-file figures go to compact arrays (8 bytes a file); station and step figures are
running sums, so memory grows with files, not with events. Statistics start at the
warm-up: a marker event at the warm-up settles every time integral there and snapshots
it, and waits count only for visits that began after it.
"""

from __future__ import annotations

import math
import random
from array import array
from collections import deque
from collections.abc import Callable
from heapq import heappop, heappush

import attrs

from sopkit._i18n import Text
from sopkit.sim._arrivals import all_arrivals
from sopkit.sim._errors import SimRangeError
from sopkit.sim._model import Distribution, SimModel

_UNLIMITED = 1 << 62
_WARM = -1
_RELEASE = -2

SCHEDULE, START, COMPLETE = 0, 1, 2
"""Event-log kinds: a file reaches a step, a server takes it, the step is done."""


@attrs.frozen
class EventLog:
    """Every step event of a run: file, stage, kind (SCHEDULE, START, COMPLETE), office time."""

    case: array[int]
    stage: array[int]
    kind: array[int]
    time: array[float]


@attrs.frozen
class Raw:
    """What one run produced, in office hours: per file, per station, per stage, WIP.

    Station and stage figures and WIP cover [warm, end]; per-file arrays cover every file.
    """

    arrived: array[float]
    flow: array[int] | None
    done: array[float]
    waited: array[float]
    end: float
    warm: float
    busy: tuple[float, ...]
    queue_area: tuple[float, ...]
    queue_max: tuple[int, ...]
    stage_wait: tuple[float, ...]
    stage_entries: tuple[int, ...]
    wip_area: float
    wip_samples: tuple[int, ...]
    events: EventLog | None = None


def _sampler(
    rng: random.Random, kind: Distribution, mean: float, spread: float
) -> Callable[[], float]:
    if mean == 0 or kind is Distribution.DETERMINISTIC:
        return lambda: mean
    if kind is Distribution.EXPONENTIAL:
        return lambda: rng.expovariate(1.0 / mean)
    if kind is Distribution.TRIANGULAR:
        low, high = mean * (1 - spread), mean * (1 + spread)
        return lambda: rng.triangular(low, high, mean)
    sigma = math.sqrt(math.log1p(spread * spread))
    mu = math.log(mean) - sigma * sigma / 2
    return lambda: rng.lognormvariate(mu, sigma)


def _kind(d: Distribution) -> int:
    return 0 if d is Distribution.DETERMINISTIC else 1 if d is Distribution.EXPONENTIAL else 2


def run(
    model: SimModel,
    seed: int | str,
    progress: Callable[[int, int], None] | None = None,
    *,
    events_per_file: float | None = None,
    log: bool = False,
) -> Raw:
    """Return the raw record of one run of the model with a seed (same seed, same record).

    `progress`, if given, hears (files arrived, files in all) every 4096 arrivals and at the
    end; a run scheduling more than `events_per_file` events a file (plus a million) stops
    with SimRangeError. `log` keeps every step event (see EventLog).
    """
    # Starting a service is written out twice below (a free server when a file reaches a
    # step, and the next file of a queue when a server frees): inlined on purpose, since a
    # call per event costs the loop a good part of its speed.
    rng = random.Random(seed)
    arrivals, flow_of = all_arrivals(model, rng)
    n = len(arrivals)
    stages = model.stages
    ns = len(stages)
    nst = len(model.stations)
    first = [f.first for f in model.streams]
    first0 = first[0]
    station_of = [s.station for s in stages]
    nxt = [s.next for s in stages]
    p_yes = [-1.0 if s.p_yes is None else s.p_yes for s in stages]
    yes = [s.yes for s in stages]
    no = [s.no for s in stages]
    kind = [_kind(s.distribution) for s in stages]
    mean = [s.mean_hours for s in stages]
    other = [_sampler(rng, s.distribution, s.mean_hours, s.spread) for s in stages]
    delay = [
        _sampler(rng, s.distribution, s.elapsed_hours, s.spread) if s.elapsed_hours > 0 else None
        for s in stages
    ]
    batch = [s.batch for s in stages]
    gates: list[list[tuple[int, float]]] = [[] for _ in stages]
    members: dict[int, list[int]] = {}
    next_batch = n
    cap = [_UNLIMITED if s.capacity is None else s.capacity for s in model.stations]
    rand = rng.random
    log_ = math.log
    busy_n = [0] * nst
    queues: list[deque[tuple[int, int, float]]] = [deque() for _ in range(nst)]
    busy = [0.0] * nst
    qarea = [0.0] * nst
    qlast = [0.0] * nst
    qmax = [0] * nst
    swait = [0.0] * ns
    entries = [0] * ns
    snap: tuple[list[float], list[float], list[int], float] | None = None
    done: array[float] = array("d", bytes(8 * n))
    waited: array[float] = array("d", bytes(8 * n))
    ev_case: array[int] = array("q")
    ev_stage: array[int] = array("i")
    ev_kind: array[int] = array("b")
    ev_time: array[float] = array("d")

    def record(case: int, stage: int, kind: int, at: float) -> None:
        ev_case.append(case)
        ev_stage.append(stage)
        ev_kind.append(kind)
        ev_time.append(at)

    step = model.hours.day_hours
    samples: list[int] = []
    heap: list[tuple[float, int, int, int]] = []
    warm = model.hours.working_days_position(model.warmup_days) if model.warmup_days else 0.0
    if warm > 0:
        heappush(heap, (warm, -1, _WARM, 0))
    next_sample = warm
    budget = _UNLIMITED if events_per_file is None else int(n * events_per_file) + 1_000_000
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
            if job < 0:
                if job == _WARM:
                    for s in range(nst):
                        qarea[s] += len(queues[s]) * (t - qlast[s])
                        qlast[s] = t
                        qmax[s] = len(queues[s])
                    wip_area += wip * (t - last)
                    last = t
                    snap = (list(busy), list(qarea), list(entries), wip_area)
                    continue
                # a batch releases: its waiting files go through the step as one job
                group = gates[stage]
                gates[stage] = []
                job = next_batch
                next_batch += 1
                members[job] = [m for m, _ in group]
                for m, since in group:
                    w = t - since
                    waited[m] += w
                    if since >= warm:
                        swait[stage] += w
                s = station_of[stage]
                if busy_n[s] < cap[s]:
                    busy_n[s] += 1
                    svc = other[stage]()
                    busy[s] += svc
                    seq += 1
                    heappush(heap, (t + svc, seq, job, stage))
                    if log:
                        for m in members[job]:
                            record(m, stage, START, t)
                else:
                    q = queues[s]
                    qarea[s] += len(q) * (t - qlast[s])
                    qlast[s] = t
                    q.append((job, stage, t))
                    if len(q) > qmax[s]:
                        qmax[s] = len(q)
                continue
            if stage < ns:
                s = station_of[stage]
                q = queues[s]
                if q:
                    qarea[s] += len(q) * (t - qlast[s])
                    qlast[s] = t
                    j2, k2, since = q.popleft()
                    w = t - since
                    if since >= warm:
                        swait[k2] += w
                    if j2 < n:
                        waited[j2] += w
                        if log:
                            record(j2, k2, START, t)
                    else:
                        for m in members[j2]:
                            waited[m] += w
                            if log:
                                record(m, k2, START, t)
                    k = kind[k2]
                    svc = (
                        mean[k2]
                        if k == 0
                        else -mean[k2] * log_(1.0 - rand())
                        if k == 1
                        else other[k2]()
                    )
                    busy[s] += svc
                    seq += 1
                    heappush(heap, (t + svc, seq, j2, k2))
                else:
                    busy_n[s] -= 1
                d = delay[stage]
                if d is not None:
                    seq += 1
                    heappush(heap, (t + d(), seq, job, stage + ns))
                    continue
            else:
                stage -= ns
            if job >= n:
                for m in members.pop(job):
                    seq += 1
                    heappush(heap, (t, seq, m, stage + ns))
                continue
            if log:
                record(job, stage, COMPLETE, t)
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
            if not i & 4095:
                if progress is not None:
                    progress(i, n)
                if seq > budget:
                    raise _too_many(budget)
            next_arr = arrivals[i] if i < n else inf
            while next_sample <= t:
                samples.append(wip)
                next_sample += step
            wip_area += wip * (t - last)
            last = t
            wip += 1
            stage = first0 if flow_of is None else first[flow_of[job]]
        else:
            break
        s = station_of[stage]
        entries[stage] += 1
        if log:
            record(job, stage, SCHEDULE, t)
        b = batch[stage]
        if b is not None:
            group = gates[stage]
            if not group:
                release = b.next_release(t)
                if release is None:
                    raise SimRangeError(
                        Text(
                            "{stage}: no batch release after office hour {hour}; give releases "
                            "that cover the run",
                            stage=stages[stage].name,
                            hour=f"{t:.1f}",
                        )
                    )
                seq += 1
                heappush(heap, (release, seq, _RELEASE, stage))
            group.append((job, t))
            continue
        if busy_n[s] < cap[s]:
            busy_n[s] += 1
            k = kind[stage]
            svc = (
                mean[stage]
                if k == 0
                else -mean[stage] * log_(1.0 - rand())
                if k == 1
                else other[stage]()
            )
            busy[s] += svc
            seq += 1
            heappush(heap, (t + svc, seq, job, stage))
            if log:
                record(job, stage, START, t)
        else:
            q = queues[s]
            qarea[s] += len(q) * (t - qlast[s])
            qlast[s] = t
            q.append((job, stage, t))
            if len(q) > qmax[s]:
                qmax[s] = len(q)
    if seq > budget:
        raise _too_many(budget)
    samples.append(wip)
    if progress is not None:
        progress(n, n)
    if snap is None:
        snap = ([0.0] * nst, [0.0] * nst, [0] * ns, 0.0)
    busy0, qarea0, entries0, wip0 = snap
    return Raw(
        arrivals,
        flow_of,
        done,
        waited,
        t,
        warm,
        tuple(b - b0 for b, b0 in zip(busy, busy0, strict=True)),
        tuple(a - a0 for a, a0 in zip(qarea, qarea0, strict=True)),
        tuple(qmax),
        tuple(swait),
        tuple(e - e0 for e, e0 in zip(entries, entries0, strict=True)),
        wip_area - wip0,
        tuple(samples),
        EventLog(ev_case, ev_stage, ev_kind, ev_time) if log else None,
    )


def _too_many(budget: int) -> SimRangeError:
    return SimRangeError(
        Text(
            "the run passed {budget} events, far more than its files' expected visits need; "
            "check the routing's loop-back chances and the step times",
            budget=f"{budget:,}",
        )
    )
