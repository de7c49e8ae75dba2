"""Renderers: the PermenPAN-RB 35/2012 swimlane table as SVG/HTML/PDF, Mermaid, service cards."""

from sopkit.render._html import render_service_html, render_sop_html
from sopkit.render._layout import LayoutError, LayoutOptions
from sopkit.render._markdown import render_service_markdown, render_sop_markdown
from sopkit.render._mermaid import render_sop_mermaid
from sopkit.render._output import OutputError
from sopkit.render._pdf import PdfError, PdfOptions, render_sop_pdf
from sopkit.render._svg import render_sop_svg, render_sop_svg_pages

__all__ = [
    "LayoutError",
    "LayoutOptions",
    "OutputError",
    "PdfError",
    "PdfOptions",
    "render_service_html",
    "render_service_markdown",
    "render_sop_html",
    "render_sop_markdown",
    "render_sop_mermaid",
    "render_sop_pdf",
    "render_sop_svg",
    "render_sop_svg_pages",
]
