"""Typed option values: every CLI option is parsed here, at argument parsing, as a usage error.

Each parser is an `Option` whose failure names what was wrong and what is accepted; argparse
adds the option's name ("argument --from: ..."). Each also carries `malformed`, a value it must
reject, which the CLI's own tests feed to every option of every command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import enum
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from sopkit._i18n import Text
from sopkit.cli._language import current, say

T = TypeVar("T")

# the years a date option accepts: wide enough for any service record, and far from the limits
# of datetime arithmetic (year 9999 overflows once a deadline adds days)
FIRST_YEAR = 1900
LAST_YEAR = 2200

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$"
)
_CODE = re.compile(r"^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*)*$")
_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(?:day|hari|d))?\s*$", re.IGNORECASE)

DATE_FORMAT = "YYYY-MM-DD"
DATETIME_FORMAT = "YYYY-MM-DDTHH:MM[:SS][±HH:MM], or YYYY-MM-DD for 00:00"


def _shown(text: str) -> str:
    """Return text quoted for a message, cut to 60 characters (with its length) when longer."""
    if len(text) <= 60:
        return repr(text)
    return Text("{start}… ({length} characters)", start=repr(text[:60]), length=len(text))


def _fail(message: Text) -> argparse.ArgumentTypeError:
    """Return the usage error of a value, in the language of the command being parsed."""
    return argparse.ArgumentTypeError(say(message))


def reason(exc: ValueError) -> Text:
    """Return Python's reason a date is invalid, as a Text (the catalogue has the common ones)."""
    return Text(str(exc))


class Option(Generic[T]):
    """An option's value type: call it on the text; `malformed` is a value it rejects."""

    def __init__(self, name: str, parse: Callable[[str], T], malformed: str) -> None:
        self.__name__ = name
        self._parse = parse
        self.malformed = malformed

    def __call__(self, text: str) -> T:
        return self._parse(text)

    def __repr__(self) -> str:
        return self.__name__


def _check_year(text: str, year: int, accepted: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _fail(
            Text(
                "{value} is outside the years {first}–{last}; expected {accepted}",
                value=_shown(text),
                first=FIRST_YEAR,
                last=LAST_YEAR,
                accepted=accepted,
            )
        )


def _date(text: str) -> dt.date:
    shown = _shown(text)
    if not _DATE.match(text.strip()):
        raise _fail(
            Text("{value} is not a date; expected {accepted}", value=shown, accepted=DATE_FORMAT)
        )
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise _fail(
            Text(
                "{value} is not a date ({reason}); expected {accepted}",
                value=shown,
                reason=reason(exc),
                accepted=DATE_FORMAT,
            )
        ) from None
    _check_year(text, value.year, DATE_FORMAT)
    return value


def _datetime(text: str) -> dt.datetime:
    shown, accepted = _shown(text), Text(DATETIME_FORMAT)
    match = _DATETIME.match(text.strip())
    if not match:
        raise _fail(
            Text(
                "{value} is not a date and time; expected {accepted}",
                value=shown,
                accepted=accepted,
            )
        )
    try:
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError as exc:
        raise _fail(
            Text(
                "{value} is not a date and time ({reason}); expected {accepted}",
                value=shown,
                reason=reason(exc),
                accepted=accepted,
            )
        ) from None
    _check_year(text, value.year, accepted)
    return value


date = Option("date", _date, "2026-02-30")
datetime = Option("datetime", _datetime, "27-03-2025")


def integer(low: int | None = None, high: int | None = None) -> Option[int]:
    """Return an option reading a whole number within [low, high]."""
    accepted = _bounds(Text("a whole number"), low, high)

    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*[+-]?\d{1,18}\s*", text):
            raise _fail(
                Text(
                    "{value} is not a whole number; expected {accepted}",
                    value=_shown(text),
                    accepted=accepted,
                )
            )
        value = int(text)
        if (low is not None and value < low) or (high is not None and value > high):
            raise _fail(_out_of_range(text, accepted))
        return value

    return Option("integer", parse, "2.5")


def number(
    low: float | None = None, high: float | None = None, *, above: bool = False
) -> Option[float]:
    """Return an option reading a finite number within [low, high] (above: strictly over low)."""
    accepted = _bounds(Text("a number"), low, high, above=above)

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise _fail(
                Text(
                    "{value} is not a number; expected {accepted}",
                    value=_shown(text),
                    accepted=accepted,
                )
            ) from None
        if (
            not math.isfinite(value)
            or (low is not None and (value <= low if above else value < low))
            or (high is not None and value > high)
        ):
            raise _fail(_out_of_range(text, accepted))
        return value

    return Option("number", parse, "many")


def _out_of_range(text: str, accepted: Text) -> Text:
    return Text(
        "{value} is out of range; expected {accepted}", value=_shown(text), accepted=accepted
    )


def _bounds(what: Text, low: float | None, high: float | None, *, above: bool = False) -> Text:
    if low is not None and high is not None:
        return Text("{what} from {low} to {high}", what=what, low=low, high=high)
    if low is not None and above:
        return Text("{what} over {low}", what=what, low=low)
    if low is not None:
        return Text("{what} of at least {low}", what=what, low=low)
    if high is not None:
        return Text("{what} up to {high}", what=what, high=high)
    return what


year = integer(FIRST_YEAR, LAST_YEAR)


def _rate(text: str) -> float:
    match = _RATE.match(text)
    shown, accepted = _shown(text), Text("files a working day, e.g. '3/day' or '0.5'")
    if match is None:
        raise _fail(
            Text("{value} is not a rate; expected {accepted}", value=shown, accepted=accepted)
        )
    value = float(match.group(1))
    if not value > 0 or not math.isfinite(value):
        raise _fail(
            Text(
                "{value} is not a positive rate; expected {accepted}",
                value=shown,
                accepted=accepted,
            )
        )
    return value


rate = Option("rate", _rate, "3 per day")


def choice(values: Iterable[str], *, name: str = "choice") -> Option[str]:
    """Return an option accepting one of values, case-insensitively, with a did-you-mean."""
    known = tuple(values)
    folded = {v.casefold(): v for v in known}

    def parse(text: str) -> str:
        found = folded.get(text.strip().casefold())
        if found is None:
            close = difflib.get_close_matches(text.casefold(), list(folded), n=1, cutoff=0.6)
            hint = Text("did you mean {close}? ", close=repr(folded[close[0]])) if close else ""
            raise _fail(
                Text(
                    "{value} is not accepted; {hint}accepted: {known}",
                    value=_shown(text),
                    hint=hint,
                    known=", ".join(known),
                )
            )
        return found

    return Option(name, parse, "no-such-value")


E = TypeVar("E", bound=enum.Enum)


def enum_choice(cls: type[E]) -> Option[E]:
    """Return an option accepting an enum member by its value, case-insensitively."""
    pick = choice((str(m.value) for m in cls), name=cls.__name__)
    return Option(cls.__name__, lambda text: cls(pick(text)), pick.malformed)


def _code(text: str) -> str:
    if not _CODE.match(text.strip()):
        raise _fail(
            Text(
                "{value} is not a catalogue code; expected {accepted}",
                value=_shown(text),
                accepted=Text("e.g. malang.bkpsdm, <agency>/<slug> or a slug"),
            )
        )
    return text.strip()


code = Option("code", _code, "no such/ code!")


def _text(text: str) -> str:
    if not text.strip() or any(ord(c) < 32 for c in text):
        raise _fail(_empty(text, Text("some text")))
    return text.strip()


text = Option("text", _text, " ")


def _empty(text: str, accepted: Text) -> Text:
    return Text(
        "{value} is empty or holds control characters; expected {accepted}",
        value=_shown(text),
        accepted=accepted,
    )


def existing_file(text: str) -> Path:
    """Return the path of a readable file."""
    path = Path(text)
    if not path.is_file():
        raise _fail(
            Text(
                "{value} is not an existing file; expected {accepted}",
                value=_shown(text),
                accepted=Text("the path of a file"),
            )
        )
    return path


def _output_file(text: str) -> Path:
    path = Path(text)
    shown, accepted = _shown(text), Text("a file path in an existing folder")
    if not text.strip() or path.is_dir():
        raise _fail(
            Text(
                "{value} is a folder or empty; expected {accepted}", value=shown, accepted=accepted
            )
        )
    if not path.parent.is_dir():
        raise _fail(
            Text(
                "{value} cannot be written: folder {folder} does not exist; expected {accepted}",
                value=shown,
                folder=repr(str(path.parent)),
                accepted=accepted,
            )
        )
    return path


output_file = Option("output_file", _output_file, "/nonexistent/dir/x.svg")
file = Option("file", existing_file, "/nonexistent/profile.yaml")


def pair(
    key: Callable[[str], Any], value: Callable[[str], Any], *, what: Text
) -> Option[tuple[Any, Any]]:
    """Return an option reading KEY=VALUE, each side parsed by its own option type."""
    accepted = Text("{what} written KEY=VALUE", what=what)

    def parse(text: str) -> tuple[Any, Any]:
        left, sep, right = text.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise _fail(
                Text(
                    "{value} is not written KEY=VALUE; expected {accepted}",
                    value=_shown(text),
                    accepted=accepted,
                )
            )
        try:
            return key(left.strip()), value(right.strip())
        except argparse.ArgumentTypeError as exc:  # its message is in the language already
            raise _fail(Text("in {value}: {error}", value=_shown(text), error=str(exc))) from None

    return Option("pair", parse, "no-equals-sign")


step_number = integer(1, 100_000)


def comma_list(item: Callable[[str], T]) -> Option[tuple[T, ...]]:
    """Return an option reading one or more comma-separated values."""

    def parse(text: str) -> tuple[T, ...]:
        parts = [p.strip() for p in text.split(",")]
        if not any(parts) or not all(parts):
            raise _fail(
                Text(
                    "{value} has an empty item; expected {accepted}",
                    value=_shown(text),
                    accepted=Text("one or more values separated by commas"),
                )
            )
        return tuple(item(p) for p in parts)

    return Option("comma_list", parse, ",")


def lazy(name: str, make: Callable[[], Callable[[str], T]], malformed: str) -> Option[T]:
    """Return an option whose parser is built on first use (for values the registry knows)."""
    built: list[Callable[[str], T]] = []

    def parse(value: str) -> T:
        if not built:
            built.append(make())
        return built[0](value)

    return Option(name, parse, malformed)


def _time_limit(text: str) -> Any:
    from sopkit._errors import SopkitError
    from sopkit.calendar._composite import parse_time_limit

    try:
        return parse_time_limit(text)
    except SopkitError as exc:
        raise argparse.ArgumentTypeError(exc.localized(current())) from None


time_limit = Option("time_limit", _time_limit, "sebentar saja")


def _golongan(text: str) -> str:
    from sopkit.asn._golongan import Golongan, GolonganError

    try:
        return Golongan.parse(text).label
    except GolonganError as exc:
        raise argparse.ArgumentTypeError(exc.localized(current())) from None


golongan = Option("golongan", _golongan, "V/z")


def _education() -> Option[str]:
    from sopkit.asn._education import EducationLevel

    return choice((level.value for level in EducationLevel), name="education level")


education = lazy("education level", _education, "X")


def _path(text: str) -> Path:
    if not text.strip() or any(ord(c) < 32 for c in text):
        raise _fail(_empty(text, Text("a file or folder path")))
    return Path(text)


path = Option("path", _path, "")


def validated(option: Option[Any]) -> Option[str]:
    """Return an option that checks text with option but keeps the text for later reading."""

    def parse(text: str) -> str:
        option(text)
        return text.strip()

    return Option(option.__name__, parse, option.malformed)
