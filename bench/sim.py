"""Benchmark the simulation's event loop against SimPy and Ciw on one M/M/c model.

All three simulate the same M/M/3 queue (lambda = 2.4, mu = 1, load 0.8 per server) in
this one run; the script prints customers simulated per second, the ratios, and each
one's mean wait beside Erlang C. Run: .venv/bin/python bench/sim.py
(anchors: pip install 'sopkit[bench]').
"""

from __future__ import annotations

import os
import sys

# bench/calendar.py is named like the stdlib module `calendar`: keep this folder off the path
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import ciw  # noqa: E402
import simpy  # noqa: E402

from sopkit.sim import mmc_mean_wait, mmc_model, simulate  # noqa: E402

LAMBDA, MU, SERVERS = 2.4, 1.0, 3
SEED = 2026


def run_sopkit(customers: int) -> tuple[int, float]:
    """Return (customers, mean wait) of one sopkit run."""
    result = simulate(mmc_model(LAMBDA, MU, SERVERS, customers), seed=SEED)
    return result.files, result.mean_wait_hours


def run_simpy(customers: int) -> tuple[int, float]:
    """Return (customers served, mean wait) of the idiomatic SimPy M/M/c model."""
    rng = random.Random(SEED)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=SERVERS)
    waits: list[float] = []

    def customer(env: simpy.Environment) -> simpy.events.ProcessGenerator:
        arrived = env.now
        with server.request() as request:
            yield request
            waits.append(env.now - arrived)
            yield env.timeout(rng.expovariate(MU))

    def source(env: simpy.Environment) -> simpy.events.ProcessGenerator:
        while True:
            yield env.timeout(rng.expovariate(LAMBDA))
            env.process(customer(env))

    env.process(source(env))
    env.run(until=customers / LAMBDA)
    return len(waits), sum(waits) / len(waits)


def run_ciw(customers: int) -> tuple[int, float]:
    """Return (customers served, mean wait) of the same model in Ciw."""
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=LAMBDA)],
        service_distributions=[ciw.dists.Exponential(rate=MU)],
        number_of_servers=[SERVERS],
    )
    ciw.seed(SEED)
    sim = ciw.Simulation(network)
    sim.simulate_until_max_time(customers / LAMBDA)
    waits = [r.waiting_time for r in sim.get_all_records()]
    return len(waits), sum(waits) / len(waits)


def measure(run: Callable[[int], tuple[int, float]], customers: int) -> tuple[float, float]:
    """Return (customers a second, mean wait), the best of three timed runs."""
    best = float("inf")
    wait = 0.0
    for _ in range(3):
        start = time.perf_counter()
        served, wait = run(customers)
        best = min(best, (time.perf_counter() - start) / served)
    return 1 / best, wait


def main() -> None:
    """Print throughput, ratios and mean waits of sopkit, SimPy and Ciw."""
    theory = mmc_mean_wait(LAMBDA, MU, SERVERS)
    rows = [
        ("sopkit", *measure(run_sopkit, 200_000)),
        ("SimPy", *measure(run_simpy, 200_000)),
        ("Ciw", *measure(run_ciw, 20_000)),
    ]
    sopkit_rate = rows[0][1]
    print(f"M/M/{SERVERS}: lambda={LAMBDA}, mu={MU}; Erlang C mean wait = {theory:.4f}")
    print(
        f"{'engine':<8} {'customers/s':>12} {'sopkit x':>9} {'mean wait':>10} {'vs Erlang C':>12}"
    )
    for name, rate, wait in rows:
        print(
            f"{name:<8} {rate:>12,.0f} {sopkit_rate / rate:>8.2f}x {wait:>10.4f} "
            f"{(wait / theory - 1) * 100:>+11.2f}%"
        )


if __name__ == "__main__":
    main()
