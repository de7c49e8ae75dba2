"""Search over service names: typo-tolerant, any word order, with civil servants' abbreviations."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

ABBREVIATIONS: dict[str, str] = {
    "kp": "kenaikan pangkat",
    "kgb": "kenaikan gaji berkala",
    "karpeg": "kartu pegawai",
    "karis": "kartu istri",
    "karsu": "kartu suami",
    "taspen": "tabungan asuransi pegawai negeri",
    "tubel": "tugas belajar",
    "ib": "izin belajar",
    "pi": "penyesuaian ijazah",
    "bup": "batas usia pensiun",
    "skp": "sasaran kinerja pegawai",
    "pak": "penetapan angka kredit",
    "cltn": "cuti di luar tanggungan negara",
    "jpt": "jabatan pimpinan tinggi",
    "jf": "jabatan fungsional",
    "pkn": "pelatihan kepemimpinan nasional",
    "pka": "pelatihan kepemimpinan administrator",
    "pkp": "pelatihan kepemimpinan pengawas",
    "latsar": "pelatihan dasar",
    "cpns": "calon pegawai negeri sipil",
    "pns": "pegawai negeri sipil",
    "asn": "aparatur sipil negara",
    "pppk": "pegawai pemerintah dengan perjanjian kerja",
    "slks": "satyalancana karya satya",
    "ptsp": "pelayanan terpadu satu pintu",
    "sop": "standar operasional prosedur",
    "anjab": "analisis jabatan",
    "abk": "analisis beban kerja",
    "diklat": "pendidikan dan pelatihan",
}

# spelling variants the seeds use for the same word
_VARIANTS = {"ijin": "izin", "standart": "standar", "analisa": "analisis", "pegadaan": "pengadaan"}

# how close a misspelt query word must be to a catalogue word (rapidfuzz ratio, 0-100)
FUZZY_CUTOFF = 80
# query words this short must match a catalogue word's start exactly: a typo leaves too little
SHORT = 3


def words(text: str) -> list[str]:
    """Return text lower-cased and split into words, abbreviations and spellings expanded."""
    out: list[str] = []
    for word in re.findall(r"[a-z0-9]+", text.casefold()):
        word = _VARIANTS.get(word, word)
        out.extend(ABBREVIATIONS.get(word, word).split())
    return out


def normalise(text: str) -> str:
    """Return text lower-cased, punctuation-free, with abbreviations and spellings expanded."""
    return " ".join(words(text))


class SearchIndex(Generic[T]):
    """Items with the text fields they are found by (the first field weighs most)."""

    def __init__(self, entries: Iterable[tuple[T, Sequence[str]]]) -> None:
        self._items: list[T] = []
        self._fields: list[list[str]] = []
        self._words: list[set[str]] = []
        vocabulary: set[str] = set()
        for item, fields in entries:
            normalised = [normalise(f) for f in fields if f]
            self._items.append(item)
            self._fields.append(normalised)
            bag = {w for f in normalised for w in f.split()}
            self._words.append(bag)
            vocabulary |= bag
        self._vocabulary = sorted(vocabulary)

    def _matching_words(self, token: str) -> dict[str, float]:
        """Return the catalogue words a query word stands for, with how well (100: exact)."""
        found = {w: 100.0 for w in self._vocabulary if w.startswith(token)}
        if len(token) > SHORT:
            from rapidfuzz import fuzz, process  # searching only: a catalogue load needs none

            for word, similarity, _ in process.extract(
                token, self._vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                found.setdefault(word, similarity)
        return found

    def search(self, query: str, keep: Callable[[T], bool] = lambda _: True) -> list[T]:
        """Return the items every query word (or a close spelling) is found in, best first."""
        tokens = words(query)
        if not tokens:
            return []
        matches = [self._matching_words(t) for t in tokens]
        wanted = " ".join(tokens)
        scored: list[tuple[float, int, T]] = []
        for order, (item, fields, bag) in enumerate(
            zip(self._items, self._fields, self._words, strict=True)
        ):
            if not keep(item):
                continue
            closeness = []
            for found in matches:
                best = max((found[w] for w in bag if w in found), default=0.0)
                if not best:
                    break
                closeness.append(best)
            else:
                scored.append(
                    (_score(wanted, fields) * sum(closeness) / len(closeness), order, item)
                )
        return [item for _, _, item in sorted(scored, key=lambda t: (-t[0], t[1]))]

    def suggest(self, query: str, names: Callable[[T], str], limit: int = 3) -> list[str]:
        """Return up to limit distinct names closest to a query that found nothing."""
        wanted = normalise(query)
        if not wanted:
            return []
        choices = {
            names(item): " ".join(fields[:1])
            for item, fields in zip(self._items, self._fields, strict=True)
        }
        from rapidfuzz import fuzz, process

        best = process.extract(wanted, choices, scorer=fuzz.WRatio, score_cutoff=60, limit=limit)
        return [name for _, _, name in best]


def _score(wanted: str, fields: Sequence[str]) -> float:
    """Return how well a whole query matches a record's fields (1: its words are all in)."""
    best = 1
    for rank, hay in enumerate(fields):
        weight = max(1, 10 - rank)
        if hay == wanted:
            best = max(best, 100 * weight)
        elif f" {wanted} " in f" {hay} ":
            best = max(best, 50 * weight)
        elif wanted in hay:
            best = max(best, 20 * weight)
    return best
