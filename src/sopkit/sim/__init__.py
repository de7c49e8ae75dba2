"""Throughput simulation of a service, an SOP or a whole agency on its working calendar.

Build a model from a catalogue service or SOP (`model_for`, `build_model`), from an agency's
services sharing its staff (`agency_model_for`, `build_agency_model`), or by hand
(`SimModel`, `mmc_model`); check its offered load (`offered_load`); run it with a seed
(`simulate`), replicate it with confidence intervals (`replicate`) and sweep arrival rates
and staffing (`sweep`) on any `concurrent.futures.Executor`, a dask.distributed Client's
executor included.
"""

from sopkit.sim._build import (
    agency_model_for,
    build_agency_model,
    build_model,
    model_for,
    simulable,
)
from sopkit.sim._errors import SimError, SimModelError, SimOverloadError, SimRangeError
from sopkit.sim._eventlog import COLUMNS as EVENT_LOG_COLUMNS
from sopkit.sim._experiments import (
    Replications,
    RunSummary,
    Sweep,
    SweepPoint,
    check_seed,
    replicate,
    replication_seed,
    run_summary,
    simulate,
    sweep,
)
from sopkit.sim._hours import OfficeHours
from sopkit.sim._load import Load, StationLoad, offered_load
from sopkit.sim._model import (
    END,
    MAX_FILES,
    Arrivals,
    Batch,
    Distribution,
    Flow,
    PoissonArrivals,
    RateProfile,
    ScheduledArrivals,
    SimModel,
    SlaRule,
    Stage,
    Station,
    mmc_model,
)
from sopkit.sim._parts import ASSUMED_POOL, LEAD, Branch, StepTime
from sopkit.sim._plot import plot_lead_times, plot_sla_vs_staffing, plot_wip
from sopkit.sim._results import (
    FlowStats,
    SimResult,
    SlaSummary,
    Spread,
    StationStats,
    StepStats,
)
from sopkit.sim._stats import Estimate, Proportion, estimate, proportion_across, wilson
from sopkit.sim._theory import erlang_c, mmc_mean_queue, mmc_mean_wait
from sopkit.sim._times import DEFAULT_EFFORT_MINUTES

__all__ = [
    "ASSUMED_POOL",
    "DEFAULT_EFFORT_MINUTES",
    "END",
    "EVENT_LOG_COLUMNS",
    "LEAD",
    "MAX_FILES",
    "Arrivals",
    "Batch",
    "Branch",
    "Distribution",
    "Estimate",
    "Flow",
    "FlowStats",
    "Load",
    "OfficeHours",
    "PoissonArrivals",
    "Proportion",
    "RateProfile",
    "Replications",
    "RunSummary",
    "ScheduledArrivals",
    "SimError",
    "SimModel",
    "SimModelError",
    "SimOverloadError",
    "SimRangeError",
    "SimResult",
    "SlaRule",
    "SlaSummary",
    "Spread",
    "Stage",
    "Station",
    "StationLoad",
    "StationStats",
    "StepStats",
    "StepTime",
    "Sweep",
    "SweepPoint",
    "agency_model_for",
    "build_agency_model",
    "build_model",
    "check_seed",
    "erlang_c",
    "estimate",
    "mmc_mean_queue",
    "mmc_mean_wait",
    "mmc_model",
    "model_for",
    "offered_load",
    "plot_lead_times",
    "plot_sla_vs_staffing",
    "plot_wip",
    "proportion_across",
    "replicate",
    "replication_seed",
    "run_summary",
    "simulable",
    "simulate",
    "sweep",
    "wilson",
]
