"""Benchmark the simulation's event loop against SimPy and Ciw on one M/M/c model.

All three simulate the same M/M/3 queue (lambda = 2.4, mu = 1, load 0.8 per server) for the
same horizon (the same expected number of customers), over the same ten seeds, in this one
run; the engines' order rotates from seed to seed. The script prints customers simulated
per second of CPU and of wall time, the ratios, and each engine's mean wait against Erlang C
averaged over the seeds; then the peak memory (VmHWM of a fresh process) of sopkit runs
of 10^6 and 10^7 customers. Run: .venv/bin/python bench/sim.py [--customers N] [--seeds K]
(anchors: pip install 'sopkit[bench]').
"""

from __future__ import annotations

import os
import sys

# bench/calendar.py is named like the stdlib module `calendar`: keep this folder off the path
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import argparse  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import ciw  # noqa: E402
import simpy  # noqa: E402

from sopkit.sim import mmc_mean_wait, mmc_model, simulate  # noqa: E402

LAMBDA, MU, SERVERS = 2.4, 1.0, 3
Run = Callable[[int, int], tuple[int, float]]


def run_sopkit(customers: int, seed: int) -> tuple[int, float]:
    """Return (customers, mean wait) of one sopkit run."""
    result = simulate(mmc_model(LAMBDA, MU, SERVERS, customers), seed=seed)
    return result.files, result.mean_wait_hours


def run_simpy(customers: int, seed: int) -> tuple[int, float]:
    """Return (customers served, mean wait) of the idiomatic SimPy M/M/c model."""
    rng = random.Random(seed)
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


def run_ciw(customers: int, seed: int) -> tuple[int, float]:
    """Return (customers served, mean wait) of the same model in Ciw."""
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=LAMBDA)],
        service_distributions=[ciw.dists.Exponential(rate=MU)],
        number_of_servers=[SERVERS],
    )
    ciw.seed(seed)
    sim = ciw.Simulation(network)
    sim.simulate_until_max_time(customers / LAMBDA)
    waits = [r.waiting_time for r in sim.get_all_records()]
    return len(waits), sum(waits) / len(waits)


ENGINES: dict[str, Run] = {"sopkit": run_sopkit, "SimPy": run_simpy, "Ciw": run_ciw}


def measure(customers: int, seeds: int) -> dict[str, dict[str, float]]:
    """Run every engine on every seed, rotating the order; return totals per engine."""
    names = list(ENGINES)
    totals = {n: {"served": 0.0, "cpu": 0.0, "wall": 0.0, "wait_error": 0.0} for n in names}
    theory = mmc_mean_wait(LAMBDA, MU, SERVERS)
    for k in range(seeds):
        order = names[k % len(names) :] + names[: k % len(names)]
        for name in order:
            wall, cpu = time.perf_counter(), time.process_time()
            served, wait = ENGINES[name](customers, 1000 + k)
            totals[name]["cpu"] += time.process_time() - cpu
            totals[name]["wall"] += time.perf_counter() - wall
            totals[name]["served"] += served
            totals[name]["wait_error"] += (wait / theory - 1) / seeds
    return totals


def peak_rss_mb(customers: int) -> float:
    """Return the peak resident memory (MB) of a fresh process simulating that many customers."""
    # VmHWM, not ru_maxrss: ru_maxrss survives exec, so a child would inherit this
    # process's peak (the anchors' records) from the fork
    code = (
        "from sopkit.sim import mmc_model, simulate\n"
        f"r = simulate(mmc_model({LAMBDA}, {MU}, {SERVERS}, {customers}), seed=1)\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(r.files, hwm.split()[1])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    ).stdout.split()
    return int(out[1]) / 1024


def main() -> None:
    """Print throughput (CPU and wall), ratios, Erlang C errors and peak memory."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()
    theory = mmc_mean_wait(LAMBDA, MU, SERVERS)
    totals = measure(args.customers, args.seeds)
    print(
        f"M/M/{SERVERS}: lambda={LAMBDA}, mu={MU}; Erlang C mean wait = {theory:.4f}; "
        f"{args.customers:,} customers expected per run, {args.seeds} seeds, order rotated"
    )
    head = f"{'engine':<8} {'customers':>11} {'cust/s CPU':>11} {'cust/s wall':>12} "
    print(head + f"{'sopkit x (CPU)':>15} {'mean wait vs Erlang C':>22}")
    mine = totals["sopkit"]["served"] / totals["sopkit"]["cpu"]
    for name, t in totals.items():
        cpu_rate, wall_rate = t["served"] / t["cpu"], t["served"] / t["wall"]
        print(
            f"{name:<8} {t['served']:>11,.0f} {cpu_rate:>11,.0f} {wall_rate:>12,.0f} "
            f"{mine / cpu_rate:>14.2f}x {t['wait_error'] * 100:>+21.2f}%"
        )
    for name, t in totals.items():  # every engine must agree with theory, or the timing is moot
        assert abs(t["wait_error"]) < 0.05, f"{name} mean wait is off Erlang C"
    simpy_x = mine / (totals["SimPy"]["served"] / totals["SimPy"]["cpu"])
    ciw_x = mine / (totals["Ciw"]["served"] / totals["Ciw"]["cpu"])
    error = abs(totals["sopkit"]["wait_error"])
    print(f"target >= 5x SimPy: {simpy_x:.2f}x {'met' if simpy_x >= 5 else 'NOT met'}")
    print(f"target >= 10x Ciw: {ciw_x:.2f}x {'met' if ciw_x >= 10 else 'NOT met'}")
    print(f"target Erlang C within 1%: {error * 100:.2f}% {'met' if error <= 0.01 else 'NOT met'}")
    if not args.no_memory:
        for customers, target in ((1_000_000, 150), (10_000_000, 1024)):
            mb = peak_rss_mb(customers)
            verdict = "met" if mb <= target else "NOT met"
            print(
                f"peak memory, {customers:,} customers: {mb:,.0f} MB (target <= {target}) {verdict}"
            )


if __name__ == "__main__":
    main()
