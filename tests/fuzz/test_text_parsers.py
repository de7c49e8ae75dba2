"""Fee and legal-reference texts: any text parses without error, and generated citations
read back into the parts they were made of."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sopkit import FeeKind, LegalRef, parse_fee, parse_legal_ref

WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
KEYWORDS = {"no", "nomor", "tahun", "tentang"}
NAME = (
    st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=5)
    .filter(lambda words: not KEYWORDS & {w.lower() for w in words})
    .map(" ".join)
)
NOMOR = st.from_regex(r"[0-9]{1,3}(/[A-Z]{1,4}){0,3}", fullmatch=True)


@given(WORDS)
def test_any_fee_text_parses_and_keeps_its_text(text: str) -> None:
    """parse_fee never raises; an amount is positive and drawn from ASCII digits."""
    fee = parse_fee(text)
    assert text == fee.text
    if fee.kind is FeeKind.AMOUNT:
        assert fee.amount_idr is not None
        assert fee.amount_idr > 0


@given(st.integers(1, 10**12), st.sampled_from(["Rp", "Rp.", "rp", "RP. "]), st.booleans())
def test_a_printed_amount_reads_back(amount: int, prefix: str, dots: bool) -> None:
    """'Rp 1.500.000,-' and 'Rp1500000' read as the amount printed."""
    digits = f"{amount:,}".replace(",", ".") if dots else str(amount)
    fee = parse_fee(f"{prefix}{digits},-")
    assert (FeeKind.AMOUNT, amount) == (fee.kind, fee.amount_idr)


@given(
    st.sampled_from(["tidak", "bukan", "Tidak"]), st.sampled_from(["gratis", "bebas biaya"]), WORDS
)
def test_a_negated_free_word_is_never_free(negation: str, word: str, rest: str) -> None:
    """'tidak gratis …' is never read as free of charge, whatever follows."""
    assert FeeKind.FREE is not parse_fee(f"{negation} {word}{rest}").kind


@given(WORDS)
def test_any_legal_text_parses_and_keeps_its_text(text: str) -> None:
    """parse_legal_ref never raises; a year read is four digits."""
    ref = parse_legal_ref(text)
    assert text == ref.text
    if ref.tahun is not None:
        assert 1000 <= ref.tahun <= 9999


@given(NAME, NOMOR, st.integers(1900, 2099), st.none() | NAME)
def test_a_generated_citation_reads_back_into_its_parts(
    jenis: str, nomor: str, tahun: int, tentang: str | None
) -> None:
    """'<jenis> Nomor <nomor> Tahun <tahun> tentang <tentang>' yields exactly those parts."""
    text = f"{jenis} Nomor {nomor} Tahun {tahun}" + (f" tentang {tentang}" if tentang else "")
    assert LegalRef(text, jenis, nomor, tahun, tentang) == parse_legal_ref(text)
