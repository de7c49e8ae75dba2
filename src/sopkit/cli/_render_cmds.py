"""Render command: an SOP or service as SVG, HTML, PDF, Mermaid or Markdown."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopkit._i18n import Text
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context

if TYPE_CHECKING:
    from sopkit.core._agency import Agency
    from sopkit.core._service import Service
    from sopkit.core._sop import Sop

FORMATS = ("svg", "html", "pdf", "mermaid", "md")


def register(sub: Any) -> None:
    """Add the render command to the parser."""
    p = sub.add_parser(
        "render", help="draw an SOP or service as SVG, HTML, PDF, Mermaid or Markdown"
    )
    p.add_argument(
        "code",
        type=opt.code,
        metavar="CODE",
        help="a service <agency>/<slug> or SOP <agency>/sop/<slug>",
    )
    p.add_argument(
        "--format",
        type=opt.choice(FORMATS, name="format"),
        default="svg",
        metavar="{" + ",".join(FORMATS) + "}",
        help="output format (default svg)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=opt.output_file,
        metavar="FILE",
        help="write to FILE instead of stdout (pdf: required)",
    )
    p.add_argument(
        "--sop",
        type=opt.code,
        metavar="SLUG",
        help="for a service: which of its SOPs svg/mermaid draw",
    )
    p.add_argument(
        "--steps-per-page",
        type=opt.integer(1, 10_000),
        metavar="N",
        help="svg/html/pdf: split the table into pages of N steps joined by off-page connectors "
        "(pdf: default as many as fit an A4 page)",
    )
    p.add_argument(
        "--separate-pages",
        action="store_true",
        help="svg: write one file per page, FILE-1.svg, FILE-2.svg ... (needs -o)",
    )
    p.add_argument(
        "--review",
        action="store_true",
        help="add a marked review column with what sopkit found wrong (default: as printed)",
    )
    p.add_argument(
        "--logo", type=opt.file, metavar="IMAGE", help="pdf: the agency's logo (PNG or JPEG)"
    )
    p.set_defaults(run=_render)


def _pick_sop(service: Service, slug: str | None, ctx: Context) -> Sop | None:
    if not service.sops:
        ctx.error(
            Text(
                "service {code} has no SOP to draw; use --format html or md",
                code=repr(service.code),
            )
        )
        return None
    if slug is None:
        return service.sops[0]
    for sop in service.sops:
        if slug in (sop.slug, sop.code):
            return sop
    known = ", ".join(s.slug for s in service.sops)
    ctx.error(
        Text(
            "service {code} has no SOP {slug} (its SOPs: {known})",
            code=repr(service.code),
            slug=repr(slug),
            known=known,
        )
    )
    return None


def _agency(ctx: Context, code: str) -> Agency | None:
    return next((a for a in ctx.catalog.agencies if a.code == code), None)


def _text(item: Service | Sop, args: argparse.Namespace, ctx: Context) -> str | bytes | None:
    from sopkit.core._service import Service
    from sopkit.render import (
        LayoutOptions,
        render_service_html,
        render_service_markdown,
        render_sop_html,
        render_sop_markdown,
        render_sop_mermaid,
        render_sop_svg,
    )
    from sopkit.render._pdf import PdfOptions, render_sop_pdf

    options = LayoutOptions(steps_per_page=args.steps_per_page, review=args.review)
    if isinstance(item, Service) and args.format == "html":
        return render_service_html(item)
    if isinstance(item, Service) and args.format == "md":
        return render_service_markdown(item)
    sop = _pick_sop(item, args.sop, ctx) if isinstance(item, Service) else item
    if sop is None:
        return None
    if args.format == "pdf":
        logo = Path(args.logo) if args.logo else None
        pdf = PdfOptions(_agency(ctx, sop.agency), logo, args.review, args.steps_per_page)
        return render_sop_pdf(sop, pdf)
    if args.format == "svg":
        return render_sop_svg(sop, options)
    if args.format == "html":
        return render_sop_html(sop, options)
    if args.format == "mermaid":
        return render_sop_mermaid(sop)
    return render_sop_markdown(sop)


def _render(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.core._service import Service
    from sopkit.core._sop import Sop
    from sopkit.render._output import write_output

    item = ctx.lookup(args.code)
    if not isinstance(item, (Service, Sop)):
        ctx.error(
            Text(
                "{code} is an agency; render takes a service or an SOP code",
                code=repr(args.code),
            )
        )
        return EXIT_USAGE
    if args.sop is not None and isinstance(item, Sop):
        ctx.error(Text("--sop chooses among a service's SOPs; the code given is already an SOP"))
        return EXIT_USAGE
    problem = _option_problem(args)
    if problem:
        ctx.error(problem)
        return EXIT_USAGE
    if args.separate_pages:
        return _write_pages(item, args, ctx)
    text = _text(item, args, ctx)
    if text is None:
        return 1
    if args.output:
        what = Text("{format} output (-o)", format=args.format)
        _wrote(ctx, write_output(args.output, text, what=what), args)
    else:
        assert isinstance(text, str)  # pdf, the one binary format, requires -o (checked above)
        ctx.stdout.write(text)
    return EXIT_OK


def _wrote(ctx: Context, path: Path, args: argparse.Namespace) -> None:
    """Say on stderr which file was written, its size and format."""
    ctx.note(ctx.t("render.wrote", path=path, size=path.stat().st_size, format=args.format))


def _option_problem(args: argparse.Namespace) -> Text | None:
    if args.format == "pdf" and not args.output:
        return Text("--format pdf writes a binary file: give -o FILE.pdf")
    if args.logo and args.format != "pdf":
        return Text("--logo goes with --format pdf")
    if args.separate_pages and (args.format != "svg" or not args.output):
        return Text("--separate-pages goes with --format svg and -o FILE.svg")
    return None


def _write_pages(item: Service | Sop, args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.core._service import Service
    from sopkit.render import LayoutOptions
    from sopkit.render._output import write_output
    from sopkit.render._svg import render_sop_svg_pages

    sop = _pick_sop(item, args.sop, ctx) if isinstance(item, Service) else item
    if sop is None:
        return 1
    options = LayoutOptions(steps_per_page=args.steps_per_page, review=args.review)
    pages = render_sop_svg_pages(sop, options)
    base = Path(args.output)
    for n, page in enumerate(pages, start=1):
        path = base.with_name(f"{base.stem}-{n}{base.suffix or '.svg'}")
        _wrote(ctx, write_output(path, page, what=Text("svg page (-o)")), args)
    return EXIT_OK
