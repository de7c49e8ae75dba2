"""The site's files: what each page holds, the search index, and what the data lacks."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sopkit import load_catalog
from sopkit.core._agency import Agency
from sopkit.core._catalog import Catalog
from sopkit.core._service import COMPONENTS
from sopkit.render import OutputError
from sopkit.site import SiteReport, build_site
from tests.render import samples


class Texts(HTMLParser):
    """Collect the text of every element of a kind, and check tags are balanced enough to parse."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag
        self.inside = 0
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.tag:
            self.inside += 1
            self.found.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.tag:
            self.inside -= 1

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.found[-1] += data


def texts(path: Path, tag: str) -> list[str]:
    """Return the text of every `tag` element of an HTML file."""
    parser = Texts(tag)
    parser.feed(path.read_text("utf-8"))
    return [" ".join(t.split()) for t in parser.found]


def test_every_service_and_sop_has_its_page(sites: dict[str, SiteReport]) -> None:
    """Each agency's site has home, one page per service and one per SOP of the catalogue."""
    catalog = load_catalog()
    for code, site in sites.items():
        services = catalog.services_of(code)
        sops = {s.code for s in catalog.sops_of(code)}
        assert 1 + len(services) + len(sops) == len(site.pages), code
        assert all((site.folder / p).is_file() for p in site.pages)


def test_service_page_lists_the_14_components_in_order(sites: dict[str, SiteReport]) -> None:
    """A service page numbers the 14 components 1..14 with their PermenPAN-RB 15/2014 names."""
    site = sites["pasuruan.bkppd"]
    page = site.folder / next(
        p for p in site.pages if p.endswith("23-kenaikan-pangkat.html") or "kenaikan-pangkat" in p
    )
    headers = texts(page, "th")
    numbers = [h for h in headers if h.isdigit()]
    assert [str(n) for n in range(1, 15)] == numbers[:14]
    labels = [headers[headers.index(str(n)) + 1] for n in range(1, 15)]
    assert [label for _, label, _ in COMPONENTS] == labels


def test_home_has_maklumat_vision_mission_or_says_they_are_missing(
    sites: dict[str, SiteReport],
) -> None:
    """Pasuruan's home shows its maklumat, vision and mission; Malang's says they are missing."""
    catalog = load_catalog()
    pasuruan = catalog.agency("pasuruan.bkppd")
    home = (sites["pasuruan.bkppd"].folder / "index.html").read_text("utf-8")
    assert " ".join(pasuruan.vision.split())[:60] in " ".join(home.split())
    assert pasuruan.mission[0][:40] in home
    assert "Maklumat pelayanan" not in sites["pasuruan.bkppd"].missing
    # no agency-level channel: the ones its standar pelayanan name, with how many name each
    services = catalog.services_of("pasuruan.bkppd")
    naming = sum(
        1 for s in services if any(c.value == "Jl. Hayam Wuruk No. 14" for c in s.complaints)
    )
    assert naming > 0
    assert f"Jl. Hayam Wuruk No. 14</td><td>{naming} dari {len(services)} layanan" in home
    assert "Saluran pengaduan" not in sites["pasuruan.bkppd"].missing
    malang = (sites["malang.bkpsdm"].folder / "index.html").read_text("utf-8")
    assert "Maklumat pelayanan belum tercantum dalam data." in malang
    assert {"Maklumat pelayanan", "Visi", "Misi"} <= set(sites["malang.bkpsdm"].missing)


def test_search_index_holds_every_page_and_the_abbreviations(sites: dict[str, SiteReport]) -> None:
    """The index script lists each service and SOP page once, with the abbreviation table."""
    site = sites["magetan.bkpsdm"]
    script = (site.folder / "assets/search-index.js").read_text("utf-8")
    data = json.loads(script.removeprefix("window.SOPKIT_SEARCH = ").rstrip().rstrip(";"))
    assert sorted(p for p in site.pages if p != "index.html") == sorted(
        i["url"] for i in data["items"]
    )
    assert "kenaikan gaji berkala" == data["abbreviations"]["kgb"]
    assert "kenaikan pangkat" == data["abbreviations"]["kp"]


def hostile_catalog() -> Catalog:
    """Return a catalogue of one agency whose service and SOP names and slugs are hostile."""
    agency = Agency(
        code="test.agency",
        name=f"Badan {samples.HOSTILE}",
        regency="Uji",
        maklumat=f"Kami berjanji {samples.HOSTILE}\x00",
        vision="</p><script>alert(2)</script>",
    )
    return Catalog(
        agencies=(agency,), services=(samples.hostile_service(),), sops=(samples.hostile_sop(),)
    )


def test_hostile_names_are_escaped_in_every_page_and_file_name(tmp_path: Path) -> None:
    """No hostile tag reaches a page as markup; slugs become safe file names; the index is safe."""
    report = build_site(hostile_catalog(), "test.agency", tmp_path)
    assert all(re.fullmatch(r"[a-z]+/[A-Za-z0-9._-]+\.html|index\.html", p) for p in report.pages)
    for page in report.pages:
        html = (tmp_path / page).read_text("utf-8")
        scripts = re.findall(r"<script[^>]*>", html)
        assert 2 == len(scripts), page  # the index and the search script, nothing else
        assert "<img" not in html
        assert "\x00" not in html
    index = (tmp_path / "assets/search-index.js").read_text("utf-8")
    assert "</script" not in index


def test_an_unwritable_folder_is_an_output_error(tmp_path: Path) -> None:
    """Building into a path under a file fails with OutputError naming the path."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="file"):
        build_site(load_catalog(), "malang.bkpsdm", blocker / "site")
