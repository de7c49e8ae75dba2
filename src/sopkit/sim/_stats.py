"""Small statistics without numpy: quantiles, means and Student-t confidence intervals."""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

# two-sided 95% Student-t quantiles t(0.975, df) for df = 1..30
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t975(df: int) -> float:
    """Return the 97.5% quantile of Student's t with df degrees of freedom (df >= 1)."""
    if df < 1:
        raise ValueError(f"degrees of freedom must be at least 1, got {df}")
    if df <= len(_T975):
        return _T975[df - 1]
    # Cornish-Fisher expansion around the normal quantile; within 0.001 past df = 30
    z = 1.959964
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df * df)


@attrs.frozen
class Estimate:
    """A mean over replications with its 95% confidence interval [low, high]."""

    mean: float
    half_width: float
    n: int

    @property
    def low(self) -> float:
        """Return the interval's lower end."""
        return self.mean - self.half_width

    @property
    def high(self) -> float:
        """Return the interval's upper end."""
        return self.mean + self.half_width


def estimate(values: Sequence[float]) -> Estimate:
    """Return the mean of values with a 95% Student-t half-width (nan for one value)."""
    n = len(values)
    if n == 0:
        raise ValueError("an estimate needs at least one value")
    mean = math.fsum(values) / n
    if n == 1:
        return Estimate(mean, math.nan, 1)
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    return Estimate(mean, t975(n - 1) * math.sqrt(var / n), n)


def quantile(ordered: Sequence[float], q: float) -> float:
    """Return the q-quantile of sorted values by linear interpolation (nan when empty)."""
    if len(ordered) == 0:
        return math.nan
    pos = q * (len(ordered) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return float(ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo))


@attrs.frozen
class Proportion:
    """A share with a 95% interval [low, high] that stays within [0, 1] (Wilson score)."""

    mean: float
    low: float
    high: float
    n: float  # observations (or effective observations, across replications)

    @property
    def half_width(self) -> float:
        """Return half the interval's width (the interval itself need not be symmetric)."""
        return (self.high - self.low) / 2


def wilson(successes: float, n: float, z: float = 1.959964) -> Proportion:
    """Return the Wilson score interval of successes out of n (nan figures when n is 0)."""
    if n <= 0:
        return Proportion(math.nan, math.nan, math.nan, 0)
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return Proportion(p, max(0.0, centre - half), min(1.0, centre + half), n)


def proportion_across(values: Sequence[float], files: int) -> Proportion:
    """Return a share estimated by independent runs, as a Wilson interval on effective files.

    Files within a run are not independent, so the runs' spread sets the effective number of
    observations (p(1-p) over the variance of the mean, Kish's design effect), capped at the
    files counted; with no spread between runs the files themselves are used.
    """
    runs = len(values)
    if runs == 0:
        raise ValueError("a proportion needs at least one run")
    p = math.fsum(values) / runs
    z = t975(runs - 1) if runs > 1 else 1.959964
    if runs > 1:
        var = math.fsum((v - p) ** 2 for v in values) / (runs - 1) / runs
        n_eff = min(float(files), p * (1 - p) / var) if var > 0 and 0 < p < 1 else float(files)
    else:
        n_eff = float(files)
    found = wilson(p * n_eff, n_eff, z)
    return Proportion(p, found.low, found.high, n_eff)
