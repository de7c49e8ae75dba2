"""Render command: an SOP or service as SVG, HTML, Mermaid or Markdown."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, EXIT_USAGE, Context

if TYPE_CHECKING:
    from sopkit.core._service import Service
    from sopkit.core._sop import Sop

FORMATS = ("svg", "html", "mermaid", "md")


def register(sub: Any) -> None:
    """Add the render command to the parser."""
    p = sub.add_parser("render", help="draw an SOP or service as SVG, HTML, Mermaid or Markdown")
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
        help="write to FILE instead of stdout",
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
        help="svg/html: split the table into pages of N steps joined by off-page connectors",
    )
    p.set_defaults(run=_render)


def _pick_sop(service: Service, slug: str | None, ctx: Context) -> Sop | None:
    if not service.sops:
        ctx.error(f"service {service.code!r} has no SOP to draw; use --format html or md")
        return None
    if slug is None:
        return service.sops[0]
    for sop in service.sops:
        if slug in (sop.slug, sop.code):
            return sop
    known = ", ".join(s.slug for s in service.sops)
    ctx.error(f"service {service.code!r} has no SOP {slug!r} (its SOPs: {known})")
    return None


def _text(item: Service | Sop, args: argparse.Namespace, ctx: Context) -> str | None:
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

    options = LayoutOptions(steps_per_page=args.steps_per_page)
    if isinstance(item, Service) and args.format == "html":
        return render_service_html(item)
    if isinstance(item, Service) and args.format == "md":
        return render_service_markdown(item)
    sop = _pick_sop(item, args.sop, ctx) if isinstance(item, Service) else item
    if sop is None:
        return None
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

    item = ctx.lookup(args.code)
    if not isinstance(item, (Service, Sop)):
        ctx.error(f"{args.code!r} is an agency; render takes a service or an SOP code")
        return EXIT_USAGE
    if args.sop is not None and isinstance(item, Sop):
        ctx.error("--sop chooses among a service's SOPs; the code given is already an SOP")
        return EXIT_USAGE
    text = _text(item, args, ctx)
    if text is None:
        return 1
    if args.output:
        return _write(ctx, args.output, text, args.format)
    ctx.stdout.write(text)
    return EXIT_OK


def _write(ctx: Context, path: Path, text: str, fmt: str) -> int:
    """Write the rendering to a file and say what was written."""
    data = text.encode("utf-8")
    try:
        path.write_bytes(data)
    except OSError as exc:
        return ctx.error(f"-o {str(path)!r}: cannot write: {exc.strerror or exc}")
    ctx.note(ctx.t("render.wrote", path=path, size=len(data), format=fmt))
    return EXIT_OK
