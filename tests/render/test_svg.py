"""The SOP swimlane table as SVG: lanes, symbols, arrows, escaping, wrapping, pages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import attrs
import pytest

from sopkit.core._catalog import load_catalog
from sopkit.core._sop import Decision, Sop
from sopkit.render import LayoutError, LayoutOptions, render_sop_svg
from sopkit.render._flow import flow_edges
from sopkit.render._layout import FONT
from sopkit.render._text import text_width
from tests.render import samples

NS = "{http://www.w3.org/2000/svg}"


def parse(sop: Sop, options: LayoutOptions | None = None) -> ET.Element:
    """Render an SOP and parse the SVG as XML."""
    return ET.fromstring(render_sop_svg(sop, options))


def classes(element: ET.Element) -> set[str]:
    """Return the CSS classes of an element."""
    return set(element.get("class", "").split())


def step_symbols(root: ET.Element) -> list[ET.Element]:
    """Return the symbols drawn for steps (not the extra end terminators)."""
    return [e for e in root.iter() if "symbol" in classes(e) and e.get("data-step")]


def flows(root: ET.Element) -> list[ET.Element]:
    """Return the flow arrows."""
    return [e for e in root.iter(f"{NS}path") if "flow" in classes(e)]


def test_svg_is_well_formed_xml_with_a_title() -> None:
    """The SVG parses as XML, is an svg element and names the SOP."""
    root = parse(samples.short_sop())
    assert (f"{NS}svg", "Pengagendaan Surat") == (root.tag, root.findtext(f"{NS}title"))


def test_one_lane_per_actor_in_order() -> None:
    """The header has one lane per actor of the SOP, in the SOP's order."""
    root = parse(samples.decision_sop())
    lanes = [e.get("data-lane") for e in root.iter(f"{NS}rect") if "lane" in classes(e)]
    assert ["PNS", "Pengelola", "Kabag"] == lanes


def test_each_step_has_one_symbol_of_the_right_shape() -> None:
    """First/last steps are capsules, decisions diamonds, the rest rectangles, one each."""
    root = parse(samples.decision_sop())
    found = {
        (e.get("data-step"), e.tag.removeprefix(NS), e.get("rx") is not None)
        for e in step_symbols(root)
    }
    expected = {
        ("1", "rect", True),
        ("2", "polygon", False),
        ("3", "rect", False),
        ("4", "polygon", False),
        ("5", "rect", True),
    }
    assert expected == found
    assert Counter({str(n): 1 for n in range(1, 6)}) == Counter(
        e.get("data-step") for e in step_symbols(root)
    )


def test_decision_diamond_has_four_points() -> None:
    """A decision is drawn as a polygon of four points: a diamond."""
    root = parse(samples.decision_sop())
    diamond = next(e for e in step_symbols(root) if e.get("data-step") == "2")
    assert 4 == len(diamond.get("points", "").split())


@pytest.mark.parametrize(
    "sop", [samples.short_sop(), samples.decision_sop(), samples.unassigned_sop()]
)
def test_arrow_count_matches_flow_edges(sop: Sop) -> None:
    """There is one arrow for each flow edge: next steps and each decision branch."""
    assert len(flow_edges(sop)) == len(flows(parse(sop)))


def test_decision_arrows_are_labelled_ya_and_tidak() -> None:
    """Decision branches carry Ya and Tidak labels; an 'end' target gets a Selesai capsule."""
    root = parse(samples.decision_sop())
    labels = sorted(e.text or "" for e in root.iter(f"{NS}text") if "branch" in classes(e))
    ends = [e for e in root.iter(f"{NS}rect") if "end" in classes(e)]
    assert (["Tidak", "Tidak", "Ya", "Ya"], 1) == (labels, len(ends))


def test_arrows_join_the_expected_steps() -> None:
    """Each arrow's data-from/data-to pair is a flow edge of the SOP."""
    sop = samples.decision_sop()
    expected = sorted((str(e.source), str(e.target)) for e in flow_edges(sop))
    actual = sorted((a.get("data-from"), a.get("data-to")) for a in flows(parse(sop)))
    assert expected == actual


def test_multi_actor_step_is_drawn_in_each_lane_and_joined() -> None:
    """A step with two actors has a symbol in each lane joined by a line."""
    root = parse(samples.short_sop())
    lanes = sorted(
        e.get("data-lane") or "" for e in step_symbols(root) if e.get("data-step") == "2"
    )
    links = [e for e in root.iter(f"{NS}line") if e.get("data-step") == "2"]
    assert (["Kasubag", "Pengelola"], 1) == (lanes, len(links))


def test_step_without_actor_is_in_no_lane_noted_in_review_only() -> None:
    """A step whose actors were lost is in no lane; only review mode says 'pelaksana tidak tercantum'."""
    printed = parse(samples.unassigned_sop())
    symbol = next(e for e in step_symbols(printed) if e.get("data-step") == "2")
    assert (None, True) == (symbol.get("data-lane"), "unassigned" in classes(symbol))
    printed_texts = " ".join("".join(e.itertext()) for e in printed.iter(f"{NS}text"))
    assert "tidak tercantum" not in printed_texts
    review = parse(samples.unassigned_sop(), LayoutOptions(review=True))
    texts = ["".join(e.itertext()) for e in review.iter(f"{NS}text")]
    assert "pelaksana tidak tercantum" in texts


def test_markup_in_texts_is_escaped() -> None:
    """'<' and '&' in names and activities survive as text, not markup."""
    root = parse(samples.escaped_sop())
    texts = " ".join("".join(e.itertext()) for e in root.iter(f"{NS}text"))
    assert "Cek <b>draf</b> & paraf" in texts
    assert 'Surat <keluar> & "masuk"' == root.findtext(f"{NS}title")


def test_long_activity_wraps_inside_its_column() -> None:
    """A 400-character activity is wrapped into several lines, each narrower than the column."""
    root = parse(samples.escaped_sop())
    text = next(
        e for e in root.iter(f"{NS}text") if "".join(e.itertext()).startswith("Menerima, meneliti")
    )
    lines = [t.text or "" for t in text]
    assert len(lines) >= 6
    assert all(text_width(line, FONT) <= LayoutOptions().activity_width - 12 for line in lines)
    assert samples.LONG_ACTIVITY.split() == " ".join(lines).split()


def test_missing_decision_branches_are_noted_outside_the_table_in_review() -> None:
    """Review mode says a targetless decision flows on, in a column right of Keterangan; print does not."""
    sop = samples.decision_sop()
    step = attrs.evolve(sop.steps[1], decision=Decision("Lengkap?"))
    broken = attrs.evolve(sop, steps=(sop.steps[0], step, *sop.steps[2:]))
    root = parse(broken, LayoutOptions(review=True))
    warned = [e for e in root.iter(f"{NS}text") if "warn" in classes(e)]
    assert ["keputusan tanpa tujuan Ya/Tidak: diteruskan ke langkah berikutnya"] == [
        " ".join(t.text or "" for t in e) for e in warned
    ]
    assert (2, 3) in {(e.source, e.target) for e in flow_edges(broken)}
    table_right = max(
        float(e.get("x") or 0) + float(e.get("width") or 0)
        for e in root.iter(f"{NS}rect")
        if "cell" in classes(e)
    )
    assert all(float(e.get("x") or 0) > table_right for e in warned)
    assert any("review" in classes(e) for e in root.iter(f"{NS}rect"))
    printed = parse(broken)
    assert [] == [e for e in printed.iter(f"{NS}text") if "warn" in classes(e)]
    assert [] == [e for e in printed.iter(f"{NS}rect") if "review" in classes(e)]


def test_one_missing_branch_is_noted_in_review() -> None:
    """A decision with only its Ya target says the Tidak branch is missing."""
    sop = samples.decision_sop()
    step = attrs.evolve(sop.steps[1], decision=Decision("Lengkap?", yes=3))
    root = parse(
        attrs.evolve(sop, steps=(sop.steps[0], step, *sop.steps[2:])), LayoutOptions(review=True)
    )
    warned = [
        " ".join(t.text or "" for t in e) for e in root.iter(f"{NS}text") if "warn" in classes(e)
    ]
    assert ["cabang Tidak tidak tercantum"] == warned


def test_pages_join_the_flow_with_off_page_connectors() -> None:
    """Split over pages, each crossing edge has a pentagon on both pages, same letter."""
    sop = samples.long_sop(16)
    root = parse(sop, LayoutOptions(steps_per_page=5))
    connectors = [e for e in root.iter(f"{NS}polygon") if "connector" in classes(e)]
    pages = sorted((c.get("data-edge"), c.get("data-page")) for c in connectors)
    expected = sorted(
        (str(edge), str(page)) for edge in (4, 9, 14) for page in (edge // 5, edge // 5 + 1)
    )
    assert expected == pages
    assert len(flow_edges(sop)) == len({a.get("data-edge") for a in flows(root)})


def test_pages_repeat_the_header() -> None:
    """Each page repeats the lane header."""
    root = parse(samples.long_sop(16), LayoutOptions(steps_per_page=5))
    lanes = [e for e in root.iter(f"{NS}rect") if "lane" in classes(e)]
    assert 4 * 3 == len(lanes)


def test_steps_per_page_must_be_positive() -> None:
    """A page of zero steps is refused with a message naming the option."""
    with pytest.raises(LayoutError, match="steps_per_page"):
        LayoutOptions(steps_per_page=0)


def test_repeated_step_numbers_keep_every_row() -> None:
    """Two steps printed with the same number both get their row and symbol."""
    sop = samples.short_sop()
    twice = attrs.evolve(sop, steps=(*sop.steps[:2], attrs.evolve(sop.steps[2], number=2)))
    root = parse(twice)
    assert ["1", "2", "2", "2"] == sorted(e.get("data-step") or "" for e in step_symbols(root))
    assert len(flow_edges(twice)) == len(flows(root))


def test_every_catalogue_sop_renders_to_valid_svg() -> None:
    """Every SOP of the installed catalogues renders to parseable SVG with a symbol per step."""
    catalog = load_catalog(lenient=True)
    for sop in catalog.sops:
        drawn = Counter(e.get("data-step") for e in parse(sop).iter() if "symbol" in classes(e))
        for number, count in Counter(str(s.number) for s in sop.steps).items():
            assert drawn[number] >= count, (sop.code, number)
