"""The command line's Indonesian templates by their English template (see sopkit._i18n).

Help texts, argparse's own words, option errors and command errors; sections keep them apart.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- command line: argparse's own words ---
    "usage: ": "penggunaan: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diberikan: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "diharapkan satu argumen",
    "expected at most one argument": "diharapkan paling banyak satu argumen",
    "expected at least one argument": "diharapkan paling sedikit satu argumen",
    "expected %s argument": "diharapkan %s argumen",
    "expected %s arguments": "diharapkan %s argumen",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s dapat berarti %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diberikan",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ignored explicit argument %r": "argumen eksplisit %r diabaikan",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    # --- command line: framing of errors and notes (sopkit.cli) ---
    "{prog}: error: {message} (see '{prog} --help')": (
        "{prog}: galat: {message} (lihat '{prog} --help')"
    ),
    "sopkit: error: {message}": "sopkit: galat: {message}",
    "(`sopkit plugins` lists every plugin, broken ones with their error)": (
        "(`sopkit plugins` menampilkan semua plugin, yang rusak beserta galatnya)"
    ),
    "(find codes with `sopkit search TEXT`)": "(cari kode dengan `sopkit search TEKS`)",
    # --- command line: option help texts (sopkit.cli) ---
    # sopkit
    "Indonesian public-service standards and SOPs as typed data.": (
        "Standar pelayanan publik dan SOP Indonesia sebagai data bertipe."
    ),
    "Exit codes: 0 ok, 1 error or not found (lint: errors found), 2 usage error; "
    "`sopkit check`: 0 eligible, 3 not eligible, 4 undetermined.": (
        "Kode keluar: 0 berhasil, 1 galat atau tidak ditemukan (lint: ada temuan galat), "
        "2 galat penggunaan; `sopkit check`: 0 memenuhi syarat, 3 tidak memenuhi syarat, "
        "4 belum dapat dipastikan."
    ),
    "print the version and exit": "cetak versi lalu keluar",
    "skip plugins that fail to load or hold invalid data, and report them": (
        "lewati plugin yang gagal dimuat atau memuat data tidak sah, lalu laporkan"
    ),
    "load every catalogue from its files, neither reading nor writing the cache": (
        "muat setiap katalog dari berkasnya, tanpa membaca maupun menulis cache"
    ),
    "interface language: en (default) or id; also SOPKIT_LANG": (
        "bahasa antarmuka: en (bawaan) atau id; dapat juga melalui SOPKIT_LANG"
    ),
    "colour output: auto (a terminal, unless NO_COLOR is set), always or never": (
        "keluaran berwarna: auto (di terminal, kecuali NO_COLOR ditetapkan), always atau never"
    ),
    "never page long output on a terminal": (
        "jangan tampilkan keluaran panjang melalui pager di terminal"
    ),
    "print JSON": "cetak JSON",
    "only this agency": "hanya instansi ini",
    # catalogue commands
    "list the agencies of every installed catalogue": (
        "tampilkan instansi dari setiap katalog yang terpasang"
    ),
    "list services and SOPs": "tampilkan layanan dan SOP",
    "show one agency, service or SOP in full": (
        "tampilkan satu instansi, layanan atau SOP secara lengkap"
    ),
    "e.g. malang.bkpsdm, <agency>/<service>, <agency>/sop/<sop>, or a slug alone": (
        "mis. malang.bkpsdm, <agency>/<service>, <agency>/sop/<sop>, atau slug saja"
    ),
    "search service and SOP names (typos, KP, KGB, Karpeg... expand)": (
        "cari nama layanan dan SOP (salah ketik ditoleransi; KP, KGB, Karpeg... diuraikan)"
    ),
    "list installed plugins, versions and what they register, broken ones included": (
        "tampilkan plugin yang terpasang, versinya dan apa yang didaftarkannya, termasuk yang rusak"
    ),
    # roles
    "list an agency's roles, aliases and reporting lines": (
        "tampilkan peran, alias dan jalur pelaporan suatu instansi"
    ),
    "who signs a service's product, given the facts": (
        "siapa yang menandatangani produk layanan, berdasarkan fakta yang diberikan"
    ),
    "target golongan/ruang, e.g. IV/a": "golongan/ruang yang dituju, mis. IV/a",
    "education level sought, e.g. S1 or D-III (SD … S3, profesi, spesialis)": (
        "jenjang pendidikan yang diajukan, mis. S1 atau D-III (SD … S3, profesi, spesialis)"
    ),
    "variant slug": "slug varian",
    # calendar
    "when a time limit received at a moment ends": (
        "kapan jangka waktu yang dihitung sejak saat penerimaan berakhir"
    ),
    "the agency (taken from --service when it names one)": (
        "instansi (diambil dari --service bila kode itu menyebutkannya)"
    ),
    "moment of receipt, YYYY-MM-DDTHH:MM[:SS][±HH:MM], or YYYY-MM-DD for 00:00; "
    "without an offset it is read in the agency's timezone": (
        "saat penerimaan, YYYY-MM-DDTHH:MM[:SS][±HH:MM], atau YYYY-MM-DD untuk pukul 00:00; "
        "tanpa selisih UTC dibaca menurut zona waktu instansi"
    ),
    "e.g. '14 (empat belas) hari kerja'": "mis. '14 (empat belas) hari kerja'",
    "<agency>/<slug> or just <slug>": "<agency>/<slug> atau cukup <slug>",
    "a variant's slug or name (with --service)": "slug atau nama varian (dengan --service)",
    "how to read a bare 'hari' when the agency declares nothing": (
        "cara membaca 'hari' tanpa keterangan bila instansi tidak menyatakannya"
    ),
    "working days, holidays, cuti bersama and hours of a year": (
        "hari kerja, hari libur, cuti bersama dan jam kerja dalam satu tahun"
    ),
    "table (default), json, or ics (RFC 5545 iCalendar of the days off)": (
        "table (bawaan), json, atau ics (iCalendar RFC 5545 berisi hari libur)"
    ),
    "cover years up to YEAR (default: as far as the holiday data goes, 2100)": (
        "cakup tahun sampai YEAR (bawaan: sejauh data hari libur tersedia, 2100)"
    ),
    "refuse dates in years whose holidays are not confirmed by an SKB": (
        "tolak tanggal pada tahun yang hari liburnya belum ditetapkan dengan SKB"
    ),
    "extra days off, removals or working days (YAML like calendar.yaml, or CSV)": (
        "hari libur tambahan, hari libur yang dihapus atau hari kerja "
        "(YAML seperti calendar.yaml, atau CSV)"
    ),
    # lint
    "check catalogues for gaps and contradictions (exit 1 on errors)": (
        "periksa kekurangan dan pertentangan dalam katalog (keluar 1 bila ada galat)"
    ),
    "lowest severity to report: info, warning or error (default info)": (
        "tingkat terendah yang dilaporkan: info, warning atau error (bawaan info)"
    ),
    "only these check codes (case-insensitive; repeat or separate by commas)": (
        "hanya kode pemeriksaan ini (huruf besar/kecil tidak dibedakan; "
        "ulangi opsi atau pisahkan dengan koma)"
    ),
    "github: workflow annotations on the data file lines; sarif: a SARIF 2.1.0 log": (
        "github: anotasi workflow pada baris berkas data; sarif: log SARIF 2.1.0"
    ),
    "list the checks and exit": "tampilkan daftar pemeriksaan lalu keluar",
    # render
    "draw an SOP or service as SVG, HTML, PDF, Mermaid or Markdown": (
        "gambar SOP atau layanan sebagai SVG, HTML, PDF, Mermaid atau Markdown"
    ),
    "a service <agency>/<slug> or SOP <agency>/sop/<slug>": (
        "layanan <agency>/<slug> atau SOP <agency>/sop/<slug>"
    ),
    "output format (default svg)": "format keluaran (bawaan svg)",
    "write to FILE instead of stdout (pdf: required)": (
        "tulis ke FILE, bukan ke stdout (pdf: wajib)"
    ),
    "for a service: which of its SOPs svg/mermaid draw": (
        "untuk layanan: SOP mana yang digambar oleh svg/mermaid"
    ),
    "svg/html/pdf: split the table into pages of N steps joined by off-page connectors "
    "(pdf: default as many as fit an A4 page)": (
        "svg/html/pdf: bagi tabel menjadi halaman berisi N langkah yang disambung dengan "
        "konektor antarhalaman (pdf: bawaan sebanyak yang muat pada satu halaman A4)"
    ),
    "svg: write one file per page, FILE-1.svg, FILE-2.svg ... (needs -o)": (
        "svg: tulis satu berkas per halaman, FILE-1.svg, FILE-2.svg ... (memerlukan -o)"
    ),
    "add a marked review column with what sopkit found wrong (default: as printed)": (
        "tambahkan kolom telaah bertanda berisi kesalahan yang ditemukan sopkit "
        "(bawaan: sesuai cetakan)"
    ),
    "pdf: the agency's logo (PNG or JPEG)": "pdf: logo instansi (PNG atau JPEG)",
    # rules
    "list eligibility rules (national and from plugins)": (
        "tampilkan aturan kelayakan (nasional dan dari plugin)"
    ),
    "only rules this agency links or registers": (
        "hanya aturan yang ditautkan atau didaftarkan instansi ini"
    ),
    "evaluate a rule (or a service's requirements) on a Pegawai profile": (
        "evaluasi aturan (atau persyaratan layanan) atas profil Pegawai"
    ),
    "Evaluate RULE, or with --service every requirement linked to a rule, "
    "on a Pegawai profile (YAML or JSON).": (
        "Mengevaluasi RULE, atau dengan --service setiap persyaratan yang tertaut ke aturan, "
        "atas profil Pegawai (YAML atau JSON)."
    ),
    "Exit codes: 0 eligible, 3 not eligible, 4 undetermined (a fact is missing, or nothing "
    "was checkable), 1 error, 2 usage error.": (
        "Kode keluar: 0 memenuhi syarat, 3 tidak memenuhi syarat, 4 belum dapat dipastikan "
        "(ada data yang kurang, atau tidak ada yang dapat diperiksa), 1 galat, "
        "2 galat penggunaan."
    ),
    "e.g. kenaikan_pangkat.reguler": "mis. kenaikan_pangkat.reguler",
    "profile, YAML or JSON": "profil, YAML atau JSON",
    "evaluation date YYYY-MM-DD (default: today, WIB)": (
        "tanggal evaluasi YYYY-MM-DD (bawaan: hari ini, WIB)"
    ),
    "a workforce table, one row per PNS (.csv, .xlsx, .parquet); see docs/population.md": (
        "tabel data pegawai, satu baris per PNS (.csv, .xlsx, .parquet); lihat docs/population.md"
    ),
    "with --population: the long history table, by NIP": (
        "dengan --population: tabel riwayat (format panjang), menurut NIP"
    ),
    "with --population: YAML mapping of your column names to the layout's": (
        "dengan --population: pemetaan YAML dari nama kolom Anda ke nama kolom tata letak"
    ),
    "with --population: write the result (.csv, .xlsx, .parquet)": (
        "dengan --population: tulis hasilnya (.csv, .xlsx, .parquet)"
    ),
    "a rule parameter; VALUE is read as YAML (e.g. kinds=[pelaksana], days=3)": (
        "parameter aturan; VALUE dibaca sebagai YAML (mis. kinds=[pelaksana], days=3)"
    ),
    "evaluate this service's requirements": "evaluasi persyaratan layanan ini",
    "with --service: also this variant's": ("dengan --service: termasuk persyaratan varian ini"),
    # simulate
    "simulate a service, an SOP or a whole agency on its calendar": (
        "simulasikan layanan, SOP atau seluruh instansi pada kalendernya"
    ),
    "<agency>/<service> or <agency>/sop/<slug>": "<agency>/<service> atau <agency>/sop/<slug>",
    "simulate every service given a rate, sharing staff": (
        "simulasikan setiap layanan yang diberi laju kedatangan, dengan petugas bersama"
    ),
    "files a working day (one service)": "jumlah berkas per hari kerja (satu layanan)",
    "files a working day of one service of --agency": (
        "jumlah berkas per hari kerja untuk satu layanan dari --agency"
    ),
    "YAML mapping or CSV (service,per_day) of rates": (
        "laju kedatangan dalam pemetaan YAML atau CSV (service,per_day)"
    ),
    "working days of arrivals": "jumlah hari kerja kedatangan berkas",
    "first day (YYYY-MM-DD); default today": "hari pertama (YYYY-MM-DD); bawaan hari ini",
    "extend the calendar": "perpanjang kalender",
    "the SOP to run when the service has several": (
        "SOP yang dijalankan bila layanan memiliki lebih dari satu SOP"
    ),
    "servers of a role ('none': unlimited)": ("jumlah petugas suatu peran ('none': tak terbatas)"),
    "how jumlah pelaksana is shared by roles (default: by effort)": (
        "cara jumlah pelaksana dibagi antarperan (bawaan: menurut beban kerja)"
    ),
    "a step's lead time: hours or a phrase ('2 jam')": (
        "waktu penyelesaian suatu langkah: jam atau frasa ('2 jam')"
    ),
    "a step's staff effort: hours, a phrase, or 'lead' (all of it)": (
        "beban kerja petugas pada suatu langkah: jam, frasa, atau 'lead' "
        "(seluruh waktu penyelesaiannya)"
    ),
    "'lead': every step's effort is its whole lead time": (
        "'lead': beban kerja setiap langkah sama dengan seluruh waktu penyelesaiannya"
    ),
    "who serves a step": "petugas yang melayani suatu langkah",
    "who serves steps that name no actor": (
        "petugas yang melayani langkah yang tidak menyebutkan pelaksana"
    ),
    "chance of 'yes' at a decision": "peluang 'ya' pada suatu keputusan",
    "files go through a step together: '20 hari kerja', '1 bulan' or dates a,b": (
        "berkas melewati suatu langkah bersama-sama: '20 hari kerja', '1 bulan' atau tanggal a,b"
    ),
    "rate factors by month": "faktor laju kedatangan per bulan",
    "rate factors Monday first (5 or 7)": (
        "faktor laju kedatangan per hari, dimulai hari Senin (5 atau 7)"
    ),
    "rate factor over dated days, e.g. 2026-02-01..2026-03-31=3": (
        "faktor laju kedatangan pada rentang tanggal, mis. 2026-02-01..2026-03-31=3"
    ),
    "step times: deterministic, exponential, triangular, lognormal (default deterministic)": (
        "sebaran waktu langkah: deterministic, exponential, triangular, lognormal "
        "(bawaan deterministic)"
    ),
    "triangular spread or lognormal CV": "rentang sebaran triangular atau CV lognormal",
    "working days not counted": "jumlah hari kerja awal yang tidak dihitung",
    "fill gaps in the data with documented defaults, listing each": (
        "isi kekosongan data dengan nilai bawaan yang terdokumentasi, "
        "dengan menyebutkan masing-masing"
    ),
    "run even when a station cannot keep up, and say which": (
        "tetap jalankan meskipun suatu stasiun tidak mampu mengimbangi, "
        "dan sebutkan stasiun tersebut"
    ),
    "write every step event (.csv or .parquet)": (
        "tulis setiap kejadian langkah (.csv atau .parquet)"
    ),
    "random seed, 0 or more": "seed acak, 0 atau lebih",
    # demo, schema, new, site, completion
    "tour the installed catalogues": "jelajahi katalog yang terpasang",
    "print the JSON Schema of a data file kind (for editors and other languages)": (
        "cetak JSON Schema suatu jenis berkas data (untuk editor dan bahasa pemrograman lain)"
    ),
    "a data file kind: agency, service, sop, ... (an unknown one lists them all)": (
        "jenis berkas data: agency, service, sop, ... "
        "(jenis yang tidak dikenal menampilkan semuanya)"
    ),
    "write every kind's schema into -o DIR": "tulis skema setiap jenis ke -o DIR",
    "write to a file (with --all: a folder)": "tulis ke berkas (dengan --all: ke folder)",
    "create a new catalogue plugin package": "buat paket plugin katalog baru",
    "a data plugin for one agency, ready to install": (
        "plugin data untuk satu instansi, siap dipasang"
    ),
    "plugin name, e.g. kota_contoh": "nama plugin, mis. kota_contoh",
    "agency code, e.g. kota_contoh.bkpsdm": "kode instansi, mis. kota_contoh.bkpsdm",
    "parent folder (default .)": "folder induk (bawaan .)",
    "build the static website of an agency's catalogue": (
        "bangun situs web statis dari katalog suatu instansi"
    ),
    "the agency": "instansi",
    "folder to write into": "folder tujuan penulisan",
    "empty the folder first": "kosongkan folder terlebih dahulu",
    "also write each SOP as a print-ready PDF": "tulis juga setiap SOP sebagai PDF siap cetak",
    "print a shell completion script": "cetak skrip pelengkapan otomatis untuk shell",
    "Print a completion script for SHELL. bash: "
    "`sopkit completion bash > ~/.local/share/bash-completion/completions/sopkit`; "
    'zsh: `sopkit completion zsh > "${fpath[1]}/_sopkit"`.': (
        "Mencetak skrip pelengkapan otomatis untuk SHELL. bash: "
        "`sopkit completion bash > ~/.local/share/bash-completion/completions/sopkit`; "
        'zsh: `sopkit completion zsh > "${fpath[1]}/_sopkit"`.'
    ),
    # --- command line: option values (sopkit.cli._options) ---
    # --- command line: command errors (sopkit.cli) ---
}
