"""The biaya/tarif component: free of charge, an amount in rupiah, or text as printed."""

from __future__ import annotations

import enum
import re

import attrs

from sopkit._errors import FieldValueError
from sopkit._i18n import Text


class FeeKind(enum.StrEnum):
    """How a fee is stated."""

    FREE = "free"
    AMOUNT = "amount"
    TEXT = "text"


@attrs.frozen
class Fee:
    """A service fee with the text it was read from."""

    kind: FeeKind
    text: str
    amount_idr: int | None = None

    def __attrs_post_init__(self) -> None:
        if (self.kind is FeeKind.AMOUNT) != (self.amount_idr is not None):
            raise FieldValueError(
                "amount_idr", Text("a fee has amount_idr exactly when its kind is 'amount'")
            )

    @property
    def is_free(self) -> bool:
        """Return whether the service is free of charge."""
        return self.kind is FeeKind.FREE


_FREE = re.compile(
    r"\b(tidak\s+(dikenakan|dipungut|ada)\s+biaya|tanpa\s+biaya|gratis|nihil|bebas\s+biaya"
    r"|tidak\s+dipungut|rp\.?\s*0\s*(,-)?$)",
    re.IGNORECASE,
)
# "tidak gratis", "bukan gratis", "tidak bebas biaya": a free word under a negation
_NEGATED = re.compile(r"\b(tidak|bukan|non)[\s-]+(gratis|nihil|bebas\s+biaya)", re.IGNORECASE)
# ASCII digits only, at most 15 of them (a trillion rupiah and more is no service fee)
_AMOUNT = re.compile(
    r"^rp\.?\s*(?P<n>[0-9]{1,3}(?:\.[0-9]{3}){1,4}|[0-9]{1,15})\s*(?:,-|,00)?\s*$",
    re.IGNORECASE,
)


def parse_fee(text: str) -> Fee:
    """Return the Fee a printed biaya/tarif text states; TEXT when it is not plainly one."""
    clean = text.strip()
    if _FREE.search(clean) and not _NEGATED.search(clean):
        return Fee(FeeKind.FREE, text)
    match = _AMOUNT.match(clean)
    if match:
        amount = int(match.group("n").replace(".", ""))
        return Fee(FeeKind.FREE, text) if amount == 0 else Fee(FeeKind.AMOUNT, text, amount)
    return Fee(FeeKind.TEXT, text)
