"""Messages in two languages: English text that keeps its template, shown in Indonesian on request.

The library speaks English (its API, `str(error)`, docs). A message meant for users is written
as `Text("no {what} with code {code}", what=..., code=...)`: a `str` holding the English text,
which also remembers its template and fields. `localize(text, "id")` looks the template up in
the Indonesian catalogue (`sopkit/_i18n_id.py`, and `cli/_i18n_id.py` for the command line; keyed by the English template as gettext keys
by msgid) and fills in the same fields, themselves localized when they are Texts (or errors). A template
the catalogue lacks stays English; a test finds every Text template in the source and requires
an entry for each.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Mapping
from typing import Any

LANGUAGES = ("en", "id")
DEFAULT = "en"


class Text(str):
    """English text that remembers its template and fields, to be shown in another language."""

    template: str
    fields: Mapping[str, object]

    def __new__(cls, template: str, /, **fields: object) -> Text:
        """Return the template with its fields filled in (str.format), keeping both."""
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.fields)))


def _rebuild(template: str, fields: dict[str, object]) -> Text:
    return Text(template, **fields)


class Joined:
    """Texts (or errors) joined into one message, each shown in the language asked for."""

    __slots__ = ("before", "between", "items")

    def __init__(self, items: Iterable[object], *, before: str = "", between: str = "\n") -> None:
        self.items = tuple(items)
        self.before = before
        self.between = between

    def __str__(self) -> str:
        return self.localized(DEFAULT)

    def localized(self, lang: str) -> str:
        """Return the items in a language, each after `before`, separated by `between`."""
        return self.between.join(f"{self.before}{_field(item, lang)}" for item in self.items)


# language -> modules holding a MESSAGES table for it; a higher layer (the command line) adds
# its own module, so the library never imports it
_SOURCES: dict[str, list[str]] = {"id": ["sopkit._i18n_id"]}


def add_catalogue(lang: str, module: str) -> None:
    """Add a module's MESSAGES table (English template -> template in lang) to a language."""
    sources = _SOURCES.setdefault(lang, [])
    if module not in sources:
        sources.append(module)
        catalogue.cache_clear()


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """Return the templates of a language by their English template (empty for English)."""
    table: dict[str, str] = {}
    for module in _SOURCES.get(lang, ()):
        table.update(importlib.import_module(module).MESSAGES)
    return table


def localize(text: object, lang: str) -> str:
    """Return text in a language: a Text through the catalogue, anything else as str()."""
    if lang == DEFAULT or not isinstance(text, Text):
        return str(text)
    template = catalogue(lang).get(text.template, text.template)
    fields = {k: _field(v, lang) for k, v in text.fields.items()}
    return template.format(**fields) if fields else template


def _field(value: object, lang: str) -> object:
    """Return a field in a language: Texts and errors (anything `localized`) are shown in it."""
    if isinstance(value, Text):
        return localize(value, lang)
    render = getattr(value, "localized", None)
    return render(lang) if callable(render) else value


def localize_error(error: BaseException, lang: str) -> str:
    """Return an error's message in a language (its parts localized where they are Texts)."""
    render = getattr(error, "localized", None)
    if callable(render):
        return str(render(lang))
    return localize(error.args[0], lang) if len(error.args) == 1 else str(error)
