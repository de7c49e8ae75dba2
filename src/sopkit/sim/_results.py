"""Typed results of one run: lead times, SLA attainment, station load, WIP and bottlenecks."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import attrs

from sopkit.sim._engine import Raw
from sopkit.sim._model import PoissonArrivals, SimModel
from sopkit.sim._stats import quantile

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
    """Load on one station: utilisation (None when unlimited), queue and waiting time."""

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


@attrs.frozen
class SimResult:
    """One run: per-file lead times (office and calendar hours), SLA, stations, WIP.

    Lead times and the SLA count files that arrived after the warm-up; `mean_wip` and
    `arrival_rate` (per office hour) cover the whole run, so Little's law can be checked
    on them against `mean_lead_all_hours`.
    """

    model: str
    seed: int | str
    day_hours: float
    files: int
    lead_working_hours: tuple[float, ...]
    lead_calendar_hours: tuple[float, ...]
    waiting_hours: tuple[float, ...]
    sla: SlaSummary | None
    stations: tuple[StationStats, ...]
    wip_by_day: tuple[int, ...]
    mean_wip: float
    arrival_rate: float
    mean_lead_all_hours: float
    end_hours: float

    @property
    def lead_working_days(self) -> Spread:
        """Return the lead time in working days (one day = the schedule's daily office time)."""
        return _spread([v / self.day_hours for v in self.lead_working_hours])

    @property
    def lead_calendar_days(self) -> Spread:
        """Return the lead time in calendar days, closed days and nights included."""
        return _spread([v / 24 for v in self.lead_calendar_hours])

    @property
    def mean_wait_hours(self) -> float:
        """Return the mean office time a file spent queued, over all its steps."""
        w = self.waiting_hours
        return math.fsum(w) / len(w) if w else math.nan

    @property
    def bottlenecks(self) -> tuple[str, ...]:
        """Return limited stations, most utilised first (ties: longer mean wait first)."""
        limited = [s for s in self.stations if s.utilisation is not None]
        limited.sort(key=lambda s: (-(s.utilisation or 0.0), -s.mean_wait_hours, s.name))
        return tuple(s.name for s in limited)

    def to_json(self) -> str:
        """Return the result as JSON (same model and seed give the same text)."""
        data: dict[str, Any] = attrs.asdict(self)
        data["bottlenecks"] = list(self.bottlenecks)
        data["lead_working_days"] = attrs.asdict(self.lead_working_days)
        data["lead_calendar_days"] = attrs.asdict(self.lead_calendar_days)
        if self.sla is not None:
            data["sla"]["attainment"] = self.sla.attainment
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

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


def _spread(values: list[float]) -> Spread:
    ordered = sorted(values)
    mean = math.fsum(ordered) / len(ordered) if ordered else math.nan
    return Spread(
        mean,
        quantile(ordered, 0.5),
        quantile(ordered, 0.9),
        quantile(ordered, 0.95),
        ordered[-1] if ordered else math.nan,
    )


def summarise(model: SimModel, raw: Raw, seed: int | str) -> SimResult:
    """Return the typed result of a raw run, mapping office time back to the calendar."""
    hours = model.hours
    warm = hours.working_days_position(model.warmup_days) if model.warmup_days else -1.0
    if isinstance(model.arrivals, PoissonArrivals):
        clocks = [hours.clock(p) for p in raw.arrived]
    else:
        clocks = list(model.arrivals.clock)
    keep = [i for i, p in enumerate(raw.arrived) if p >= warm]
    working = tuple(raw.done[i] - raw.arrived[i] for i in keep)
    calendar = tuple(hours.clock(raw.done[i]) - clocks[i] for i in keep)
    end = raw.end if raw.end > 0 else 1.0
    n_all = len(raw.arrived)
    return SimResult(
        model=model.name,
        seed=seed,
        day_hours=hours.day_hours,
        files=len(keep),
        lead_working_hours=working,
        lead_calendar_hours=calendar,
        waiting_hours=tuple(raw.waited[i] for i in keep),
        sla=_sla(model, raw, clocks, keep),
        stations=tuple(
            StationStats(
                name=st.name,
                roles=st.roles,
                capacity=st.capacity,
                capacity_source=st.capacity_source,
                utilisation=None if st.capacity is None else raw.busy[k] / (st.capacity * end),
                mean_busy=raw.busy[k] / end,
                mean_queue=raw.queue_area[k] / end,
                max_queue=raw.queue_max[k],
                mean_wait_hours=raw.station_wait[k] / raw.entries[k] if raw.entries[k] else 0.0,
                visits=raw.entries[k],
            )
            for k, st in enumerate(model.stations)
        ),
        wip_by_day=raw.wip_samples,
        mean_wip=raw.wip_area / end,
        arrival_rate=n_all / end,
        mean_lead_all_hours=(
            math.fsum(d - a for a, d in zip(raw.arrived, raw.done, strict=True)) / n_all
            if n_all
            else math.nan
        ),
        end_hours=raw.end,
    )


def _sla(model: SimModel, raw: Raw, clocks: list[float], keep: list[int]) -> SlaSummary | None:
    rule = model.sla
    if rule is None:
        return None
    met = 0
    for i in keep:
        if rule.office_hours is not None:
            due = raw.arrived[i] + rule.office_hours
        else:
            day = math.floor(clocks[i] / 24)
            due = rule.by_day[day]
        met += raw.done[i] <= due + _EPS
    return SlaSummary(rule.text, met, len(keep) - met)
