"""Hostile names in every renderer: no markup, directive or invalid XML gets through."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from sopkit.render import (
    LayoutOptions,
    render_service_html,
    render_service_markdown,
    render_sop_html,
    render_sop_markdown,
    render_sop_mermaid,
    render_sop_svg,
)
from tests.render import samples

NS = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("review", [False, True])
def test_svg_is_valid_xml_with_hostile_text_kept_as_text(review: bool) -> None:
    """Control characters are replaced and markup is escaped: the SVG parses, texts survive."""
    svg = render_sop_svg(samples.hostile_sop(), LayoutOptions(review=review))
    root = ET.fromstring(svg)  # raises on invalid XML (a NUL or ESC would)
    assert [] == [e for e in root.iter() if e.tag in (f"{NS}script", "script")]
    texts = " ".join("".join(e.itertext()) for e in root.iter(f"{NS}text"))
    assert "<script>" in texts
    assert "\x00" not in svg
    assert "\x1b" not in svg


def test_html_pages_escape_markup() -> None:
    """No hostile tag reaches the HTML of an SOP or a service as markup."""
    for html in (
        render_sop_html(samples.hostile_sop()),
        render_service_html(samples.hostile_service()),
    ):
        assert "<script>" not in html
        assert "<img" not in html
        assert "&lt;script&gt;" in html
        assert "\x00" not in html


def mermaid_lines() -> list[str]:
    return render_sop_mermaid(samples.hostile_sop()).splitlines()


def test_mermaid_name_with_newline_stays_inside_its_comment() -> None:
    """A newline in the SOP name cannot start a new Mermaid line: no click, no init directive."""
    lines = mermaid_lines()
    assert "flowchart TD" == lines[0]
    node = re.compile(r'^  \w+(\(\[|\[|\{)"[^"\n]*"(\]\)|\]|\})$')
    edge = re.compile(r"^  \w+ -->(\|(Ya|Tidak)\|)? \w+$")
    for line in lines[1:]:
        assert node.match(line) or edge.match(line) or line.startswith("  %% "), line
        if line.startswith("  %%"):
            assert not re.search(r"[{}]|%%.*%%", line[4:]), line
    assert not any(line.lstrip().startswith("click") for line in lines)
    assert not any("%%{" in line for line in lines)


def test_mermaid_labels_code_every_syntax_character() -> None:
    """Quotes, brackets, backticks, '#' and '<' in labels are entity-coded."""
    text = render_sop_mermaid(samples.hostile_sop())
    labels = re.findall(r'"([^"]*)"', text)
    assert labels
    for label in labels:
        body = label.replace("<br/><i>", "").replace("</i>", "")
        assert not re.search(r"[<>`]", body), label
        assert not re.search(r"#(?!35;|amp;|quot;|lt;|gt;|96;)", body), label


def test_markdown_code_spans_and_text_cannot_carry_html() -> None:
    """Slugs with backticks stay inside their code span; text has '<' escaped; one line each."""
    md = render_service_markdown(samples.hostile_service()) + render_sop_markdown(
        samples.hostile_sop()
    )
    outside_code = re.sub(r"(`+)(?:(?!\1).)*?\1", "", md)
    assert not re.search(r"(?<!\\)<(script|img|/script)", outside_code)
    assert "\n# heading" not in md
    assert "\x00" not in md


def test_markdown_renders_to_html_without_script_in_a_commonmark_renderer() -> None:
    """Rendered by a CommonMark implementation, the Markdown has no raw script or img tag."""
    from markdown_it import MarkdownIt

    md = render_service_markdown(samples.hostile_service()) + render_sop_markdown(
        samples.hostile_sop()
    )
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "&lt;script&gt;" in html
    assert "<script" not in html
    assert "<img" not in html
