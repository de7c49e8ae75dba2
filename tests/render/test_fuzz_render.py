"""Property: any text in an SOP or service renders to well-formed, inert output in every format."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from sopkit.core._service import Requirement, Service, Variant
from sopkit.core._sop import Decision, Sop, Step
from sopkit.render import (
    LayoutOptions,
    render_service_markdown,
    render_sop_html,
    render_sop_markdown,
    render_sop_mermaid,
    render_sop_svg,
)

# any characters, weighted towards the ones each format gives meaning to
texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"'`#%{}[]()|*_\\\n\r\t\x00\x0b\x1b\u2028\u0085 aZ9")),
        st.characters(),
    ),
    max_size=40,
)
MD = MarkdownIt("commonmark").enable("table")
NODE = re.compile(r'^  \w+(\(\[|\[|\{)"[^"\n]*"(\]\)|\]|\})$')
EDGE = re.compile(r"^  \w+ -->(\|(Ya|Tidak)\|)? \w+$")


@st.composite
def sops(draw: st.DrawFn) -> Sop:
    """Return a small SOP whose every text field is arbitrary."""
    actors = tuple(draw(st.lists(texts, min_size=1, max_size=3, unique=True)))
    count = draw(st.integers(1, 4))
    steps = []
    for n in range(1, count + 1):
        decision = None
        if draw(st.booleans()):
            decision = Decision(draw(texts), draw(st.sampled_from([1, count, "end", 99])), 1)
        steps.append(
            Step(
                n,
                draw(texts),
                actors=tuple(draw(st.lists(st.sampled_from(actors), max_size=2, unique=True))),
                inputs=tuple(draw(st.lists(texts, max_size=2))),
                output=tuple(draw(st.lists(texts, max_size=2))),
                note=draw(texts),
                decision=decision,
            )
        )
    return Sop(
        slug=draw(texts) or "s",
        name=draw(texts),
        agency="test.agency",
        number=draw(texts),
        unit=draw(texts),
        actors=actors,
        steps=tuple(steps),
    )


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sops(), st.booleans())
def test_svg_and_html_stay_well_formed(sop: Sop, review: bool) -> None:
    """The SVG parses as XML with no script element; the HTML holds no raw tag from the data."""
    root = ET.fromstring(render_sop_svg(sop, LayoutOptions(review=review)))
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    html = render_sop_html(sop)
    assert "<script" not in html.lower().replace("&lt;script", "")


@settings(deadline=None)
@given(sops())
def test_mermaid_has_only_nodes_edges_and_one_line_comments(sop: Sop) -> None:
    """Every Mermaid line is a node, an edge or a comment free of directive syntax."""
    lines = render_sop_mermaid(sop).split("\n")
    assert "flowchart TD" == lines[0]
    assert "" == lines[-1]
    for line in lines[1:-1]:
        if line.startswith("  %% "):
            assert not re.search(r"[{}%]", line[5:]), line
        else:
            assert NODE.match(line) or EDGE.match(line), line


@settings(deadline=None)
@given(sops(), texts, texts)
def test_markdown_renders_without_html_from_the_data(sop: Sop, name: str, slug: str) -> None:
    """CommonMark rendering of the SOP and service Markdown yields no tag the data carried."""
    service = Service(
        agency="test.agency",
        slug="svc",
        name=name,
        requirements=(Requirement(name, items=(slug,)),),
        variants=(Variant(slug=slug or "v", name=name),),
        sops=(sop,),
    )
    html = MD.render(render_sop_markdown(sop) + render_service_markdown(service))
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {
        "h1",
        "h2",
        "h3",
        "p",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "code",
        "br",
        "hr",
        "pre",
    }
