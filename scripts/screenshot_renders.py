"""Render sample SOPs and services to SVG and HTML, and screenshot them with headless Chromium.

Writes to screenshots/ (git-ignored). Usage:
    .venv/bin/python scripts/screenshot_renders.py [CODE ...] [--steps-per-page N]
Without codes it renders a short SOP, a long one and ones with decisions. Needs `chromium`
(Debian: apt-get install chromium); runs it as root with --no-sandbox.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sopkit.core._catalog import load_catalog
from sopkit.core._service import Service
from sopkit.core._sop import Decision, Sop, Step
from sopkit.render import (
    LayoutOptions,
    render_service_html,
    render_sop_html,
    render_sop_svg,
)

DEFAULT = (
    "magetan.ortala/sop/pengagendaan-surat-masuk",  # short
    "magetan.bkpsdm/sop/pengisian-jabatan-pimpinan-tinggi-pratama",  # long, 23 steps
    "magetan.ortala/sop/pengagendaan-surat-keluar",  # a decision with targets
    "magetan.ortala/sop/pelayanan-karpeg-karis-karsu-kpe",  # decision
    "magetan.bkpsdm/sop/sop-pengajuan-izin-belajar",  # decisions without targets, no actors
    "magetan.bkpsdm/sop/usul-pertimbangan-teknis-pensiun",  # 9 actors, no marks
    "magetan.bkpsdm/penetapan-usulan-kebutuhan-asn",  # a service card
    "stress",
)
OUT = Path(__file__).resolve().parent.parent / "screenshots"
STRESS = "stress"  # a made-up SOP with every hard case: many lanes, long texts, branches

_LONG = (
    "Menerima, meneliti dan memverifikasi kelengkapan berkas usulan yang disampaikan oleh "
    "perangkat daerah beserta surat pengantar, daftar nominatif, salinan sah SK terakhir, "
    "penilaian kinerja dua tahun terakhir, ijazah dan transkrip nilai yang telah dilegalisir, "
    "serta dokumen pendukung lain sesuai ketentuan peraturan perundang-undangan"
)


def stress_sop() -> Sop:
    """Return an SOP with 12 lanes, 300-character activities and every kind of branch."""
    actors = tuple(f"Pejabat Pelaksana Bidang {n}" for n in range(1, 13))
    steps = [
        Step(1, "Mengajukan usulan <lengkap> & benar", actors=(actors[0],), inputs=("Surat",)),
        Step(2, _LONG, actors=(actors[3],), inputs=("Berkas",) * 3, duration_text="3 hari kerja"),
        Step(3, "Lengkap?", actors=(actors[3],), decision=Decision("Lengkap?", 4, 1)),
        Step(4, "Memproses", actors=(actors[5], actors[6])),
        Step(5, "Tanda pelaksana hilang", actors=()),
        Step(6, "Setuju?", actors=(actors[11],), decision=Decision("Setuju?", 8, 2)),
        Step(7, "Dibatalkan", actors=(actors[10],)),
        Step(8, "Keputusan tanpa tanda", actors=(), decision=Decision("Sah?", 9, "end")),
        Step(9, _LONG, actors=(actors[1],), note=_LONG[:120]),
        Step(10, "Mengarsipkan", actors=(actors[0],), output=("Arsip",)),
    ]
    return Sop(slug=STRESS, name="Uji tata letak", agency="uji", actors=actors, steps=tuple(steps))


def _size(svg: str) -> tuple[int, int]:
    match = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    if match is None:
        return 1400, 1000
    return int(float(match.group(1))) + 20, int(float(match.group(2))) + 20


def shoot(page: Path, png: Path, width: int, height: int) -> None:
    """Screenshot a local file with headless Chromium."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    """Render and screenshot each code given (or the defaults)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("codes", nargs="*", default=list(DEFAULT))
    parser.add_argument("--steps-per-page", type=int, default=None)
    args = parser.parse_args()
    options = LayoutOptions(steps_per_page=args.steps_per_page)
    catalog = load_catalog(lenient=True)
    OUT.mkdir(exist_ok=True)
    for code in args.codes:
        item = stress_sop() if code == STRESS else catalog.lookup(code)
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", code)
        if isinstance(item, Service):
            html = OUT / f"{name}.html"
            html.write_text(render_service_html(item), encoding="utf-8")
            shoot(html, OUT / f"{name}.html.png", 1100, 2400)
            print(html)
            continue
        if not isinstance(item, Sop):
            sys.exit(f"{code} is an agency: give a service or an SOP code")
        svg_text = render_sop_svg(item, options)
        svg = OUT / f"{name}.svg"
        svg.write_text(svg_text, encoding="utf-8")
        width, height = _size(svg_text)
        shoot(svg, OUT / f"{name}.svg.png", width, height)
        html = OUT / f"{name}.html"
        html.write_text(render_sop_html(item, options), encoding="utf-8")
        shoot(html, OUT / f"{name}.html.png", max(width, 1000), height + 700)
        print(svg, width, height)


if __name__ == "__main__":
    main()
