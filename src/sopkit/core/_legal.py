"""Legal references (dasar hukum): the printed text, and its parts where the text allows."""

from __future__ import annotations

import re

import attrs

_LEGAL = re.compile(
    r"^(?P<jenis>.+?)\s+(?:nomor|no\.?)\s+(?:nomor\s+)?(?P<nomor>[\w./-]+(?:\s*/\s*[\w.-]+)*)"
    r"\s*,?\s+tahun\s+(?P<tahun>\d{4})"
    r"(?:\s*,?\s*tentang\s+(?P<tentang>.+?))?\s*[.;,]?\s*$",
    re.IGNORECASE | re.DOTALL,
)


@attrs.frozen
class LegalRef:
    """A regulation cited as legal basis: jenis, nomor, tahun, tentang and the original text."""

    text: str
    jenis: str | None = None
    nomor: str | None = None
    tahun: int | None = None
    tentang: str | None = None

    @property
    def short(self) -> str:
        """Return a compact citation such as 'Undang-Undang 5/2014', or the text itself."""
        if self.jenis and self.nomor and self.tahun:
            return f"{self.jenis} {self.nomor}/{self.tahun}"
        return self.text


def parse_legal_ref(text: str) -> LegalRef:
    """Return a LegalRef with jenis, nomor, tahun and tentang read from text where possible."""
    clean = re.sub(r"\s+", " ", text).strip()
    match = _LEGAL.match(clean)
    if match is None:
        return LegalRef(text=text)
    tentang = match.group("tentang")
    return LegalRef(
        text=text,
        jenis=match.group("jenis").strip(" ,"),
        nomor=match.group("nomor"),
        tahun=int(match.group("tahun")),
        tentang=tentang.strip() if tentang else None,
    )
