"""Publishing commands: the JSON Schema of data files, a new plugin, the agency's website."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sopkit.cli._common import EXIT_OK, Context
from sopkit.render._output import make_folder, write_output
from sopkit.scaffold import new_plugin
from sopkit.schema import KIND_NAMES, schema_filename, schema_text
from sopkit.site import build_site


def register(sub: Any) -> None:
    """Add the schema, new and site commands to the parser."""
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of a data file kind (for editors and other languages)",
    )
    p.add_argument(
        "kind", nargs="?", choices=KIND_NAMES, metavar="KIND", help=", ".join(KIND_NAMES)
    )
    p.add_argument("--all", action="store_true", help="write every kind's schema into -o DIR")
    p.add_argument("-o", "--output", metavar="PATH", help="write to a file (with --all: a folder)")
    p.set_defaults(run=_schema)

    p = sub.add_parser("new", help="create a new catalogue plugin package")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    plugin = what.add_parser("plugin", help="a data plugin for one agency, ready to install")
    plugin.add_argument("name", metavar="NAME", help="plugin name, e.g. kota_contoh")
    plugin.add_argument(
        "--agency", required=True, metavar="CODE", help="agency code, e.g. kota_contoh.bkpsdm"
    )
    plugin.add_argument(
        "-o", "--output", default=".", metavar="DIR", help="parent folder (default .)"
    )
    plugin.set_defaults(run=_new_plugin)

    p = sub.add_parser("site", help="build the static website of an agency's catalogue")
    p.add_argument("--agency", required=True, metavar="CODE", help="the agency")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write into")
    p.add_argument("--clean", action="store_true", help="empty the folder first")
    p.add_argument("--pdf", action="store_true", help="also write each SOP as a print-ready PDF")
    p.set_defaults(run=_site)


def _schema(args: argparse.Namespace, ctx: Context) -> int:
    if args.all:
        if not args.output or args.kind:
            ctx.error("--all writes every kind into a folder: give -o DIR and no KIND")
            return 2
        folder = make_folder(args.output, what="schema folder (-o)")
        for kind in KIND_NAMES:
            write_output(folder / schema_filename(kind), schema_text(kind), what="schema")
        print(f"sopkit: wrote {len(KIND_NAMES)} schemas to {folder}", file=ctx.stderr)
        return EXIT_OK
    if not args.kind:
        ctx.error(f"give a KIND ({', '.join(KIND_NAMES)}) or --all -o DIR")
        return 2
    if args.output:
        write_output(args.output, schema_text(args.kind), what="schema (-o)")
        print(f"sopkit: wrote {args.output}", file=ctx.stderr)
    else:
        ctx.stdout.write(schema_text(args.kind))
    return EXIT_OK


def _new_plugin(args: argparse.Namespace, ctx: Context) -> int:
    written = new_plugin(args.name, args.agency, args.output)
    root = Path(args.output) / args.name
    print(f"sopkit: wrote {len(written)} files to {root}", file=ctx.stderr)
    ctx.stdout.write(
        f"next: pip install -e {root}[test] && pytest {root} && sopkit lint --agency {args.agency}\n"
    )
    return EXIT_OK


def _site(args: argparse.Namespace, ctx: Context) -> int:
    report = build_site(ctx.catalog, args.agency, args.output, clean=args.clean, pdf=args.pdf)
    for what in report.missing:
        print(f"sopkit: warning: {args.agency}: {what} is not in the data", file=ctx.stderr)
    ctx.stdout.write(
        f"wrote {len(report.pages)} pages to {report.folder} in {report.seconds:.2f} s\n"
    )
    return EXIT_OK
