"""The `sopkit render` command, run in-process against the installed catalogues."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sopkit.cli import main

SERVICE = "magetan.bkpsdm/seleksi-asn"
SERVICE_SOP = "magetan.bkpsdm/sop/seleksi-asn"
SOP = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI (lenient: others' catalogue work in progress) and return code, out, err."""
    code = main(["--lenient", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_svg_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the SVG is printed and parses as XML."""
    code, out, _ = run(capsys, "render", SOP, "--format", "svg")
    assert 0 == code
    assert "{http://www.w3.org/2000/svg}svg" == ET.fromstring(out).tag


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("svg", "<svg"),
        ("html", "<!DOCTYPE html>"),
        ("mermaid", "flowchart TD"),
        ("md", "# SOP "),
    ],
)
def test_output_file_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, start: str
) -> None:
    """With -o the rendering goes to the file and nothing to stdout."""
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(capsys, "render", SOP, "--format", fmt, "-o", str(target))
    assert (0, "") == (code, out)
    assert target.read_text(encoding="utf-8").startswith(start)


def test_service_card_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    """A service code with --format md prints its card with the 14 components."""
    code, out, _ = run(capsys, "render", SERVICE, "--format", "md")
    assert 0 == code
    assert "### 14. Evaluasi kinerja pelaksana" in out


def test_service_svg_draws_its_first_sop(capsys: pytest.CaptureFixture[str]) -> None:
    """For a service, svg and mermaid draw its first SOP (or the one --sop names)."""
    _, by_service, _ = run(capsys, "render", SERVICE, "--format", "mermaid")
    _, by_sop, _ = run(capsys, "render", SERVICE_SOP, "--format", "mermaid")
    slug = SERVICE_SOP.rsplit("/", 1)[1]
    _, chosen, _ = run(capsys, "render", SERVICE, "--format", "mermaid", "--sop", slug)
    assert by_sop == by_service == chosen


def test_unknown_sop_of_a_service_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--sop naming no SOP of the service exits 1 and lists the service's SOPs."""
    code, out, err = run(capsys, "render", SERVICE, "--sop", "nope")
    assert (1, "") == (code, out)
    assert "seleksi-asn" in err


def test_unknown_code_and_agency_code(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown code exits 1; an agency code is a usage error (2)."""
    assert 1 == run(capsys, "render", "malang.bkpsdm/nope")[0]
    assert 2 == run(capsys, "render", "malang.bkpsdm")[0]


def test_pages_option(capsys: pytest.CaptureFixture[str]) -> None:
    """--steps-per-page splits the chart with off-page connectors; 0 is refused."""
    code, out, _ = run(capsys, "render", SOP, "--steps-per-page", "4")
    assert (0, True) == (code, 'class="connector"' in out)
    assert 2 == run(capsys, "render", SOP, "--steps-per-page", "0")[0]


def test_output_into_a_missing_folder_is_a_clean_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o into a folder that does not exist names the path and exits 1, no traceback."""
    target = tmp_path / "nonexistent" / "dir" / "x.svg"
    code, out, err = run(capsys, "render", SOP, "-o", str(target))
    assert (1, "") == (code, out)
    assert str(target.parent) in err
    assert "does not exist" in err
    assert "Traceback" not in err


def test_pdf_needs_an_output_file_and_writes_a_pdf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--format pdf without -o is a usage error; with -o it writes a PDF file."""
    code, _, err = run(capsys, "render", SOP, "--format", "pdf")
    assert 2 == code
    assert "-o FILE.pdf" in err
    target = tmp_path / "sop.pdf"
    assert 0 == run(capsys, "render", SOP, "--format", "pdf", "-o", str(target))[0]
    assert target.read_bytes().startswith(b"%PDF-")


def test_separate_pages_write_one_svg_per_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--separate-pages with --steps-per-page writes chart-1.svg, chart-2.svg ... each a page."""
    target = tmp_path / "chart.svg"
    code, _, err = run(
        capsys, "render", SOP, "--steps-per-page", "2", "--separate-pages", "-o", str(target)
    )
    assert 0 == code
    pages = sorted(tmp_path.glob("chart-*.svg"))
    assert len(pages) >= 2
    assert all(p.name in err for p in pages)
    assert all("Halaman" in p.read_text("utf-8") for p in pages)


def test_review_adds_the_marked_column(capsys: pytest.CaptureFixture[str]) -> None:
    """--review adds the 'Tinjauan sopkit' column; the default output has none."""
    _, printed, _ = run(capsys, "render", SOP)
    _, review, _ = run(capsys, "render", SOP, "--review")
    assert "Tinjauan sopkit" not in printed
    assert "Tinjauan sopkit" in review
