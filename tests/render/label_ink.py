"""Find where a rendered SVG should show its Ya/Tidak labels, and whether a raster shows them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

NS = "{http://www.w3.org/2000/svg}"
Box = tuple[float, float, float, float]


def label_boxes(svg: str) -> list[tuple[str, Box]]:
    """Return each branch label's text and the box drawn behind it (x, y, w, h)."""
    root = ET.fromstring(svg)
    elements = list(root)
    found = []
    for i, e in enumerate(elements):
        if e.tag == f"{NS}rect" and e.get("class") == "branch-bg":
            label = elements[i + 1]
            assert "branch" == label.get("class")
            box = tuple(float(e.get(k) or 0) for k in ("x", "y", "width", "height"))
            found.append((label.text or "", box))
    return found  # type: ignore[return-value]


def blue_ink(png: Path, box: Box, scale: float = 1.0) -> int:
    """Return how many pixels of the label colour (#0b4f8a, anti-aliased) lie in the box."""
    image = Image.open(png).convert("RGB")
    x, y, w, h = (round(v * scale) for v in box)
    crop = image.crop((x, y, x + w, y + h))
    return sum(
        1
        for r, g, b in crop.get_flattened_data()  # type: ignore[attr-defined]
        if b > 90 and b - r > 50 and r < 140
    )
