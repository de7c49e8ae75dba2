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
    # --- calendar (sopkit.calendar) ---
    # --- civil-service profiles and rules (sopkit.asn, sopkit.rules) ---
}
