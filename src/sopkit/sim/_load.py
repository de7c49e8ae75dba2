"""Offered load before a run: visits per file from the routing, and each station's ρ.

The visits follow from the traffic equations of the routing (v = e + Pᵀv, solved per
flow); a station's offered load is the sum over the steps it serves of arrival rate ×
visits × effort, and ρ is that load over its servers. ρ ≥ 1 means the queue grows without
bound, whatever the seed.
"""

from __future__ import annotations

import math

import attrs

from sopkit._i18n import Joined, Text
from sopkit.sim._arrivals import mean_rate, peak_rate
from sopkit.sim._errors import SimModelError, SimOverloadError
from sopkit.sim._model import END, SimModel
from sopkit.sim._spelling import ask

MAX_VISITS = 10_000.0
"""Most visits a file may be expected to make to one step; more is refused up front."""


@attrs.frozen
class StationLoad:
    """A station's offered load: busy servers needed on average, servers, and ρ."""

    name: str
    capacity: int | None
    offered: float
    rho: float | None  # None for an unlimited station
    peak_rho: float | None = None  # at the busiest day's rate (every service at its peak)

    @property
    def stable(self) -> bool:
        """Return whether the station keeps up (ρ < 1, or unlimited)."""
        return self.rho is None or self.rho < 1.0

    @property
    def servers_needed(self) -> int:
        """Return the fewest servers with ρ < 1."""
        return math.floor(self.offered) + 1


@attrs.frozen
class Load:
    """The offered load of every station, the visits per stage, and the arrival rates."""

    stations: tuple[StationLoad, ...]
    visits: tuple[float, ...]  # expected visits per file of its flow, by stage
    rates: tuple[float, ...]  # files per office hour, by flow

    @property
    def overloaded(self) -> tuple[StationLoad, ...]:
        """Return the stations with ρ ≥ 1, most loaded first."""
        bad = [s for s in self.stations if not s.stable]
        return tuple(sorted(bad, key=lambda s: -(s.rho or 0.0)))

    @property
    def max_rho(self) -> float:
        """Return the highest ρ of a limited station (0 when none is limited)."""
        return max((s.rho for s in self.stations if s.rho is not None), default=0.0)


def _flow_stages(model: SimModel, first: int) -> list[int]:
    seen = [first]
    k = 0
    while k < len(seen):
        st = model.stages[seen[k]]
        targets = (st.next,) if st.p_yes is None else (st.yes, st.no)
        for t in targets:
            if t != END and t not in seen:
                seen.append(t)
        k += 1
    return seen


def _edges(model: SimModel, s: int) -> list[tuple[int, float]]:
    st = model.stages[s]
    if st.p_yes is None:
        return [(st.next, 1.0)]
    return [(st.yes, st.p_yes), (st.no, 1.0 - st.p_yes)]


def _visits(model: SimModel, first: int) -> dict[int, float]:
    nodes = _flow_stages(model, first)
    # files must be able to leave from every step they can reach
    leaves = {s for s in nodes if any(t == END and p > 0 for t, p in _edges(model, s))}
    grew = True
    while grew:
        grew = False
        for s in nodes:
            if s not in leaves and any(t in leaves and p > 0 for t, p in _edges(model, s)):
                leaves.add(s)
                grew = True
    trapped = [model.stages[s].name for s in nodes if s not in leaves]
    if trapped:
        raise SimModelError(
            Text(
                "files that reach {stages} can never leave: the routing sends them back with "
                "probability 1; give a decision a chance below 1 of looping back",
                stages="; ".join(trapped),
            )
        )
    index = {s: k for k, s in enumerate(nodes)}
    n = len(nodes)
    # (I - P^T) v = e_first, by Gaussian elimination with partial pivoting
    a = [[1.0 if i == j else 0.0 for j in range(n)] + [1.0 if nodes[i] == first else 0.0]
         for i in range(n)]  # fmt: skip
    for s in nodes:
        for t, p in _edges(model, s):
            if t != END and p > 0:
                a[index[t]][index[s]] -= p
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[piv][col]) < 1e-12:
            raise SimModelError(
                Text("the routing from {stage} has no solution", stage=model.stages[first].name)
            )
        a[col], a[piv] = a[piv], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0.0:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col], strict=True)]
    visits = {nodes[i]: a[i][n] / a[i][i] for i in range(n)}
    for s, v in visits.items():
        if v > MAX_VISITS:
            raise SimModelError(
                Text(
                    "{stage}: a file is expected to visit it {visits} times (at most {most}): a "
                    "decision loops back with a chance too close to 1",
                    stage=model.stages[s].name,
                    visits=f"{v:.3g}",
                    most=f"{MAX_VISITS:g}",
                )
            )
    return visits


def offered_load(model: SimModel) -> Load:
    """Return every station's offered load and ρ under the model's mean arrival rates."""
    visits = [0.0] * len(model.stages)
    rates = []
    load = [0.0] * len(model.stations)
    peak = [0.0] * len(model.stations)
    for flow in model.streams:
        rate = mean_rate(model.hours, flow.arrivals)
        top = peak_rate(model.hours, flow.arrivals)
        rates.append(rate)
        for s, v in _visits(model, flow.first).items():
            visits[s] += v
            st = model.stages[s]
            if st.batch is not None:
                period = st.batch.every_hours or _mean_gap(st.batch.at)
                share = st.mean_hours / period if period > 0 else 0.0
                load[st.station] += share
                peak[st.station] += share
            else:
                load[st.station] += rate * v * st.mean_hours
                peak[st.station] += top * v * st.mean_hours
    stations = tuple(
        StationLoad(
            st.name,
            st.capacity,
            load[k],
            None if st.capacity is None else load[k] / st.capacity,
            None if st.capacity is None else peak[k] / st.capacity,
        )
        for k, st in enumerate(model.stations)
    )
    return Load(stations, tuple(visits), tuple(rates))


def _mean_gap(at: tuple[float, ...]) -> float:
    return (at[-1] - at[0]) / (len(at) - 1) if len(at) > 1 else math.inf


def check_load(model: SimModel, load: Load | None = None) -> Load:
    """Return the offered load; raise SimOverloadError when a station has ρ ≥ 1.

    With `model.allow_overload` the load is returned instead, for the run to report.
    """
    load = load or offered_load(model)
    bad = load.overloaded
    if bad and not model.allow_overload:
        raise SimOverloadError(overload_message(model, load))
    return load


def overload_message(model: SimModel, load: Load) -> str:
    """Return what is overloaded, by how much, and what would make it stable."""
    bad = load.overloaded
    lines: list[str] = [
        Text(
            "{count} station of {model} cannot keep up (offered load ρ ≥ 1: their queues grow "
            "without bound):"
            if len(bad) == 1
            else "{count} stations of {model} cannot keep up (offered load ρ ≥ 1: their queues "
            "grow without bound):",
            count=len(bad),
            model=repr(model.name),
        )
    ]
    for s in bad:
        lines.append(
            Text(
                "  - {station}: ρ = {rho} ({offered} servers' work for {capacity}); stable with "
                "{needed} servers",
                station=s.name,
                rho=f"{s.rho:.2f}",
                offered=f"{s.offered:.2f}",
                capacity=s.capacity,
                needed=s.servers_needed,
            )
        )
    worst = load.max_rho
    together = Text(" (all services scaled together)") if len(model.streams) > 1 else ""
    for flow, rate in zip(model.streams, load.rates, strict=True):
        per_day = rate * model.hours.day_hours
        lines.append(
            Text(
                "  stable below {limit} files a working day for {flow} (now {now}) with today's "
                "servers{together}",
                limit=f"{per_day / worst:.3g}",
                flow=flow.name,
                now=f"{per_day:.3g}",
                together=together,
            )
        )
    lines.append(
        Text("  (to run anyway and see the queues grow: {option})", option=ask("allow_overload"))
    )
    return Text("{lines}", lines=Joined(lines))
