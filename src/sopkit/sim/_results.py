"""Typed results of one run: lead times, SLA attainment, station and step load, WIP, bottlenecks.

Every statistic counts from the warm-up: lead times, waits and the SLA cover files that
arrived after it, and time averages (utilisation, queues, WIP) the interval from it to the
end of the run.
"""

from __future__ import annotations

import json
import math
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from sopkit.sim._engine import Raw
from sopkit.sim._hours import OfficeHours
from sopkit.sim._load import Load
from sopkit.sim._model import ScheduledArrivals, SimModel
from sopkit.sim._stats import Proportion, quantile, wilson

if TYPE_CHECKING:
    import pandas as pd

_EPS = 1e-9


@attrs.frozen
class Spread:
    """Summary of a sample: mean, median, 90th and 95th percentiles and maximum."""

    mean: float
    p50: float
    p90: float
    p95: float
    max: float


@attrs.frozen
class StationStats:
    """Load on one station: servers, utilisation (None when unlimited), queue and waiting time.

    `offered_rho` is the load computed before the run (ρ); a station with ρ ≥ 1 is
    `unstable`: its queue grows without bound, and its run figures depend on the horizon.
    `peak_rho` is ρ at the busiest day's arrival rate (a rate profile's peak): at or above 1,
    queues build during the peak and drain after it.
    """

    name: str
    roles: tuple[str, ...]
    capacity: int | None
    capacity_source: str
    utilisation: float | None
    mean_busy: float
    mean_queue: float
    max_queue: int
    mean_wait_hours: float
    visits: int
    offered_rho: float | None = None
    unstable: bool = False
    peak_rho: float | None = None


@attrs.frozen
class StepStats:
    """One step: its station, effort and elapsed time, visits and mean wait for a server."""

    name: str
    flow: str
    station: str
    effort_hours: float
    elapsed_hours: float
    effort_source: str
    visits: int
    mean_wait_hours: float


@attrs.frozen
class SlaSummary:
    """Files finished by their deadline under the service's time limit."""

    limit: str
    met: int
    late: int

    @property
    def attainment(self) -> float:
        """Return the share of files finished by their deadline (nan when none finished)."""
        total = self.met + self.late
        return self.met / total if total else math.nan

    @property
    def interval(self) -> Proportion:
        """Return the attainment with its 95% Wilson interval (files taken as independent)."""
        return wilson(self.met, self.met + self.late)


@attrs.frozen
class FlowStats:
    """One service's files in an agency run: count, lead times, SLA."""

    name: str
    files: int
    lead_working_days: Spread
    lead_calendar_days: Spread
    sla: SlaSummary | None


@attrs.frozen
class SimResult:
    """One run: per-file lead times (office and calendar hours), SLA, stations, steps, WIP.

    Per-file figures are compact arrays of the files that arrived after the warm-up.
    `mean_wip` is the time-average of files in progress from the warm-up to the end, and
    `arrival_rate` the files arriving after the warm-up per office hour of that interval.
    """

    model: str
    seed: int | str
    day_hours: float
    files: int
    lead_working_hours: Sequence[float]
    lead_calendar_hours: Sequence[float]
    waiting_hours: Sequence[float]
    lead_working_days: Spread
    lead_calendar_days: Spread
    sla: SlaSummary | None
    stations: tuple[StationStats, ...]
    steps: tuple[StepStats, ...]
    flows: tuple[FlowStats, ...]
    wip_by_day: tuple[int, ...]
    mean_wip: float
    arrival_rate: float
    mean_lead_all_hours: float
    end_hours: float
    warmup_hours: float = 0.0
    unstable: tuple[str, ...] = ()
    events: Any = attrs.field(default=None, repr=False, eq=False)

    @property
    def mean_wait_hours(self) -> float:
        """Return the mean office time a file spent queued, over all its steps."""
        w = self.waiting_hours
        return math.fsum(w) / len(w) if len(w) else math.nan

    @property
    def bottlenecks(self) -> tuple[str, ...]:
        """Return limited stations, most utilised first (ties: longer mean wait first)."""
        limited = [s for s in self.stations if s.utilisation is not None]
        limited.sort(
            key=lambda s: (-(s.offered_rho or 0.0), -(s.utilisation or 0.0), -s.mean_wait_hours)
        )
        return tuple(s.name for s in limited)

    def data(self, *, per_file: bool = True) -> dict[str, Any]:
        """Return the result as plain data (what to_json writes)."""
        data: dict[str, Any] = {
            f.name: getattr(self, f.name)
            for f in attrs.fields(SimResult)
            if f.name not in ("events",)
        }
        for key in ("lead_working_hours", "lead_calendar_hours", "waiting_hours"):
            data[key] = list(data[key]) if per_file else None
        for key in ("lead_working_days", "lead_calendar_days"):
            data[key] = attrs.asdict(data[key])
        data["sla"] = _sla_data(self.sla)
        data["stations"] = [attrs.asdict(s) for s in self.stations]
        data["steps"] = [attrs.asdict(s) for s in self.steps]
        data["flows"] = [
            {**attrs.asdict(f, recurse=True), "sla": _sla_data(f.sla)} for f in self.flows
        ]
        data["wip_by_day"] = list(self.wip_by_day)
        data["unstable"] = list(self.unstable)
        data["bottlenecks"] = list(self.bottlenecks)
        return data

    def to_json(self) -> str:
        """Return the result as JSON (same model and seed give the same text)."""
        return json.dumps(self.data(), ensure_ascii=False, sort_keys=True)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per file: lead times in office and calendar hours, time queued."""
        import pandas as pd

        return pd.DataFrame(
            {
                "lead_working_hours": self.lead_working_hours,
                "lead_calendar_hours": self.lead_calendar_hours,
                "waiting_hours": self.waiting_hours,
            }
        )

    def stations_frame(self) -> pd.DataFrame:
        """Return one row per station: capacity, utilisation, queue and waiting time."""
        import pandas as pd

        return pd.DataFrame([attrs.asdict(s) for s in self.stations]).set_index("name")

    def steps_frame(self) -> pd.DataFrame:
        """Return one row per step: station, effort, elapsed time, visits and mean wait."""
        import pandas as pd

        return pd.DataFrame([attrs.asdict(s) for s in self.steps])

    def event_log(self) -> pd.DataFrame:
        """Return the per-file event log (run with event_log=True) in process-mining columns."""
        from sopkit.sim._eventlog import event_frame

        return event_frame(self)

    def write_event_log(self, path: str) -> int:
        """Write the event log as CSV or Parquet (by the file's suffix); return the row count."""
        from sopkit.sim._eventlog import write_event_log

        return write_event_log(self, path)


def _sla_data(sla: SlaSummary | None) -> dict[str, Any] | None:
    if sla is None:
        return None
    interval = sla.interval
    return {
        **attrs.asdict(sla),
        "attainment": sla.attainment,
        "interval": [interval.low, interval.high],
    }


def spread(values: Sequence[float], unit: float = 1.0) -> Spread:
    """Return the mean, median, p90, p95 and maximum of values, divided by unit.

    Large samples are sorted with numpy when it is installed (a copy of 8 bytes a value,
    instead of a list of Python floats).
    """
    ordered: Any
    if len(values) > 100_000 and isinstance(values, array):
        try:
            import numpy as np

            ordered = np.sort(np.frombuffer(values, dtype=np.float64))
            mean = float(ordered.mean())
        except ImportError:
            ordered = sorted(values)
            mean = math.fsum(ordered) / len(ordered)
    else:
        ordered = sorted(values)
        mean = math.fsum(ordered) / len(ordered) if ordered else math.nan
    n = len(ordered)
    return Spread(
        mean / unit,
        quantile(ordered, 0.5) / unit,
        quantile(ordered, 0.9) / unit,
        quantile(ordered, 0.95) / unit,
        float(ordered[-1]) / unit if n else math.nan,
    )


def _clock_of(hours: OfficeHours) -> Any:
    return (lambda p: p) if hours.is_always_open else hours.clock


def summarise(model: SimModel, raw: Raw, seed: int | str, load: Load | None = None) -> SimResult:
    """Return the typed result of a raw run, mapping office time back to the calendar."""
    hours = model.hours
    warm = raw.warm
    clock = _clock_of(hours)
    flows = model.streams
    received = (
        flows[0].arrivals.clock
        if len(flows) == 1 and isinstance(flows[0].arrivals, ScheduledArrivals)
        else None
    )
    arrived, done = raw.arrived, raw.done
    keep = range(bisect_left(arrived, warm) if warm > 0 else 0, len(arrived))
    working: array[float] = array("d", (done[i] - arrived[i] for i in keep))
    calendar: array[float]
    if hours.is_always_open and received is None:
        calendar = working  # clock and office time are one
    else:
        calendar = array(
            "d",
            (
                clock(done[i]) - (received[i] if received is not None else clock(arrived[i]))
                for i in keep
            ),
        )
    waiting: array[float] = raw.waited if keep.start == 0 else raw.waited[keep.start :]
    window = raw.end - warm
    if window <= 0:
        window = math.nan
    day = hours.day_hours
    flow_of = raw.flow
    first = spread(working, day)
    overall = (
        first,
        Spread(*(v * day / 24.0 for v in attrs.astuple(first)))
        if calendar is working
        else spread(calendar, 24.0),
    )
    flow_stats = []
    for k, flow in enumerate(flows):
        mine: Sequence[int] = (
            range(len(keep))
            if flow_of is None
            else [j for j, i in enumerate(keep) if flow_of[i] == k]
        )
        spreads = (
            overall
            if flow_of is None
            else (
                spread([working[j] for j in mine], day),
                spread([calendar[j] for j in mine], 24.0),
            )
        )
        flow_stats.append(
            FlowStats(
                flow.name,
                len(mine),
                *spreads,
                _sla(flow.sla, raw, keep, mine, received, clock),
            )
        )
    rho = {s.name: s.rho for s in load.stations} if load is not None else {}
    peaks = {s.name: s.peak_rho for s in load.stations} if load is not None else {}
    stations = []
    for k, st in enumerate(model.stations):
        mine = [j for j, sg in enumerate(model.stages) if sg.station == k]
        visits = sum(raw.stage_entries[j] for j in mine)
        wait = math.fsum(raw.stage_wait[j] for j in mine)
        r = rho.get(st.name)
        stations.append(
            StationStats(
                name=st.name,
                roles=st.roles,
                capacity=st.capacity,
                capacity_source=st.capacity_source,
                utilisation=None if st.capacity is None else raw.busy[k] / (st.capacity * window),
                mean_busy=raw.busy[k] / window,
                mean_queue=raw.queue_area[k] / window,
                max_queue=raw.queue_max[k],
                mean_wait_hours=wait / visits if visits else 0.0,
                visits=visits,
                offered_rho=r,
                unstable=r is not None and r >= 1.0,
                peak_rho=peaks.get(st.name),
            )
        )
    steps = tuple(
        StepStats(
            sg.name,
            flows[sg.flow].name,
            model.stations[sg.station].name,
            sg.mean_hours,
            sg.elapsed_hours,
            sg.effort_source,
            raw.stage_entries[j],
            raw.stage_wait[j] / raw.stage_entries[j] if raw.stage_entries[j] else 0.0,
        )
        for j, sg in enumerate(model.stages)
    )
    from sopkit.sim._eventlog import LogData

    return SimResult(
        model=model.name,
        seed=seed,
        day_hours=day,
        files=len(keep),
        lead_working_hours=working,
        lead_calendar_hours=calendar,
        waiting_hours=waiting,
        lead_working_days=overall[0],
        lead_calendar_days=overall[1],
        sla=flow_stats[0].sla if len(flows) == 1 else None,
        stations=tuple(stations),
        steps=steps,
        flows=tuple(flow_stats),
        wip_by_day=raw.wip_samples,
        mean_wip=raw.wip_area / window,
        arrival_rate=len(keep) / window,
        mean_lead_all_hours=math.fsum(working) / len(working) if len(working) else math.nan,
        end_hours=raw.end,
        warmup_hours=warm,
        unstable=tuple(s.name for s in stations if s.unstable),
        events=None if raw.events is None else LogData.of(model, raw),
    )


def _sla(
    rule: Any,
    raw: Raw,
    keep: range,
    mine: Sequence[int],
    received: Sequence[float] | None,
    clock: Any,
) -> SlaSummary | None:
    if rule is None:
        return None
    met = 0
    for j in mine:
        i = keep[j]
        if rule.office_hours is not None:
            due = raw.arrived[i] + rule.office_hours
        else:
            at = received[i] if received is not None else clock(raw.arrived[i])
            due = rule.by_day[min(math.floor(at / 24), len(rule.by_day) - 1)]
        met += raw.done[i] <= due + _EPS
    return SlaSummary(rule.text, met, len(mine) - met)
