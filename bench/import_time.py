"""Benchmark: `import sopkit` beside bare `python -c pass`, in the same run.

Each command runs in a fresh interpreter, alternately, the same number of times; wall time
and the child's CPU time (user + system, from os.wait4) are reported as medians, with the ratio.
Target: `import sopkit` at most 5x bare Python. Usage: python bench/import_time.py [--repeats N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, bench/ is sys.path[0]; its calendar.py would shadow the stdlib module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402

TARGET = 5.0
COMMANDS = {
    "python -c pass": "pass",
    "import sopkit": "import sopkit, sys; assert 'sopkit.lint' not in sys.modules",
    "import sopkit + load_catalog name": "import sopkit; sopkit.load_catalog",
}


def run_once(code: str) -> tuple[float, float]:
    """Return (wall, cpu) seconds of one fresh interpreter running code."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{code!r} failed with exit code {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Time every command alternately and print medians and ratios against bare Python."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in COMMANDS}
    for code in COMMANDS.values():  # warm the OS file cache and the .pyc files
        run_once(code)
    for _ in range(args.repeats):
        for name, code in COMMANDS.items():
            samples[name].append(run_once(code))
    base_wall = statistics.median(w for w, _ in samples["python -c pass"])
    base_cpu = statistics.median(c for _, c in samples["python -c pass"])
    print(f"{args.repeats} runs each, medians")
    print(f"{'command':36} {'wall ms':>8} {'cpu ms':>8} {'wall x':>7} {'cpu x':>7}")
    for name, runs in samples.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(
            f"{name:36} {wall * 1e3:8.1f} {cpu * 1e3:8.1f}"
            f" {wall / base_wall:7.2f} {cpu / max(base_cpu, 1e-4):7.2f}"
        )
    ratio = statistics.median(w for w, _ in samples["import sopkit"]) / base_wall
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"import sopkit / python -c pass (wall): {ratio:.2f}x; target <= {TARGET:g}x: {verdict}")


if __name__ == "__main__":
    main()
