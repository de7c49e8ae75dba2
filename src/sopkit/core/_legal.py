"""Legal references (dasar hukum): the printed text, and its parts where the text allows."""

from __future__ import annotations

import re

import attrs

# Linear by construction: the keyword is searched once, the nomor is an atomic group (no
# backtracking into it) and whatever follows the year is read without a regular expression.
_KEYWORD = re.compile(r"\s(?:nomor|no\.?)\s+(?:nomor\s+)?", re.IGNORECASE)
_NOMOR_TAHUN = re.compile(
    r"(?P<nomor>(?>[\w./-]+(?:\s*/\s*[\w.-]+)*))\s*,?\s+tahun\s+(?P<tahun>[0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_TENTANG = re.compile(r",?\s*tentang\s+", re.IGNORECASE)


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
    clean = " ".join(text.split())
    keyword = _KEYWORD.search(clean)
    if keyword is None:
        return LegalRef(text=text)
    match = _NOMOR_TAHUN.match(clean, keyword.end())
    if match is None:
        return LegalRef(text=text)
    rest = clean[match.end() :].strip()
    rest = rest[:-1].rstrip() if rest.endswith((".", ";", ",")) else rest
    tentang = None
    if rest:
        about = _TENTANG.match(rest)
        if about is None or about.end() == len(rest):
            return LegalRef(text=text)
        tentang = rest[about.end() :]
    return LegalRef(
        text=text,
        jenis=clean[: keyword.start()].strip(" ,"),
        nomor=match.group("nomor"),
        tahun=int(match.group("tahun")),
        tentang=tentang,
    )
