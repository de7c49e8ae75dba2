"""Benchmark: kenaikan pangkat reguler over generated Pegawai profiles.

Prints verdicts per second (pass/fail computed at once, explanations left lazy), the ratio
against an anchor loop measured in the same run, and the peak memory (tracemalloc) of one
chunk. Profiles are generated in chunks so the run stays within memory; generation is not
timed. Usage: python bench/rules.py [--count N] [--chunk N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, bench/ is sys.path[0]; its calendar.py would shadow the stdlib module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Iterable  # noqa: E402

from sopkit.asn import (  # noqa: E402
    EducationLevel,
    EducationRecord,
    Golongan,
    JabatanKind,
    JabatanRecord,
    PangkatRecord,
    Pegawai,
    Sanction,
    SanctionLevel,
    SkpRating,
    SkpRecord,
    Status,
)
from sopkit.rules import make_rulebook  # noqa: E402

TARGET = 200_000
ON = dt.date(2026, 4, 1)
RATINGS = (SkpRating.SANGAT_BAIK, SkpRating.BAIK, SkpRating.BAIK, SkpRating.BUTUH_PERBAIKAN)
LEVELS = (EducationLevel.SLTA, EducationLevel.D_III, EducationLevel.S1, EducationLevel.S2)


def generate(count: int, seed: int) -> list[Pegawai]:
    """Return `count` varied PNS profiles (about a third of them eligible on 1 Apr 2026)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        cpns = dt.date(rnd.randint(1995, 2020), rnd.randint(1, 12), 1)
        gol = Golongan(rnd.randint(5, 12))
        tmt = dt.date(rnd.randint(2018, 2024), rnd.choice((4, 10)), 1)
        sanctions = ()
        if rnd.random() < 0.05:
            start = dt.date(2025, rnd.randint(1, 12), 1)
            sanctions = (Sanction(SanctionLevel.SEDANG, start, start + dt.timedelta(days=365)),)
        out.append(
            Pegawai(
                birth_date=dt.date(rnd.randint(1965, 1998), rnd.randint(1, 12), rnd.randint(1, 28)),
                status=Status.PNS,
                tmt_cpns=cpns,
                tmt_pns=dt.date(cpns.year + 1, cpns.month, 1),
                pangkat=(PangkatRecord(gol, tmt),),
                jabatan=(JabatanRecord(JabatanKind.PELAKSANA, cpns),),
                skp=(SkpRecord(2024, rnd.choice(RATINGS)), SkpRecord(2025, rnd.choice(RATINGS))),
                sanctions=sanctions,
                education=(EducationRecord(rnd.choice(LEVELS), dt.date(1990, 1, 1)),),
                atasan_golongan=Golongan(min(17, gol + rnd.randint(0, 3))),
            )
        )
    return out


def chunks(count: int, size: int) -> Iterable[list[Pegawai]]:
    """Yield the profiles in chunks of `size`."""
    done = 0
    while done < count:
        n = min(size, count - done)
        yield generate(n, seed=done)
        done += n


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--chunk", type=int, default=100_000)
    args = parser.parse_args()
    book = make_rulebook()
    book.bind("kenaikan_pangkat.reguler", {}, ON)  # binding is once per rule, params and date

    rule_time = anchor_time = 0.0
    eligible = total = 0
    for chunk in chunks(args.count, args.chunk):
        start = time.perf_counter()
        for verdict in book.evaluate_many("kenaikan_pangkat.reguler", chunk, on=ON):
            eligible += verdict.eligible
        rule_time += time.perf_counter() - start
        start = time.perf_counter()
        anchor = 0
        for p in chunk:  # anchor: one attribute test per profile, no rule machinery
            anchor += p.status is Status.PNS
        anchor_time += time.perf_counter() - start
        total += len(chunk)

    sample = generate(min(args.chunk, args.count), seed=1)
    tracemalloc.start()
    verdicts = list(book.evaluate_many("kenaikan_pangkat.reguler", sample, on=ON))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    explained = verdicts[0].checks  # explanations are built on demand

    rate = total / rule_time
    print(f"profiles evaluated:       {total:,} ({eligible:,} eligible)")
    print(f"verdicts per second:      {rate:,.0f} (target {TARGET:,}, one core)")
    print(f"anchor loop per second:   {total / anchor_time:,.0f}")
    print(f"rule cost / anchor cost:  {rule_time / anchor_time:.1f}x")
    print(
        f"peak memory, {len(sample):,} verdicts kept (tracemalloc): {peak / 2**20:.1f} MiB "
        f"({peak / len(sample):.0f} B per verdict)"
    )
    print(f"checks in one explained verdict: {len(explained)}")
    if rate < TARGET:
        print(f"BELOW TARGET: {rate:,.0f} < {TARGET:,} verdicts/s")


if __name__ == "__main__":
    main()
