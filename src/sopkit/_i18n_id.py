"""Indonesian templates by their English template (see sopkit._i18n): fields are the same names.

The library's messages; the command line's are in sopkit/cli/_i18n_id.py. Sections keep the
owners apart: each part of sopkit adds its templates under its own heading.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- errors: the hierarchy (sopkit._errors) ---
    "cannot read duration {text}: {reason}": "durasi {text} tidak dapat dibaca: {reason}",
    " (got {value})": " (diperoleh {value})",
    "{count} problem in {where}:{lines}": "{count} masalah pada {where}:{lines}",
    "{count} problems in {where}:{lines}": "{count} masalah pada {where}:{lines}",
    "catalogue data": "data katalog",
    "plugin {plugin}: {message}": "plugin {plugin}: {message}",
    "invalid catalogue data\n{error}": "data katalog tidak sah\n{error}",
    # --- catalogue (sopkit.core) ---
    # looking codes up (Catalog)
    "agency": "instansi",
    "service": "layanan",
    "SOP": "SOP",
    "agency, service or SOP": "instansi, layanan, atau SOP",
    "no {what} with code {code}{hint}": "tidak ada {what} dengan kode {code}{hint}",
    "; did you mean {codes}?": "; mungkin maksud Anda {codes}?",
    "{code} names {count} items: {codes}; give the full code": (
        "{code} merujuk ke {count} item: {codes}; berikan kodenya secara lengkap"
    ),
    # loading plugins (load_catalog, the plugin manager)
    "to load the other plugins without it, use --lenient (load_catalog(lenient=True))": (
        "untuk memuat plugin lain tanpa plugin ini, gunakan --lenient (load_catalog(lenient=True))"
    ),
    "{count} problem:\n{lines}": "{count} masalah:\n{lines}",
    "{count} problems:\n{lines}": "{count} masalah:\n{lines}",
    "{hook}() raised {kind}: {message}": "{hook}() memunculkan {kind}: {message}",
    "{hook}() returned {got}; expected {expected}": (
        "{hook}() mengembalikan {got}; seharusnya {expected}"
    ),
    "{hook}() must return an iterable, got {kind}": (
        "{hook}() harus mengembalikan iterable, diperoleh {kind}"
    ),
    "{where}: {code} belongs to agency {agency}, which no plugin provides": (
        "{where}: {code} termasuk instansi {agency}, yang tidak disediakan plugin mana pun"
    ),
    "{where}: code {code} is registered twice": "{where}: kode {code} terdaftar dua kali",
    "{where}: code {code} is already claimed by {others}": (
        "{where}: kode {code} sudah diklaim oleh {others}"
    ),
    "{where}: undeclared role {name} in {code}: it is no declared role of {agency}{hint}": (
        "{where}: peran {name} di {code} tidak dideklarasikan: bukan peran yang "
        "dideklarasikan {agency}{hint}"
    ),
    " (closest: {names})": " (yang terdekat: {names})",
    " (no close role name)": " (tidak ada nama peran yang mirip)",
    "failed to load entry point {entry_point}: {kind}: {error}": (
        "entry point {entry_point} gagal dimuat: {kind}: {error}"
    ),
    "another plugin is already registered under this name": (
        "plugin lain sudah terdaftar dengan nama ini"
    ),
    "cannot be registered: {error}": "tidak dapat didaftarkan: {error}",
    "implements no sopkit hook{hint}": "tidak mengimplementasikan hook sopkit apa pun{hint}",
    " ({kind} has no @hookimpl method)": " ({kind} tidak memiliki metode @hookimpl)",
    "; the entry point names module {module}: write '{name}:{attribute}'": (
        "; entry point menunjuk modul {module}: tulis '{name}:{attribute}'"
    ),
    "; module {module} defines no @hookimpl function": (
        "; modul {module} tidak mendefinisikan fungsi @hookimpl"
    ),
    # data plugins: files and folders
    "no such data folder": "folder data tidak ada",
    "a file beside the agency folders": "berkas di samping folder instansi",
    "not a .yaml file": "bukan berkas .yaml",
    "not part of an agency folder": "bukan bagian dari folder instansi",
    "; did you mean {name}?": "; mungkin maksud Anda {name}?",
    "unexpected {entry}: {what}{hint} (an agency folder holds {accepted}; "
    "names starting with '_' or '.' are ignored)": (
        "{entry} tidak diharapkan: {what}{hint} (folder instansi berisi {accepted}; "
        "nama yang diawali '_' atau '.' diabaikan)"
    ),
    "must be the agency folder's name {folder} (or rename the folder)": (
        "harus sama dengan nama folder instansi {folder} (atau ganti nama foldernya)"
    ),
    "file is missing": "berkas tidak ada",
    "expected a mapping at the top of the file": "diharapkan sebuah mapping di awal berkas",
    "must be {agency}, the folder's agency, or left out": (
        "harus {agency}, instansi folder ini, atau dihilangkan"
    ),
    "cannot be loaded: {kind}: {message}": "tidak dapat dimuat: {kind}: {message}",
    # YAML files
    "not valid YAML: {reason}": "YAML tidak sah: {reason}",
    "nested deeper than {depth} levels": "bersarang lebih dari {depth} tingkat",
    "not UTF-8: byte {byte} at column {column} ({reason}); save the file as UTF-8": (
        "bukan UTF-8: bita {byte} pada kolom {column} ({reason}); simpan berkas sebagai UTF-8"
    ),
    "an alias refers to its own anchor (a cycle)": (
        "sebuah alias merujuk ke anchor-nya sendiri (siklus)"
    ),
    "aliases expand the document past {limit} values; repeat less through aliases": (
        "alias mengembangkan dokumen melebihi {limit} nilai; kurangi pengulangan melalui alias"
    ),
    "unsupported YAML tag {tag}": "tag YAML {tag} tidak didukung",
    "a mapping key must be a plain value": "kunci mapping harus berupa nilai sederhana",
    "duplicate key {key}: first on line {first}, again on line {again}": (
        "kunci {key} ganda: pertama pada baris {first}, lagi pada baris {again}"
    ),
    "'<<' merges a mapping or a list of mappings": (
        "'<<' menggabungkan sebuah mapping atau daftar mapping"
    ),
    "cannot read the number: too many digits": "angka tidak dapat dibaca: digitnya terlalu banyak",
    "{text} is not a calendar date ({reason}); expected YYYY-MM-DD": (
        "{text} bukan tanggal kalender yang sah ({reason}); diharapkan YYYY-MM-DD"
    ),
    # structuring data (the converter and the model's validators)
    "invalid type (expected a mapping, got {kind})": (
        "tipe tidak sah (diharapkan mapping, diperoleh {kind})"
    ),
    "unknown field {field}; accepted fields: {fields}": (
        "field {field} tidak dikenal; field yang diterima: {fields}"
    ),
    "not a duration: {reason}": "bukan durasi: {reason}",
    "required field is missing": "field wajib tidak ada",
    "invalid type ({reason})": "tipe tidak sah ({reason})",
    "{value} reads as {kind}, which is not accepted here": (
        "{value} terbaca sebagai {kind}, yang tidak diterima di sini"
    ),
    "expected a duration phrase such as '14 (empat belas) hari kerja', or a mapping "
    "with 'type' fixed/open/composite": (
        "diharapkan frasa durasi seperti '14 (empat belas) hari kerja', atau mapping "
        "dengan 'type' fixed/open/composite"
    ),
    "unknown duration type {tag}; accepted: {accepted}": (
        "tipe durasi {tag} tidak dikenal; yang diterima: {accepted}"
    ),
    "expected a date (YYYY-MM-DD), not a date and time": (
        "diharapkan tanggal (YYYY-MM-DD), bukan tanggal dan waktu"
    ),
    "expected an ISO date such as 2019-01-17": "diharapkan tanggal ISO seperti 2019-01-17",
    "expected a step number (1, 2, ...) or 'end'": "diharapkan nomor langkah (1, 2, ...) atau 'end'",
    "expected a mapping of parameter names to values": (
        "diharapkan mapping dari nama parameter ke nilainya"
    ),
    "expected text, got {kind}; quote the value in the data file": (
        "diharapkan teks, diperoleh {kind}; beri tanda kutip pada nilai di berkas data"
    ),
    "expected a whole number, got {kind}": "diharapkan bilangan bulat, diperoleh {kind}",
    "expected true or false, got {kind}{hint}": "diharapkan true atau false, diperoleh {kind}{hint}",
    "; only true/false are booleans (yes/no/on/off are text)": (
        "; hanya true/false yang boolean (yes/no/on/off adalah teks)"
    ),
    "expected a list, got {kind}": "diharapkan daftar (list), diperoleh {kind}",
    "not one of the accepted values: {accepted}": "bukan salah satu nilai yang diterima: {accepted}",
    "unsupported parameter value {value}: use text, numbers, lists or maps": (
        "nilai parameter {value} tidak didukung: gunakan teks, angka, daftar, atau mapping"
    ),
    "{field} {value} must be lower-case letters and digits joined by "
    "'.', '_' or '-' (for example 'malang.bkpsdm')": (
        "{field} {value} harus berupa huruf kecil dan angka yang dihubungkan dengan "
        "'.', '_', atau '-' (misalnya 'malang.bkpsdm')"
    ),
    "unknown timezone {value}; Indonesian agencies use Asia/Jakarta (WIB), "
    "Asia/Makassar (WITA) or Asia/Jayapura (WIT)": (
        "zona waktu {value} tidak dikenal; instansi di Indonesia menggunakan Asia/Jakarta "
        "(WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT)"
    ),
    "a fee has amount_idr exactly when its kind is 'amount'": (
        "biaya memiliki amount_idr jika dan hanya jika jenisnya 'amount'"
    ),
    # --- calendar (sopkit.calendar) ---
    # duration phrases
    "a duration phrase must be text": "frasa durasi harus berupa teks",
    "the phrase is empty": "frasanya kosong",
    "digit {digit} (U+{code}, {name}) is not an ASCII digit; write amounts with 0-9 "
    "so that nothing is misread": (
        "digit {digit} (U+{code}, {name}) bukan digit ASCII; tulis jumlah dengan 0-9 "
        "agar tidak ada yang salah terbaca"
    ),
    "expected an amount (digits and/or Indonesian words) followed by a unit "
    "({units}), or an open value (Menyesuaikan, Mempersiapkan, Sesuai Juknis, "
    "Fleksibel)": (
        "diharapkan jumlah (angka dan/atau kata bilangan bahasa Indonesia) diikuti satuan "
        "({units}), atau nilai terbuka (Menyesuaikan, Mempersiapkan, Sesuai Juknis, "
        "Fleksibel)"
    ),
    "a time limit of zero names no time; write a positive amount, or an open value "
    "(Menyesuaikan, Sesuai Juknis) when the seed gives none": (
        "jangka waktu nol tidak menyatakan waktu apa pun; tulis jumlah positif, atau nilai "
        "terbuka (Menyesuaikan, Sesuai Juknis) bila sumbernya tidak menyebutkan jumlah"
    ),
    "unexpected words {words} before the unit": "kata {words} tidak diharapkan sebelum satuan",
    "{words} is not an Indonesian number": "{words} bukan bilangan dalam bahasa Indonesia",
    "the digits say {digits} but the words {words} say {spelled}": (
        "angkanya menyatakan {digits}, tetapi kata {words} menyatakan {spelled}"
    ),
    "no amount before the unit": "tidak ada jumlah sebelum satuan",
    "a composite duration needs at least one part": (
        "durasi majemuk memerlukan paling sedikit satu bagian"
    ),
    "{left} ({left_dimension}) and {right} ({right_dimension}) cannot be compared or "
    "added without a work schedule; use WorkCalendar for that": (
        "{left} ({left_dimension}) dan {right} ({right_dimension}) tidak dapat dibandingkan "
        "atau dijumlahkan tanpa jadwal kerja; gunakan WorkCalendar untuk itu"
    ),
    # working calendars: range, timezones, bare days, open durations
    "{date}{why} is outside the years this calendar covers ({first}–{last}); build "
    "the calendar with years that include it rather than treating unknown holidays "
    "as working days": (
        "{date}{why} berada di luar tahun yang dicakup kalender ini ({first}–{last}); buat "
        "kalender dengan tahun yang mencakupnya, alih-alih menganggap hari libur yang tidak "
        "diketahui sebagai hari kerja"
    ),
    " ({detail})": " ({detail})",
    "the date of {instant}": "tanggal {instant}",
    "{count} working days from it end past the data": (
        "{count} hari kerja dari tanggal itu berakhir melewati data"
    ),
    "no later opening in the data": "tidak ada jam buka berikutnya dalam data",
    "no earlier close in the data": "tidak ada jam tutup sebelumnya dalam data",
    "the deadline falls after it": "tenggat waktunya jatuh setelahnya",
    "a deadline falls after it": "sebuah tenggat waktu jatuh setelahnya",
    "the working days end past the data": "hari kerjanya berakhir melewati data",
    "the deadline's day": "hari tenggat waktu",
    "no later working day to roll to": "tidak ada hari kerja berikutnya untuk menggeser tenggat waktu",
    "no receipt in the covered years meets {target}": (
        "tidak ada waktu penerimaan dalam tahun yang dicakup yang memenuhi {target}"
    ),
    "in the batch": "dalam batch",
    "{limit} from it": "{limit} dari tanggal itu",
    "{value} has no timezone; pass an aware datetime "
    "(e.g. pendulum.datetime(..., tz={timezone}), the agency's timezone)": (
        "{value} tidak memiliki zona waktu; berikan datetime yang memiliki zona waktu "
        "(mis. pendulum.datetime(..., tz={timezone}), zona waktu instansi)"
    ),
    "agency {agency}": "instansi {agency}",
    "this calendar": "kalender ini",
    "{text} counts bare 'hari' and {who} declares no reading for it; declare "
    "bare_day: working or calendar in agency.yaml, or pass bare_day=DayReading.WORKING "
    "or DayReading.CALENDAR (--bare-day working|calendar on the command line)": (
        "{text} menghitung 'hari' tanpa keterangan dan {who} tidak menyatakan cara membacanya; "
        "nyatakan bare_day: working atau calendar di agency.yaml, atau berikan "
        "bare_day=DayReading.WORKING atau DayReading.CALENDAR (--bare-day working|calendar "
        "di baris perintah)"
    ),
    "{text} is an open duration ({kind}) and has no fixed length, so no deadline "
    "can be computed from it; use a fixed duration such as "
    "'14 (empat belas) hari kerja'": (
        "{text} adalah durasi terbuka ({kind}) tanpa panjang tetap, sehingga tenggat waktu "
        "tidak dapat dihitung darinya; gunakan durasi tetap seperti "
        "'14 (empat belas) hari kerja'"
    ),
    "strict calendars cover confirmed years only (up to {confirmed}); "
    "last_year={last} would use estimated holidays": (
        "kalender ketat hanya mencakup tahun yang sudah ditetapkan (sampai {confirmed}); "
        "last_year={last} akan memakai hari libur perkiraan"
    ),
    "{day} is not a working day": "{day} bukan hari kerja",
    "at_risk is a share of the allowed time, 0 to 1; got {value}": (
        "at_risk adalah bagian dari waktu yang diizinkan, 0 sampai 1; diperoleh {value}"
    ),
    "now ({now}) is before the file was received ({received})": (
        "sekarang ({now}) lebih awal daripada saat berkas diterima ({received})"
    ),
    # office hours, schedules and days off
    "office period {period} is not written as 'HH:MM-HH:MM' (e.g. '07:30-12:00')": (
        "periode jam kerja {period} tidak ditulis sebagai 'HH:MM-HH:MM' (mis. '07:30-12:00')"
    ),
    "office period {period} must start before it ends, within one day (00:00-24:00)": (
        "periode jam kerja {period} harus dimulai sebelum berakhir, dalam satu hari (00:00-24:00)"
    ),
    "{field}: periods {periods} must be in order and must not overlap": (
        "{field}: periode {periods} harus berurutan dan tidak boleh tumpang tindih"
    ),
    "override {name} ends ({last}) before it starts ({first})": (
        "pengecualian {name} berakhir ({last}) sebelum dimulai ({first})"
    ),
    "a working day needs at least one office period ('07:30-12:00')": (
        "hari kerja memerlukan paling sedikit satu periode jam kerja ('07:30-12:00')"
    ),
    "removed day {date} is outside the holiday data": (
        "hari yang dihapus {date} berada di luar data hari libur"
    ),
    "removed day {date} ({reason}) is not a national holiday or cuti bersama; "
    "only those can be removed": (
        "hari yang dihapus {date} ({reason}) bukan hari libur nasional atau cuti bersama; "
        "hanya keduanya yang dapat dihapus"
    ),
    "removed day {date} ({reason}) is not a national holiday or cuti bersama in {first}–{last}": (
        "hari yang dihapus {date} ({reason}) bukan hari libur nasional atau cuti bersama "
        "pada {first}–{last}"
    ),
    "years {first}–{last} are not a range within {data_first}–{data_last}, the "
    "years the holiday data describes": (
        "tahun {first}–{last} bukan rentang di dalam {data_first}–{data_last}, tahun yang "
        "dicakup data hari libur"
    ),
    # the batch API
    "the batch API needs numpy: pip install 'sopkit[batch]'": (
        "API batch memerlukan numpy: pip install 'sopkit[batch]'"
    ),
    "the batch holds NaT (not a time); drop or fill it first": (
        "batch berisi NaT (bukan waktu); hapus atau isi terlebih dahulu"
    ),
    "{count} time limits for {n} instants; give one or {n}": (
        "{count} jangka waktu untuk {n} waktu; berikan satu atau {n}"
    ),
    "with unit={unit}, give {n} whole amounts (an integer array), one per instant": (
        "dengan unit={unit}, berikan {n} jumlah bulat (array integer), satu untuk setiap waktu"
    ),
    "amounts must not be negative; got {value}": "jumlah tidak boleh negatif; diperoleh {value}",
    "{starts} starts but {ends} ends; give as many of each": (
        "{starts} waktu mulai tetapi {ends} waktu selesai; berikan sama banyak"
    ),
    # --- civil-service profiles and rules (sopkit.asn, sopkit.rules) ---
    # NIP, NI PPPK and golongan
    "invalid {label} {text}{where}: {message}": "{label} {text} tidak sah{where}: {message}",
    " (digits {first}–{last})": " (digit {first}–{last})",
    "an NIP": "NIP",
    "an NI PPPK": "NI PPPK",
    "empty; {what} has 18 digits": "kosong; {what} terdiri atas 18 digit",
    "character {bad} is not a digit; {what} has 18 digits": (
        "karakter ke-{bad} bukan digit; {what} terdiri atas 18 digit"
    ),
    "{count} digits; {what} has exactly 18": "{count} digit; {what} tepat terdiri atas 18 digit",
    "{digits} is not a birth date (yyyymmdd)": "{digits} bukan tanggal lahir (yyyymmdd)",
    "the birth year must have four digits": "tahun lahir harus terdiri atas empat digit",
    "sex digit is {digit}; accepted: 1 (laki-laki), 2 (perempuan)": (
        "digit jenis kelamin {digit}; yang diterima: 1 (laki-laki), 2 (perempuan)"
    ),
    "sequence number 000; it starts at 001": "nomor urut 000; nomor urut dimulai dari 001",
    "the TMT CPNS of an NIP is always the 1st": "TMT CPNS pada NIP selalu tanggal 1",
    "the sequence number runs from 001 to 999": "nomor urut berkisar dari 001 sampai 999",
    "the TMT CPNS must be after the birth date": "TMT CPNS harus setelah tanggal lahir",
    "{digits} is not a TMT CPNS month (yyyymm)": "{digits} bukan bulan TMT CPNS (yyyymm)",
    "TMT CPNS {month} is not after the birth date": "TMT CPNS {month} tidak setelah tanggal lahir",
    "year of appointment {year} is before {first} (PPPK are appointed under PP 49/2018)": (
        "tahun pengangkatan {year} sebelum {first} (PPPK diangkat berdasarkan PP 49/2018)"
    ),
    "year of appointment {year} is not after the birth year": (
        "tahun pengangkatan {year} tidak setelah tahun lahir"
    ),
    "unknown golongan/ruang {text}; accepted: I/a … I/d, II/a … II/d, III/a … III/d, IV/a … IV/e": (
        "golongan/ruang {text} tidak dikenal; yang diterima: I/a … I/d, II/a … II/d, "
        "III/a … III/d, IV/a … IV/e"
    ),
    # profiles (Pegawai) and their records
    "jenjang {jenjang} belongs to {kind}, not {expected}": (
        "jenjang {jenjang} termasuk {kind}, bukan {expected}"
    ),
    "a {kind} post is not a jabatan fungsional": "jabatan {kind} bukan jabatan fungsional",
    "an SKP year runs from 1 to 9999": "tahun SKP berkisar dari 1 sampai 9999",
    "the sanction ends before it starts ({start})": (
        "hukuman disiplin berakhir sebelum dimulai ({start})"
    ),
    "the cuti ends before it starts ({start})": "cuti berakhir sebelum dimulai ({start})",
    "a number of leave days cannot be negative": "jumlah hari cuti tidak boleh negatif",
    "more leave days than calendar days from {start} to {end}": (
        "hari cuti lebih banyak daripada hari kalender dari {start} sampai {end}"
    ),
    "angka kredit is a finite number, 0 or more": "angka kredit adalah bilangan hingga, 0 atau lebih",
    "credited masa kerja is 0 or more years and 0-11 months": (
        "masa kerja yang diperhitungkan adalah 0 tahun atau lebih dan 0-11 bulan"
    ),
    "a PNS needs the TMT PNS": "PNS memerlukan TMT PNS",
    "a CPNS or PNS needs the TMT CPNS": "CPNS atau PNS memerlukan TMT CPNS",
    "birth date {date} in the NIP differs from birth_date": (
        "tanggal lahir {date} pada NIP berbeda dengan birth_date"
    ),
    "TMT CPNS {month} in the NIP differs from tmt_cpns": (
        "TMT CPNS {month} pada NIP berbeda dengan tmt_cpns"
    ),
    "birth date {date} in the NI PPPK differs from birth_date": (
        "tanggal lahir {date} pada NI PPPK berbeda dengan birth_date"
    ),
    "sex digit differs from gender {gender}": "digit jenis kelamin berbeda dengan gender {gender}",
    "TMT CPNS is not after the birth date {born}": "TMT CPNS tidak setelah tanggal lahir {born}",
    "TMT PNS is before the TMT CPNS {tmt_cpns}": "TMT PNS sebelum TMT CPNS {tmt_cpns}",
    "dated on or before the birth date {born}": "bertanggal pada atau sebelum tanggal lahir {born}",
    "before the birth year {year}": "sebelum tahun lahir {year}",
    "on or before the birth date {born}": "pada atau sebelum tanggal lahir {born}",
    "more than one rating for the same year": "lebih dari satu predikat untuk tahun yang sama",
    "the subject is born after the evaluation date {on}": (
        "subjek lahir setelah tanggal penilaian {on}"
    ),
    "the subject is not yet a CPNS on the evaluation date {on}": (
        "subjek belum menjadi CPNS pada tanggal penilaian {on}"
    ),
    "a {kind} position needs its jenjang to find the BUP": (
        "jabatan {kind} memerlukan jenjangnya untuk menentukan BUP"
    ),
    # reading profiles (YAML, JSON)
    "the profile": "profil",
    "expected a golongan/ruang such as 'III/a'": "diharapkan golongan/ruang seperti 'III/a'",
    "expected true or false, got {value}": "diharapkan true atau false, diperoleh {value}",
    "expected a mapping of profile fields": "diharapkan mapping berisi field profil",
    "nested too deeply to be a profile": "bersarang terlalu dalam untuk sebuah profil",
    "not UTF-8 text (byte {byte})": "bukan teks UTF-8 (bita {byte})",
    "cannot read: {reason}": "tidak dapat dibaca: {reason}",
    "not valid JSON: {reason}": "JSON tidak sah: {reason}",
    "not a valid value: {reason}": "bukan nilai yang sah: {reason}",
    # eligibility rules: rules as data, parameters, requests
    "unknown field {field}{hint} (accepted: {accepted})": (
        "field {field} tidak dikenal{hint} (yang diterima: {accepted})"
    ),
    "expected a mapping: rule (with params), all, any or not": (
        "diharapkan mapping: rule (dengan params), all, any, atau not"
    ),
    "give exactly one of rule, all, any, not": "berikan tepat satu dari rule, all, any, not",
    "params go with rule, not with {form}": "params menyertai rule, bukan {form}",
    "expected a rule name": "diharapkan nama aturan",
    "expected a mapping of parameters": "diharapkan mapping parameter",
    "expected a non-empty list of checks": "diharapkan daftar pemeriksaan yang tidak kosong",
    "expected a mapping with `rules:` (name -> rule)": (
        "diharapkan mapping dengan `rules:` (nama -> aturan)"
    ),
    "an agency's rule name starts with '{agency}.'": (
        "nama aturan suatu instansi diawali dengan '{agency}.'"
    ),
    "expected a mapping with title, basis and check": (
        "diharapkan mapping dengan title, basis, dan check"
    ),
    "expected {id: Indonesian title, en: English title}": (
        "diharapkan {id: judul bahasa Indonesia, en: judul bahasa Inggris}"
    ),
    "cite the regulation (Pasal/ayat where known): a list": (
        "sebutkan peraturannya (Pasal/ayat bila diketahui): berupa daftar"
    ),
    "parameter {name} has no value before {first} (asked for {on})": (
        "parameter {name} tidak memiliki nilai sebelum {first} (diminta untuk {on})"
    ),
    "no dated value": "tidak ada nilai bertanggal",
    "cite the regulation": "sebutkan peraturannya",
    "expected a whole number in the parameter, got {value}": (
        "diharapkan bilangan bulat pada parameter, diperoleh {value}"
    ),
    "this rule takes no parameters": "aturan ini tidak menerima parameter",
    "rule {name} registered twice": "aturan {name} didaftarkan dua kali",
    "parameter {name} defined twice": "parameter {name} didefinisikan dua kali",
    "no rule named {name}{hint}": "tidak ada aturan bernama {name}{hint}",
    "no parameter named {name}{hint}": "tidak ada parameter bernama {name}{hint}",
    "{service}: no eligibility rule of this service takes {names}{linked}": (
        "{service}: tidak ada aturan kelayakan layanan ini yang menerima {names}{linked}"
    ),
    "{service}: no eligibility rule of this service variant takes {names}{linked}": (
        "{service}: tidak ada aturan kelayakan varian layanan ini yang menerima {names}{linked}"
    ),
    " (rules linked: {rules})": " (aturan yang ditautkan: {rules})",
    "{source}: the eligibility rule {rule} needs the request's {names} "
    "(e.g. --param {first}=...)": (
        "{source}: aturan kelayakan {rule} memerlukan {names} dari permohonan "
        "(mis. --param {first}=...)"
    ),
    "the gaji pokok table in force on {on} has no golongan {golongan}": (
        "tabel gaji pokok yang berlaku pada {on} tidak memuat golongan {golongan}"
    ),
    "masa kerja golongan {years} is negative; it is 0 or more years": (
        "masa kerja golongan {years} negatif; seharusnya 0 tahun atau lebih"
    ),
    "masa kerja golongan is counted for a CPNS or PNS from the TMT CPNS": (
        "masa kerja golongan dihitung untuk CPNS atau PNS sejak TMT CPNS"
    ),
    "the profile has no pangkat record; the golongan is needed for KGB": (
        "profil tidak memiliki riwayat pangkat; golongan diperlukan untuk KGB"
    ),
    "end {end} is before start {start}": "akhir {end} sebelum awal {start}",
    "days must be at least 1 (cuti tahunan is taken from 1 day)": (
        "days paling sedikit 1 (cuti tahunan diambil mulai 1 hari)"
    ),
    "remote_days cannot be negative": "remote_days tidak boleh negatif",
    "give either ever: true or within_years, not both": (
        "berikan ever: true atau within_years, bukan keduanya"
    ),
    # --- roles and signing authority (sopkit.roles) ---
    "{name} is no declared role of agency {agency}{hint}": (
        "{name} bukan peran yang dideklarasikan instansi {agency}{hint}"
    ),
    "; closest role names: {names}": "; nama peran terdekat: {names}",
    "agency {agency}: role code {code} is declared twice": (
        "instansi {agency}: kode peran {code} dideklarasikan dua kali"
    ),
    "agency {agency}: the name {name} belongs to both {first} and {second}": (
        "instansi {agency}: nama {name} dimiliki oleh {first} sekaligus {second}"
    ),
    "agency {agency}: role {code} reports to unknown role {superior}": (
        "instansi {agency}: peran {code} melapor kepada peran {superior} yang tidak dikenal"
    ),
    "agency {agency}: reporting lines form a cycle at {code}": (
        "instansi {agency}: garis pelaporan membentuk siklus pada {code}"
    ),
    "no facts": "tanpa fakta",
    "no signing rule for service {service} with {facts}{hint}": (
        "tidak ada aturan penandatangan untuk layanan {service} dengan {facts}{hint}"
    ),
    "; these rules read: {names}": "; aturan-aturan ini membaca: {names}",
    "several signing rules match service {service} with {facts}: {signers}": (
        "beberapa aturan penandatangan cocok untuk layanan {service} dengan {facts}: {signers}"
    ),
    # --- simulation (sopkit.sim) ---
    # building a model from a service, an SOP or an agency
    "step {number} ({activity}) of SOP {sop}": "langkah {number} ({activity}) pada SOP {sop}",
    "step {number} of SOP {sop}": "langkah {number} pada SOP {sop}",
    "{option} names {sop}, but the SOP given is {code}": (
        "{option} menyebut {sop}, tetapi SOP yang diberikan adalah {code}"
    ),
    "an agency run needs at least one service with an arrival rate": (
        "simulasi instansi memerlukan paling sedikit satu layanan dengan laju kedatangan"
    ),
    "rates name {key}, which is no service or SOP of the agency with steps": (
        "rates menyebut {key}, yang bukan layanan atau SOP berlangkah milik instansi ini"
    ),
    "the rate of {key}": "laju {key}",
    "effort_default {value}: give 'split' or 'lead'": (
        "effort_default {value}: berikan 'split' atau 'lead'"
    ),
    "staff_rule {value}: give 'work' or 'even'": "staff_rule {value}: berikan 'work' atau 'even'",
    "{option}: give a whole number of 1 or more servers (or none for unlimited), got {count}": (
        "{option}: berikan bilangan bulat 1 atau lebih untuk jumlah petugas (atau tidak sama "
        "sekali untuk tak terbatas), diperoleh {count}"
    ),
    "{option}: {count} servers is past the 100,000 limit": (
        "{option}: {count} petugas melewati batas 100.000"
    ),
    "{option} {spread} is above {top}, the most a {kind} spread can be": (
        "{option} {spread} melebihi {top}, sebaran {kind} terbesar yang dimungkinkan"
    ),
    "{option} must be a date (YYYY-MM-DD), got {value}": (
        "{option} harus berupa tanggal (YYYY-MM-DD), diperoleh {value}"
    ),
    "{option} {start} is outside the calendar's years {first}-{last}; pick a start "
    "inside them or use {last_year}": (
        "{option} {start} berada di luar tahun kalender {first}-{last}; pilih tanggal mulai "
        "di dalamnya atau gunakan {last_year}"
    ),
    "service {service} has no SOP to simulate": "layanan {service} tidak memiliki SOP untuk disimulasikan",
    "service {service} has several SOPs ({names}); pick one with {option}": (
        "layanan {service} memiliki beberapa SOP ({names}); pilih salah satu dengan {option}"
    ),
    "service {service} has no SOP {slug}; SOPs: {names}": (
        "layanan {service} tidak memiliki SOP {slug}; SOP yang ada: {names}"
    ),
    "steps {first}-{last}": "langkah {first}-{last}",
    "no steps": "tanpa langkah",
    "{option} names step {step}, which SOP {sop} does not have ({span})": (
        "{option} menyebut langkah {step}, yang tidak ada pada SOP {sop} ({span})"
    ),
    "SOP {sop} has no steps to simulate": "SOP {sop} tidak memiliki langkah untuk disimulasikan",
    "{where} names no actor; give {roles}, {pool} or {assume}": (
        "{where} tidak menyebut pelaksana; berikan {roles}, {pool}, atau {assume}"
    ),
    "{where} lasts {hours} office hours, more than the calendar's {horizon} from "
    "the start; give {durations} or {last_year}": (
        "{where} berlangsung {hours} jam kerja, lebih dari {horizon} jam kerja kalender sejak "
        "tanggal mulai; berikan {durations} atau {last_year}"
    ),
    "{name}: the time limit {limit} counts a bare 'hari' and the agency does not "
    "declare how it is read; give {bare_day} or {assume}": (
        "{name}: jangka waktu {limit} menghitung 'hari' tanpa keterangan dan instansi tidak "
        "menyatakan cara membacanya; berikan {bare_day} atau {assume}"
    ),
    "give {durations} or {assume}": "berikan {durations} atau {assume}",
    "{where} has no waktu; {fix}": "{where} tidak memiliki waktu; {fix}",
    "{where} has an open waktu {text}; {fix} (office hours, or a phrase such as '2 jam')": (
        "{where} memiliki waktu terbuka {text}; {fix} (jam kerja, atau frasa seperti '2 jam')"
    ),
    "{where} is a decision leading to yes={yes}, no={no}; give {branches} or {assume}": (
        "{where} adalah keputusan yang mengarah ke yes={yes}, no={no}; berikan {branches} "
        "atau {assume}"
    ),
    "{where} is no decision; {branches} applies to decision steps (or give Branch "
    "targets to add a loop)": (
        "{where} bukan keputusan; {branches} berlaku untuk langkah keputusan (atau berikan "
        "target Branch untuk menambahkan perulangan)"
    ),
    "{option} chance": "peluang {option}",
    "{option}: chance {p} is above 1": "{option}: peluang {p} melebihi 1",
    "{where} branches to step {target}, which it lacks": (
        "{where} bercabang ke langkah {target}, yang tidak dimilikinya"
    ),
    "{where}: monthly batches need a calendar": "{where}: batch bulanan memerlukan kalender",
    "{where}: {option} period must be positive": "{where}: periode {option} harus positif",
    "dated batches need calendar office hours": "batch bertanggal memerlukan jam kerja kalender",
    "batch releases {text}: none falls between the start {start} and the calendar's end {end}": (
        "pelepasan batch {text}: tidak ada yang jatuh di antara tanggal mulai {start} dan "
        "akhir kalender {end}"
    ),
    "give either received instants or {arrivals}, not both": (
        "berikan waktu penerimaan atau {arrivals}, bukan keduanya"
    ),
    "received instant {value} is not an aware datetime; give it a timezone "
    "(e.g. pendulum.datetime(..., tz='Asia/Jakarta'))": (
        "waktu penerimaan {value} bukan datetime yang memiliki zona waktu; berikan zona "
        "waktunya (mis. pendulum.datetime(..., tz='Asia/Jakarta'))"
    ),
    "a received instant falls before the simulation's start date": (
        "sebuah waktu penerimaan jatuh sebelum tanggal mulai simulasi"
    ),
    "a received instant falls after the calendar's data ends; use {last_year}": (
        "sebuah waktu penerimaan jatuh setelah data kalender berakhir; gunakan {last_year}"
    ),
    "give {arrivals}, or received instants": "berikan {arrivals}, atau waktu penerimaan",
    "{option} {days} working days run past the calendar's data ({available} working "
    "days from the start); give fewer days or use {last_year}": (
        "{option} {days} hari kerja melewati data kalender ({available} hari kerja sejak "
        "tanggal mulai); berikan lebih sedikit hari atau gunakan {last_year}"
    ),
    "time limit {text} mixes office time with days; give {option} a single length": (
        "jangka waktu {text} mencampur jam kerja dengan hari; berikan {option} dengan satu "
        "panjang waktu"
    ),
    "{option} {warmup} working days is not shorter than the {horizon} days of "
    "arrivals: no file would be counted": (
        "{option} {warmup} hari kerja tidak lebih pendek daripada {horizon} hari kedatangan: "
        "tidak ada berkas yang akan dihitung"
    ),
    "{code} is an agency; give a service or SOP code, or use an agency run": (
        "{code} adalah instansi; berikan kode layanan atau SOP, atau gunakan simulasi instansi"
    ),
    # how an option is named (sopkit.sim._spelling): the forms in words
    "bare_day=working or calendar": "bare_day=working atau calendar",
    "per_day= and days=": "per_day= dan days=",
    "--arrivals RATE/day and --days N": "--arrivals RATE/day dan --days N",
    "a service time limit": "jangka waktu layanan",
    "received instants": "waktu penerimaan",
    "a calendar with a later last_year": "kalender dengan last_year yang lebih akhir",
    # step times
    "{where}: {option} got {value}, not a length": (
        "{where}: {option} menerima {value}, bukan panjang waktu"
    ),
    "{where}: {option} got {value} h; give a finite length ≥ 0": (
        "{where}: {option} menerima {value} jam; berikan panjang waktu terhingga ≥ 0"
    ),
    "{where}: {option} {text} is open; give a fixed length": (
        "{where}: {option} {text} bersifat terbuka; berikan panjang waktu tetap"
    ),
    "{where}: {option} {text} has an open part": (
        "{where}: {option} {text} memiliki bagian yang terbuka"
    ),
    "{where}: {option} got {value}; give office hours or a phrase": (
        "{where}: {option} menerima {value}; berikan jam kerja atau sebuah frasa"
    ),
    "{where}: {text} is a bare 'hari' and the agency does not declare how it is "
    "read; give {bare_day} or {assume}": (
        "{where}: {text} adalah 'hari' tanpa keterangan dan instansi tidak menyatakan cara "
        "membacanya; berikan {bare_day} atau {assume}"
    ),
    "{where}: {text} is not a finite length": "{where}: {text} bukan panjang waktu terhingga",
    "{where}: {option} gives {effort} h of effort, more than its lead time of "
    "{lead} h; raise {durations} too": (
        "{where}: {option} memberikan {effort} jam waktu kerja, lebih dari waktu tempuhnya "
        "{lead} jam; naikkan juga {durations}"
    ),
    # numbers, staffing, arrivals
    "{what} must be a finite number, got {value}": (
        "{what} harus berupa bilangan terhingga, diperoleh {value}"
    ),
    "{what} must be above {low}, got {value}": "{what} harus lebih dari {low}, diperoleh {value}",
    "{what} must be at least {low}, got {value}": (
        "{what} paling sedikit {low}, diperoleh {value}"
    ),
    "{name} states no jumlah pelaksana, so {roles} have no default servers; "
    "give {staff} for each, or {assume}": (
        "{name} tidak menyebutkan jumlah pelaksana, sehingga {roles} tidak memiliki jumlah "
        "petugas bawaan; berikan {staff} untuk masing-masing, atau {assume}"
    ),
    "{option} names {key}, which serves no step; stations: {names}": (
        "{option} menyebut {key}, yang tidak melayani langkah mana pun; stasiun: {names}"
    ),
    "a rate profile needs calendar office hours (dates), not always-open": (
        "profil laju memerlukan jam kerja kalender (bertanggal), bukan selalu buka"
    ),
    "a rate profile's {what} need {size} factors, got {count}": (
        "{what} pada profil laju memerlukan {size} faktor, diperoleh {count}"
    ),
    "a rate factor must not be negative, got {value}": (
        "faktor laju tidak boleh negatif, diperoleh {value}"
    ),
    "a rate period ends ({last}) before it starts ({first})": (
        "periode laju berakhir ({last}) sebelum dimulai ({first})"
    ),
    "arrivals need a positive rate and horizon, got {rate}/day for {days} days": (
        "kedatangan memerlukan laju dan rentang waktu positif, diperoleh {rate}/hari selama "
        "{days} hari"
    ),
    "{rate} files a day for {days} days means about {expected} files; one run "
    "takes at most {most} (lower the rate or the days)": (
        "{rate} berkas sehari selama {days} hari berarti sekitar {expected} berkas; satu "
        "simulasi memuat paling banyak {most} (turunkan laju atau jumlah harinya)"
    ),
    "{count} received files; one run takes {most}": (
        "{count} berkas diterima; satu simulasi memuat {most}"
    ),
    "scheduled arrivals must be in time order": "kedatangan terjadwal harus urut menurut waktu",
    "the warm-up must not be negative, got {days} days": (
        "masa pemanasan tidak boleh negatif, diperoleh {days} hari"
    ),
    "no station named {key}; stations: {names}": (
        "tidak ada stasiun bernama {key}; stasiun: {names}"
    ),
    "only random (Poisson) arrivals have a rate to change": (
        "hanya kedatangan acak (Poisson) yang memiliki laju untuk diubah"
    ),
    # offered load, runs, event logs
    "files that reach {stages} can never leave: the routing sends them back with "
    "probability 1; give a decision a chance below 1 of looping back": (
        "berkas yang mencapai {stages} tidak pernah dapat keluar: alurnya mengembalikan "
        "berkas dengan peluang 1; berikan keputusan peluang kembali di bawah 1"
    ),
    "the routing from {stage} has no solution": "alur dari {stage} tidak memiliki solusi",
    "{stage}: a file is expected to visit it {visits} times (at most {most}): a "
    "decision loops back with a chance too close to 1": (
        "{stage}: sebuah berkas diperkirakan mengunjunginya {visits} kali (paling banyak "
        "{most}): sebuah keputusan kembali dengan peluang terlalu dekat ke 1"
    ),
    "{count} station of {model} cannot keep up (offered load ρ ≥ 1: their queues grow "
    "without bound):": (
        "{count} stasiun pada {model} tidak mampu mengimbangi (beban ρ ≥ 1: antreannya "
        "bertambah tanpa batas):"
    ),
    "{count} stations of {model} cannot keep up (offered load ρ ≥ 1: their queues "
    "grow without bound):": (
        "{count} stasiun pada {model} tidak mampu mengimbangi (beban ρ ≥ 1: antreannya "
        "bertambah tanpa batas):"
    ),
    "  - {station}: ρ = {rho} ({offered} servers' work for {capacity}); stable with "
    "{needed} servers": (
        "  - {station}: ρ = {rho} (beban kerja {offered} petugas untuk {capacity}); stabil "
        "dengan {needed} petugas"
    ),
    " (all services scaled together)": " (semua layanan diskalakan bersama)",
    "  stable below {limit} files a working day for {flow} (now {now}) with today's "
    "servers{together}": (
        "  stabil di bawah {limit} berkas per hari kerja untuk {flow} (sekarang {now}) dengan "
        "petugas yang ada{together}"
    ),
    "  (to run anyway and see the queues grow: {option})": (
        "  (untuk tetap menjalankan dan melihat antrean bertambah: {option})"
    ),
    "the run passed {budget} events, far more than its files' expected visits need; "
    "check the routing's loop-back chances and the step times": (
        "simulasi melewati {budget} kejadian, jauh melebihi kebutuhan kunjungan berkasnya; "
        "periksa peluang kembali pada alur dan waktu langkah"
    ),
    "{stage}: no batch release after office hour {hour}; give releases that cover the run": (
        "{stage}: tidak ada pelepasan batch setelah jam kerja ke-{hour}; berikan pelepasan "
        "yang mencakup seluruh simulasi"
    ),
    "{days} working days": "{days} hari kerja",
    "clock offset {hours} h": "selisih waktu {hours} jam",
    "office time {hours} h": "jam kerja {hours} jam",
    "its end": "akhirnya",
    "{what} falls after the calendar's data ends ({end}); simulate fewer days, or "
    "build the calendar with a later last_year (`--last-year` on the command line; "
    "years past the last confirmed one use estimated holidays)": (
        "{what} jatuh setelah data kalender berakhir ({end}); simulasikan lebih sedikit hari, "
        "atau buat kalender dengan last_year yang lebih akhir (`--last-year` di baris "
        "perintah; tahun setelah tahun terakhir yang ditetapkan memakai hari libur perkiraan)"
    ),
    "{what} {seed} is not a seed: give a whole number of 0 or more, or a string "
    "(negative numbers would repeat their positive twin's stream)": (
        "{what} {seed} bukan seed: berikan bilangan bulat 0 atau lebih, atau sebuah teks "
        "(bilangan negatif akan mengulang deret pasangan positifnya)"
    ),
    "replications must be a whole number of 1 or more, got {value}": (
        "replikasi harus berupa bilangan bulat 1 atau lebih, diperoleh {value}"
    ),
    "replications {value}: at most 100,000": "replikasi {value}: paling banyak 100.000",
    "this run kept no event log; simulate with event_log=True": (
        "simulasi ini tidak menyimpan log kejadian; jalankan dengan event_log=True"
    ),
    "event log {file}: give a file ending in .csv or .parquet, got {suffix}": (
        "log kejadian {file}: berikan berkas berakhiran .csv atau .parquet, diperoleh {suffix}"
    ),
    "event log {file}: folder {folder} does not exist": (
        "log kejadian {file}: folder {folder} tidak ada"
    ),
    "writing Parquet needs pyarrow: pip install 'sopkit[sim]'": (
        "menulis Parquet memerlukan pyarrow: pip install 'sopkit[sim]'"
    ),
    # --- workforce tables (sopkit.population) ---
    "cannot read a {kind} as a workforce table; accepted: a pandas or polars "
    "DataFrame, a pyarrow Table, or a CSV, .xlsx or Parquet file": (
        "{kind} tidak dapat dibaca sebagai tabel pegawai; yang diterima: DataFrame pandas "
        "atau polars, Table pyarrow, atau berkas CSV, .xlsx, atau Parquet"
    ),
    "file {file} not found": "berkas {file} tidak ditemukan",
    "{file}: cannot read the file: {error}": "{file}: berkas tidak dapat dibaca: {error}",
    "{file}: unknown file type {suffix}; accepted: .csv, .xlsx, .parquet": (
        "{file}: jenis berkas {suffix} tidak dikenal; yang diterima: .csv, .xlsx, .parquet"
    ),
    "{file}: empty file; expected a header row with column names": (
        "{file}: berkas kosong; diharapkan baris judul berisi nama kolom"
    ),
    "{file}: empty sheet; expected a header row with column names": (
        "{file}: lembar kerja kosong; diharapkan baris judul berisi nama kolom"
    ),
    "no nip column among {columns}; map yours with columns={mapping}": (
        "tidak ada kolom nip di antara {columns}; petakan kolom Anda dengan columns={mapping}"
    ),
    "history table: no {column} column among {columns}; expected nip, jenis, "
    "tanggal and the value columns of each jenis": (
        "tabel riwayat: tidak ada kolom {column} di antara {columns}; diharapkan nip, jenis, "
        "tanggal, dan kolom nilai untuk setiap jenis"
    ),
    "-o {file}: unknown file type {suffix}; accepted: {accepted}": (
        "-o {file}: jenis berkas {suffix} tidak dikenal; yang diterima: {accepted}"
    ),
}
