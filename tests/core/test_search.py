"""Finding services and SOPs: typo-tolerant search and forgiving code lookup."""

from __future__ import annotations

import pytest

import sopkit
from sopkit import NotFoundError
from sopkit.core._catalog import Catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """Return the catalogue of the bundled plugins."""
    return sopkit.load_catalog()


def _codes(found: tuple[object, ...]) -> set[str]:
    return {str(getattr(item, "code", "")) for item in found}


def test_a_misspelt_word_still_finds_its_services(catalog: Catalog) -> None:
    """'pangkt' (a letter dropped) finds what 'pangkat' finds."""
    assert _codes(catalog.search("pangkt")) == _codes(catalog.search("pangkat"))
    assert "pasuruan.bkppd/kenaikan-pangkat" in _codes(catalog.search("kenaikn pangkt"))


def test_ijin_and_izin_are_one_word(catalog: Catalog) -> None:
    """The seeds spell izin both ways; either spelling finds both."""
    izin, ijin = catalog.search("izin belajar"), catalog.search("ijin belajar")
    assert _codes(izin) == _codes(ijin)
    assert {"pasuruan.bkppd/izin-belajar", "magetan.bkpsdm/pengajuan-ijin-belajar"} <= _codes(izin)


def test_word_order_does_not_matter(catalog: Catalog) -> None:
    """'pangkat kenaikan' finds the same as 'kenaikan pangkat'."""
    assert _codes(catalog.search("pangkat kenaikan")) == _codes(catalog.search("kenaikan pangkat"))


def test_unrelated_words_find_nothing(catalog: Catalog) -> None:
    """A word no service name is close to finds nothing, and the result says so."""
    found = catalog.search("xyzzy")
    assert () == tuple(found)
    assert "nothing found" in repr(found)


def test_search_results_have_a_short_repr(catalog: Catalog) -> None:
    """repr of a search lists a few codes, not the whole records."""
    found = catalog.search("KP")
    text = repr(found)
    assert len(found) > 5
    assert len(text) < 600
    assert text.startswith("<SearchResults 'KP': ")
    assert found[0].code in text


def test_codes_resolve_case_insensitively(catalog: Catalog) -> None:
    """Upper-case codes name the same items."""
    code = "pasuruan.bkppd/kenaikan-pangkat"
    assert catalog.service(code) is catalog.service(code.upper())
    assert "malang.bkpsdm" == catalog.agency("Malang.BKPSDM").code
    assert catalog.services_of("MALANG.BKPSDM") == catalog.services_of("malang.bkpsdm")


def test_a_slug_naming_one_service_resolves_alone(catalog: Catalog) -> None:
    """A bare slug that exactly one service across agencies has is that service."""
    slugs = [s.slug for s in catalog.services]
    unique = next(s for s in slugs if slugs.count(s) == 1)
    assert catalog.service(unique).slug == unique
    assert catalog.lookup(unique.upper()).code.endswith("/" + unique)


def test_a_slug_shared_by_several_names_them_all() -> None:
    """A slug two agencies share is ambiguous: the error lists both codes."""
    a = sopkit.Agency(code="satu.bkd", name="Satu", regency="Satu")
    b = sopkit.Agency(code="dua.bkd", name="Dua", regency="Dua")
    services = tuple(
        sopkit.structure({"agency": ag, "slug": "mutasi", "name": "Mutasi"}, sopkit.Service)
        for ag in ("satu.bkd", "dua.bkd")
    )
    shared = Catalog(agencies=(a, b), services=services)
    with pytest.raises(
        NotFoundError, match=r"satu\.bkd/mutasi.*dua\.bkd/mutasi|dua\.bkd/mutasi.*satu\.bkd/mutasi"
    ):
        shared.service("mutasi")
