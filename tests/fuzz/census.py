"""Count outcomes of every mutation class of the catalogue-loading fuzz test.

Usage: python -m tests.fuzz.census [--examples N]. For each input class it loads N mutated
plugins strictly and leniently and prints: examples tried, how many loaded, how many raised
a SopkitError, and the escapes (any other exception, a data problem without plugin, file or
line, or lenient loading raising), grouped by exception type. Run it against another
checkout (PYTHONPATH=<old>/src) to count the escapes a change fixed.
"""

from __future__ import annotations

import argparse
import collections
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

os.environ.setdefault("SOPKIT_NO_CACHE", "1")

from sopkit import DataError, SopkitError, load_catalog
from tests.fuzz.test_catalog_loading import MUTATIONS, DirPlugin, _write, mutated_plugins


def _outcome(files: dict[str, bytes]) -> str:
    """Return 'loaded', 'error' or 'escape: <what>' for one mutated plugin."""
    with tempfile.TemporaryDirectory() as tmp:
        _write(Path(tmp), files)
        try:
            _ = DirPlugin(Path(tmp)).catalogue
        except DataError as exc:
            if any(not (p.plugin and p.file and p.line) for p in exc.problems):
                return "escape: data problem without plugin, file or line"
        except SopkitError:
            pass
        except Exception as exc:
            return f"escape: {type(exc).__name__}"
        try:
            load_catalog(plugins=[DirPlugin(Path(tmp))], entry_points=False, lenient=True)
        except Exception as exc:
            return f"escape: lenient load raised {type(exc).__name__}"
        try:
            load_catalog(plugins=[DirPlugin(Path(tmp))], entry_points=False)
        except SopkitError:
            return "error"
        except Exception as exc:
            return f"escape: {type(exc).__name__}"
        return "loaded"


def _count(kind: str, examples: int) -> collections.Counter[str]:
    """Return the outcomes of `examples` plugins mutated by one kind."""
    seen: collections.Counter[str] = collections.Counter()

    @settings(
        max_examples=examples,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated_plugins(kinds=(kind,)))
    def run(files: dict[str, bytes]) -> None:
        seen[_outcome(files)] += 1

    run()
    return seen


def main() -> None:
    """Print one row per input class."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--only", help="comma-separated input classes (default: all)")
    args = parser.parse_args()
    kinds = args.only.split(",") if args.only else list(MUTATIONS)
    print("| input class | examples | loaded | SopkitError | escapes |")
    print("|---|---:|---:|---:|---|")
    for kind in kinds:
        seen = _count(kind, args.examples)
        escapes = {k.removeprefix("escape: "): n for k, n in seen.items() if k.startswith("escape")}
        shown = "; ".join(f"{n} {k}" for k, n in sorted(escapes.items())) or "0"
        print(
            f"| {kind} | {sum(seen.values())} | {seen['loaded']} | {seen['error']} | {shown} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
