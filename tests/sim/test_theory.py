"""Tests for sopkit.sim._theory: Erlang C against known values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit.sim import erlang_c, mmc_mean_queue, mmc_mean_wait


def test_single_server_waits_with_probability_rho() -> None:
    """In an M/M/1 the chance of waiting is the load, and Wq = rho / (mu - lambda)."""
    assert (0.5, 1.0) == (
        pytest.approx(erlang_c(0.5, 1.0, 1)),
        pytest.approx(mmc_mean_wait(0.5, 1.0, 1)),
    )


def test_two_servers_at_half_load() -> None:
    """M/M/2 with a = 1: C = 1/3, Wq = 1/3, Lq = 1/3."""
    assert 1 / 3 == pytest.approx(erlang_c(1.0, 1.0, 2))
    assert 1 / 3 == pytest.approx(mmc_mean_queue(1.0, 1.0, 2))


def test_unstable_queue_is_refused() -> None:
    """Load at or above one per server has no steady state."""
    with pytest.raises(ValueError, match="not stable"):
        erlang_c(2.0, 1.0, 2)


@given(st.floats(min_value=0.05, max_value=0.95), st.integers(min_value=1, max_value=30))
def test_erlang_c_is_a_probability(rho: float, servers: int) -> None:
    """The chance of waiting lies in (0, 1) and does not exceed the load."""
    c = erlang_c(rho * servers, 1.0, servers)
    assert 0.0 < c <= rho + 1e-12
