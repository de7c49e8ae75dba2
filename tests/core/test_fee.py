"""Fees: free of charge, an amount in rupiah, or text as printed."""

from __future__ import annotations

import pytest

from sopkit import Fee, FeeKind, parse_fee


@pytest.mark.parametrize(
    "text", ["Tidak dikenakan biaya", "Gratis", "tidak dipungut biaya", "Rp. 0,-", "Nihil"]
)
def test_free(text: str) -> None:
    """The usual ways of saying 'free' are read as free."""
    assert Fee(FeeKind.FREE, text) == parse_fee(text)


@pytest.mark.parametrize(
    ("text", "amount"), [("Rp. 50.000,-", 50000), ("Rp 1.250.000", 1250000), ("Rp.75000", 75000)]
)
def test_amounts(text: str, amount: int) -> None:
    """Rupiah amounts with thousands dots are read as integers."""
    assert Fee(FeeKind.AMOUNT, text, amount) == parse_fee(text)


def test_other_text_is_kept() -> None:
    """Anything else stays text, never a guessed amount."""
    assert Fee(FeeKind.TEXT, "Sesuai Perda") == parse_fee("Sesuai Perda")


def test_amount_and_kind_agree() -> None:
    """A fee has an amount exactly when its kind is 'amount'."""
    with pytest.raises(ValueError, match="amount_idr"):
        Fee(FeeKind.FREE, "x", 10)


@pytest.mark.parametrize(
    "text", ["Tidak gratis, Rp. 50.000,-", "Bukan gratis", "tidak bebas biaya (Rp 10.000)"]
)
def test_a_negated_free_word_is_not_free(text: str) -> None:
    """'Tidak gratis' says the opposite of 'gratis': kept as text, never FREE."""
    assert FeeKind.TEXT == parse_fee(text).kind


@pytest.mark.parametrize("text", ["Rp " + "9" * 5000, "Rp ١٢٣", "Rp 10.000.000.000.000.000"])
def test_unreadable_amounts_stay_text(text: str) -> None:
    """Huge or non-ASCII digit strings are kept as printed instead of raising or misreading."""
    fee = parse_fee(text)
    assert (FeeKind.TEXT, None) == (fee.kind, fee.amount_idr)
