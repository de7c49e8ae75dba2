"""Publishing commands: the JSON Schema of data files, a new plugin, the agency's website."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sopkit._i18n import Text, localize
from sopkit.cli import _options as opt
from sopkit.cli._common import EXIT_OK, Context


def register(sub: Any) -> None:
    """Add the schema, new and site commands to the parser."""
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of a data file kind (for editors and other languages)",
    )
    p.add_argument(
        "kind",
        nargs="?",
        type=opt.lazy("data file kind", _kind, "no-such-kind"),
        metavar="KIND",
        help="a data file kind: agency, service, sop, ... (an unknown one lists them all)",
    )
    p.add_argument("--all", action="store_true", help="write every kind's schema into -o DIR")
    p.add_argument(
        "-o",
        "--output",
        type=opt.path,
        metavar="PATH",
        help="write to a file (with --all: a folder)",
    )
    p.set_defaults(run=_schema)

    p = sub.add_parser("new", help="create a new catalogue plugin package")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    plugin = what.add_parser("plugin", help="a data plugin for one agency, ready to install")
    plugin.add_argument("name", type=opt.text, metavar="NAME", help="plugin name, e.g. kota_contoh")
    plugin.add_argument(
        "--agency",
        type=opt.code,
        required=True,
        metavar="CODE",
        help="agency code, e.g. kota_contoh.bkpsdm",
    )
    plugin.add_argument(
        "-o",
        "--output",
        type=opt.path,
        default=".",
        metavar="DIR",
        help="parent folder (default .)",
    )
    plugin.set_defaults(run=_new_plugin)

    p = sub.add_parser("site", help="build the static website of an agency's catalogue")
    p.add_argument("--agency", type=opt.code, required=True, metavar="CODE", help="the agency")
    p.add_argument(
        "-o", "--output", type=opt.path, required=True, metavar="DIR", help="folder to write into"
    )
    p.add_argument("--clean", action="store_true", help="empty the folder first")
    p.add_argument("--pdf", action="store_true", help="also write each SOP as a print-ready PDF")
    p.set_defaults(run=_site)


def _kind() -> opt.Option[str]:
    from sopkit.schema import KIND_NAMES

    return opt.choice(KIND_NAMES, name="data file kind")


def _schema(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.render._output import make_folder, write_output
    from sopkit.schema import KIND_NAMES, schema_filename, schema_text

    if args.all:
        if not args.output or args.kind:
            ctx.error(Text("--all writes every kind into a folder: give -o DIR and no KIND"))
            return 2
        folder = make_folder(args.output, what=Text("schema folder (-o)"))
        for kind in KIND_NAMES:
            write_output(folder / schema_filename(kind), schema_text(kind), what=Text("schema"))
        ctx.note(Text("wrote {count} schemas to {folder}", count=len(KIND_NAMES), folder=folder))
        return EXIT_OK
    if not args.kind:
        ctx.error(Text("give a KIND ({kinds}) or --all -o DIR", kinds=", ".join(KIND_NAMES)))
        return 2
    if args.output:
        write_output(args.output, schema_text(args.kind), what=Text("schema (-o)"))
        ctx.note(Text("wrote {path}", path=args.output))
    else:
        ctx.stdout.write(schema_text(args.kind))
    return EXIT_OK


def _new_plugin(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.scaffold import new_plugin

    written = new_plugin(args.name, args.agency, args.output)
    root = Path(args.output) / args.name
    ctx.note(Text("wrote {count} files to {folder}", count=len(written), folder=root))
    command = f"pip install -e {root}[test] && pytest {root} && sopkit lint --agency {args.agency}"
    ctx.stdout.write(localize(Text("next: {command}", command=command), ctx.lang) + "\n")
    return EXIT_OK


def _site(args: argparse.Namespace, ctx: Context) -> int:
    from sopkit.site import build_site

    report = build_site(ctx.catalog, args.agency, args.output, clean=args.clean, pdf=args.pdf)
    for what in report.missing:
        ctx.note(
            Text("warning: {agency}: {what} is not in the data", agency=args.agency, what=what)
        )
    wrote = Text(
        "wrote {count} pages to {folder} in {seconds} s",
        count=len(report.pages),
        folder=report.folder,
        seconds=f"{report.seconds:.2f}",
    )
    ctx.stdout.write(localize(wrote, ctx.lang) + "\n")
    return EXIT_OK
