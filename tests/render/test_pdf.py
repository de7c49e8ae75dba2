"""PDF documents: A4, identity page, paged chart with connectors, text matching the data."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopkit import load_catalog
from sopkit.core._sop import Sop
from sopkit.render._pdf import PdfError, PdfOptions, render_sop_pdf
from sopkit.render._safe import one_line
from sopkit.render._text import wrap
from tests.render import samples

JPT = "magetan.bkpsdm/sop/pengisian-jabatan-pimpinan-tinggi-pratama"
MALANG = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"
A4_LANDSCAPE = (841.89, 595.28)


def pages_text(pdf: bytes) -> list[str]:
    """Return the text of each page, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def squash(text: str) -> str:
    """Return text without whitespace, for matching wrapped lines across extraction quirks."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def catalog_pdfs() -> dict[str, tuple[Sop, bytes]]:
    """Return the JPT Pratama (23 steps) and the Malang SOP with their PDFs."""
    catalog = load_catalog()
    out = {}
    for code in (JPT, MALANG):
        sop = catalog.sop(code)
        out[code] = (sop, render_sop_pdf(sop, PdfOptions(agency=catalog.agency(sop.agency))))
    return out


@pytest.mark.parametrize("code", [JPT, MALANG])
def test_pdf_text_matches_the_data(catalog_pdfs: dict[str, tuple[Sop, bytes]], code: str) -> None:
    """Every step's number, activity, mutu baku and every actor is selectable text in the PDF."""
    sop, pdf = catalog_pdfs[code]
    reader = PdfReader(io.BytesIO(pdf))
    assert all(
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) == A4_LANDSCAPE
        for p in reader.pages
    )
    texts = pages_text(pdf)
    identity, chart = squash(texts[0]), squash(" ".join(texts[1:]))
    assert squash(sop.name) in identity
    if sop.number:
        assert squash(sop.number) in identity
    for ref in sop.legal_basis:
        assert squash(one_line(ref.text)) in identity
    for step in sop.steps:
        for line in wrap(step.activity, 250 - 12, 11):
            assert squash(line) in chart, (step.number, line)
        for output in step.output:
            assert squash(output) in chart
    for actor in sop.actors:
        assert squash(actor) in chart


def test_long_sop_is_split_with_header_and_connectors_on_each_page(
    catalog_pdfs: dict[str, tuple[Sop, bytes]],
) -> None:
    """The 23-step SOP takes several chart pages, each with the header; connectors join them."""
    sop, pdf = catalog_pdfs[JPT]
    texts = pages_text(pdf)
    chart_pages = texts[1:]
    assert len(chart_pages) >= 2
    for n, text in enumerate(chart_pages, start=1):
        assert "Kegiatan" in text
        assert "Mutu Baku" in text
        assert squash(sop.name) in squash(text)
        assert f"Halaman {n} dari {len(chart_pages)}" in text
    # the connector letter that leaves page 1 arrives on page 2
    assert re.search(r"\bA\b", chart_pages[0])
    assert re.search(r"\bA\b", chart_pages[1])
    numbers = [re.findall(r"(?<![\d/.-])(\d{1,2})(?![\d/.-])", t) for t in chart_pages]
    assert "1" in numbers[0]
    assert str(len(sop.steps)) in numbers[-1]


def test_identity_page_has_the_permenpan_fields_and_a_logo_slot(
    catalog_pdfs: dict[str, tuple[Sop, bytes]],
) -> None:
    """The identity page carries number, dates, approval, name, the six lists and the kop."""
    sop, pdf = catalog_pdfs[MALANG]
    text = pages_text(pdf)[0]
    for label in (
        "Nomor SOP",
        "Tanggal pembuatan",
        "Tanggal revisi",
        "Tanggal efektif",
        "Disahkan oleh",
        "Nama SOP",
        "Dasar hukum",
        "Kualifikasi pelaksana",
        "Keterkaitan",
        "Peralatan/perlengkapan",
        "Peringatan",
        "Pencatatan dan pendataan",
        "LOGO",
        "PEMERINTAH KABUPATEN MALANG",
    ):
        assert label in text
    assert sop.approved_by is not None
    assert f"NIP. {sop.approved_by.nip}" in text
    assert str(sop.created) in text


def test_logo_is_drawn_and_a_bad_logo_is_an_error(tmp_path: Path) -> None:
    """A PNG logo replaces the slot; an unreadable file is a PdfError naming it."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), "#0b4f8a").save(logo)
    pdf = render_sop_pdf(samples.short_sop(), PdfOptions(logo=logo))
    assert "LOGO" not in pages_text(pdf)[0]
    assert b"/Subtype /Image" in pdf
    bad = tmp_path / "logo.png.txt"
    bad.write_text("not an image")
    with pytest.raises(PdfError, match=r"logo\.png\.txt"):
        render_sop_pdf(samples.short_sop(), PdfOptions(logo=bad))


def test_review_notes_appear_only_in_review_mode() -> None:
    """The printed PDF has no sopkit warnings; review mode adds them in the marked column."""
    sop = samples.unassigned_sop()
    printed = " ".join(pages_text(render_sop_pdf(sop)))
    review = " ".join(pages_text(render_sop_pdf(sop, PdfOptions(review=True))))
    assert "tidak tercantum" not in printed
    assert "pelaksana tidak tercantum" in review
    assert "Tinjauan sopkit" in review


def test_hostile_text_is_drawn_as_text() -> None:
    """Markup and control characters in names come out as plain text, not lost or broken."""
    pdf = render_sop_pdf(samples.hostile_sop())
    text = " ".join(pages_text(pdf))
    assert "<script>alert(1)</script>" in text


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not os.environ.get("SOPKIT_REQUIRE_BROWSER"),
    reason="pdftoppm (poppler-utils) absent",
)
def test_a_chart_page_rasterises_with_ink(
    catalog_pdfs: dict[str, tuple[Sop, bytes]], tmp_path: Path
) -> None:
    """pdftoppm renders the first chart page of the JPT SOP as landscape A4 with drawn content."""
    from PIL import Image

    _, pdf = catalog_pdfs[JPT]
    source = tmp_path / "jpt.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "2", "-l", "2", "-png", str(source), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    assert abs(width / height - A4_LANDSCAPE[0] / A4_LANDSCAPE[1]) < 0.02
    dark = sum(image.histogram()[:128])
    assert 0.01 < dark / (width * height) < 0.5
