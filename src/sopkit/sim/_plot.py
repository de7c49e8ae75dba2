"""Plots of simulation results through the optional matplotlib extra (`sopkit[plot]`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopkit.sim._experiments import Sweep
from sopkit.sim._results import SimResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, made = plt.subplots()
    return made


def plot_sla_vs_staffing(result: Sweep, station: str, ax: Axes | None = None) -> Axes:
    """Return axes plotting SLA attainment (95% Wilson intervals) against a station's servers."""
    ax = _axes(ax)
    xs: list[int] = []
    ys: list[float] = []
    lows: list[float] = []
    highs: list[float] = []
    for point in result.points:
        servers = dict(point.staffing).get(station)
        sla = point.replications.sla_attainment
        if servers is None or sla is None:
            continue
        xs.append(servers)
        ys.append(sla.mean)
        lows.append(sla.mean - sla.low)
        highs.append(sla.high - sla.mean)
    ax.errorbar(xs, ys, yerr=[lows, highs], marker="o", capsize=3)
    ax.set_xlabel(f"servers at {station}")
    ax.set_ylabel("SLA attainment")
    ax.set_ylim(0, 1.05)
    return ax


def plot_wip(result: SimResult, ax: Axes | None = None) -> Axes:
    """Return axes plotting files in progress at the start of each working day."""
    ax = _axes(ax)
    ax.step(range(len(result.wip_by_day)), result.wip_by_day, where="post")
    ax.set_xlabel("working day")
    ax.set_ylabel("files in progress")
    return ax


def plot_lead_times(result: SimResult, ax: Axes | None = None) -> Axes:
    """Return axes with a histogram of lead times in working days."""
    ax = _axes(ax)
    ax.hist([v / result.day_hours for v in result.lead_working_hours], bins=30)
    ax.set_xlabel("lead time (working days)")
    ax.set_ylabel("files")
    return ax
