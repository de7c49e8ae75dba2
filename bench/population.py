"""Benchmark: kenaikan pangkat reguler over a synthetic workforce, columnar against anchors.

In one run, on the same rows (default 1,000,000, from sopkit.population.synthetic_workforce):

- sopkit columnar: verdicts and failing checks (what the anchor computes), then the full
  result (plus the earliest date), from the parsed columns; and end to end from the Arrow
  table (parsing included);
- OpenFisca-core: the same nine checks as vectorised formulas of a tax-benefit system on
  the same parsed columns; outcomes per check and per person asserted equal to sopkit's;
- the scalar engine (RuleBook.evaluate with failing checks and earliest) on a sample of rows
  turned into Pegawai profiles (building them is not timed), asserted equal too;
- peak memory of the end-to-end call, in a child process, beyond the input table.

Every timing is the best of --repeat runs, wall and CPU. Usage:
python bench/population.py [--rows N] [--sample N] [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, bench/ is sys.path[0]; its calendar.py would shadow the stdlib module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from sopkit.population import evaluate_table, load_population, profile_of  # noqa: E402
from sopkit.population._engine import Evaluator, run_tree  # noqa: E402
from sopkit.population._synthetic import synthetic_workforce  # noqa: E402
from sopkit.population._view import View  # noqa: E402
from sopkit.rules import make_rulebook  # noqa: E402

RULE = "kenaikan_pangkat.reguler"
ON = dt.date(2027, 4, 1)
CHECKS = (
    "kenaikan_pangkat.periode",
    "pegawai.status",
    "pegawai.jabatan",
    "pegawai.masa_pangkat_minimal",
    "pegawai.skp_minimal",
    "pegawai.bebas_hukuman_disiplin",
    "kenaikan_pangkat.batas_pendidikan",
    "kenaikan_pangkat.atasan",
    "kenaikan_pangkat.ujian_dinas",
)


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Return the best wall and CPU seconds of `repeat` runs, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus), result


def openfisca_anchor(pop: Any, book: Any) -> Callable[[], dict[str, np.ndarray]]:
    """Return a function computing the nine checks with OpenFisca-core, on the parsed columns."""
    from openfisca_core import periods
    from openfisca_core.entities import build_entity
    from openfisca_core.simulations import SimulationBuilder
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    from openfisca_core.variables import Variable

    from sopkit.asn import EducationLevel, Golongan, latest_start
    from sopkit.asn._pegawai import Status
    from sopkit.population._population import EDUCATION, EDUCATION_RANK, STATUS
    from sopkit.population._vdates import year_of

    pegawai = build_entity("pegawai", "pegawai", "A PNS", is_person=True)
    tbs = TaxBenefitSystem([pegawai])
    P, U, F = 0, 1, 2
    on = np.datetime64(ON, "D")
    months = book.parameter("kenaikan_pangkat.periode").at(ON)
    caps = np.zeros(len(EDUCATION.members) + 1, dtype=np.int64)
    for level, gol in book.parameter("kenaikan_pangkat.batas_pendidikan").at(ON).items():
        caps[EDUCATION.of(EducationLevel(level))] = Golongan.parse(str(gol)).value
    threshold = np.datetime64(latest_start(ON, 48), "D")
    inputs = {
        "status": pop.status.astype(np.int64),
        "golongan": pop.pangkat.values["golongan"].astype(np.int64),
        "tmt_golongan": pop.pangkat.date.view(np.int64),
        "jabatan": pop.jabatan.values["kind"].astype(np.int64),
        "tmt_jabatan": pop.jabatan.date.view(np.int64),
        "pendidikan": pop.education.values["level"].astype(np.int64),
        "tanggal_lulus": pop.education.date.view(np.int64),
        "skp_1": pop.skp.get(ON.year - 1, np.zeros(len(pop), np.int8)).astype(np.int64),
        "skp_2": pop.skp.get(ON.year - 2, np.zeros(len(pop), np.int8)).astype(np.int64),
        "hukuman_mulai": pop.sanctions.date.view(np.int64),
        "hukuman_selesai": pop.sanctions.values["end"].view(np.int64),
        "atasan": pop.atasan.astype(np.int64),
        **{f"{k.value}_date": r.date.view(np.int64) for k, r in pop.exams.items()},
        **{f"{k.value}_date": r.date.view(np.int64) for k, r in pop.trainings.items()},
    }
    del year_of
    day = int(on.view(np.int64))
    nat = -(10**6)  # OpenFisca stores int variables as int32: NaT becomes this sentinel
    for key, value in inputs.items():
        if key in (
            "tmt_golongan",
            "tmt_jabatan",
            "tanggal_lulus",
            "hukuman_mulai",
            "hukuman_selesai",
        ) or key.endswith("_date"):
            inputs[key] = np.where(value == np.iinfo(np.int64).min, nat, value).astype(np.int32)

    def var(name: str, formula: Any = None) -> None:
        attrs: dict[str, Any] = {
            "value_type": int,
            "entity": pegawai,
            "definition_period": periods.DateUnit.ETERNITY
            if formula is None
            else periods.DateUnit.DAY,
            "label": name,
        }
        if formula is not None:
            attrs["formula"] = formula
        tbs.add_variable(type(name, (Variable,), attrs))

    for name in inputs:
        var(name)

    def three(ok: np.ndarray, known: np.ndarray | None = None) -> np.ndarray:
        out = np.where(ok, P, F)
        return out if known is None else np.where(known, out, U)

    def current(p: Any, value: str, date: str) -> tuple[np.ndarray, np.ndarray]:
        d = p(date, "eternity")
        has = (d != nat) & (d <= day)
        return np.where(has, p(value, "eternity"), 0), np.where(has, d, nat)

    period_ok = ON.day == 1 and ON.month in months
    var("periode", lambda p, period: np.full(p.count, P if period_ok else F))
    var("status_pns", lambda p, period: three(p("status", "eternity") == STATUS.of(Status.PNS)))

    def jabatan(p: Any, period: Any) -> np.ndarray:
        kind, _ = current(p, "jabatan", "tmt_jabatan")
        return three(kind == 1, kind > 0)

    def masa(p: Any, period: Any) -> np.ndarray:
        _, tmt = current(p, "golongan", "tmt_golongan")
        return three(tmt <= int(threshold.view(np.int64)), tmt != nat)

    def skp(p: Any, period: Any) -> np.ndarray:
        a, b = p("skp_1", "eternity"), p("skp_2", "eternity")
        low = ((a > 0) & (a < 4)) | ((b > 0) & (b < 4))
        return np.where(low, F, np.where((a > 0) & (b > 0), P, U))

    def disiplin(p: Any, period: Any) -> np.ndarray:
        start, end = p("hukuman_mulai", "eternity"), p("hukuman_selesai", "eternity")
        return three(~((start != nat) & (start <= day) & (end >= day)))

    def pendidikan(p: Any, period: Any) -> np.ndarray:
        gol, _ = current(p, "golongan", "tmt_golongan")
        level, _ = current(p, "pendidikan", "tanggal_lulus")
        return three(gol < caps[level], (gol > 0) & (level > 0))

    capped = book.parameter("kenaikan_pangkat.batas_atasan").at(ON)

    def atasan(p: Any, period: Any) -> np.ndarray:
        gol, _ = current(p, "golongan", "tmt_golongan")
        if capped is False:  # Peraturan BKN 2/2025 lifts the cap (dated parameter)
            return np.full(p.count, P)
        boss = p("atasan", "eternity")
        return three(gol < boss, (gol > 0) & (boss > 0))

    needed = {
        Golongan.parse(str(g)).value: str(exam)
        for g, exam in book.parameter("kenaikan_pangkat.ujian_dinas").at(ON).items()
    }
    exempt = book.parameter("kenaikan_pangkat.ujian_dinas_pengecualian").at(ON)

    def ujian(p: Any, period: Any) -> np.ndarray:
        gol, _ = current(p, "golongan", "tmt_golongan")
        level, _ = current(p, "pendidikan", "tanggal_lulus")
        ok = np.ones(p.count, dtype=bool)
        for code, exam in needed.items():
            taken = p(f"{exam}_date", "eternity")
            passed = (taken != nat) & (taken <= day)
            rule = exempt.get(exam, {})
            if "education_at_least" in rule:
                rank = EducationLevel(str(rule["education_at_least"])).rank
                passed |= EDUCATION_RANK[level] >= rank
            for training in rule.get("training") or ():
                done = p(f"{training}_date", "eternity")
                passed |= (done != nat) & (done <= day)
            ok = np.where(gol == code, passed, ok)
        return three(ok, gol > 0)

    for name, f in (
        ("jabatan_pelaksana", jabatan),
        ("masa_pangkat", masa),
        ("skp_baik", skp),
        ("bebas_hukuman", disiplin),
        ("batas_pendidikan", pendidikan),
        ("atasan_ok", atasan),
        ("ujian_dinas", ujian),
    ):
        var(name, f)
    names = (
        "periode",
        "status_pns",
        "jabatan_pelaksana",
        "masa_pangkat",
        "skp_baik",
        "bebas_hukuman",
        "batas_pendidikan",
        "atasan_ok",
        "ujian_dinas",
    )

    def eligible(p: Any, period: Any) -> np.ndarray:
        out = p(names[0], period)
        for n in names[1:]:
            out = np.maximum(out, p(n, period))
        return out

    var("kp_reguler", eligible)

    def run() -> dict[str, np.ndarray]:
        sim = SimulationBuilder().build_default_simulation(tbs, len(pop))
        for name, values in inputs.items():
            sim.set_input(name, periods.period("ETERNITY"), values)
        day_period = periods.period(ON.isoformat())
        out = {"rule": sim.calculate("kp_reguler", day_period)}
        for check, n in zip(CHECKS, names, strict=True):
            out[check] = sim.calculate(n, day_period)
        return out

    return run


def _status_kib(field: str) -> int:
    """Return a memory figure of this process from /proc/self/status, in KiB.

    VmHWM is the peak resident size of this program only; getrusage's ru_maxrss would carry
    the parent's peak across fork and exec.
    """
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def memory_probe(path: str) -> None:
    """Child process: peak RSS of evaluate_table on a table read from Parquet, beyond the table.

    The baseline is the resident size once the table is read (not the peak of reading it),
    so every byte the evaluation adds counts, including the modules it loads.
    """
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    gc.collect()
    before = _status_kib("VmRSS") * 1024
    peak_before = _status_kib("VmHWM") * 1024
    evaluate_table(RULE, table, on=ON)
    after = _status_kib("VmHWM") * 1024
    rows = table.num_rows
    print(
        json.dumps(
            {
                "rows": rows,
                "input": table.nbytes,
                "peak_beyond": after - max(before, 0),
                "reading_peak_beyond": peak_before - before,
            }
        )
    )


NATIONAL = (
    ("kenaikan_pangkat.reguler", {}),
    ("kenaikan_pangkat.pilihan_struktural", {}),
    ("kenaikan_pangkat.pilihan_fungsional", {}),
    ("kenaikan_pangkat.penyesuaian_ijazah", {}),
    ("kenaikan_gaji_berkala", {}),
    ("pensiun.bup", {}),
    ("cuti.tahunan", {"days": 6}),
    ("cuti.besar", {"start": "2027-05-01", "end": "2027-07-31"}),
    ("izin_belajar", {"level": "S2"}),
    ("tugas_belajar", {"level": "S2"}),
    ("pelatihan.pkn_ii", {}),
    ("jpt_pratama.seleksi_terbuka", {}),
)
"""The shipped rules timed for the national case (request rules with a typical request)."""


def _time_rule(rule: str, params: dict[str, Any], table: Any, book: Any) -> tuple[float, Any]:
    """Return the CPU seconds of one end-to-end evaluation, and its result."""
    _, cpu, result = best(lambda: evaluate_table(rule, table, on=ON, params=params, book=book), 1)
    return cpu, result


def national_case(table: Any, book: Any, sample: int, workforce: int = 4_300_000) -> None:
    """Time every shipped rule end to end on the rows; scale to the nation and to workers."""
    total = 0.0
    print(
        f"national case: {workforce:,} PNS x {len(NATIONAL)} shipped rules, end to end "
        "(parsing, checks, earliest date, result table), CPU on one process:"
    )
    for rule, params in NATIONAL:
        probe = evaluate_table(rule, table.slice(0, 10), on=ON, params=params, book=book)
        rows, how = table.num_rows, "columnar"
        if probe.engine == "scalar":  # row by row: time it on a sample, not on every row
            rows, how = min(sample, rows), "row by row (no columnar form)"
        cpu, _ = _time_rule(rule, params, table.slice(0, rows), book)
        per_row = cpu / rows
        total += per_row * workforce
        print(
            f"  {rule:36s} {per_row * 1e6:9.2f} us/row -> {per_row * workforce:9.1f} s"
            f"  ({how}, timed on {rows:,})"
        )
    print(f"  all rules, {workforce:,} PNS, one process: {total:,.0f} s = {total / 60:.1f} min")
    for workers in (2, 8, 32):
        print(
            f"  on {workers:2d} dask workers (partition-wise, no shuffle): ~{total / workers:,.0f} s"
        )


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-probe", default="", help=argparse.SUPPRESS)
    parser.add_argument("--national", action="store_true", help="also time every shipped rule")
    args = parser.parse_args()
    if args.memory_probe:
        memory_probe(args.memory_probe)
        return
    book = make_rulebook()
    table = synthetic_workforce(args.rows, on=ON, seed=7)
    pop = load_population(table)
    assert not pop.errors, pop.errors[:3]
    n = len(pop)
    rows = np.arange(n)
    dates = np.full(n, np.datetime64(ON, "D"))
    evaluator = Evaluator(book, RULE, {})
    evaluator.tree_for(-1, dates[0])  # binding once per rule and date, as for the anchors

    tree = evaluator.tree_for(0, dates[0])

    def columnar() -> tuple[np.ndarray, dict[int, np.ndarray]]:
        nodes: dict[int, np.ndarray] = {}
        out, _ = run_tree(tree, View(pop, rows, dates, want_ready=False), nodes)
        return out, nodes

    def columnar_failing() -> tuple[np.ndarray, list[tuple[str, ...]], np.ndarray]:
        names: list[tuple[str, ...]] = []
        out, _, codes = evaluator.run(pop, rows, dates, names, want_ready=False)
        return out, names, codes

    def columnar_full() -> Any:
        return evaluate_table(RULE, pop, on=ON, book=book)

    cw, cc, (out, nodes) = best(columnar, args.repeat)
    gw, gc, (_, names, codes) = best(columnar_failing, args.repeat)
    fw, fc, full = best(columnar_full, args.repeat)
    ew, ec, _ = best(lambda: evaluate_table(RULE, table, on=ON, book=book), args.repeat)
    anchor = openfisca_anchor(pop, book)
    ow, oc, of = best(anchor, args.repeat)

    # same answers: the rule's outcome, and each check's pass / not pass per person
    assert np.array_equal(out, of["rule"]), "OpenFisca and sopkit differ on the outcome"
    by_name = {node.name: nodes[id(node)] for node in tree.children}
    for check in CHECKS:
        assert np.array_equal(by_name[check], of[check]), f"{check}: OpenFisca and sopkit differ"
    assert np.array_equal(
        full.to_arrow().column("outcome").to_numpy(zero_copy_only=False),
        np.array(["pass", "unknown", "fail"], dtype=object)[out],
    )
    for check in CHECKS:
        failing = np.array([check in t for t in names])[codes]
        assert np.array_equal(failing, of[check] != 0), f"{check}: failing list differs"

    rng = np.random.default_rng(1)
    sample = np.sort(rng.choice(n, min(args.sample, n), replace=False))
    subjects = [profile_of(pop, int(i)) for i in sample]
    outcome_text = np.array(["pass", "unknown", "fail"], dtype=object)
    earliest = full.to_arrow().column("earliest").to_pylist()
    failing_lists = full.to_arrow().column("failing").to_pylist()

    def scalar() -> list[Any]:
        got = []
        for s in subjects:
            v = book.evaluate(RULE, s, on=ON)
            got.append((v.outcome.value, v.earliest, v.failing))
        return got

    sw, sc, svs = best(scalar, args.repeat)
    for i, (o, e, f) in zip(sample.tolist(), svs, strict=True):
        assert (outcome_text[out[i]], earliest[i], tuple(failing_lists[i])) == (o, e, f), i
    pw, pc_, _ = best(
        lambda: [v.outcome for v in book.evaluate_many(RULE, subjects, on=ON)], args.repeat
    )

    import tempfile

    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "pegawai.parquet")
        pq.write_table(table, path)
        probe = subprocess.run(
            [sys.executable, __file__, "--memory-probe", path],
            capture_output=True,
            text=True,
            check=True,
        )
    mem = json.loads(probe.stdout)

    def rate(rows_: int, seconds: float) -> str:
        return f"{rows_ / seconds / 1e6:8.2f} M rows/s"

    s = full.summary()
    print(f"{RULE} on {ON}, {n:,} rows (synthetic), best of {args.repeat}; wall / CPU")
    print(f"  eligible {s.eligible:,}, not eligible {s.not_eligible:,}, unknown {s.unknown:,}")
    print(f"sopkit columnar, the nine checks and the rule: {cw:.3f} s / {cc:.3f} s  {rate(n, cc)}")
    print(f"sopkit columnar, + failing checks per person: {gw:.3f} s / {gc:.3f} s  {rate(n, gc)}")
    print(f"sopkit columnar, + earliest date, result table: {fw:.3f} s / {fc:.3f} s  {rate(n, fc)}")
    print(f"sopkit end to end from the Arrow table (parsing included): {ew:.3f} s / {ec:.3f} s")
    print(f"OpenFisca-core, the nine checks and the rule: {ow:.3f} s / {oc:.3f} s  {rate(n, oc)}")
    print(
        f"scalar engine, explained (failing + earliest), {len(subjects):,} rows: "
        f"{sw:.3f} s / {sc:.3f} s  {rate(len(subjects), sc)}"
    )
    print(
        f"scalar engine, pass/fail only, {len(subjects):,} rows: {pw:.3f} s / {pc_:.3f} s  "
        f"{rate(len(subjects), pc_)}"
    )
    vs_of = oc / cc
    vs_scalar = (sc / len(subjects)) / (fc / n)
    vs_passfail = (pc_ / len(subjects)) / (gc / n)
    per_row = mem["peak_beyond"] / mem["rows"]
    print(f"ratio OpenFisca / sopkit (CPU, same checks):       {vs_of:6.1f}x  (target >= 2)")
    print(f"ratio scalar / sopkit, explained results (CPU/row): {vs_scalar:6.1f}x  (target >= 20)")
    print(f"ratio scalar pass/fail / sopkit verdicts (CPU/row): {vs_passfail:6.1f}x")
    print(
        f"peak memory beyond the {mem['input'] / 2**20:.0f} MiB input: "
        f"{mem['peak_beyond'] / 2**20:.0f} MiB = {per_row:.0f} B/row  (target <= 300)"
    )
    if args.national:
        national_case(table, book, min(args.sample, 2000))
    for ok, what in (
        (vs_of >= 2, "OpenFisca ratio"),
        (vs_scalar >= 20, "scalar ratio"),
        (per_row <= 300, "memory per row"),
    ):
        if not ok:
            print(f"BELOW TARGET: {what}")


if __name__ == "__main__":
    main()
