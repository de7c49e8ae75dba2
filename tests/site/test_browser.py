"""The agency sites in a real browser: every page loads without console errors, navigation,
search (abbreviations, typos), mobile and print layouts, and axe-core accessibility checks.

Screenshots of home, one service and one SOP page at desktop and phone widths are kept in
tests/artifacts/site/ (git-ignored) for review.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sopkit.site import SiteReport
from tests.site.conftest import ARTIFACTS

AXE = Path(__file__).parent / "resources" / "axe-4.14.1.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def url(site: SiteReport, page: str) -> str:
    """Return the file URL of a page of a built site."""
    return (site.folder / page).resolve().as_uri()


@pytest.fixture(scope="module")
def tab(browser: Any) -> Any:
    """Return one page (tab) that records console errors and page errors."""
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)  # fails fast on a missing element, yet tolerates a busy CI
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def test_every_page_of_every_site_loads_without_console_error(
    tab: Any, sites: dict[str, SiteReport]
) -> None:
    """Each page of each agency's site loads, has a title and h1, and logs no error."""
    tab.set_viewport_size({"width": 800, "height": 600})  # less to paint: this visits ~170 pages
    count = 0
    for site in sites.values():
        for page in site.pages:
            tab.errors.clear()
            tab.goto(url(site, page))
            assert tab.locator("h1").count() == 1, page
            assert tab.title(), page
            assert [] == tab.errors, page
            count += 1
    assert count == sum(len(s.pages) for s in sites.values())
    assert count > 150
    tab.set_viewport_size(DESKTOP)


def test_navigation_home_to_service_to_sop(tab: Any, sites: dict[str, SiteReport]) -> None:
    """From home a service link opens its page; its SOP link opens the SOP with its chart."""
    tab.goto(url(sites["magetan.bkpsdm"], "index.html"))
    tab.locator("a[href^='layanan/']", has_text="Pengisian JPT Pratama").click()
    assert "Pengisian JPT Pratama" == tab.locator("h1").inner_text()
    numbers = tab.locator("th.num").all_inner_texts()[:14]
    assert [str(n) for n in range(1, 15)] == numbers
    tab.locator("main ul a[href^='../sop/']").first.click()
    assert tab.locator("h1").inner_text().startswith("SOP ")
    assert tab.locator(".chart svg .symbol").count() >= 23
    tab.get_by_role("link", name="Layanan", exact=True).click()
    assert tab.url.endswith("index.html#layanan")


def search(tab: Any, site: SiteReport, query: str) -> list[str]:
    """Type a query into the search box and return the titles of the results."""
    tab.goto(url(site, "index.html"))
    tab.fill("#search-input", query)
    return [t.strip() for t in tab.locator("#search-results li a").all_inner_texts()]


def test_search_expands_abbreviations_and_forgives_typos(
    tab: Any, sites: dict[str, SiteReport]
) -> None:
    """KP and KGB find their services; a misspelt word still finds them; nonsense finds none."""
    pasuruan = sites["pasuruan.bkppd"]
    assert "Kenaikan Pangkat" in search(tab, pasuruan, "KP")[0]
    assert "Kenaikan Gaji Berkala" in search(tab, pasuruan, "kgb")[0]
    assert "Kenaikan Pangkat" in search(tab, pasuruan, "kenaikan pangkta")[0]
    assert any("Izin Belajar" in t for t in search(tab, pasuruan, "ijin belajr"))
    assert [] == search(tab, pasuruan, "zzqx")
    assert "Tidak ada hasil" in tab.locator("#search-status").inner_text()
    # a result link leads to its page from a page one folder down too
    tab.goto(
        url(
            pasuruan,
            "layanan/" + sorted(p for p in pasuruan.pages if "layanan/" in p)[0].split("/")[1],
        )
    )
    tab.fill("#search-input", "KGB")
    tab.locator("#search-results li a").first.click()
    assert "Kenaikan Gaji Berkala" in tab.locator("h1").inner_text()


def test_phone_layout_does_not_scroll_sideways(browser: Any, sites: dict[str, SiteReport]) -> None:
    """At 390 px wide, each kind of page of each site fits the width (charts scroll in a box)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    page = context.new_page()
    checked = 0
    for site in sites.values():
        picks = ["index.html"]
        picks += [p for p in site.pages if p.startswith("layanan/")][:1]
        picks += [p for p in site.pages if p.startswith("sop/")][:1]
        for name in picks:
            page.goto(url(site, name))
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (site.folder.name, name, overflow)
            checked += 1
    context.close()
    assert checked >= 8


def test_print_stylesheet_hides_navigation_and_search(
    tab: Any, sites: dict[str, SiteReport]
) -> None:
    """Printed, a page shows its content without navigation and search box."""
    tab.goto(url(sites["malang.bkpsdm"], "index.html"))
    tab.emulate_media(media="print")
    assert not tab.locator("form.search").is_visible()
    assert not tab.locator("header.site nav").is_visible()
    assert tab.locator("h1").is_visible()
    tab.emulate_media(media="screen")
    assert tab.locator("form.search").is_visible()


def axe_serious(page: Any) -> list[str]:
    """Run axe-core on the page; return its serious and critical violations."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_accessibility_has_no_serious_violation(tab: Any, sites: dict[str, SiteReport]) -> None:
    """axe-core finds no serious or critical violation on each kind of page of each site."""
    checked = 0
    for site in sites.values():
        picks = ["index.html"]
        picks += [p for p in site.pages if p.startswith("layanan/")][:1]
        picks += [p for p in site.pages if p.startswith("sop/")][:1]
        for page in picks:
            tab.goto(url(site, page))
            assert [] == axe_serious(tab), page
            checked += 1
    assert checked >= 8


def test_screenshots_for_review(browser: Any, sites: dict[str, SiteReport]) -> None:
    """Home, the JPT Pratama service and its SOP at desktop and phone widths, kept as PNGs."""
    site = sites["magetan.bkpsdm"]
    service = next(p for p in site.pages if "jpt" in p and p.startswith("layanan/"))
    sop = next(p for p in site.pages if "jabatan-pimpinan-tinggi" in p and p.startswith("sop/"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = []
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name, path in (("home", "index.html"), ("service", service), ("sop", sop)):
            page.goto(url(site, path))
            target = ARTIFACTS / f"{name}-{label}.png"
            page.screenshot(path=str(target), full_page=True)
            shots.append(target)
        context.close()
    assert all(p.stat().st_size > 10_000 for p in shots)


def test_chromium_draws_every_branch_label_where_rsvg_and_cairosvg_do(
    browser: Any, tmp_path: Path
) -> None:
    """The same SVG shown in Chromium has label ink in every Ya/Tidak label box."""
    from sopkit.render import render_sop_svg
    from tests.render import samples
    from tests.render.label_ink import blue_ink, label_boxes

    svg = render_sop_svg(samples.decision_sop())
    source = tmp_path / "chart.svg"
    source.write_text(svg, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 600}, device_scale_factor=1)
    page = context.new_page()
    page.goto(source.as_uri())
    shot = tmp_path / "chromium.png"
    page.screenshot(path=str(shot))
    context.close()
    boxes = label_boxes(svg)
    assert 4 == len(boxes)
    for label, box in boxes:
        assert blue_ink(shot, box) > 5, (label, box)


def test_hostile_names_run_no_script_in_the_browser(browser: Any, tmp_path: Path) -> None:
    """A site built from names carrying <script> and onerror opens no dialog and logs no error."""
    from sopkit.site import build_site
    from tests.site.test_build import hostile_catalog

    report = build_site(hostile_catalog(), "test.agency", tmp_path)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    for name in report.pages:
        page.goto(url(report, name))
        assert "<script>" in page.locator("h1").inner_text() or name == "index.html"
    page.goto(url(report, "index.html"))
    page.fill("#search-input", "script")
    assert page.locator("#search-results li").count() >= 1
    context.close()
    assert ([], []) == (dialogs, errors)
