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
    "{text} counts bare 'hari' and {who} declares no reading for it; pass "
    "--bare-day working|calendar, or declare bare_day: working or calendar in "
    "agency.yaml": (
        "{text} menghitung 'hari' tanpa keterangan dan {who} tidak menyatakan cara membacanya; "
        "berikan --bare-day working|calendar, atau nyatakan bare_day: working atau calendar "
        "di agency.yaml"
    ),
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
    "{start}… ({length} characters)": "{start}… ({length} karakter)",
    "{value} is not a date; expected {accepted}": "{value} bukan tanggal; seharusnya {accepted}",
    "{value} is not a date ({reason}); expected {accepted}": (
        "{value} bukan tanggal ({reason}); seharusnya {accepted}"
    ),
    "{value} is not a date and time; expected {accepted}": (
        "{value} bukan tanggal dan waktu; seharusnya {accepted}"
    ),
    "{value} is not a date and time ({reason}); expected {accepted}": (
        "{value} bukan tanggal dan waktu ({reason}); seharusnya {accepted}"
    ),
    "{value} is outside the years {first}–{last}; expected {accepted}": (
        "{value} di luar rentang tahun {first}–{last}; seharusnya {accepted}"
    ),
    "YYYY-MM-DDTHH:MM[:SS][±HH:MM], or YYYY-MM-DD for 00:00": (
        "YYYY-MM-DDTHH:MM[:SS][±HH:MM], atau YYYY-MM-DD untuk pukul 00:00"
    ),
    # Python's reasons a date or time is invalid (datetime.fromisoformat)
    "day is out of range for month": "hari di luar rentang bulan tersebut",
    "month must be in 1..12": "bulan harus dalam rentang 1..12",
    "year 0 is out of range": "tahun 0 di luar rentang",
    "hour must be in 0..23": "jam harus dalam rentang 0..23",
    "minute must be in 0..59": "menit harus dalam rentang 0..59",
    "second must be in 0..59": "detik harus dalam rentang 0..59",
    "{value} is not a whole number; expected {accepted}": (
        "{value} bukan bilangan bulat; seharusnya {accepted}"
    ),
    "{value} is not a number; expected {accepted}": (
        "{value} bukan bilangan; seharusnya {accepted}"
    ),
    "{value} is out of range; expected {accepted}": (
        "{value} di luar rentang; seharusnya {accepted}"
    ),
    "a whole number": "bilangan bulat",
    "a number": "bilangan",
    "{what} from {low} to {high}": "{what} dari {low} sampai {high}",
    "{what} over {low}": "{what} lebih dari {low}",
    "{what} of at least {low}": "{what} paling sedikit {low}",
    "{what} up to {high}": "{what} paling banyak {high}",
    "{value} is not a rate; expected {accepted}": "{value} bukan laju; seharusnya {accepted}",
    "{value} is not a positive rate; expected {accepted}": (
        "{value} bukan laju positif; seharusnya {accepted}"
    ),
    "files a working day, e.g. '3/day' or '0.5'": (
        "jumlah berkas per hari kerja, mis. '3/day' atau '0.5'"
    ),
    "{value} is not accepted; {hint}accepted: {known}": (
        "{value} tidak diterima; {hint}yang diterima: {known}"
    ),
    "did you mean {close}? ": "mungkin maksud Anda {close}? ",
    "{value} is not a catalogue code; expected {accepted}": (
        "{value} bukan kode katalog; seharusnya {accepted}"
    ),
    "e.g. malang.bkpsdm, <agency>/<slug> or a slug": (
        "mis. malang.bkpsdm, <agency>/<slug> atau slug"
    ),
    "{value} is empty or holds control characters; expected {accepted}": (
        "{value} kosong atau memuat karakter kendali; seharusnya {accepted}"
    ),
    "some text": "teks",
    "a file or folder path": "path berkas atau folder",
    "{value} is not an existing file; expected {accepted}": (
        "{value} bukan berkas yang ada; seharusnya {accepted}"
    ),
    "the path of a file": "path suatu berkas",
    "{value} is a folder or empty; expected {accepted}": (
        "{value} berupa folder atau kosong; seharusnya {accepted}"
    ),
    "{value} cannot be written: folder {folder} does not exist; expected {accepted}": (
        "{value} tidak dapat ditulis: folder {folder} tidak ada; seharusnya {accepted}"
    ),
    "a file path in an existing folder": "path berkas di dalam folder yang sudah ada",
    "{value} is not written KEY=VALUE; expected {accepted}": (
        "{value} tidak berbentuk KEY=VALUE; seharusnya {accepted}"
    ),
    "{what} written KEY=VALUE": "{what} dalam bentuk KEY=VALUE",
    "in {value}: {error}": "pada {value}: {error}",
    "{value} has an empty item; expected {accepted}": (
        "{value} memuat butir kosong; seharusnya {accepted}"
    ),
    "one or more values separated by commas": "satu nilai atau lebih, dipisahkan dengan koma",
    "a rule parameter": "parameter aturan",
    "a service's rate": "laju kedatangan suatu layanan",
    "servers of a role": "jumlah petugas suatu peran",
    "a step's time": "waktu suatu langkah",
    "a step's effort": "beban kerja suatu langkah",
    "the chance of 'yes' at a decision": "peluang 'ya' pada suatu keputusan",
    "a batching period": "periode pengelompokan berkas",
    "{value} is not written YYYY-MM-DD..YYYY-MM-DD=FACTOR": (
        "{value} tidak berbentuk YYYY-MM-DD..YYYY-MM-DD=FACTOR"
    ),
    # --- command line: command errors (sopkit.cli) ---
    # calendar commands and the days file
    "--agency {agency} does not match the agency of --service {service} ({named}); "
    "leave --agency out or give the service's own agency": (
        "--agency {agency} tidak sesuai dengan instansi pada --service {service} ({named}); "
        "hilangkan --agency atau berikan instansi layanan tersebut"
    ),
    "--agency CODE is required unless --service names '<agency>/<slug>'": (
        "--agency CODE wajib diberikan kecuali --service menyebutkan '<agency>/<slug>'"
    ),
    "service {code} has no variant {variant}; variants: {names}": (
        "layanan {code} tidak memiliki varian {variant}; varian yang ada: {names}"
    ),
    "none": "tidak ada",
    "service {code} states no time limit": "layanan {code} tidak mencantumkan jangka waktu",
    "{error}. {year} is not confirmed by an SKB: leave out --strict to compute it from the "
    "holidays package's estimates": (
        "{error}. {year} belum ditetapkan dengan SKB: hilangkan --strict untuk menghitungnya "
        "dari perkiraan paket holidays"
    ),
    "{error}. Pass --last-year {year} (or leave --last-year out)": (
        "{error}. Berikan --last-year {year} (atau hilangkan --last-year)"
    ),
    "warning: {year} has no SKB list in this sopkit: its holidays and cuti bersama come from "
    "the holidays package and may change (--strict refuses them)": (
        "peringatan: {year} belum memiliki daftar SKB dalam sopkit ini: hari libur dan cuti "
        "bersamanya berasal dari paket holidays dan dapat berubah (--strict menolaknya)"
    ),
    "warning: {date} {name} is an estimated date": (
        "peringatan: {date} {name} adalah tanggal perkiraan"
    ),
    "warning: {count} days off of {year} are estimates": (
        "peringatan: {count} hari libur pada {year} merupakan perkiraan"
    ),
    "the days file {path}": "berkas daftar hari {path}",
    "cannot read the days file: {error}": "berkas daftar hari tidak dapat dibaca: {error}",
    "expected a mapping with keys added, removed and/or working": (
        "seharusnya pemetaan dengan kunci added, removed dan/atau working"
    ),
    "the file declares no day": "berkas tidak menyatakan hari apa pun",
    "the first row must be the header 'date,name[,kind]'": (
        "baris pertama harus berupa kepala kolom 'date,name[,kind]'"
    ),
    "expected an ISO date such as 2027-03-15": "seharusnya tanggal ISO seperti 2027-03-15",
    "each row needs a name and a kind among {kinds}": (
        "setiap baris memerlukan nama dan jenis, salah satu dari {kinds}"
    ),
    # lint
    "no findings ({count} checks)": "tidak ada temuan ({count} pemeriksaan)",
    # check
    "sopkit check: error: {message}": "sopkit check: galat: {message}",
    "give either RULE or --service CODE": "berikan salah satu: RULE atau --service CODE",
    "--variant needs --service": "--variant memerlukan --service",
    "--population takes RULE, not --profile or --service": (
        "--population memerlukan RULE, bukan --profile atau --service"
    ),
    "--history, --columns and -o need --population": (
        "--history, --columns dan -o memerlukan --population"
    ),
    "give --profile FILE (or --population FILE)": (
        "berikan --profile FILE (atau --population FILE)"
    ),
    "argument --param: {error}": "argumen --param: {error}",
    "the profile {path}": "profil {path}",
    "the parameters": "parameter",
    "--columns {path}: file not found": "--columns {path}: berkas tidak ditemukan",
    "--columns {path}: expected a mapping of your column names to the layout's, "
    "e.g. 'NIP BARU: nip'": (
        "--columns {path}: seharusnya pemetaan dari nama kolom Anda ke nama kolom tata letak, "
        "mis. 'NIP BARU: nip'"
    ),
    "-o {path}: unknown file type {suffix}; accepted: .csv, .xlsx, .parquet": (
        "-o {path}: jenis berkas {suffix} tidak dikenal; yang diterima: .csv, .xlsx, .parquet"
    ),
    "{path}: the table has no rows": "{path}: tabel tidak memiliki baris",
    "… {count} more (see the error column)": "… {count} lainnya (lihat kolom error)",
    # render
    "service {code} has no SOP to draw; use --format html or md": (
        "layanan {code} tidak memiliki SOP untuk digambar; gunakan --format html atau md"
    ),
    "service {code} has no SOP {slug} (its SOPs: {known})": (
        "layanan {code} tidak memiliki SOP {slug} (SOP yang ada: {known})"
    ),
    "{code} is an agency; render takes a service or an SOP code": (
        "{code} adalah instansi; render memerlukan kode layanan atau kode SOP"
    ),
    "--sop chooses among a service's SOPs; the code given is already an SOP": (
        "--sop memilih di antara SOP suatu layanan; kode yang diberikan sudah berupa SOP"
    ),
    "--format pdf writes a binary file: give -o FILE.pdf": (
        "--format pdf menulis berkas biner: berikan -o FILE.pdf"
    ),
    "--logo goes with --format pdf": "--logo hanya dapat digunakan bersama --format pdf",
    "--separate-pages goes with --format svg and -o FILE.svg": (
        "--separate-pages hanya dapat digunakan bersama --format svg dan -o FILE.svg"
    ),
    "{format} output (-o)": "keluaran {format} (-o)",
    "svg page (-o)": "halaman svg (-o)",
    # schema, new, site
    "--all writes every kind into a folder: give -o DIR and no KIND": (
        "--all menulis semua jenis ke sebuah folder: berikan -o DIR tanpa KIND"
    ),
    "give a KIND ({kinds}) or --all -o DIR": "berikan KIND ({kinds}) atau --all -o DIR",
    "schema folder (-o)": "folder skema (-o)",
    "schema": "skema",
    "schema (-o)": "skema (-o)",
    "wrote {count} schemas to {folder}": "menulis {count} skema ke {folder}",
    "wrote {path}": "menulis {path}",
    "wrote {count} files to {folder}": "menulis {count} berkas ke {folder}",
    "next: {command}": "langkah berikutnya: {command}",
    "warning: {agency}: {what} is not in the data": (
        "peringatan: {agency}: {what} tidak ada dalam data"
    ),
    "wrote {count} pages to {folder} in {seconds} s": (
        "menulis {count} halaman ke {folder} dalam {seconds} detik"
    ),
    # simulate
    "give a service or SOP CODE, or --agency CODE": (
        "berikan CODE layanan atau SOP, atau --agency CODE"
    ),
    "{what} {value} is not written KEY=VALUE": "{what} {value} tidak berbentuk KEY=VALUE",
    "{what} needs a step number before '=', got {key}": (
        "{what} memerlukan nomor langkah sebelum '=', diperoleh {key}"
    ),
    "{what}: {value} is not a number": "{what}: {value} bukan bilangan",
    "{what}: {value} is not a finite number": "{what}: {value} bukan bilangan hingga",
    "{what} {value} is not a rate such as '3/day' or '0.5'": (
        "{what} {value} bukan laju seperti '3/day' atau '0.5'"
    ),
    "{what} needs {sizes} factors, got {count}": (
        "{what} memerlukan {sizes} faktor, diperoleh {count}"
    ),
    "{a} or {b}": "{a} atau {b}",
    "--wave {value} is not written YYYY-MM-DD..YYYY-MM-DD=FACTOR": (
        "--wave {value} tidak berbentuk YYYY-MM-DD..YYYY-MM-DD=FACTOR"
    ),
    "--wave {value}: {reason}": "--wave {value}: {reason}",
    "--batch {key}={value}: {reason}": "--batch {key}={value}: {reason}",
    "--staff {role}={k}: give a whole number of servers or 'none'": (
        "--staff {role}={k}: berikan jumlah petugas berupa bilangan bulat atau 'none'"
    ),
    "give --arrivals RATE/day (or --agency with --rate/--rates)": (
        "berikan --arrivals RATE/day (atau --agency dengan --rate/--rates)"
    ),
    "--rate and --rates go with --agency; one service takes --arrivals": (
        "--rate dan --rates digunakan bersama --agency; satu layanan memerlukan --arrivals"
    ),
    "--rates {path}: no such file": "--rates {path}: berkas tidak ada",
    "--rates {path}:{n}: give two columns, service,per_day": (
        "--rates {path}:{n}: berikan dua kolom, service,per_day"
    ),
    "--rates {problem}": "--rates {problem}",
    "--rates {path}: the file gives no rates; give service,per_day rows": (
        "--rates {path}: berkas tidak memuat laju apa pun; berikan baris service,per_day"
    ),
    "--rates {path}: give a mapping of service code to files a day": (
        "--rates {path}: berikan pemetaan kode layanan ke jumlah berkas per hari"
    ),
    "{flag} applies to one service; an --agency run takes --rate": (
        "{flag} berlaku untuk satu layanan; simulasi --agency memerlukan --rate"
    ),
    "an --agency run needs --rate SERVICE=RATE or --rates FILE": (
        "simulasi --agency memerlukan --rate SERVICE=RATE atau --rates FILE"
    ),
    "calendar extended to {year} for the run; years after {confirmed} use estimated "
    "holidays (--last-year sets it)": (
        "kalender diperpanjang sampai {year} untuk simulasi ini; tahun setelah {confirmed} "
        "memakai hari libur perkiraan (atur dengan --last-year)"
    ),
    "{value} is an agency: use --agency {code}": (
        "{value} adalah instansi: gunakan --agency {code}"
    ),
    "--event-log is for one run; drop --replications": (
        "--event-log hanya untuk satu kali simulasi; hilangkan --replications"
    ),
}
