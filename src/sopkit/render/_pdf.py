"""Print-ready SOP documents (PermenPAN-RB 35/2012) as A4 PDF, drawn with reportlab.

The identity page comes first (logo slot and kop, then the identity and header lists), then the
swimlane table cut into pages that fit A4 landscape, each page repeating the title and the
header, with off-page connectors where the flow crosses. Text is drawn as text in the embedded
Liberation Sans (Arial's metrics, the ones the layout measured with), so it is selectable and
searchable and looks the same on every machine.
"""

from __future__ import annotations

import functools
import io
import math
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from sopkit._errors import SopkitError
from sopkit.core._agency import Agency
from sopkit.core._sop import Sop
from sopkit.render._card import sop_identity, sop_sections
from sopkit.render._chart import chart
from sopkit.render._layout import LINE, LayoutOptions
from sopkit.render._pages import split_pages
from sopkit.render._safe import clean_text
from sopkit.render._shapes import Arrow, Connector, Drawing, Rect, Symbol, Text
from sopkit.render._text import text_width, wrap

REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
_MARGIN = 28.0  # points (about 1 cm)
_FOOTER = 16.0
_MIN_SCALE = 0.6  # below this the chart is split into more pages rather than shrunk further


class PdfError(SopkitError, RuntimeError):
    """A PDF that cannot be made: reportlab missing, or a logo that cannot be read."""


def _reportlab() -> Any:
    try:
        from reportlab.pdfgen import canvas
    except ImportError:  # pragma: no cover - the pdf extra is part of the test extra
        raise PdfError("PDF output needs reportlab: pip install 'sopkit[pdf]'") from None
    return canvas


@functools.cache
def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resources.files("sopkit.render").joinpath("fonts")
    for name, file in ((REGULAR, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(fonts.joinpath(file).read_bytes())))


@attrs.frozen
class PdfOptions:
    """What goes on the document: the agency (for the kop), a logo file, review mode."""

    agency: Agency | None = None
    logo: Path | None = None
    review: bool = False
    steps_per_page: int | None = None  # None: as many as fit a page at a readable size


_COLOURS = {
    "cell": ("#ffffff", "#444444", 0.8),
    "head": ("#e6ecf3", "#444444", 0.8),
    "head lane": ("#e6ecf3", "#444444", 0.8),
    "band": ("#fafafa", "#444444", 0.8),
    "review": ("#fff8d6", "#b8860b", 0.8),
    "review head": ("#fff8d6", "#b8860b", 0.8),
}
_TEXT = {  # class: (font, size, colour)
    "": (REGULAR, 11.0, "#111111"),
    "head": (BOLD, 11.0, "#111111"),
    "title": (BOLD, 15.0, "#111111"),
    "subtitle": (REGULAR, 11.0, "#444444"),
    "page": (REGULAR, 11.0, "#444444"),
    "warn": (REGULAR, 11.0, "#b00020"),
    "total": (BOLD, 11.0, "#111111"),
    "review-head": (BOLD, 10.0, "#6b4e00"),
}


class _Page:
    """Draws one drawing onto the canvas, scaled, from its top-left corner."""

    def __init__(self, canvas: Any, left: float, top: float, scale: float) -> None:
        self.c = canvas
        self.left = left
        self.top = top
        self.s = scale

    def x(self, x: float) -> float:
        return self.left + x * self.s

    def y(self, y: float) -> float:
        return self.top - y * self.s

    def rect(self, r: Rect) -> None:
        fill, stroke, width = _COLOURS.get(r.cls, _COLOURS["cell"])
        self.c.setFillColor(fill)
        self.c.setStrokeColor(stroke)
        self.c.setLineWidth(width * self.s)
        self.c.setDash(*((3 * self.s, 2 * self.s),) if r.cls.startswith("review") else ())
        self.c.rect(self.x(r.x), self.y(r.y + r.h), r.w * self.s, r.h * self.s, stroke=1, fill=1)
        self.c.setDash()

    def lines(
        self,
        x: float,
        y: float,
        lines: tuple[str, ...],
        anchor: str,
        font: str,
        size: float,
        colour: str,
        step: float = LINE,
    ) -> None:
        self.c.setFillColor(colour)
        self.c.setFont(font, size * self.s)
        draw = {
            "start": self.c.drawString,
            "middle": self.c.drawCentredString,
            "end": self.c.drawRightString,
        }[anchor]
        for i, line in enumerate(lines):
            draw(self.x(x), self.y(y + i * step), clean_text(line))

    def text(self, t: Text) -> None:
        font, size, colour = _TEXT.get(t.cls, _TEXT[""])
        self.lines(t.x, t.y, t.lines, t.anchor, font, size, colour)

    def polygon(
        self,
        points: list[tuple[float, float]],
        fill: str,
        stroke: str,
        width: float,
        dash: bool = False,
    ) -> None:
        path = self.c.beginPath()
        path.moveTo(self.x(points[0][0]), self.y(points[0][1]))
        for px, py in points[1:]:
            path.lineTo(self.x(px), self.y(py))
        path.close()
        self.c.setFillColor(fill)
        self.c.setStrokeColor(stroke)
        self.c.setLineWidth(width * self.s)
        self.c.setDash(*((5 * self.s, 3 * self.s),) if dash else ())
        self.c.drawPath(path, stroke=1, fill=1)
        self.c.setDash()

    def symbol(self, s: Symbol, review: bool) -> None:
        unassigned = s.step is not None and s.lane is None
        stroke = "#b00020" if unassigned and review else "#111111"
        fill = "#fff6f6" if unassigned and review else "#ffffff"
        if s.shape == "decision":
            points = [(s.cx, s.top), (s.right, s.cy), (s.cx, s.bottom), (s.left, s.cy)]
            self.polygon(points, fill, stroke, 1.4, unassigned)
        else:
            self.c.setFillColor(fill)
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(1.4 * self.s)
            self.c.setDash(*((5 * self.s, 3 * self.s),) if unassigned else ())
            radius = min(s.h, s.w) / 2 if s.shape in ("terminator", "end") else 0
            self.c.roundRect(
                self.x(s.left),
                self.y(s.bottom),
                s.w * self.s,
                s.h * self.s,
                radius * self.s,
                stroke=1,
                fill=1,
            )
            self.c.setDash()
        if s.label:
            colour = "#111111" if s.shape == "end" else "#b00020"
            first = s.cy - (len(s.label) - 1) * (LINE - 2) / 2 + 10 * 0.35
            self.lines(s.cx, first, s.label, "middle", REGULAR, 10.0, colour, LINE - 2)

    def arrow(self, a: Arrow) -> None:
        self.c.setStrokeColor("#111111")
        self.c.setLineWidth(1.2 * self.s)
        path = self.c.beginPath()
        path.moveTo(self.x(a.points[0][0]), self.y(a.points[0][1]))
        for px, py in a.points[1:]:
            path.lineTo(self.x(px), self.y(py))
        self.c.drawPath(path, stroke=1, fill=0)
        (x1, y1), (x2, y2) = a.points[-2], a.points[-1]
        angle = math.atan2(y2 - y1, x2 - x1)
        head = []
        for side in (-1, 1):
            head.append(
                (x2 - 8 * math.cos(angle + side * 0.42), y2 - 8 * math.sin(angle + side * 0.42))
            )
        self.polygon([(x2, y2), *head], "#111111", "#111111", 0.5)
        if a.label and a.label_at:
            x, y = a.label_at
            w = text_width(a.label, 10, bold=True) + 4
            left = {"start": x - 2, "middle": x - w / 2, "end": x - w + 2}[a.label_anchor]
            self.c.setFillColor("#ffffff")
            self.c.rect(self.x(left), self.y(y + 3), w * self.s, 13 * self.s, stroke=0, fill=1)
            self.lines(x, y, (a.label,), a.label_anchor, BOLD, 10.0, "#0b4f8a")

    def connector(self, k: Connector) -> None:
        x, y = k.cx, k.cy
        points = [(x - 11, y - 11), (x + 11, y - 11), (x + 11, y + 3), (x, y + 11), (x - 11, y + 3)]
        self.polygon(points, "#ffffff", "#111111", 1.3)
        self.lines(x, y + 1, (k.label,), "middle", BOLD, 10.0, "#111111")

    def drawing(self, d: Drawing, review: bool) -> None:
        for r in d.rects:
            self.rect(r)
        for t in d.texts:
            self.text(t)
        self.c.setStrokeColor("#111111")
        self.c.setLineWidth(1.2 * self.s)
        for k in d.links:
            self.c.line(self.x(k.x1), self.y(k.y1), self.x(k.x2), self.y(k.y2))
        for s in d.symbols:
            self.symbol(s, review)
        for a in d.arrows:
            self.arrow(a)
        for c in d.connectors:
            self.connector(c)


def _fits(sop: Sop, options: LayoutOptions, width: float, height: float) -> tuple[Drawing, ...]:
    """Return the chart pages at the most steps per page that print at a readable scale."""
    per_page = options.steps_per_page or max(1, len(sop.steps))
    while True:
        pages = split_pages(chart(sop, attrs.evolve(options, steps_per_page=per_page)))
        scale = min(1.0, width / pages[0].width)
        tallest = max(p.height for p in pages) * scale
        if options.steps_per_page or per_page == 1 or tallest <= height:
            return pages
        per_page = max(1, min(per_page - 1, math.floor(per_page * height / tallest)))


def _kop(agency: Agency | None, sop: Sop) -> tuple[str, ...]:
    if agency is None:
        return tuple(p for p in (sop.unit, sop.agency) if p)
    lines = [agency.parent, agency.name, agency.address]
    return tuple(p for p in lines if p)


class _Document:
    def __init__(self, sop: Sop, options: PdfOptions) -> None:
        canvas = _reportlab()
        _register_fonts()
        from reportlab.lib.pagesizes import A4, landscape

        self.sop = sop
        self.options = options
        self.buffer = io.BytesIO()
        self.size = landscape(A4)
        self.c = canvas.Canvas(self.buffer, pagesize=self.size, pageCompression=1)
        self.c.setTitle(f"SOP {sop.name}")
        self.c.setAuthor(options.agency.name if options.agency else sop.agency)
        self.c.setSubject(sop.code)
        self.c.setCreator("sopkit")
        self.page = _Page(self.c, _MARGIN, self.size[1] - _MARGIN, 1.0)

    def footer(self, number: int, total: int) -> None:
        self.c.setFont(REGULAR, 8)
        self.c.setFillColor("#444444")
        self.c.drawString(
            _MARGIN, _MARGIN / 2, clean_text(f"SOP {self.sop.name} · {self.sop.code}")
        )
        self.c.drawRightString(self.size[0] - _MARGIN, _MARGIN / 2, f"Lembar {number} dari {total}")

    def logo(self, x: float, y: float, w: float, h: float) -> None:
        p = self.page
        if self.options.logo is None:
            self.c.setDash(3, 2)
            self.c.setStrokeColor("#999999")
            self.c.rect(p.x(x), p.y(y + h), w, h, stroke=1, fill=0)
            self.c.setDash()
            p.lines(x + w / 2, y + h / 2 + 3, ("LOGO",), "middle", REGULAR, 9, "#999999")
            return
        try:
            from reportlab.lib.utils import ImageReader

            image = ImageReader(str(self.options.logo))
        except Exception as exc:  # reportlab/PIL raise many kinds for a bad image
            raise PdfError(f"cannot read logo {str(self.options.logo)!r}: {exc}") from None
        iw, ih = image.getSize()
        scale = min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        self.c.drawImage(image, p.x(x + (w - dw) / 2), p.y(y + (h + dh) / 2), dw, dh, mask="auto")

    def cell(self, x: float, y: float, w: float, h: float, fill: str = "#ffffff") -> None:
        self.page.rect(Rect(x, y, w, h))
        if fill != "#ffffff":
            self.c.setFillColor(fill)
            self.c.rect(
                self.page.x(x) + 0.4, self.page.y(y + h) + 0.4, w - 0.8, h - 0.8, stroke=0, fill=1
            )

    def identity_page(self) -> None:
        """Lay out the identity page: kop and identity on top, the six header lists below."""
        p = self.page
        width = self.size[0] - 2 * _MARGIN
        half = width / 2
        rows = [(k, v) for k, v in sop_identity(self.sop) if k not in ("Nama SOP", "Kode")]
        approval = self.sop.approved_by
        label_w = 120.0
        value_w = half - label_w
        wrapped = [(k, wrap(v, value_w - 12, 10)) for k, v in rows]
        if approval is not None:  # office, room to sign, name and NIP, as the form prints them
            sign = [*wrap(approval.role or approval.text, value_w - 12, 10), "", ""]
            sign += wrap(approval.name, value_w - 12, 10) if approval.name else []
            sign += [f"NIP. {approval.nip}"] if approval.nip else []
            wrapped = [(k, tuple(sign) if k == "Disahkan oleh" else v) for k, v in wrapped]
        heights = [max(1, len(v)) * 13 + 8 for _, v in wrapped]
        name_lines = wrap(self.sop.name, value_w - 12, 12, bold=True)
        name_h = len(name_lines) * 15 + 10
        top_h = sum(heights) + name_h
        # left: logo slot and kop
        self.cell(0, 0, half, top_h)
        self.logo(half / 2 - 40, 12, 80, 80)
        kop = [
            line
            for text in _kop(self.options.agency, self.sop)
            for line in wrap(text.upper(), half - 24, 11, bold=True)
        ]
        p.lines(half / 2, 112, tuple(kop), "middle", BOLD, 11, "#111111")
        agency = self.options.agency
        if (
            self.sop.unit
            and agency is not None
            and agency.name.upper() not in self.sop.unit.upper()
        ):
            unit = wrap(self.sop.unit.upper(), half - 24, 10, bold=True)
            p.lines(half / 2, 112 + len(kop) * LINE + 6, unit, "middle", BOLD, 10, "#111111")
        # right: identity rows, then the SOP name
        y = 0.0
        for (label, lines), h in zip(wrapped, heights, strict=True):
            self.cell(half, y, label_w, h, "#e6ecf3")
            self.cell(half + label_w, y, value_w, h)
            p.lines(half + 6, y + 13, (label,), "start", BOLD, 10, "#111111")
            p.lines(
                half + label_w + 6, y + 13, lines or ("-",), "start", REGULAR, 10, "#111111", 13
            )
            y += h
        self.cell(half, y, label_w, name_h, "#e6ecf3")
        self.cell(half + label_w, y, value_w, name_h)
        p.lines(half + 6, y + 15, ("Nama SOP",), "start", BOLD, 10, "#111111")
        p.lines(half + label_w + 6, y + 16, name_lines, "start", BOLD, 12, "#111111", 15)
        # below: the header lists in two columns, three rows
        y = top_h + 10
        sections = sop_sections(self.sop)
        for left, right in zip(sections[0::2], sections[1::2], strict=True):
            texts = []
            for _, items in (left, right):
                listed: list[str] = []
                for n, item in enumerate(items, start=1):
                    prefix = f"{n}. " if len(items) > 1 else ""
                    parts = wrap(prefix + item, half - 24, 9.5)
                    listed += [parts[0], *(("    " + s) for s in parts[1:])]
                texts.append(tuple(listed) or ("-",))
            body = max(len(t) for t in texts) * 12 + 8
            for col, ((title, _), body_lines) in enumerate(zip((left, right), texts, strict=True)):
                x = col * half
                self.cell(x, y, half, 18, "#e6ecf3")
                p.lines(x + 6, y + 13, (title + ":",), "start", BOLD, 10, "#111111")
                self.cell(x, y + 18, half, body)
                p.lines(x + 6, y + 30, body_lines, "start", REGULAR, 9.5, "#111111", 12)
            y += 18 + body

    def build(self) -> bytes:
        width = self.size[0] - 2 * _MARGIN
        height = self.size[1] - 2 * _MARGIN - _FOOTER
        layout = LayoutOptions(
            steps_per_page=self.options.steps_per_page, review=self.options.review
        )
        pages = _fits(self.sop, layout, width, height)
        total = len(pages) + 1
        self.identity_page()
        self.footer(1, total)
        self.c.showPage()
        for n, drawing in enumerate(pages, start=2):
            scale = min(1.0, width / drawing.width, height / drawing.height)
            self.page = _Page(self.c, _MARGIN, self.size[1] - _MARGIN, scale)
            self.page.drawing(drawing, self.options.review)
            self.footer(n, total)
            self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()


def render_sop_pdf(sop: Sop, options: PdfOptions | None = None) -> bytes:
    """Return the SOP as an A4 PDF: the identity page, then the swimlane table in pages."""
    return _Document(sop, options or PdfOptions()).build()
