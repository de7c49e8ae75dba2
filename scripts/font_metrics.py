"""Regenerate src/sopkit/render/fonts/liberation-sans.json from the Liberation Sans TTF files.

Liberation Sans is metric-compatible with Arial: the advance widths are the same, so a layout
measured with this table fits whichever of the two the reader has. Run with fontTools installed:
    python scripts/font_metrics.py [/usr/share/fonts/truetype/liberation2]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

# Latin-1, Latin Extended-A and the typographic punctuation Indonesian documents use
REPERTOIRE = [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2027), 0x2030, 0x20AC]
REPERTOIRE += [0x2122, 0x2190, 0x2192, 0x2212, 0x25C7, 0xFFFD]


def widths(path: Path) -> tuple[int, dict[str, int]]:
    """Return units per em and the advance width of every character of the repertoire."""
    font = TTFont(path)
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    found = {chr(c): metrics[cmap[c]][0] for c in REPERTOIRE if c in cmap}
    return font["head"].unitsPerEm, found


def main() -> None:
    """Write the metrics table for the regular and bold faces."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2")
    upem, regular = widths(folder / "LiberationSans-Regular.ttf")
    _, bold = widths(folder / "LiberationSans-Bold.ttf")
    out = Path(__file__).parent.parent / "src/sopkit/render/fonts/liberation-sans.json"
    table = {
        "family": "Liberation Sans",
        "compatible": "Arial",
        "units_per_em": upem,
        "regular": regular,
        "bold": bold,
    }
    out.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(regular)} characters)")


if __name__ == "__main__":
    main()
