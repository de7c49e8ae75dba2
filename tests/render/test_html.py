"""HTML views and the notebook representations of Service and Sop."""

from __future__ import annotations

from html.parser import HTMLParser

from sopkit.core._service import COMPONENTS
from sopkit.render import render_service_html, render_sop_html
from tests.render import samples


class Collector(HTMLParser):
    """Collects the tags and the text of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a tag."""
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        """Record text."""
        self.text.append(data)


def collect(html: str) -> Collector:
    """Parse HTML and return what it holds."""
    parser = Collector()
    parser.feed(html)
    return parser


def test_service_card_has_every_component_and_escapes_markup() -> None:
    """The HTML card names all 14 components and shows '<' as text, not as a tag."""
    page = collect(render_service_html(samples.service()))
    text = "".join(page.text)
    assert all(label in text for _, label, _ in COMPONENTS)
    assert "Kartu <Pegawai> & Istri" in text
    assert "pegawai" not in page.tags


def test_sop_html_embeds_the_svg_without_scripts_or_external_assets() -> None:
    """The SOP page holds the chart as inline SVG; no script, link or external image."""
    html = render_sop_html(samples.decision_sop())
    tags = collect(html).tags
    assert 1 == tags.count("svg")
    assert set() == {"script", "link", "img", "iframe"} & set(tags)
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_standalone_page_and_fragment() -> None:
    """Standalone output is a whole document; the fragment is only the card's div."""
    service = samples.service()
    assert render_service_html(service).startswith("<!DOCTYPE html>")
    assert render_service_html(service, standalone=False).startswith('<div class="sopkit">')


def test_repr_html_of_service_is_the_card() -> None:
    """Service._repr_html_ returns the HTML card as a fragment."""
    service = samples.service()
    assert render_service_html(service, standalone=False) == service._repr_html_()


def test_repr_of_sop_shows_the_chart_and_steps() -> None:
    """Sop._repr_html_ holds the SVG chart; _repr_markdown_ the table of steps."""
    sop = samples.decision_sop()
    assert render_sop_html(sop, standalone=False) == sop._repr_html_()
    assert "| 2 | Memeriksa berkas" in sop._repr_markdown_()


def test_repr_markdown_of_service_is_the_card() -> None:
    """Service._repr_markdown_ returns the Markdown card."""
    assert "### 14. Evaluasi kinerja pelaksana" in samples.service()._repr_markdown_()
