"""Queueing theory the simulation is checked against: Erlang C for M/M/c."""

from __future__ import annotations


def erlang_c(arrival_rate: float, service_rate: float, servers: int) -> float:
    """Return the probability that an arrival to a stable M/M/c queue has to wait."""
    a = arrival_rate / service_rate
    rho = a / servers
    if not 0 < rho < 1:
        raise ValueError(f"M/M/{servers} with load {rho:.3f} per server is not stable")
    term = 1.0
    total = 1.0
    for k in range(1, servers):
        term *= a / k
        total += term
    top = term * a / servers / (1 - rho)
    return top / (total + top)


def mmc_mean_wait(arrival_rate: float, service_rate: float, servers: int) -> float:
    """Return the mean time an M/M/c arrival waits in queue (Erlang C over c·μ − λ)."""
    return erlang_c(arrival_rate, service_rate, servers) / (servers * service_rate - arrival_rate)


def mmc_mean_queue(arrival_rate: float, service_rate: float, servers: int) -> float:
    """Return the mean number waiting in an M/M/c queue (Little's law on the mean wait)."""
    return arrival_rate * mmc_mean_wait(arrival_rate, service_rate, servers)
