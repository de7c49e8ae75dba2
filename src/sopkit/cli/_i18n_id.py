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
    # --- command line: option values (sopkit.cli._options) ---
    # --- command line: command errors (sopkit.cli) ---
}
