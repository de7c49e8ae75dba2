"""The command line's words in its two languages: one catalogue, looked up by key.

English is the default interface language (the library's API, errors and docs are English);
`--lang id` or SOPKIT_LANG=id switch every label, table header and verdict word to Indonesian.
Catalogue content (service names, steps, legal text) is printed as the data holds it.
"""

from __future__ import annotations

from sopkit._i18n import LANGUAGES

# key: (English, Indonesian); placeholders are str.format fields, the same in both
MESSAGES: dict[str, tuple[str, str]] = {
    # table headers
    "col.code": ("code", "kode"),
    "col.name": ("name", "nama"),
    "col.regency": ("regency", "kabupaten/kota"),
    "col.services": ("services", "layanan"),
    "col.sops": ("SOPs", "SOP"),
    "col.no": ("no.", "no."),
    "col.service": ("service", "layanan"),
    "col.time_limit": ("time limit", "jangka waktu"),
    "col.sop_alone": ("SOP (no service standard)", "SOP (tanpa standar pelayanan)"),
    "col.steps": ("steps", "langkah"),
    "col.kind": ("kind", "jenis"),
    "col.plugin": ("plugin", "plugin"),
    "col.distribution": ("distribution", "distribusi"),
    "col.version": ("version", "versi"),
    "col.registers": ("registers", "mendaftarkan"),
    "col.status": ("status", "status"),
    "col.severity": ("severity", "tingkat"),
    "col.where": ("where", "lokasi"),
    "col.message": ("message", "pesan"),
    "col.check": ("check", "pemeriksaan"),
    "col.findings": ("findings", "temuan"),
    "col.date": ("date", "tanggal"),
    "col.day": ("day", "hari"),
    "col.role": ("role", "peran"),
    "col.aliases": ("aliases", "alias"),
    "col.escalation": ("escalation", "eskalasi"),
    "col.rule": ("rule", "aturan"),
    "col.title": ("title", "judul"),
    "col.params": ("params", "parameter"),
    "col.flag": ("flag", "tanda"),
    "col.linked": ("linked", "tertaut"),
    "col.agency": ("agency", "instansi"),
    "col.errors": ("errors", "galat"),
    "col.warnings": ("warnings", "peringatan"),
    "col.info": ("info", "info"),
    "col.step_no": ("no", "no"),
    "col.activity": ("activity", "kegiatan"),
    "col.actors": ("actors", "pelaksana"),
    "col.inputs": ("inputs", "kelengkapan"),
    "col.duration": ("time", "waktu"),
    "col.output": ("output", "output"),
    "col.remarks": ("remarks", "keterangan"),
    "col.lead_time": ("lead time", "waktu selesai"),
    "col.mean": ("mean", "rerata"),
    "col.station": ("station", "stasiun"),
    "col.servers": ("servers", "petugas"),
    "col.utilisation": ("utilisation", "utilisasi"),
    "col.mean_queue": ("mean queue", "rerata antrean"),
    "col.max_queue": ("max queue", "antrean maks"),
    "col.mean_wait": ("mean wait h", "rerata tunggu jam"),
    "col.figure": ("figure", "besaran"),
    "col.from": ("from", "dari"),
    "col.to": ("to", "sampai"),
    "col.office_hours": ("office hours", "jam kerja"),
    "col.interval": ("95% interval", "selang 95%"),
    "col.files": ("files", "berkas"),
    "col.lead_working": ("lead working days", "waktu selesai hari kerja"),
    "col.source": ("source", "sumber"),
    "col.offered": ("offered ρ", "beban ρ"),
    "col.step": ("step", "langkah"),
    "col.lead_h": ("lead h", "selesai jam"),
    "col.effort_h": ("effort h", "kerja jam"),
    "col.elapsed_h": ("elapsed h", "tunggu proses jam"),
    "col.visits": ("visits", "kunjungan"),
    # values in tables
    "kind.service": ("service", "layanan"),
    "kind.sop": ("SOP", "SOP"),
    "severity.error": ("error", "galat"),
    "severity.warning": ("warning", "peringatan"),
    "severity.info": ("info", "info"),
    "plugin.loaded": ("loaded", "dimuat"),
    "plugin.broken": ("BROKEN", "RUSAK"),
    "unlimited": ("unlimited", "tak terbatas"),
    "sim.peak": ("peak {value}", "puncak {value}"),
    "sim.unstable_mark": ("UNSTABLE", "TIDAK STABIL"),
    "hours.closed": ("closed", "tutup"),
    "daykind.holiday": ("holiday", "libur nasional"),
    "daykind.cuti_bersama": ("cuti_bersama", "cuti bersama"),
    "daykind.local": ("local", "libur daerah"),
    "weekday.mon": ("mon", "sen"),
    "weekday.tue": ("tue", "sel"),
    "weekday.wed": ("wed", "rab"),
    "weekday.thu": ("thu", "kam"),
    "weekday.fri": ("fri", "jum"),
    "weekday.sat": ("sat", "sab"),
    "weekday.sun": ("sun", "min"),
    "weekday": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    ),
    # catalogue commands
    "search.none": (
        "no service or SOP matches {text!r}{where}.",
        "tidak ada layanan atau SOP yang cocok dengan {text!r}{where}.",
    ),
    "search.in_agency": (" in {agency}", " di {agency}"),
    "search.suggest": ("Did you mean: {words}?", "Mungkin maksud Anda: {words}?"),
    "search.hint": (
        "Try fewer or other words, or list everything with `sopkit services`.",
        "Coba kata lain atau lebih sedikit, atau lihat semua dengan `sopkit services`.",
    ),
    "search.count": ("{count} found", "{count} ditemukan"),
    "plugins.broken": (
        "{count} plugin(s) failed to load; other commands stop on them unless run with --lenient",
        "{count} plugin gagal dimuat; perintah lain berhenti karenanya kecuali dengan --lenient",
    ),
    "plugins.none": (
        "no catalogue plugin is installed (see docs/plugins.md)",
        "tidak ada plugin katalog yang terpasang (lihat docs/plugins.md)",
    ),
    "skipped": ("skipped plugin {name}: {reason}", "plugin {name} dilewati: {reason}"),
    # lint
    "lint.summary_head": ("Findings per check", "Temuan per pemeriksaan"),
    "lint.total": (
        "{count} findings: {errors} error, {warnings} warning, {infos} info",
        "{count} temuan: {errors} galat, {warnings} peringatan, {infos} info",
    ),
    "lint.none": (
        "no findings: {checks} checks ran over {agencies} agencies",
        "tidak ada temuan: {checks} pemeriksaan atas {agencies} instansi",
    ),
    # render
    "render.wrote": (
        "wrote {path} ({size} bytes, {format})",
        "menulis {path} ({size} byte, {format})",
    ),
    # deadline / calendar
    "deadline.agency": ("agency", "instansi"),
    "deadline.received": ("received", "diterima"),
    "deadline.time_limit": ("time limit", "jangka waktu"),
    "deadline.due": ("due", "batas"),
    "deadline.estimated": (
        "note: {date} {name} is an estimated date",
        "catatan: {date} {name} adalah tanggal perkiraan",
    ),
    "calendar.head": (
        "{agency} {year}: {count} working days ({tz})",
        "{agency} {year}: {count} hari kerja ({tz})",
    ),
    # roles
    "roles.artefacts": (
        "{count} column(s) the OCR garbled, kept to trace their marks and not listed as "
        "offices: {codes}",
        "{count} kolom rusak karena OCR, disimpan untuk menelusuri tandanya dan tidak "
        "dicantumkan sebagai jabatan: {codes}",
    ),
    "signer.signs": ("{role} ({code}) signs{product}", "{role} ({code}) menandatangani{product}"),
    "signer.source": ("source: {source}", "sumber: {source}"),
    # check
    "verdict.pass": ("ELIGIBLE", "MEMENUHI SYARAT"),
    "verdict.fail": ("NOT ELIGIBLE", "TIDAK MEMENUHI SYARAT"),
    "verdict.unknown": ("UNDETERMINED (facts missing)", "BELUM DAPAT DIPASTIKAN (data kurang)"),
    "verdict.nothing": (
        "UNDETERMINED (nothing was checkable)",
        "BELUM DAPAT DIPASTIKAN (tidak ada yang dapat diperiksa)",
    ),
    "verdict.head": ("{rule} on {on}: {word}{when}", "{rule} pada {on}: {word}{when}"),
    "verdict.earliest": ("; earliest: {date}", "; paling cepat: {date}"),
    "verdict.no_date": ("; no date computable", "; tanggal tidak dapat dihitung"),
    "verdict.why_no_date": (
        "no date: {check}: {reason}",
        "tanpa tanggal: {check}: {reason}",
    ),
    "verdict.warning": ("warning: {field}: {text}", "peringatan: {field}: {text}"),
    "verdict.basis": ("legal basis: {basis}", "dasar hukum: {basis}"),
    "verdict.met_from": ("met from: {date}", "terpenuhi mulai: {date}"),
    "check.service_head": (
        "{code}: {checkable} of {total} requirements are checkable rules",
        "{code}: {checkable} dari {total} syarat dapat diperiksa dengan aturan",
    ),
    "check.today": (
        "no --on date given: checking on today, {date} (WIB)",
        "tanpa --on: diperiksa pada hari ini, {date} (WIB)",
    ),
    "check.eligibility_rule": ("eligibility rule: {rule}", "aturan kelayakan: {rule}"),
    "check.all_met": (
        "all checkable requirements met",
        "semua syarat yang dapat diperiksa terpenuhi",
    ),
    "check.some_unmet": ("some requirements are not met", "ada syarat yang belum terpenuhi"),
    "check.some_unknown": (
        "some requirements could not be determined",
        "ada syarat yang belum dapat dipastikan",
    ),
    "check.nothing": (
        "nothing was checked: none of the requirements is a checkable rule",
        "tidak ada yang diperiksa: tidak satu pun syarat berupa aturan yang dapat diperiksa",
    ),
    # simulate
    "sim.note": ("note: {note}", "catatan: {note}"),
    "sim.head": ("{name}: {files} files, seed {seed}", "{name}: {files} berkas, seed {seed}"),
    "sim.working_days": ("working days", "hari kerja"),
    "sim.calendar_days": ("calendar days", "hari kalender"),
    "sim.sla": (
        "SLA ({limit}): {share} on time ({met} of {total}; 95% {interval})",
        "SLA ({limit}): {share} tepat waktu ({met} dari {total}; 95% {interval})",
    ),
    "sim.assumption": ("assumption: {note}", "asumsi: {note}"),
    "sim.event_log": (
        "event log: {count} events written to {path}",
        "log kejadian: {count} kejadian ditulis ke {path}",
    ),
    "sim.unstable": (
        "unstable (ρ ≥ 1, queues grow without bound; figures depend on the horizon): {names}",
        "tidak stabil (ρ ≥ 1, antrean tumbuh tanpa batas; angka bergantung pada horizon): {names}",
    ),
    "sim.lead_of": ("lead time {name}", "waktu selesai {name}"),
    "sim.bottlenecks": ("bottlenecks: {names}", "hambatan: {names}"),
    "sim.reps_head": (
        "{name}: {count} replications, 95% confidence intervals",
        "{name}: {count} replikasi, selang kepercayaan 95%",
    ),
    "sim.lead_working": ("lead time, working days", "waktu selesai, hari kerja"),
    "sim.lead_calendar": ("lead time, calendar days", "waktu selesai, hari kalender"),
    "sim.sla_attainment": ("SLA attainment", "capaian SLA"),
    "sim.utilisation": ("utilisation {name}", "utilisasi {name}"),
    "progress.files": ("files", "berkas"),
    # demo
    "demo.title": ("sopkit demo: the installed catalogues", "sopkit demo: katalog yang terpasang"),
    "demo.counts": (
        "({services} services, {sops} standalone SOPs)",
        "({services} layanan, {sops} SOP tanpa layanan)",
    ),
    "demo.steps": ("{count} steps", "{count} langkah"),
    "demo.more": ("... and {count} more", "... dan {count} lainnya"),
    "demo.received": (
        "received {when} ({tz}), time limit {limit}",
        "diterima {when} ({tz}), jangka waktu {limit}",
    ),
    "demo.due": ("due      {when}", "batas    {when}"),
    "demo.days_off": (
        "days off in between (national holidays and cuti bersama):",
        "hari libur di antaranya (libur nasional dan cuti bersama):",
    ),
    "demo.lint": (
        "(what a reviewer would point out; the seeds' own contradictions)",
        "(yang akan ditunjukkan penelaah; kontradiksi dalam sumber sendiri)",
    ),
    "demo.example": ("for example:", "misalnya:"),
    "demo.more_help": (
        "More: sopkit --help; sopkit show CODE --json; sopkit lint; sopkit deadline --help",
        "Lainnya: sopkit --help; sopkit show KODE --json; sopkit lint; sopkit deadline --help",
    ),
    # show: labels of an agency, service and SOP
    "show.address": ("Address", "Alamat"),
    "show.contacts": ("Contacts", "Kontak"),
    "show.decree": ("Decree", "Keputusan"),
    "show.signed_by": ("signed by {who}", "ditandatangani {who}"),
    "show.timezone": (
        "Time zone: {tz}; a bare 'hari' means: {day}",
        "Zona waktu: {tz}; 'hari' tanpa keterangan: {day}",
    ),
    "show.vision": ("Vision", "Visi"),
    "show.mission": ("Mission", "Misi"),
    "show.maklumat": ("Service pledge (maklumat)", "Maklumat"),
    "show.legal_basis": ("Legal basis", "Dasar hukum"),
    "show.complaints": ("Complaint channels", "Pengaduan"),
    "show.notes": ("Notes", "Catatan"),
    "show.number": ("no. {number}", "no. {number}"),
    "show.section": ("Section", "Bidang"),
    "show.condition": ("(condition)", "(syarat)"),
    "show.variant": (
        "Variant {name} ({slug}): time {limit}",
        "Varian {name} ({slug}): waktu {limit}",
    ),
    "show.procedure": ("Procedure", "Prosedur"),
    "show.sop_number": ("SOP number", "Nomor SOP"),
    "show.created": ("Created", "Tanggal pembuatan"),
    "show.revised": ("Revised", "Tanggal revisi"),
    "show.effective": ("Effective", "Tanggal efektif"),
    "show.approved_by": ("Approved by", "Disahkan oleh"),
    "show.qualifications": ("Executor qualifications", "Kualifikasi pelaksana"),
    "show.related": ("Related", "Keterkaitan"),
    "show.equipment": ("Equipment", "Peralatan/perlengkapan"),
    "show.warnings": ("Warnings", "Peringatan"),
    "show.records": ("Records", "Pencatatan dan pendataan"),
    "show.product_owner": ("Responsible for the product", "Penanggung jawab produk"),
    "show.executor": ("Responsible for execution", "Penanggung jawab pelaksanaan"),
    "show.scope": ("Scope", "Ruang lingkup"),
    "show.actors": ("Actors", "Pelaksana"),
    "show.total": ("Total time", "Total waktu"),
    "show.yes": ("Yes", "Ya"),
    "show.no": ("No", "Tidak"),
    # the 14 components of PermenPAN-RB 15/2014 (Indonesian names as the regulation gives them)
    "component.requirements": ("Requirements", "Persyaratan"),
    "component.procedure": ("System, mechanism and procedure", "Sistem, mekanisme dan prosedur"),
    "component.time_limit": ("Time limit", "Jangka waktu penyelesaian"),
    "component.fee": ("Fee", "Biaya/tarif"),
    "component.products": ("Service products", "Produk pelayanan"),
    "component.complaints": (
        "Handling of complaints, suggestions and feedback",
        "Penanganan pengaduan, saran dan masukan",
    ),
    "component.legal_basis": ("Legal basis", "Dasar hukum"),
    "component.facilities": ("Facilities", "Sarana, prasarana dan/atau fasilitas"),
    "component.competencies": ("Executor competencies", "Kompetensi pelaksana"),
    "component.oversight": ("Internal oversight", "Pengawasan internal"),
    "component.staffing": ("Number of executors", "Jumlah pelaksana"),
    "component.service_guarantee": ("Service guarantee", "Jaminan pelayanan"),
    "component.security_guarantee": (
        "Security and safety guarantee",
        "Jaminan keamanan dan keselamatan pelayanan",
    ),
    "component.performance_evaluation": (
        "Evaluation of executors' performance",
        "Evaluasi kinerja pelaksana",
    ),
    "progress.replications": ("replications", "replikasi"),
}


def message(lang: str, key: str, **fields: object) -> str:
    """Return the message key in lang, with fields filled in."""
    text = MESSAGES[key][LANGUAGES.index(lang)]
    return text.format(**fields) if fields else text
