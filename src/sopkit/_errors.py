"""The exception hierarchy: every error sopkit raises derives from SopkitError."""

from __future__ import annotations

import reprlib
from collections.abc import Sequence

import attrs

from sopkit._i18n import Joined, Text, localize

SHOWN = 200  # characters of a value quoted in an error message
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxother, _REPR.maxstring = 3, SHOWN, SHOWN


def shown(value: object) -> str:
    """Return a value's repr for an error message, cut to about SHOWN characters with its size."""
    if isinstance(value, str):
        if len(value) <= SHOWN:
            return repr(value)
        return f"{value[:SHOWN]!r}… ({len(value):,} characters)"
    text = _REPR.repr(value)  # bounded work even for huge or deeply shared data
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}… (cut)"


class SopkitError(Exception):
    """Root of every error raised by sopkit."""

    def localized(self, lang: str) -> str:
        """Return the message in a language ('en' or 'id'); str(error) is always English."""
        return localize(self.args[0], lang) if len(self.args) == 1 else str(self)


class NotFoundError(SopkitError, LookupError):
    """A code (agency, service, rule, role) that the catalogue does not hold."""


class FieldValueError(SopkitError, ValueError):
    """A value one field of a model class does not accept (raised by its validator)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class DurationParseError(SopkitError, ValueError):
    """A duration phrase that sopkit cannot read."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(
            Text("cannot read duration {text}: {reason}", text=repr(text), reason=reason)
        )


@attrs.frozen
class DataProblem:
    """One thing wrong in a catalogue data file."""

    path: str
    message: str
    value: object = None
    plugin: str | None = None
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return self.localized("en")

    def localized(self, lang: str) -> str:
        """Return the problem with where it is, in a language ('en' or 'id')."""
        where = ":".join(
            part for part in (self.plugin, self.file, str(self.line) if self.line else None) if part
        )
        got = (
            ""
            if self.value is None
            else localize(Text(" (got {value})", value=shown(self.value)), lang)
        )
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.path}: {localize(self.message, lang)}{got}"


class DataError(SopkitError, ValueError):
    """Catalogue data that does not fit the model; lists every problem found."""

    WHERE = Text("catalogue data")
    """What the problems are in, for the heading of the list (a subclass names its own)."""

    def __init__(self, problems: Sequence[DataProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.localized("en"))

    def headed(self, where: Text) -> Text:
        """Return the count of problems and each on its own line, headed by what they are in."""
        count = len(self.problems)
        return Text(
            "{count} problem in {where}:{lines}"
            if count == 1
            else "{count} problems in {where}:{lines}",
            count=count,
            where=where,
            lines=Joined(self.problems, before="\n  - ", between=""),
        )

    def localized(self, lang: str) -> str:
        """Return the count and every problem, in a language ('en' or 'id')."""
        return localize(self.headed(self.WHERE), lang)


class PluginError(SopkitError):
    """A plugin that fails to load, or registers something invalid or clashing."""

    def __init__(self, plugin: str, message: str) -> None:
        self.plugin = plugin
        self.detail = message
        super().__init__(Text("plugin {plugin}: {message}", plugin=repr(plugin), message=message))
