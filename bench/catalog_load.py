"""Benchmark: loading the bundled catalogues, cold and from the compiled cache.

Anchor: how the data files were read before, parsing each twice with PyYAML's pure-Python
loader (a compose for line numbers, a safe_load for the data). sopkit, cold: the whole
load_catalog() of the same plugins with the cache off (parse once with libyaml, build,
structure, check). sopkit, warm: load_catalog() from the compiled cache. Every side runs
the same number of times, alternately, in this process; medians of CPU and wall time are
printed with the ratio. The anchor's data must equal sopkit's parse of every file, and the
warm catalogue must equal the cold one. Linearity: the cold load of k copies of the bundled
plugins (k = 1, 2, 4) is printed per copy.
Target: cold load at least 10x faster than the anchor. Usage: python bench/catalog_load.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, bench/ is sys.path[0]; its calendar.py would shadow the stdlib module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse  # noqa: E402
import importlib.metadata as md  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import yaml  # noqa: E402

from sopkit import Catalog, DataPlugin, load_catalog  # noqa: E402
from sopkit._cache import caching  # noqa: E402
from sopkit.core._yaml import parse_yaml  # noqa: E402

TARGET = 10.0


def bundled() -> list[DataPlugin]:
    """Return the installed data plugins (entry points of group 'sopkit')."""
    found = [ep.load() for ep in md.entry_points(group="sopkit")]
    return [p for p in found if isinstance(p, DataPlugin)]


def fresh(plugins: list[DataPlugin], copies: int = 1) -> list[DataPlugin]:
    """Return new DataPlugin objects (nothing loaded yet) for the same packages."""
    return [
        DataPlugin(p.package, name=f"{p.name}#{k}" if copies > 1 else p.name, data=p.data)
        for k in range(copies)
        for p in plugins
    ]


def data_files(plugins: list[DataPlugin]) -> list[bytes]:
    """Return the bytes of every YAML data file of the plugins."""
    out = []
    for plugin in plugins:
        for path in sorted(Path(str(plugin._root())).rglob("*.y*ml")):
            out.append(path.read_bytes())
    return out


def anchor(files: list[bytes]) -> list[object]:
    """Parse every file twice with the pure-Python loader, as sopkit did before."""
    out = []
    for raw in files:
        text = raw.decode("utf-8")
        yaml.compose(text, Loader=yaml.SafeLoader)
        out.append(yaml.safe_load(text))
    return out


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """Return (wall, cpu, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def cold(plugins: list[DataPlugin], copies: int = 1) -> Catalog:
    """Load the catalogue from the data files, cache off (copies need distinct codes: lenient)."""
    return load_catalog(plugins=fresh(plugins, copies), entry_points=False, cache=False)


def warm(plugins: list[DataPlugin]) -> Catalog:
    """Load the catalogue from the compiled cache."""
    return load_catalog(plugins=fresh(plugins), entry_points=False, cache=True)


def main() -> None:
    """Time anchor, cold and warm loads alternately; print medians, ratios and checks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ["SOPKIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="sopkit-bench-cache-")
    plugins = bundled()
    files = data_files(plugins)
    parsed = [parse_yaml(raw, file="bench").data for raw in files]
    assert anchor(files) == parsed, "the pure loader and sopkit read the files differently"
    reference = cold(plugins)
    warm(plugins)  # fill the cache
    assert warm(plugins) == reference, "the cached catalogue differs from the cold one"
    runs: dict[str, list[tuple[float, float]]] = {"anchor": [], "cold": [], "warm": []}
    for _ in range(args.repeats):
        for name, run in (
            ("anchor", lambda: anchor(files)),
            ("cold", lambda: cold(plugins)),
            ("warm", lambda: warm(plugins)),
        ):
            wall, cpu, _result = timed(run)
            runs[name].append((wall, cpu))
    size = sum(map(len, files))
    print(
        f"{len(plugins)} plugins, {len(files)} files, {size / 1e3:.0f} kB; medians of {args.repeats}"
    )
    print(f"{'':44} {'wall ms':>8} {'cpu ms':>8}")
    labels = {
        "anchor": "anchor: pure-Python loader, twice per file",
        "cold": "sopkit load_catalog, cache off",
        "warm": "sopkit load_catalog, compiled cache",
    }
    med = {
        n: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
        for n, r in runs.items()
    }
    for name, (wall, cpu) in med.items():
        print(f"{labels[name]:44} {wall * 1e3:8.1f} {cpu * 1e3:8.1f}")
    for name in ("cold", "warm"):
        print(
            f"anchor / {name}: wall {med['anchor'][0] / med[name][0]:.1f}x, "
            f"cpu {med['anchor'][1] / med[name][1]:.1f}x"
        )
    ratio = med["anchor"][1] / med["cold"][1]
    print(
        f"cold load vs anchor (cpu): {ratio:.1f}x; target >= {TARGET:g}x: "
        f"{'met' if ratio >= TARGET else 'MISSED'}"
    )
    print("linearity: compiling k copies of the bundled data, cache off (cpu ms per copy):")
    for copies in (1, 2, 4):
        cpu = statistics.median(
            timed(lambda c=copies: _copies(plugins, c))[1] for _ in range(max(1, args.repeats // 2))
        )
        print(f"  {copies} cop{'y' if copies == 1 else 'ies'}: {cpu * 1e3 / copies:7.1f}")


def _copies(plugins: list[DataPlugin], copies: int) -> list[object]:
    """Compile k copies of every plugin's data with the cache off (codes would clash)."""
    with caching(False):
        return [plugin.catalogue for plugin in fresh(plugins, copies)]


if __name__ == "__main__":
    main()
