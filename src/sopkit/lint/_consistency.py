"""Consistency across a service: staffing sums, numbering, copied text, titles, named roles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from sopkit.core._search import normalise
from sopkit.core._service import Service
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check

# share of a list found verbatim in another service's list before it counts as copied
COPIED_SHARE = 0.8
COPIED_MIN_ITEMS = 3


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


@check(
    "STAFF001",
    Severity.WARNING,
    "the staffing breakdown does not add up to its total",
    "rincian jumlah pelaksana tidak sama dengan totalnya",
)
def staffing_sum(ctx: LintContext) -> Iterator[Raw]:
    """Yield each jumlah pelaksana whose counted breakdown differs from the stated total."""
    for service in ctx.services():
        staffing = service.staffing
        if staffing is None or staffing.total is None:
            continue
        counted = staffing.breakdown_sum
        if counted is not None and counted != staffing.total:
            yield (
                Location(service.agency, service.slug, field="staffing.breakdown"),
                f"Jumlah pelaksana {staffing.total} orang, rinciannya berjumlah {counted}",
                f"Staffing states {staffing.total}, its breakdown adds up to {counted}",
            )


_HEADCOUNT = re.compile(r"(\d+)\s*\(?[a-z ]*\)?\s*orang", re.IGNORECASE)


@check(
    "STAFF002",
    Severity.WARNING,
    "a competency line counts other staff than the staffing total",
    "baris kompetensi menghitung pelaksana yang berbeda dari total jumlah pelaksana",
)
def staffing_in_competencies(ctx: LintContext) -> Iterator[Raw]:
    """Yield each kompetensi line stating 'N orang' where N is not the jumlah pelaksana."""
    for service in ctx.services():
        total = service.staffing.total if service.staffing else None
        if total is None:
            continue
        for i, competency in enumerate(service.competencies):
            for match in _HEADCOUNT.finditer(str(competency)):
                if int(match.group(1)) != total:
                    yield (
                        Location(service.agency, service.slug, field=f"competencies[{i}]"),
                        f"Kompetensi menyebut {match.group(0)}, jumlah pelaksana {total} orang",
                        f"A competency line says '{match.group(0)}', the staffing total is {total}",
                    )


@check(
    "SP002",
    Severity.WARNING,
    "two services of one section print the same number",
    "dua layanan dalam satu bidang mencantumkan nomor yang sama",
)
def repeated_number(ctx: LintContext) -> Iterator[Raw]:
    """Yield each service whose printed number an earlier service of its section already has."""
    for agency in ctx.agencies:
        seen: dict[tuple[str, str], Service] = {}
        for service in ctx.catalog.services_of(agency):
            if not service.number:
                continue
            key = (service.section_code or service.section, service.number)
            first = seen.setdefault(key, service)
            if first is not service:
                yield (
                    Location(service.agency, service.slug, field="number"),
                    f"Nomor layanan {service.number} sudah dipakai '{first.name}' di bidang yang sama",
                    f"Service number {service.number} is already printed for '{first.name}' "
                    "in the same section",
                )


@check(
    "SOP004",
    Severity.INFO,
    "the procedure and the SOP count different steps",
    "prosedur dan SOP memuat jumlah langkah yang berbeda",
)
def procedure_vs_sop(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose numbered steps differ in count from its service's procedure items."""
    for service, sop in ctx.sops():
        if service is None or not service.procedure or not sop.steps or len(service.sops) != 1:
            continue
        steps = sum(1 for s in sop.steps if s.numbered)
        items = len(service.procedure)
        if steps != items:
            yield (
                Location(sop.agency, service.slug, sop.slug, field="steps"),
                f"Prosedur layanan memuat {items} butir, SOP {steps} langkah",
                f"The service's procedure has {items} items, its SOP {steps} steps",
            )


def _lists(service: Service) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    yield "requirements", "persyaratan", tuple(r.text for r in service.all_requirements)
    yield "procedure", "prosedur", tuple(p.flat() for p in service.procedure)
    for i, sop in enumerate(service.sops):
        yield f"sops[{i}].steps", "langkah SOP", tuple(s.activity for s in sop.steps)


@check(
    "COPY001",
    Severity.INFO,
    "a service's list is copied from another service",
    "daftar pada suatu layanan disalin dari layanan lain",
)
def copied_lists(ctx: LintContext) -> Iterator[Raw]:
    """Yield each requirement, procedure or step list mostly found verbatim in another service."""
    for agency in ctx.agencies:
        services = ctx.catalog.services_of(agency)
        # one pass indexes each normalised item; overlaps are counted per pair of lists
        owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        lists: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
        for service in services:
            for field, label, items in _lists(service):
                kind = "steps" if field.startswith("sops") else field
                keys = tuple(k for k in dict.fromkeys(map(_norm, items)) if k)
                lists[(service.slug, field)] = (label, keys)
                for key in keys:
                    owners[(kind, key)].add(service.slug)
        names = {s.slug: s.name for s in services}
        for (slug, field), (label, keys) in lists.items():
            if len(keys) < COPIED_MIN_ITEMS:
                continue
            kind = "steps" if field.startswith("sops") else field
            shared: dict[str, int] = defaultdict(int)
            for key in keys:
                for other in owners[(kind, key)] - {slug}:
                    shared[other] += 1
            for other, count in sorted(shared.items()):
                if count / len(keys) >= COPIED_SHARE:
                    yield (
                        Location(agency, slug, field=field),
                        f"{count} dari {len(keys)} butir {label} sama persis dengan "
                        f"'{names[other]}'",
                        f"{count} of {len(keys)} {field.rsplit('.', 1)[-1]} items are verbatim "
                        f"those of '{names[other]}'",
                    )


_TITLE_NOISE = {"sop", "standar", "operasional", "prosedur", "pelayanan", "layanan", "standart"}


def _title_words(text: str) -> set[str]:
    return set(normalise(text).split()) - _TITLE_NOISE


@check(
    "SOP005",
    Severity.INFO,
    "an SOP is titled differently from its service",
    "judul SOP berbeda dari nama layanannya",
)
def sop_title(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose title words and its service's name words differ both ways."""
    for service, sop in ctx.sops():
        if service is None:
            continue
        mine, theirs = _title_words(sop.name), _title_words(service.name)
        if mine and theirs and not (mine <= theirs or theirs <= mine):
            yield (
                Location(sop.agency, service.slug, sop.slug, field="name"),
                f"Judul SOP '{sop.name}' berbeda dari nama layanan '{service.name}'",
                f"The SOP is titled '{sop.name}', its service '{service.name}'",
            )


@check(
    "ROLE004",
    Severity.INFO,
    "a step without actors names a declared role in its text",
    "langkah tanpa pelaksana menyebutkan peran yang ditetapkan dalam uraiannya",
)
def role_in_text(ctx: LintContext) -> Iterator[Raw]:
    """Yield a suggestion for each actorless step whose activity names a declared role."""
    for service, sop in ctx.sops():
        registry = ctx.catalog.roles_of(sop.agency)
        names = sorted(
            {n for role in registry.roles for n in role.names if len(n) >= 4},
            key=len,
            reverse=True,
        )
        patterns = [(n, re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.I)) for n in names]
        for step in sop.steps:
            if step.actors:
                continue
            hit = next((n for n, p in patterns if p.search(step.activity)), None)
            if hit is not None:
                yield (
                    Location(
                        sop.agency, service.slug if service else "", sop.slug, step.number, "actors"
                    ),
                    f"Kolom pelaksana kosong, tetapi kegiatan menyebut '{hit}' (saran; data "
                    "tetap seperti tercetak)",
                    f"No actor cell is marked, but the activity names '{hit}' (a suggestion; "
                    "the data stays as printed)",
                )


@check(
    "FLOW006",
    Severity.WARNING,
    "a decision names no target for either answer",
    "keputusan tidak menyebutkan tujuan untuk jawaban mana pun",
)
def decision_without_targets(ctx: LintContext) -> Iterator[Raw]:
    """Yield each ◇ with neither a Ya nor a Tidak target: render and sim pass it to the next step."""
    for service, sop in ctx.sops():
        for step in sop.steps:
            d = step.decision
            if d is not None and d.yes is None and d.no is None:
                yield (
                    Location(
                        sop.agency,
                        service.slug if service else "",
                        sop.slug,
                        step.number,
                        "decision",
                    ),
                    "Keputusan tanpa tujuan Ya/Tidak: diagram dan simulasi meneruskannya ke "
                    "langkah berikutnya",
                    "A decision with no Ya/Tidak target: render and simulation both carry it "
                    "on to the next step",
                )


@check(
    "FLOW007",
    Severity.INFO,
    "a step row has fewer cells than the header",
    "baris langkah memiliki sel lebih sedikit daripada kepala tabel",
)
def uncertain_rows(ctx: LintContext) -> Iterator[Raw]:
    """Yield each step whose marks could not be placed in a column with certainty."""
    for service, sop in ctx.sops():
        for step in sop.steps:
            if step.uncertain:
                yield (
                    Location(
                        sop.agency, service.slug if service else "", sop.slug, step.number, "marks"
                    ),
                    "Baris langkah memiliki sel lebih sedikit dari kepala tabel: kolom pelaksana "
                    "tidak pasti",
                    "The row has fewer cells than the header: which actor column holds the mark "
                    "is uncertain",
                )


@check(
    "TOC001",
    Severity.ERROR,
    "a table-of-contents entry names an SOP the agency does not hold",
    "entri daftar isi menyebutkan SOP yang tidak dimiliki instansi",
)
def contents_targets(ctx: LintContext) -> Iterator[Raw]:
    """Yield each daftar isi entry whose `sop` is no SOP of its agency."""
    for code in ctx.agencies:
        agency = ctx.catalog.agency(code)
        held = {s.slug for s in ctx.catalog.sops_of(code)}
        for i, entry in enumerate(agency.contents):
            if entry.sop and entry.sop not in held:
                yield (
                    Location(code, field=f"contents[{i}].sop"),
                    f"Daftar isi '{entry.title}' menunjuk SOP '{entry.sop}' yang tidak ada",
                    f"The contents entry '{entry.title}' names SOP '{entry.sop}', which is not held",
                )


@check(
    "TOC002",
    Severity.WARNING,
    "a table of contents prints the same number twice",
    "daftar isi mencantumkan nomor yang sama dua kali",
)
def contents_numbers(ctx: LintContext) -> Iterator[Raw]:
    """Yield each daftar isi entry whose printed number an earlier entry already has."""
    for code in ctx.agencies:
        seen: dict[str, str] = {}
        for i, entry in enumerate(ctx.catalog.agency(code).contents):
            if not entry.number:
                continue
            first = seen.setdefault(entry.number, entry.title)
            if first != entry.title:
                yield (
                    Location(code, field=f"contents[{i}].number"),
                    f"Nomor daftar isi {entry.number} sudah dipakai '{first}'",
                    f"Contents number {entry.number} is already printed for '{first}'",
                )


def _channel_key(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) >= 6 else _norm(value)


@check(
    "SP003",
    Severity.WARNING,
    "a complaint channel differs from the agency's own",
    "saluran pengaduan berbeda dari saluran pengaduan instansi",
)
def odd_complaint_channel(ctx: LintContext) -> Iterator[Raw]:
    """Yield each complaint channel whose value is not the agency's for that kind.

    The agency's channels are those its agency.yaml declares, else the value most of its
    services print (when at least three print it): a telephone or web address copied from
    another unit or a former name stands out.
    """
    for code in ctx.agencies:
        services = ctx.catalog.services_of(code)
        agency = ctx.catalog.agency(code)
        declared: dict[str, set[str]] = defaultdict(set)
        for channel in agency.complaint_channels:
            declared[channel.kind.value].add(_channel_key(channel.value))
        # the agency's other addresses and contacts (a Balai Diklat) are its own too
        own = " ".join(
            _norm(t)
            for t in (
                *(a.text for a in agency.other_addresses),
                *(c.value for c in agency.contacts),
            )
        )
        own_digits = re.sub(r"\D", "", " ".join(c.value for c in agency.contacts))
        own_digits += re.sub(r"\D", "", " ".join(a.text for a in agency.other_addresses))
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for service in services:
            for pair in {(c.kind.value, _channel_key(c.value)) for c in service.complaints}:
                counts[pair[0]][pair[1]] += 1
        usual: dict[str, set[str]] = {}
        for kind, values in counts.items():
            if declared.get(kind):
                usual[kind] = declared[kind]
            else:
                value, seen = max(values.items(), key=lambda kv: kv[1])
                if seen >= 3:
                    usual[kind] = {value}
        for service in services:
            for i, channel in enumerate(service.complaints):
                expected = usual.get(channel.kind.value)
                key = _channel_key(channel.value)
                if (key.isdigit() and key in own_digits) or (not key.isdigit() and key in own):
                    continue
                if expected and key not in expected:
                    yield (
                        Location(code, service.slug, field=f"complaints[{i}].value"),
                        f"Saluran pengaduan {channel.kind.value} '{channel.value}' berbeda dari "
                        "yang dipakai instansi",
                        f"The {channel.kind.value} complaint channel '{channel.value}' is not the "
                        "agency's own",
                    )
