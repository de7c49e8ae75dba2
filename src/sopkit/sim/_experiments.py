"""Experiments: seeded runs, replications with confidence intervals, sweeps on any executor.

The replication function (`run_summary`) and its inputs are top-level and plain data, so
any `concurrent.futures.Executor` can run them, including a dask.distributed Client's
`client.get_executor()`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

import attrs

from sopkit._i18n import Text
from sopkit.sim._engine import run
from sopkit.sim._errors import SimModelError
from sopkit.sim._load import check_load
from sopkit.sim._model import SimModel
from sopkit.sim._results import SimResult, summarise
from sopkit.sim._stats import Estimate, Proportion, estimate, proportion_across

if TYPE_CHECKING:
    import pandas as pd

Progress = Callable[[int, int], None]
"""Called with (done, total): replications finished, or files arrived in one run."""


def check_seed(seed: object, what: str = "seed") -> int | str:
    """Return a valid seed: a whole number of 0 or more, or a string; raise SimModelError."""
    if isinstance(seed, str) or (
        isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0
    ):
        return seed
    raise SimModelError(
        Text(
            "{what} {seed} is not a seed: give a whole number of 0 or more, or a string "
            "(negative numbers would repeat their positive twin's stream)",
            what=what,
            seed=repr(seed),
        )
    )


def simulate(
    model: SimModel,
    seed: int | str = 0,
    *,
    progress: Progress | None = None,
    event_log: bool = False,
) -> SimResult:
    """Return the result of one run of the model with a seed (same seed, same result).

    Before running, each station's offered load is computed: ρ ≥ 1 raises SimOverloadError
    unless the model allows overload (the result then lists the unstable stations).
    `progress` hears (files arrived, files in all) as the run goes; `event_log` keeps every
    step event for `SimResult.event_log()`.
    """
    seed = check_seed(seed)
    load = check_load(model)
    per_file = 20.0 * (3.0 * sum(load.visits) + 1.0)
    raw = run(model, seed, progress, events_per_file=per_file, log=event_log)
    return summarise(model, raw, seed, load)


@attrs.frozen
class RunSummary:
    """The figures of one replication that experiments compare."""

    seed: str
    files: int
    mean_lead_working_days: float
    p90_lead_working_days: float
    mean_lead_calendar_days: float
    sla_attainment: float | None
    sla_files: int
    utilisation: tuple[float | None, ...]
    mean_wait_hours: tuple[float, ...]
    mean_wip: float
    flows: tuple[tuple[str, int, float, float | None, int], ...] = ()
    """Per service: name, files, mean lead in working days, SLA attainment, files with a limit."""


def run_summary(model: SimModel, seed: str) -> RunSummary:
    """Return the summary of one replication (top-level and picklable, for executors)."""
    result = simulate(model, seed)
    working = result.lead_working_days
    return RunSummary(
        seed=seed,
        files=result.files,
        mean_lead_working_days=working.mean,
        p90_lead_working_days=working.p90,
        mean_lead_calendar_days=result.lead_calendar_days.mean,
        sla_attainment=None if result.sla is None else result.sla.attainment,
        sla_files=0 if result.sla is None else result.sla.met + result.sla.late,
        utilisation=tuple(s.utilisation for s in result.stations),
        mean_wait_hours=tuple(s.mean_wait_hours for s in result.stations),
        mean_wip=result.mean_wip,
        flows=tuple(
            (
                f.name,
                f.files,
                f.lead_working_days.mean,
                None if f.sla is None else f.sla.attainment,
                0 if f.sla is None else f.sla.met + f.sla.late,
            )
            for f in result.flows
        ),
    )


def replication_seed(seed: int | str, index: int) -> str:
    """Return the seed of replication index under a base seed."""
    return f"{seed}:{index}"


@attrs.frozen
class Replications:
    """Independent replications of one model, with 95% confidence intervals."""

    model: str
    stations: tuple[str, ...]
    runs: tuple[RunSummary, ...]

    @property
    def lead_working_days(self) -> Estimate:
        """Return the mean lead time in working days across replications."""
        return estimate([r.mean_lead_working_days for r in self.runs])

    @property
    def lead_calendar_days(self) -> Estimate:
        """Return the mean lead time in calendar days across replications."""
        return estimate([r.mean_lead_calendar_days for r in self.runs])

    @property
    def sla_attainment(self) -> Proportion | None:
        """Return the SLA attainment across replications, a Wilson interval within [0, 1].

        None without a time limit; the runs' spread sets the effective number of files.
        """
        values = [r.sla_attainment for r in self.runs]
        if any(v is None for v in values):
            return None
        found = [v for v in values if v is not None and not math.isnan(v)]
        if not found:
            return Proportion(math.nan, math.nan, math.nan, 0)
        return proportion_across(found, sum(r.sla_files for r in self.runs))

    @property
    def flow_names(self) -> tuple[str, ...]:
        """Return the services of the model (one for a one-service model)."""
        return tuple(f[0] for f in self.runs[0].flows) if self.runs else ()

    def flow_lead_working_days(self, name: str) -> Estimate:
        """Return one service's mean lead time in working days across replications."""
        k = self.flow_names.index(name)
        return estimate([r.flows[k][2] for r in self.runs])

    def flow_sla_attainment(self, name: str) -> Proportion | None:
        """Return one service's SLA attainment across replications (None without a limit)."""
        k = self.flow_names.index(name)
        values = [r.flows[k][3] for r in self.runs]
        found = [v for v in values if v is not None and not math.isnan(v)]
        if any(v is None for v in values) or not found:
            return None
        return proportion_across(found, sum(r.flows[k][4] for r in self.runs))

    def utilisation(self, station: str) -> Estimate | None:
        """Return a station's utilisation across replications (None when unlimited)."""
        k = self.stations.index(station)
        values = [r.utilisation[k] for r in self.runs]
        return None if any(v is None for v in values) else estimate([v or 0.0 for v in values])

    def to_json(self) -> str:
        """Return the replications and their estimates as JSON."""
        data: dict[str, Any] = attrs.asdict(self)
        sla = self.sla_attainment
        data["estimates"] = {
            "lead_working_days": attrs.asdict(self.lead_working_days),
            "lead_calendar_days": attrs.asdict(self.lead_calendar_days),
            "sla_attainment": None if sla is None else attrs.asdict(sla),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per replication."""
        import pandas as pd

        rows = []
        for r in self.runs:
            row: dict[str, object] = {
                "seed": r.seed,
                "files": r.files,
                "mean_lead_working_days": r.mean_lead_working_days,
                "p90_lead_working_days": r.p90_lead_working_days,
                "mean_lead_calendar_days": r.mean_lead_calendar_days,
                "sla_attainment": r.sla_attainment,
                "mean_wip": r.mean_wip,
            }
            for name, u in zip(self.stations, r.utilisation, strict=True):
                row[f"utilisation[{name}]"] = u
            rows.append(row)
        return pd.DataFrame(rows)


def _run_all(
    models: Sequence[SimModel],
    seeds: Sequence[str],
    executor: Executor | None,
    progress: Progress | None,
) -> list[RunSummary]:
    total = len(models)
    if executor is None:
        out = []
        for n, (model, seed) in enumerate(zip(models, seeds, strict=True), 1):
            out.append(run_summary(model, seed))
            if progress is not None:
                progress(n, total)
        return out
    futures = [executor.submit(run_summary, m, s) for m, s in zip(models, seeds, strict=True)]
    results = []
    for n, future in enumerate(futures, 1):
        results.append(future.result())
        if progress is not None:
            progress(n, total)
    return results


def replicate(
    model: SimModel,
    replications: int,
    seed: int | str = 0,
    *,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> Replications:
    """Return `replications` independent runs (seeds derived from seed), run on executor if given."""
    if not isinstance(replications, int) or isinstance(replications, bool) or replications < 1:
        raise SimModelError(
            Text(
                "replications must be a whole number of 1 or more, got {value}",
                value=repr(replications),
            )
        )
    if replications > 100_000:
        raise SimModelError(
            Text("replications {value}: at most 100,000", value=f"{replications:,}")
        )
    seed = check_seed(seed)
    check_load(model)
    seeds = [replication_seed(seed, r) for r in range(replications)]
    runs = _run_all([model] * replications, seeds, executor, progress)
    return Replications(model.name, tuple(s.name for s in model.stations), tuple(runs))


@attrs.frozen
class SweepPoint:
    """One setting of a sweep: arrival rate, station capacities, and its replications."""

    per_day: float | None
    staffing: tuple[tuple[str, int | None], ...]
    replications: Replications


@attrs.frozen
class Sweep:
    """Replications over a grid of arrival rates and staffing settings."""

    points: tuple[SweepPoint, ...]

    def to_frame(self) -> pd.DataFrame:
        """Return one row per point with the estimates' means and half-widths."""
        import pandas as pd

        rows = []
        for p in self.points:
            reps = p.replications
            sla = reps.sla_attainment
            lead = reps.lead_working_days
            row: dict[str, object] = {"per_day": p.per_day, **dict(p.staffing)}
            row.update(
                lead_working_days=lead.mean,
                lead_half_width=lead.half_width,
                sla_attainment=None if sla is None else sla.mean,
                sla_low=None if sla is None else sla.low,
                sla_high=None if sla is None else sla.high,
            )
            rows.append(row)
        return pd.DataFrame(rows)


def sweep(
    model: SimModel,
    *,
    rates: Iterable[float | None] = (None,),
    staffing: Iterable[Mapping[str, int | None]] = ({},),
    replications: int = 10,
    seed: int | str = 0,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> Sweep:
    """Return replications for every (rate, staffing) pair; None keeps the model's rate.

    Every replication of every point is submitted at once, so an executor (a process pool,
    a dask cluster) runs them side by side. Point p, replication r uses seed `seed:r`, so
    points share random streams (common random numbers) and compare with less noise.
    """
    seed = check_seed(seed)
    grid = [(rate, dict(staff)) for rate in rates for staff in staffing]
    models = []
    for rate, staff in grid:
        m = model if rate is None else model.with_rate(rate)
        models.append(m.with_capacity(staff) if staff else m)
    for m in models:
        check_load(m)  # every point before any runs
    seeds = [replication_seed(seed, r) for r in range(replications)]
    runs = _run_all([m for m in models for _ in seeds], seeds * len(models), executor, progress)
    points = []
    for k, ((rate, staff), m) in enumerate(zip(grid, models, strict=True)):
        chunk = tuple(runs[k * replications : (k + 1) * replications])
        reps = Replications(m.name, tuple(s.name for s in m.stations), chunk)
        points.append(SweepPoint(rate, tuple(sorted(staff.items())), reps))
    return Sweep(tuple(points))
