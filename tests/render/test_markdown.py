"""Markdown views: the service card with its 14 components, and an SOP's steps."""

from __future__ import annotations

import re

from sopkit.core._service import COMPONENTS
from sopkit.render import render_service_markdown, render_sop_markdown
from tests.render import samples


def sections(markdown: str) -> dict[str, str]:
    """Return the body under each '### ' heading."""
    parts = re.split(r"^### (.+)$", markdown, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1].split("\n## ")[0].strip() for i in range(1, len(parts), 2)}


def test_card_lists_the_14_components_in_order() -> None:
    """The card has a numbered heading for each of the 14 components, in regulation order."""
    headings = re.findall(r"^### (\d+)\. (.+)$", render_service_markdown(samples.service()), re.M)
    assert [(str(n), label) for n, (_, label, _) in enumerate(COMPONENTS, 1)] == headings[:14]


def test_empty_components_show_a_dash() -> None:
    """A component the service does not state shows '-'."""
    body = sections(render_service_markdown(samples.service()))
    empty = [label for n, (_, label, _) in enumerate(COMPONENTS, 1) if body[f"{n}. {label}"] == "-"]
    assert [
        "Biaya/tarif",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana, prasarana dan/atau fasilitas",
        "Kompetensi pelaksana",
        "Pengawasan internal",
        "Jaminan pelayanan",
        "Jaminan keamanan dan keselamatan pelayanan",
        "Evaluasi kinerja pelaksana",
    ] == empty


def test_components_show_their_content() -> None:
    """Requirements list their sub-items, procedure is numbered, time limit as printed."""
    body = sections(render_service_markdown(samples.service()))
    assert "- Surat pengantar\n    - asli\n    - fotokopi\n- SK CPNS" == body["1. Persyaratan"]
    assert (
        "1. Mengajukan\n2. Memeriksa\n3. Menerbitkan" == body["2. Sistem, mekanisme dan prosedur"]
    )
    assert "14 hari kerja" == body["3. Jangka waktu penyelesaian"]


def test_card_has_variants_and_sop_identity() -> None:
    """Variants and each SOP's number and approver appear on the card."""
    card = render_service_markdown(samples.service())
    assert "### Karis (`karis`)" in card
    assert "Akta nikah" in card
    assert "SOP/KP/02" in card
    assert "Kepala Badan, Budi, NIP 1970" in card


def test_markup_is_escaped() -> None:
    """Angle brackets in names cannot open HTML tags in the Markdown."""
    assert "# Kartu \\<Pegawai\\> & Istri\n" in render_service_markdown(samples.service())


def test_sop_markdown_has_a_row_per_step() -> None:
    """The SOP view has a table row for each step, naming missing actors."""
    text = render_sop_markdown(samples.unassigned_sop())
    rows = [line for line in text.splitlines() if re.match(r"^\| \d+ \|", line)]
    assert 3 == len(rows)
    assert "pelaksana tidak tercantum" in rows[1]
