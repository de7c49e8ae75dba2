"""Benchmark: the latency of `sopkit` commands beside bare Python and a `holidays` one-liner.

Every command runs in a fresh process, all of them interleaved round-robin the same number of
times in one run: `python -c pass`, the anchor `python -c "import holidays;
holidays.country_holidays('ID', years=2025)"`, `import sopkit`, and the sopkit commands, each
cold (an empty cache directory, so the catalogue is parsed from its files) and warm (the cache
a first run wrote). Every side runs from byte-compiled modules, as installed packages do
(PYTHONDONTWRITEBYTECODE is dropped for the children). Wall time and the child's CPU time
(user + system) are reported as medians with ratios to both anchors. Each command's output
must be the same cold and warm, and the same in every run, or the benchmark stops.

Targets: warm `show --json`, `services` and `deadline` at most 2x the holidays one-liner (wall);
`import sopkit` at most 5x `python -c pass`. Usage: python bench/cli.py [--repeats N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, bench/ is sys.path[0]; its calendar.py would shadow the stdlib module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

PYTHON = sys.executable
SOPKIT = str(Path(PYTHON).with_name("sopkit"))
HOLIDAYS = "import holidays; holidays.country_holidays('ID', years=2025)"
SERVICE = "pasuruan.bkppd/kenaikan-gaji-berkala"

# name -> (argv, expected exit code, whether it reads the catalogue)
COMMANDS: dict[str, tuple[list[str], int, bool]] = {
    "python -c pass": ([PYTHON, "-c", "pass"], 0, False),
    "holidays one-liner": ([PYTHON, "-c", HOLIDAYS], 0, False),
    "import sopkit": ([PYTHON, "-c", "import sopkit"], 0, False),
    "sopkit --help": ([SOPKIT, "--help"], 0, False),
    "sopkit show CODE --json": ([SOPKIT, "show", SERVICE, "--json"], 0, True),
    "sopkit services": ([SOPKIT, "services"], 0, True),
    "sopkit deadline": (
        [
            SOPKIT,
            "deadline",
            "--agency",
            "pasuruan.bkppd",
            "--from",
            "2025-03-27T15:00",
            "--duration",
            "14 (empat belas) hari kerja",
        ],
        0,
        True,
    ),
    "sopkit lint": ([SOPKIT, "lint"], 1, True),  # the bundled seeds have error findings
}
TARGETS = {  # command -> (anchor, at most this many times the anchor's wall time)
    "sopkit show CODE --json (warm)": ("holidays one-liner", 2.0),
    "sopkit services (warm)": ("holidays one-liner", 2.0),
    "sopkit deadline (warm)": ("holidays one-liner", 2.0),
    "import sopkit": ("python -c pass", 5.0),
}


def run_once(argv: list[str], env: dict[str, str], expected: int) -> tuple[float, float, str]:
    """Return (wall s, cpu s, stdout) of one process; stop if it exits unexpectedly."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != expected:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr}")
    return wall, cpu, done.stdout


def main() -> None:
    """Time every command round-robin, check their answers, print medians, ratios, targets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="sopkit-bench-"))
    base = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    base.pop("SOPKIT_NO_CACHE", None)
    # pip byte-compiles what it installs (holidays); an editable sopkit is compiled on its first
    # run unless this is set: without .pyc files every run would time the compiler too
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    warm_env = {**base, "SOPKIT_CACHE_DIR": str(scratch / "warm")}
    # (name, argv, expected exit, cold?) for every timed variant
    plan: list[tuple[str, list[str], int, bool]] = []
    for name, (argv, expected, reads) in COMMANDS.items():
        if reads:
            plan += [(f"{name} (cold)", argv, expected, True)]
            plan += [(f"{name} (warm)", argv, expected, False)]
        else:
            plan += [(name, argv, expected, False)]
    answers: dict[str, str] = {}
    for name, argv, expected, _ in plan:  # warm the OS file cache, .pyc files and sopkit's cache
        answers[name] = run_once(argv, warm_env, expected)[2]
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name, *_ in plan}
    try:
        for round_ in range(args.repeats):
            for name, argv, expected, cold in (
                plan[round_ % len(plan) :] + plan[: round_ % len(plan)]
            ):
                env = warm_env
                if cold:  # a fresh, empty cache directory: nothing to read
                    env = {**base, "SOPKIT_CACHE_DIR": tempfile.mkdtemp(dir=scratch)}
                wall, cpu, out = run_once(argv, env, expected)
                if out != answers[name]:
                    raise SystemExit(f"{name}: output differs between runs")
                samples[name].append((wall, cpu))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for name, _, _, cold in plan:
        if cold and answers[name] != answers[name.replace("(cold)", "(warm)")]:
            raise SystemExit(f"{name}: cold and warm outputs differ")
    medians = {
        name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for name, runs in samples.items()
    }
    bare, anchor = medians["python -c pass"], medians["holidays one-liner"]
    print(f"{args.repeats} runs each, round-robin, medians; x = ratio of wall (cpu) times")
    print(f"{'command':34} {'wall ms':>8} {'cpu ms':>7} {'x pass':>13} {'x holidays':>13}")
    for name, (wall, cpu) in medians.items():
        print(
            f"{name:34} {wall * 1e3:8.1f} {cpu * 1e3:7.1f}"
            f" {wall / bare[0]:6.2f} ({cpu / max(bare[1], 1e-4):4.1f})"
            f" {wall / anchor[0]:6.2f} ({cpu / max(anchor[1], 1e-4):4.1f})"
        )
    print()
    for name, (anchor_name, limit) in TARGETS.items():
        ratio = medians[name][0] / medians[anchor_name][0]
        verdict = "met" if ratio <= limit else "MISSED"
        print(f"{name} / {anchor_name}: {ratio:.2f}x wall; target <= {limit:g}x: {verdict}")


if __name__ == "__main__":
    main()
