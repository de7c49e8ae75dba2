"""Throughput simulation of a service on its agency's working calendar.

Build a model from a catalogue service (`model_for`, `build_model`) or by hand (`SimModel`,
`mmc_model`), run it with a seed (`simulate`), replicate it with confidence intervals
(`replicate`) and sweep arrival rates and staffing (`sweep`) on any
`concurrent.futures.Executor`, a dask.distributed Client's executor included.
"""

from sopkit.sim._build import Branch, StepTime, build_model, model_for
from sopkit.sim._errors import SimError, SimModelError, SimRangeError
from sopkit.sim._experiments import (
    Replications,
    RunSummary,
    Sweep,
    SweepPoint,
    replicate,
    replication_seed,
    run_summary,
    simulate,
    sweep,
)
from sopkit.sim._hours import OfficeHours
from sopkit.sim._model import (
    END,
    Arrivals,
    Distribution,
    PoissonArrivals,
    ScheduledArrivals,
    SimModel,
    SlaRule,
    Stage,
    Station,
    mmc_model,
)
from sopkit.sim._plot import plot_lead_times, plot_sla_vs_staffing, plot_wip
from sopkit.sim._results import SimResult, SlaSummary, Spread, StationStats
from sopkit.sim._stats import Estimate, estimate
from sopkit.sim._theory import erlang_c, mmc_mean_queue, mmc_mean_wait

__all__ = [
    "END",
    "Arrivals",
    "Branch",
    "Distribution",
    "Estimate",
    "OfficeHours",
    "PoissonArrivals",
    "Replications",
    "RunSummary",
    "ScheduledArrivals",
    "SimError",
    "SimModel",
    "SimModelError",
    "SimRangeError",
    "SimResult",
    "SlaRule",
    "SlaSummary",
    "Spread",
    "Stage",
    "Station",
    "StationStats",
    "StepTime",
    "Sweep",
    "SweepPoint",
    "build_model",
    "erlang_c",
    "estimate",
    "mmc_mean_queue",
    "mmc_mean_wait",
    "mmc_model",
    "model_for",
    "plot_lead_times",
    "plot_sla_vs_staffing",
    "plot_wip",
    "replicate",
    "replication_seed",
    "run_summary",
    "simulate",
    "sweep",
]
