"""`sopkit check RULE --population FILE`: formats in and out, summary, progress, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from sopkit.cli import main
from sopkit.population import evaluate_table
from sopkit.population._synthetic import synthetic_workforce

ON = dt.date(2027, 4, 1)


@pytest.fixture(scope="module")
def table() -> pa.Table:
    return synthetic_workforce(400, on=ON, seed=21)


def _write(table: pa.Table, path: Path) -> None:
    if path.suffix == ".csv":
        pacsv.write_csv(table, path)
    elif path.suffix == ".parquet":
        pq.write_table(table, path)
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(table.column_names)
        for row in table.to_pylist():
            sheet.append([row[k] for k in table.column_names])
        book.save(path)


def _read(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".csv":
        return pacsv.read_csv(
            path, convert_options=pacsv.ConvertOptions(strings_can_be_null=True)
        ).to_pylist()
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    import openpyxl

    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


@pytest.mark.parametrize(
    ("given", "written"), [(".csv", ".xlsx"), (".xlsx", ".csv"), (".parquet", ".parquet")]
)
def test_population_in_and_out(
    table: pa.Table, tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, written: str
) -> None:
    """The summary counts match the file written, and the file matches the API's result."""
    src, out = tmp_path / f"pegawai{given}", tmp_path / f"hasil{written}"
    _write(table, src)
    code = main(
        [
            "check",
            "kenaikan_pangkat.reguler",
            "--population",
            str(src),
            "--on",
            ON.isoformat(),
            "-o",
            str(out),
        ]
    )
    captured = capsys.readouterr()
    assert 0 == code, captured.out
    rows = _read(out)
    want = evaluate_table("kenaikan_pangkat.reguler", table, on=ON).to_arrow()
    assert want.column("outcome").to_pylist() == [r["outcome"] for r in rows]
    eligible = sum(1 for r in rows if r["outcome"] == "pass")
    assert f"memenuhi syarat / eligible: {eligible} dari / of {table.num_rows}" in captured.out
    masa = sum(
        1
        for r in rows
        if r["outcome"] == "fail" and "pegawai.masa_pangkat_minimal" in (r["failing"] or "")
    )
    assert f"  pegawai.masa_pangkat_minimal: {masa}\n" in captured.out
    assert "100%" in captured.err


def test_bad_rows_are_reported_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row with an unreadable golongan: exit 1, the row and column named, others evaluated."""
    table = synthetic_workforce(20, on=ON, seed=2)
    golongan = table.column("golongan").to_pylist()
    golongan[4] = "V/a"
    table = table.set_column(table.column_names.index("golongan"), "golongan", pa.array(golongan))
    src, out = tmp_path / "p.csv", tmp_path / "o.csv"
    pacsv.write_csv(table, src)
    code = main(
        [
            "check",
            "kenaikan_pangkat.reguler",
            "--population",
            str(src),
            "--on",
            "2027-04-01",
            "-o",
            str(out),
        ]
    )
    text = capsys.readouterr().out
    assert 1 == code
    assert "row 5, column 'golongan': 'V/a'" in text
    rows = _read(out)
    assert 20 == len(rows)
    assert "error" == rows[4]["outcome"]
    assert 19 == sum(1 for r in rows if r["outcome"] != "error")


def test_column_mapping_file_and_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--columns maps names; a wrong output type and --population with --profile are refused."""
    table = synthetic_workforce(30, on=ON, seed=4).rename_columns(
        ["NIP BARU" if c == "nip" else c for c in synthetic_workforce(1, on=ON).column_names]
    )
    src = tmp_path / "p.parquet"
    pq.write_table(table, src)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("NIP BARU: nip\n")
    assert 0 == main(
        [
            "check",
            "kenaikan_gaji_berkala",
            "--population",
            str(src),
            "--columns",
            str(mapping),
            "--on",
            "2027-04-01",
        ]
    )
    capsys.readouterr()
    assert 1 == main(
        ["check", "kenaikan_gaji_berkala", "--population", str(src), "--on", "2027-04-01"]
    )
    assert "no nip column" in capsys.readouterr().err
    assert 1 == main(
        ["check", "kenaikan_gaji_berkala", "--population", str(src), "-o", str(tmp_path / "x.txt")]
    )
    err = capsys.readouterr().err
    assert "accepted: .csv, .xlsx, .parquet" in err
    assert f"-o {str(tmp_path / 'x.txt')!r}: unknown file type '.txt'" in err  # a path, no repr
    assert 2 == main(
        ["check", "kenaikan_gaji_berkala", "--population", str(src), "--profile", "x.yaml"]
    )
    assert 2 == main(["check", "kenaikan_gaji_berkala", "-o", "x.csv", "--profile", "x.yaml"])


def test_fallback_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A rule without a columnar form is evaluated row by row and the output says so."""
    src = tmp_path / "p.parquet"
    pq.write_table(synthetic_workforce(10, on=ON, seed=1), src)
    assert 0 == main(["check", "pelatihan.pkn_ii", "--population", str(src), "--on", "2027-04-01"])
    assert "evaluated row by row" in capsys.readouterr().out
