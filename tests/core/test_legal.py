"""Legal references: jenis, nomor, tahun and tentang read from the printed text."""

from __future__ import annotations

import pytest

from sopkit import LegalRef, parse_legal_ref


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
            ("Undang-Undang", "5", 2014, "Aparatur Sipil Negara"),
        ),
        (
            "Peraturan Badan Kepegawaian Negara Nomor Nomor 1 Tahun 2019 tentang Petunjuk Teknis Pengadaan PPPK",
            ("Peraturan Badan Kepegawaian Negara", "1", 2019, "Petunjuk Teknis Pengadaan PPPK"),
        ),
        (
            "Peraturan Daerah Kabupaten Malang Nomor 12 tahun 2018 tentang Perubahan atas Peraturan Daerah.",
            ("Peraturan Daerah Kabupaten Malang", "12", 2018, "Perubahan atas Peraturan Daerah"),
        ),
        (
            "Surat Edaran MenPAN-RB No. B/3264/M.PAN-RB/10/2013 Tahun 2013",
            ("Surat Edaran MenPAN-RB", "B/3264/M.PAN-RB/10/2013", 2013, None),
        ),
    ],
)
def test_parts_are_read(text: str, parts: tuple[object, ...]) -> None:
    """Jenis, nomor, tahun and tentang come from the text, which is kept whole."""
    ref = parse_legal_ref(text)
    assert parts == (ref.jenis, ref.nomor, ref.tahun, ref.tentang)
    assert text == ref.text


def test_unparseable_text_is_kept_without_parts() -> None:
    """Text without 'Nomor ... Tahun' keeps only the original text."""
    assert LegalRef("Buku Peraturan Perundangan yang terkait") == parse_legal_ref(
        "Buku Peraturan Perundangan yang terkait"
    )


def test_short_citation() -> None:
    """A parsed reference has a compact citation."""
    assert (
        "Undang-Undang 25/2009"
        == parse_legal_ref("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik").short
    )


def test_a_32_kb_reference_is_read_in_linear_time() -> None:
    """The input that made the old backtracking pattern run for seconds parses at once.

    The alarm is a hang guard (the parse takes about a millisecond), not a speed target.
    """
    import signal

    def hang(signum: int, frame: object) -> None:
        raise AssertionError("parse_legal_ref backtracks on a 32 KB reference")

    texts = [
        "Peraturan nomor " + "1/" * 16_000 + "x",
        "a no " + "1 / " * 8_000,
        "Peraturan " + "Nomor 5 " * 4_000 + "Tahun",
    ]
    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(5)
    try:
        refs = [parse_legal_ref(text) for text in texts]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [None, None, None] == [ref.tahun for ref in refs]


def test_text_after_the_year_must_be_tentang() -> None:
    """A year followed by something other than 'tentang' is not split into parts."""
    assert None is parse_legal_ref("UU Nomor 5 Tahun 2014 sebagaimana diubah").jenis
