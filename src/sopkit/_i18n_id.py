"""Indonesian templates by their English template (see sopkit._i18n): fields are the same names.

The library's messages; the command line's are in sopkit/cli/_i18n_id.py. Sections keep the
owners apart: each part of sopkit adds its templates under its own heading.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- errors: the hierarchy (sopkit._errors) ---
    "cannot read duration {text}: {reason}": "durasi {text} tidak dapat dibaca: {reason}",
    " (got {value})": " (diperoleh {value})",
    "{count} problem in catalogue data:": "{count} masalah pada data katalog:",
    "{count} problems in catalogue data:": "{count} masalah pada data katalog:",
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
    # --- civil-service profiles and rules (sopkit.asn, sopkit.rules) ---
}
