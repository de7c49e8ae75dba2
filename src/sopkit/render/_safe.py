"""Escaping shared by the renderers: text valid in XML/HTML, Mermaid and Markdown."""

from __future__ import annotations

import html
import re

# characters XML 1.0 forbids (C0 controls but tab/newline/return, surrogates, U+FFFE/FFFF) and
# the C1 controls and line/paragraph separators that no printed document contains
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Return text with control characters that XML forbids replaced by U+FFFD."""
    return _INVALID.sub(REPLACEMENT, text)


def xml_escape(text: str) -> str:
    """Return text safe in XML/HTML content and quoted attributes."""
    return html.escape(clean_text(text), quote=True)


def one_line(text: str) -> str:
    """Return text on one line: every run of whitespace (line breaks included) as one space."""
    return " ".join(clean_text(text).split())
