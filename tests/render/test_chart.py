"""Properties of the swimlane chart over random SOPs: every edge drawn, pages joined."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit.core._sop import END, Decision, Sop, Step
from sopkit.render import LayoutOptions, render_sop_svg
from sopkit.render._flow import flow_edges

NS = "{http://www.w3.org/2000/svg}"
ACTORS = ("Kaban", "Sekretaris", "Kasubag", "Pelaksana", "Pemohon")


@st.composite
def sops(draw: st.DrawFn) -> Sop:
    """Return an SOP with random actors, decisions (some targets missing) and texts."""
    count = draw(st.integers(min_value=1, max_value=14))
    actors = ACTORS[: draw(st.integers(min_value=0, max_value=len(ACTORS)))]
    targets = st.one_of(st.none(), st.just(END), st.integers(min_value=1, max_value=count))
    steps = []
    for number in range(1, count + 1):
        decision = draw(st.none() | st.builds(Decision, st.just("?"), targets, targets))
        steps.append(
            Step(
                number,
                draw(st.text(alphabet="ab <&>", min_size=1, max_size=60)),
                actors=tuple(draw(st.lists(st.sampled_from(actors), unique=True, max_size=3)))
                if actors
                else (),
                decision=decision,
            )
        )
    return Sop(slug="random", name="Acak", actors=actors, steps=tuple(steps))


@settings(max_examples=60, deadline=None)
@given(sops(), st.one_of(st.none(), st.integers(min_value=1, max_value=5)))
def test_every_edge_is_drawn_and_pages_are_joined(sop: Sop, per_page: int | None) -> None:
    """Each flow edge has an arrow; each edge crossing pages has two connectors, one per page."""
    root = ET.fromstring(render_sop_svg(sop, LayoutOptions(steps_per_page=per_page)))
    drawn = {e.get("data-edge") for e in root.iter(f"{NS}path") if e.get("class") == "flow"}
    assert {str(n) for n in range(len(flow_edges(sop)))} == drawn
    size = per_page or len(sop.steps)
    crossing = [
        n
        for n, e in enumerate(flow_edges(sop))
        if isinstance(e.target, int) and (e.target - 1) // size != e.index // size
    ]
    connectors = [
        e.get("data-edge", "") for e in root.iter(f"{NS}polygon") if e.get("class") == "connector"
    ]
    assert sorted(str(n) for n in crossing for _ in range(2)) == sorted(connectors)
