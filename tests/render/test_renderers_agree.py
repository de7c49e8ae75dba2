"""The SVG draws its labels the same in independent renderers (no paint-order reliance)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sopkit.render import render_sop_svg
from tests.render import samples
from tests.render.label_ink import blue_ink, label_boxes


def test_svg_uses_no_paint_order_and_names_a_metric_compatible_font_stack() -> None:
    """Labels get a box behind them instead of a halo; the font stack falls back to Arial."""
    svg = render_sop_svg(samples.decision_sop())
    assert "paint-order" not in svg
    assert "'Liberation Sans', Arial, Arimo, Helvetica, sans-serif" in svg


@pytest.mark.skipif(
    shutil.which("rsvg-convert") is None and not os.environ.get("SOPKIT_REQUIRE_BROWSER"),
    reason="rsvg-convert (librsvg2-bin) absent",
)
def test_rsvg_and_cairosvg_both_draw_every_branch_label(tmp_path: Path) -> None:
    """Each Ya/Tidak label box has label-coloured ink in rsvg's and in cairosvg's raster."""
    import cairosvg

    svg = render_sop_svg(samples.decision_sop())
    source = tmp_path / "chart.svg"
    source.write_text(svg, encoding="utf-8")
    rsvg_png, cairo_png = tmp_path / "rsvg.png", tmp_path / "cairo.png"
    subprocess.run(["rsvg-convert", str(source), "-o", str(rsvg_png)], check=True)
    cairosvg.svg2png(bytestring=svg.encode(), write_to=str(cairo_png))
    boxes = label_boxes(svg)
    assert ["Tidak", "Tidak", "Ya", "Ya"] == sorted(label for label, _ in boxes)
    for label, box in boxes:
        assert blue_ink(rsvg_png, box) > 5, ("rsvg", label, box)
        assert blue_ink(cairo_png, box) > 5, ("cairosvg", label, box)
    # and nowhere else: the label colour is used for labels only
    total_rsvg = blue_ink(rsvg_png, (0, 0, 2_000, 1_000))
    assert total_rsvg == sum(blue_ink(rsvg_png, box) for _, box in boxes)
