"""The `sopkit schema` and `sopkit site` commands, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopkit.cli import main
from sopkit.schema import KIND_NAMES, schema


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI and return exit code, stdout and stderr."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit schema service` prints the service schema as JSON."""
    code, out, _ = run(capsys, "schema", "service")
    assert 0 == code
    assert schema("service") == json.loads(out)


def test_schema_all_writes_every_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`sopkit schema --all -o DIR` writes one file per kind."""
    assert 0 == run(capsys, "schema", "--all", "-o", str(tmp_path / "s"))[0]
    assert sorted(f"{k}.schema.json" for k in KIND_NAMES) == sorted(
        p.name for p in (tmp_path / "s").iterdir()
    )


def test_schema_of_an_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown kind exits 2 and lists the kinds."""
    code, _, err = run(capsys, "schema", "servis")
    assert 2 == code
    assert "service" in err


def test_site_builds_and_says_what_the_data_lacks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`sopkit site` writes the pages, reports the count and warns of missing maklumat etc."""
    code, out, err = run(
        capsys, "site", "--agency", "malang.bkpsdm", "-o", str(tmp_path / "w"), "--pdf"
    )
    assert 0 == code
    assert "wrote 2 pages" in out  # the index and the SOP: seed 003 prints no standar pelayanan
    assert "Maklumat pelayanan is not in the data" in err
    assert (tmp_path / "w/index.html").is_file()
    sop_page = next((tmp_path / "w/sop").glob("*.html"))
    pdf = sop_page.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert f'href="{pdf.name}"' in sop_page.read_text("utf-8")


def test_site_for_an_unknown_agency_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An agency code that is not installed exits 1 with a message, writing nothing."""
    code, _, err = run(capsys, "site", "--agency", "nope.bkd", "-o", str(tmp_path / "w"))
    assert 1 == code
    assert "nope.bkd" in err
    assert not (tmp_path / "w").exists()
