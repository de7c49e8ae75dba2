"""Reading workforce tables: formats, column mapping, histories, and rows that cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from sopkit import Golongan
from sopkit.population import (
    PopulationError,
    evaluate_table,
    load_population,
    profile_of,
    read_table_file,
)
from sopkit.population._synthetic import synthetic_workforce
from sopkit.rules import make_rulebook

ON = dt.date(2027, 4, 1)
ROW = {
    "nip": "198609262015051001",
    "status": "PNS",
    "tmt_cpns": "2015-05-01",
    "tmt_pns": "2016-05-01",
    "golongan": "III/b",
    "tmt_golongan": "2020-04-01",
    "jabatan_jenis": "pelaksana",
    "tmt_jabatan": "2015-05-01",
    "pendidikan": "S1",
    "tanggal_lulus": "2010-08-01",
    "skp_2025": "baik",
    "skp_2026": "sangat_baik",
    "atasan_golongan": "III/d",
}


def _table(rows: list[dict[str, str | None]]) -> pa.Table:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    return pa.table({k: pa.array([r.get(k) for r in rows], pa.string()) for k in keys})


def test_a_flat_row_reads_as_the_profile_it_describes() -> None:
    """Birth date from the NIP, every field in its place; KP reguler passes on 1 April 2027."""
    pop = load_population(_table([ROW]))
    assert () == pop.errors
    subject = profile_of(pop, 0)
    assert dt.date(1986, 9, 26) == subject.birth_date
    assert Golongan.III_B == subject.golongan
    assert dt.date(2020, 4, 1) == subject.pangkat[-1].tmt
    assert make_rulebook().evaluate("kenaikan_pangkat.reguler", subject, on=ON).eligible
    result = evaluate_table("kenaikan_pangkat.reguler", _table([ROW]), on=ON)
    assert ["pass"] == result.to_arrow().column("outcome").to_pylist()


def test_bad_values_give_that_row_an_error_and_the_others_are_evaluated() -> None:
    """Unreadable golongan, date and NIP: row number, column and value; nothing dropped."""
    rows = [
        ROW,
        {**ROW, "nip": "198609262015051002", "golongan": "III/x"},
        {**ROW, "nip": "198609262015051003", "tmt_golongan": "2020-02-30"},
        {**ROW, "nip": "19860926201505100"},
        {**ROW, "nip": "198609262015051001"},  # the same NIP as row 1
        {**ROW, "nip": "198609262015051006", "skp_2026": "luar biasa"},
    ]
    result = evaluate_table("kenaikan_pangkat.reguler", _table(rows), on=ON)
    table = result.to_arrow()
    assert 6 == table.num_rows
    assert ["pass", "error", "error", "error", "error", "error"] == table.column(
        "outcome"
    ).to_pylist()
    errors = {(e.row, e.column): e for e in result.errors}
    assert "III/x" == errors[(2, "golongan")].value
    assert "2020-02-30" == errors[(3, "tmt_golongan")].value
    assert "17 digits" in errors[(4, "nip")].message
    assert "row 1" in errors[(5, "nip")].message
    assert "luar biasa" == errors[(6, "skp_2026")].value
    error_text = table.column("error").to_pylist()
    assert None is error_text[0]
    assert "III/x" in error_text[1]
    assert [True, None, None, None, None, None] == table.column("eligible").to_pylist()
    summary = result.summary()
    assert (1, 5) == (summary.eligible, summary.errors)


def test_facts_that_contradict_the_nip_are_errors() -> None:
    """A birth date or TMT CPNS month other than the NIP's, or a PNS without TMT PNS."""
    rows = [
        {**ROW, "tanggal_lahir": "1986-09-27"},
        {**ROW, "nip": "198609262015051002", "tmt_cpns": "2015-06-01"},
        {**ROW, "nip": "198609262015051003", "tmt_pns": None},
    ]
    pop = load_population(_table(rows))
    assert {(1, "tanggal_lahir"), (2, "tmt_cpns"), (3, "tmt_pns")} == {
        (e.row, e.column) for e in pop.errors
    }


def test_column_mapping_reads_another_export() -> None:
    """An export with its own column names reads the same through a mapping."""
    renamed = {"NIP BARU": ROW["nip"], "GOL": ROW["golongan"], "TMT GOL": ROW["tmt_golongan"]}
    other = {k: v for k, v in ROW.items() if k not in ("nip", "golongan", "tmt_golongan")}
    table = _table([{**renamed, **other}])
    mapping = {"NIP BARU": "nip", "GOL": "golongan", "TMT GOL": "tmt_golongan"}
    result = evaluate_table("kenaikan_pangkat.reguler", table, on=ON, columns=mapping)
    assert ["pass"] == result.to_arrow().column("outcome").to_pylist()
    with pytest.raises(PopulationError, match="no nip column"):
        load_population(table)


def test_history_rows_add_earlier_records_and_unknown_nips_are_reported() -> None:
    """A pangkat history by NIP; a history NIP matching no row is reported, not dropped."""
    history = _table(
        [
            {"nip": ROW["nip"], "jenis": "pangkat", "tanggal": "2016-05-01", "golongan": "III/a"},
            {
                "nip": "199001012015051001",
                "jenis": "pangkat",
                "tanggal": "2016-05-01",
                "golongan": "III/a",
            },
        ]
    )
    pop = load_population(_table([ROW]), history)
    assert [Golongan.III_A, Golongan.III_B] == [p.golongan for p in profile_of(pop, 0).pangkat]
    assert 1 == len(pop.history_errors)
    assert "not in the table" in pop.history_errors[0].message
    result = evaluate_table("kenaikan_pangkat.reguler", _table([ROW]), history=history, on=ON)
    assert any(e.row == 0 for e in result.errors)


def test_pandas_polars_and_arrow_inputs_give_the_same_result() -> None:
    """The three in-memory kinds of table are read alike."""
    polars = pytest.importorskip("polars")
    table = synthetic_workforce(500, on=ON, seed=5)
    results = [
        evaluate_table("kenaikan_gaji_berkala", t, on=ON).to_arrow()
        for t in (table, table.to_pandas(), polars.from_arrow(table))
    ]
    assert results[0].column("outcome").to_pylist() == results[1].column("outcome").to_pylist()
    assert results[0].column("outcome").to_pylist() == results[2].column("outcome").to_pylist()
    with pytest.raises(PopulationError, match="accepted: a pandas or polars"):
        evaluate_table("kenaikan_gaji_berkala", [1, 2], on=ON)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_files_are_read_back(tmp_path: Path, suffix: str) -> None:
    """CSV, Excel and Parquet files of the same table give the same outcomes."""
    table = synthetic_workforce(300, on=ON, seed=9)
    path = tmp_path / f"pegawai{suffix}"
    if suffix == ".csv":
        pacsv.write_csv(table, path)
    elif suffix == ".parquet":
        pq.write_table(table, path)
    else:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(table.column_names)
        for row in table.to_pylist():
            sheet.append([row[k] for k in table.column_names])
        book.save(path)
    read = read_table_file(path)
    want = evaluate_table("kenaikan_pangkat.reguler", table, on=ON).to_arrow()
    got = evaluate_table("kenaikan_pangkat.reguler", read, on=ON).to_arrow()
    assert want.column("outcome").to_pylist() == got.column("outcome").to_pylist()
    assert want.column("earliest").to_pylist() == got.column("earliest").to_pylist()


def test_unknown_file_type_and_missing_file_are_errors(tmp_path: Path) -> None:
    """A .txt file, or one that does not exist, is refused with what is accepted."""
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(PopulationError, match=r"accepted: \.csv, \.xlsx, \.parquet"):
        read_table_file(tmp_path / "a.txt")
    with pytest.raises(PopulationError, match="not found"):
        read_table_file(tmp_path / "b.csv")


def test_numeric_nip_from_excel_is_refused(tmp_path: Path) -> None:
    """An NIP stored as a number has lost digits: the row is an error saying so."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(ROW))
    sheet.append([int(ROW["nip"]) if k == "nip" else v for k, v in ROW.items()])
    book.save(tmp_path / "p.xlsx")
    pop = load_population(read_table_file(tmp_path / "p.xlsx"))
    assert ["nip"] == [e.column for e in pop.errors]
    assert "stored as a number" in str(pop.errors[0].value)


def test_rule_without_columnar_form_falls_back_and_says_so() -> None:
    """PKN II has checks with no columnar form: evaluated row by row, and the result says so."""
    table = synthetic_workforce(50, on=ON, seed=2)
    result = evaluate_table("pelatihan.pkn_ii", table, on=ON)
    assert "scalar" == result.engine
    assert "pelatihan.jenjang" in result.fallback
    assert b"scalar" == result.to_arrow().schema.metadata[b"engine"]
    book = make_rulebook()
    pop = load_population(table)
    outcomes = result.to_arrow().column("outcome").to_pylist()
    assert outcomes == [
        book.evaluate("pelatihan.pkn_ii", profile_of(pop, i), on=ON).outcome.value
        for i in range(len(pop))
    ]
    assert np.all(np.array(outcomes) != "error")


def test_table_errors_read_in_indonesian(tmp_path: Path) -> None:
    """A missing file and a missing nip column, in Indonesian; paths and columns unchanged."""
    missing = tmp_path / "b.csv"
    with pytest.raises(PopulationError) as info:
        read_table_file(missing)
    assert f"berkas {str(missing)!r} tidak ditemukan" == info.value.localized("id")
    assert f"file {str(missing)!r} not found" == str(info.value)
    with pytest.raises(PopulationError) as nip:
        load_population(_table([{k: v for k, v in ROW.items() if k != "nip"}]))
    assert nip.value.localized("id").startswith("tidak ada kolom nip di antara [")
    assert nip.value.localized("id").endswith("columns={'NAME': 'nip'}")
    assert str(nip.value).endswith("; map yours with columns={'NAME': 'nip'}")
