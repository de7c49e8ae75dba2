"""Build the static website of one agency: home, a page per service and per SOP, offline search.

The site is plain files (HTML, CSS, one script and its search index as a script, the fonts), so
it works from any web server and from the disk; Indonesian throughout (`lang="id"`).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

from sopkit.core._agency import Agency
from sopkit.core._catalog import Catalog
from sopkit.core._search import _VARIANTS, ABBREVIATIONS
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.render._card import GROUP_TITLES, Entry, components, sop_identity, sop_sections
from sopkit.render._card import variant_rows as _variant_rows
from sopkit.render._output import make_folder, write_output
from sopkit.render._pdf import PdfOptions, render_sop_pdf
from sopkit.render._safe import xml_escape as esc
from sopkit.render._svg import render_sop_svg

_CHANNELS = {
    "in_person": "Datang langsung",
    "box": "Kotak pengaduan",
    "whatsapp": "WhatsApp",
    "web": "Situs web",
    "social": "Media sosial",
    "phone": "Telepon",
    "email": "Surel",
    "sms": "SMS",
    "letter": "Surat",
    "app": "Aplikasi",
}


@attrs.frozen
class SiteReport:
    """What a build wrote: the folder, the pages, what the data lacks, and the time it took."""

    folder: Path
    pages: tuple[str, ...]
    missing: tuple[str, ...]
    seconds: float


def _file_slug(slug: str) -> str:
    """Return a slug safe as a file name (the data's slugs are not trusted to be)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", slug).strip(".-")
    return safe or "halaman"


def _list(entries: tuple[Entry, ...], ordered: bool = False) -> str:
    if not entries:
        return '<span class="missing">tidak tercantum</span>'
    if len(entries) == 1 and not entries[0].items and not ordered:
        return esc(entries[0].text)
    tag = "ol" if ordered else "ul"
    items = ""
    for entry in entries:
        sub = "".join(f"<li>{esc(i)}</li>" for i in entry.items)
        items += f"<li>{esc(entry.text)}" + (f"<ul>{sub}</ul>" if sub else "") + "</li>"
    return f"<{tag}>{items}</{tag}>"


class _Site:
    def __init__(self, catalog: Catalog, agency: Agency, out: Path, pdf: bool) -> None:
        self.agency = agency
        self.out = out
        self.pdf = pdf
        self.services = catalog.services_of(agency.code)
        self.sops = tuple({s.code: s for s in catalog.sops_of(agency.code)}.values())
        self.service_file = self._names(s.slug for s in self.services)
        self.sop_file = self._names(s.slug for s in self.sops)
        self.pages: list[str] = []
        self.missing: list[str] = []

    @staticmethod
    def _names(slugs: Iterable[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        used: set[str] = set()
        for slug in slugs:
            name = _file_slug(slug)
            while name in used:
                name += "-2"
            used.add(name)
            names[slug] = name + ".html"
        return names

    def page(self, path: str, title: str, body: str) -> None:
        depth = path.count("/")
        root = "../" * depth
        name = self.agency.short_name or self.agency.name
        html = f"""<!DOCTYPE html>
<html lang="id" data-root="{root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · {esc(name)}</title>
<link rel="stylesheet" href="{root}assets/style.css">
</head>
<body>
<a class="skip" href="#isi">Langsung ke isi</a>
<header class="site">
<a href="{root}index.html">{esc(name)}</a>
<nav aria-label="Navigasi utama"><ul>
<li><a href="{root}index.html#layanan">Layanan</a></li>
<li><a href="{root}index.html#sop">SOP</a></li>
<li><a href="{root}index.html#pengaduan">Pengaduan</a></li>
</ul></nav>
<form class="search" role="search">
<label for="search-input">Cari layanan atau SOP (mis. KP, KGB)</label>
<input id="search-input" type="search" autocomplete="off">
<p id="search-status" aria-live="polite"></p>
</form>
</header>
<ul id="search-results" aria-label="Hasil pencarian"></ul>
<main id="isi">
{body}
</main>
<footer class="site"><p>{esc(self.agency.name)} · {esc(self.agency.address)}</p>
<p>Dibuat dengan sopkit dari data standar pelayanan dan SOP agensi ini.</p></footer>
<script src="{root}assets/search-index.js"></script>
<script src="{root}assets/search.js"></script>
</body>
</html>
"""
        write_output(self.out / path, html, what="site page")
        self.pages.append(path)

    def missing_text(self, what: str) -> str:
        self.missing.append(what)
        return f'<p class="missing">{esc(what)} belum tercantum dalam data.</p>'

    def home(self) -> None:
        a = self.agency
        body = f"<h1>{esc(a.name)}</h1>"
        if a.parent:
            body += f'<p class="meta">{esc(a.parent)}</p>'
        body += "<h2>Maklumat pelayanan</h2>"
        body += (
            f'<p class="maklumat">{esc(a.maklumat)}</p>'
            if a.maklumat
            else self.missing_text("Maklumat pelayanan")
        )
        body += "<h2>Visi</h2>"
        body += f"<p>{esc(a.vision)}</p>" if a.vision else self.missing_text("Visi")
        body += "<h2>Misi</h2>"
        body += (
            _list(tuple(Entry(m) for m in a.mission), True)
            if a.mission
            else self.missing_text("Misi")
        )
        body += '<h2 id="pengaduan">Pengaduan, saran dan masukan</h2>'
        body += self.channels()
        if a.contacts:
            body += (
                "<h2>Kontak</h2><ul>"
                + "".join(
                    f"<li>{esc(c.label or c.kind.value)}: {esc(c.value)}</li>" for c in a.contacts
                )
                + "</ul>"
            )
        body += f'<h2 id="layanan">Standar pelayanan ({len(self.services)})</h2>'
        if self.services:
            body += (
                '<ul class="cards">'
                + "".join(
                    f'<li><a href="layanan/{self.service_file[s.slug]}">{esc(s.name)}</a>'
                    f"{('<br><span class=meta>' + esc(s.section) + '</span>') if s.section else ''}</li>"
                    for s in self.services
                )
                + "</ul>"
            )
        else:
            body += '<p class="note">Agensi ini tidak memuat standar pelayanan.</p>'
        body += f'<h2 id="sop">Standar operasional prosedur ({len(self.sops)})</h2>'
        if self.sops:
            body += (
                '<ul class="cards">'
                + "".join(
                    f'<li><a href="sop/{self.sop_file[s.slug]}">{esc(s.name)}</a></li>'
                    for s in self.sops
                )
                + "</ul>"
            )
        else:
            body += '<p class="note">Agensi ini tidak memuat SOP.</p>'
        self.page("index.html", "Beranda", body)

    def channels(self) -> str:
        """Return the agency's complaint channels, or those its standar pelayanan name."""
        a = self.agency
        if a.complaint_channels:
            rows = "".join(
                f'<tr><th scope="row">{esc(_CHANNELS.get(c.kind.value, c.kind.value))}</th>'
                f"<td>{esc(c.value)}{(' · ' + esc(c.text)) if c.text else ''}</td></tr>"
                for c in a.complaint_channels
            )
            return f'<table><caption class="meta">Saluran pengaduan</caption>{rows}</table>'
        named: dict[tuple[str, str], int] = {}
        for service in self.services:
            for key in {(c.kind.value, c.value) for c in service.complaints}:
                named[key] = named.get(key, 0) + 1
        if not named:
            return self.missing_text("Saluran pengaduan")
        rows = "".join(
            f'<tr><th scope="row">{esc(_CHANNELS.get(kind, kind))}</th><td>{esc(value)}</td>'
            f"<td>{count} dari {len(self.services)} layanan</td></tr>"
            for (kind, value), count in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return (
            '<p class="note">Agensi ini tidak mencantumkan saluran pengaduan tersendiri; '
            "berikut saluran yang disebut dalam komponen pengaduan standar pelayanannya.</p>"
            '<table><caption class="meta">Saluran pengaduan menurut standar pelayanan</caption>'
            '<thead><tr><th scope="col">Saluran</th><th scope="col">Alamat/nomor</th>'
            f'<th scope="col">Disebut di</th></tr></thead><tbody>{rows}</tbody></table>'
        )

    def sop_link(self, service: Service, slug: str) -> str:
        sop = next((s for s in service.sops if slug in (s.slug, s.code)), None)
        if sop is None or sop.slug not in self.sop_file:
            return esc(slug)
        return f'<a href="../sop/{self.sop_file[sop.slug]}">{esc(sop.name)}</a>'

    def service_page(self, service: Service) -> None:
        number = ".".join(p for p in (service.section_code, service.number) if p)
        body = f'<h1>{esc(service.name)}</h1><p class="meta">'
        body += " · ".join(
            esc(p) for p in (service.section, f"nomor {number}" if number else "") if p
        )
        body += "</p>"
        group = ""
        for comp in components(service):
            if comp.group != group:
                body += "</tbody></table>" if group else ""
                group = comp.group
                body += f'<h2>{esc(GROUP_TITLES[group])}</h2><table class="card"><tbody>'
            body += (
                f'<tr><th class="num" scope="row">{comp.number}</th><th scope="row">{esc(comp.label)}</th>'
                f"<td>{_list(comp.entries, comp.ordered)}</td></tr>"
            )
        body += "</tbody></table>"
        if service.variants:
            body += "<h2>Varian</h2>"
            for variant in service.variants:
                body += f'<h3>{esc(variant.name)}</h3><table class="card"><tbody>'
                for label, entries in _variant_rows(variant):
                    cell = (
                        self.sop_link(service, variant.sop)
                        if label == "SOP"
                        else _list(entries, label == "Prosedur")
                    )
                    body += f'<tr><th scope="row">{esc(label)}</th><td>{cell}</td></tr>'
                body += "</tbody></table>"
        body += "<h2>SOP</h2>"
        if service.sops:
            body += (
                "<ul>"
                + "".join(f"<li>{self.sop_link(service, s.slug)}</li>" for s in service.sops)
                + "</ul>"
            )
        else:
            body += '<p class="note">Layanan ini tidak memuat SOP.</p>'
        self.page(f"layanan/{self.service_file[service.slug]}", service.name, body)

    def sop_page(self, sop: Sop) -> None:
        body = f"<h1>SOP {esc(sop.name)}</h1>"
        owner = next((s for s in self.services if s.slug == sop.service), None)
        if owner is not None:
            body += f'<p class="meta">Bagian dari layanan <a href="../layanan/{self.service_file[owner.slug]}">{esc(owner.name)}</a></p>'
        rows = "".join(
            f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in sop_identity(sop)
        )
        body += f'<h2>Identitas</h2><table><tbody>{rows}</tbody></table><div class="sections">'
        for title, items in sop_sections(sop):
            body += f"<div><h3>{esc(title)}</h3>{_list(tuple(Entry(i) for i in items), len(items) > 1)}</div>"
        body += "</div><h2>Prosedur</h2>"
        if self.pdf:
            name = self.sop_file[sop.slug].removesuffix(".html") + ".pdf"
            document = render_sop_pdf(sop, PdfOptions(agency=self.agency))
            write_output(self.out / "sop" / name, document, what="SOP PDF")
            body += (
                f'<p><a href="{name}" download>Unduh dokumen SOP (PDF, A4) untuk dicetak</a></p>'
            )
        svg = render_sop_svg(sop)
        body += (
            f'<div class="chart" tabindex="0" role="region" aria-label="Bagan alir SOP {esc(sop.name)}">'
            f"{svg}</div>"
        )
        self.page(f"sop/{self.sop_file[sop.slug]}", f"SOP {sop.name}", body)

    def index(self) -> None:
        items = [
            {
                "title": s.name,
                "kind": "Layanan",
                "url": f"layanan/{self.service_file[s.slug]}",
                "text": " ".join([s.section, *s.aliases, *(v.name for v in s.variants)]),
            }
            for s in self.services
        ]
        items += [
            {
                "title": f"SOP {s.name}",
                "kind": "SOP",
                "url": f"sop/{self.sop_file[s.slug]}",
                "text": " ".join([s.unit, *s.actors]),
            }
            for s in self.sops
        ]
        data = {"items": items, "abbreviations": ABBREVIATIONS, "variants": _VARIANTS}
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        write_output(self.out / "assets/search-index.js", f"window.SOPKIT_SEARCH = {text};\n")

    def assets(self) -> None:
        folder = make_folder(self.out / "assets")
        here = resources.files("sopkit.site").joinpath("assets")
        fonts = resources.files("sopkit.render").joinpath("fonts")
        for name in ("style.css", "search.js"):
            write_output(folder / name, here.joinpath(name).read_bytes())
        for name in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "OFL.txt"):
            write_output(folder / name, fonts.joinpath(name).read_bytes())


def build_site(
    catalog: Catalog, agency: str, out: str | Path, *, clean: bool = False, pdf: bool = False
) -> SiteReport:
    """Write the static site of an agency into a folder; return what was written and lacked.

    With `pdf`, each SOP page links its print-ready PDF (identity page and paged chart).
    """
    started = time.perf_counter()
    target = Path(out)
    found = catalog.agency(agency)
    if clean and target.is_dir():
        shutil.rmtree(target)
    site = _Site(catalog, found, make_folder(target), pdf)
    make_folder(target / "layanan")
    make_folder(target / "sop")
    site.assets()
    site.index()
    site.home()
    for service in site.services:
        site.service_page(service)
    for sop in site.sops:
        site.sop_page(sop)
    return SiteReport(target, tuple(site.pages), tuple(site.missing), time.perf_counter() - started)
