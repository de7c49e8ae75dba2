"""Typed durations as the seeds print them: fixed amounts, open values and composites."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable

import attrs

from sopkit._errors import DurationParseError, SopkitError
from sopkit._i18n import Text
from sopkit.calendar._numbers import words_to_int


class DurationUnit(enum.StrEnum):
    """The units a duration phrase can carry."""

    MINUTE = "minute"
    HOUR = "hour"
    JP = "jp"  # jam pelajaran: 45 minutes of training time
    WORKING_DAY = "working_day"
    CALENDAR_DAY = "calendar_day"
    DAY = "day"  # a bare "hari": the catalogue declares how it is read
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Dimension(enum.StrEnum):
    """What a unit measures; durations compare and add only within one dimension."""

    OFFICE_TIME = "office_time"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    BARE_DAYS = "bare_days"
    MONTHS = "months"


# (dimension, size in the dimension's base unit: minutes, days or months)
_SCALE: dict[DurationUnit, tuple[Dimension, int]] = {
    DurationUnit.MINUTE: (Dimension.OFFICE_TIME, 1),
    DurationUnit.HOUR: (Dimension.OFFICE_TIME, 60),
    DurationUnit.JP: (Dimension.OFFICE_TIME, 45),
    DurationUnit.WORKING_DAY: (Dimension.WORKING_DAYS, 1),
    DurationUnit.CALENDAR_DAY: (Dimension.CALENDAR_DAYS, 1),
    DurationUnit.WEEK: (Dimension.CALENDAR_DAYS, 7),
    DurationUnit.DAY: (Dimension.BARE_DAYS, 1),
    DurationUnit.MONTH: (Dimension.MONTHS, 1),
    DurationUnit.YEAR: (Dimension.MONTHS, 12),
}
_BASE_UNIT = {
    Dimension.OFFICE_TIME: DurationUnit.MINUTE,
    Dimension.WORKING_DAYS: DurationUnit.WORKING_DAY,
    Dimension.CALENDAR_DAYS: DurationUnit.CALENDAR_DAY,
    Dimension.BARE_DAYS: DurationUnit.DAY,
    Dimension.MONTHS: DurationUnit.MONTH,
}


class IncomparableDurationsError(SopkitError, TypeError):
    """Two durations whose comparison or sum needs a work schedule."""

    def __init__(self, left: Duration, right: Duration) -> None:
        super().__init__(
            Text(
                "{left} ({left_dimension}) and {right} ({right_dimension}) cannot be compared or "
                "added without a work schedule; use WorkCalendar for that",
                left=repr(left.text or left.describe()),
                left_dimension=left.dimension,
                right=repr(right.text or right.describe()),
                right_dimension=right.dimension,
            )
        )


@attrs.frozen(order=False)
class Duration:
    """A fixed length: an amount of one unit, with the phrase it was read from."""

    amount: int = attrs.field(validator=attrs.validators.ge(0))
    unit: DurationUnit
    text: str = ""

    @property
    def dimension(self) -> Dimension:
        """Return what this duration measures."""
        return _SCALE[self.unit][0]

    @property
    def base_amount(self) -> int:
        """Return the amount in the dimension's base unit (minutes, days or months)."""
        return self.amount * _SCALE[self.unit][1]

    def describe(self) -> str:
        """Return a short English rendering such as '3 working_day'."""
        return f"{self.amount} {self.unit.value}"

    def _key(self, other: object) -> tuple[int, int]:
        if not isinstance(other, Duration):
            raise TypeError(f"cannot compare a Duration with {type(other).__name__}")
        if self.dimension != other.dimension:
            raise IncomparableDurationsError(self, other)
        return self.base_amount, other.base_amount

    def __lt__(self, other: Duration) -> bool:
        a, b = self._key(other)
        return a < b

    def __le__(self, other: Duration) -> bool:
        a, b = self._key(other)
        return a <= b

    def __gt__(self, other: Duration) -> bool:
        a, b = self._key(other)
        return a > b

    def __ge__(self, other: Duration) -> bool:
        a, b = self._key(other)
        return a >= b

    def same_length(self, other: Duration) -> bool:
        """Return whether both measure the same length, whatever their units and texts."""
        a, b = self._key(other)
        return a == b

    def __add__(self, other: Duration) -> Duration:
        if not isinstance(other, Duration):
            return NotImplemented
        a, b = self._key(other)
        unit = self.unit if self.unit == other.unit else _BASE_UNIT[self.dimension]
        scale = _SCALE[unit][1]
        return Duration((a + b) // scale, unit)


class OpenKind(enum.StrEnum):
    """Why a duration has no fixed length."""

    ADJUSTS = "adjusts"  # "Menyesuaikan"
    SCHEDULE = "schedule"  # "Menyesuaikan jadwal ..."
    PREPARING = "preparing"  # "Mempersiapkan"
    PER_GUIDELINE = "per_guideline"  # "Sesuai Juknis"
    FLEXIBLE = "flexible"  # "Fleksibel"


@attrs.frozen
class OpenDuration:
    """A duration the seed leaves open; never read as zero."""

    text: str
    kind: OpenKind


@attrs.frozen
class DurationPart:
    """One item of a composite time limit: its length, and who acts or what happens."""

    duration: Duration | OpenDuration
    label: str = ""
    actor: str | None = None
    # "Jika terdapat koreksi": the part applies only when this holds (empty: always)
    condition: str = ""
    # "paling singkat": the length is a minimum, not the time the stage takes
    minimum: bool = False
    # where the part takes place ("di Instansi Pemerintah asal Peserta")
    place: str = ""
    # the same part in a second unit ("221 JP ... selama 27 Hari Pelatihan")
    equivalent: Duration | None = None


class Combine(enum.StrEnum):
    """How the parts of a composite duration relate."""

    SUM = "sum"  # consecutive stages, one after another
    EQUIVALENT = "equivalent"  # one length stated in several units ("887 JP / 101 hari")


@attrs.frozen
class CompositeDuration:
    """A time limit printed as several parts: consecutive stages or equivalent statements."""

    parts: tuple[DurationPart, ...]
    text: str = ""
    combine: Combine = Combine.SUM
    # "dengan rincian": the per-place parts a headline total is made of
    breakdown: tuple[DurationPart, ...] = ()
    # when the clock starts ("Berkas diterima BKPPD"), and what the limit covers
    starts: str = ""
    scope: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.parts:
            raise ValueError(Text("a composite duration needs at least one part"))

    @property
    def is_open(self) -> bool:
        """Return whether any part has no fixed length."""
        return any(isinstance(p.duration, OpenDuration) for p in self.parts)

    @property
    def conditional_parts(self) -> tuple[DurationPart, ...]:
        """Return the parts that apply only under a printed condition."""
        return tuple(p for p in self.parts if p.condition)

    def without_conditional(self) -> CompositeDuration:
        """Return the composite as it runs when no conditional part applies (the shortest case)."""
        kept = tuple(p for p in self.parts if not p.condition)
        return attrs.evolve(self, parts=kept or self.parts)


TimeLimit = Duration | OpenDuration | CompositeDuration

_OPEN_PATTERNS: tuple[tuple[re.Pattern[str], OpenKind], ...] = (
    (re.compile(r"^menyesuaikan\s+jadwal\b"), OpenKind.SCHEDULE),
    (re.compile(r"^sesuai\s+jadwal\b"), OpenKind.SCHEDULE),
    (re.compile(r"^menyesuaikan\b"), OpenKind.ADJUSTS),
    (re.compile(r"^mempersiapkan\b"), OpenKind.PREPARING),
    (
        re.compile(r"^sesuai\s+(dengan\s+)?(juknis|juklak|ketentuan|peraturan)\b"),
        OpenKind.PER_GUIDELINE,
    ),
    (re.compile(r"^fleksibel\b"), OpenKind.FLEXIBLE),
    (re.compile(r"\(fleksibel\)$"), OpenKind.FLEXIBLE),
)

_UNIT_WORDS: tuple[tuple[str, DurationUnit], ...] = (
    (r"hari\s+kerja|hk", DurationUnit.WORKING_DAY),
    (r"hari\s+kalender", DurationUnit.CALENDAR_DAY),
    (r"jam\s+pelajaran|jp|jpl", DurationUnit.JP),
    (r"hari", DurationUnit.DAY),
    (r"jam", DurationUnit.HOUR),
    (r"menit|mnt", DurationUnit.MINUTE),
    (r"minggu|pekan", DurationUnit.WEEK),
    (r"bulan|bln", DurationUnit.MONTH),
    (r"tahun|thn", DurationUnit.YEAR),
)
_UNIT_RE = "|".join(f"(?P<u{i}>{words})" for i, (words, _) in enumerate(_UNIT_WORDS))
_FIXED = re.compile(
    r"^(?P<digits>\d+)?\s*(?:\(\s*(?P<words>[a-z\s-]+?)\s*\))?\s*"
    r"(?:(?P<wordsonly>[a-z][a-z\s-]*?)\s+)?-?\s*"
    rf"(?:{_UNIT_RE})\.?$"
)
_TIMES_24_HOURS = re.compile(r"^(?P<days>\d+)\s*[x×]\s*24\s*jam$")
"""'1 x 24 jam': the idiom for N whole days, read as N bare 'hari' (see docs/calendar.md)."""
_UNITS_ACCEPTED = "hari kerja, hari kalender, hari, jam, menit, JP, minggu, bulan, tahun"


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def parse_open(text: str) -> OpenDuration | None:
    """Return the open duration a phrase such as 'Menyesuaikan' names, or None."""
    norm = _normalise(text)
    for pattern, kind in _OPEN_PATTERNS:
        if pattern.search(norm):
            return OpenDuration(text=text, kind=kind)
    return None


def parse_duration(text: str) -> Duration | OpenDuration:
    """Return the duration a phrase names; raise DurationParseError when it names none."""
    if not isinstance(text, str):
        raise DurationParseError(repr(text), Text("a duration phrase must be text"))
    norm = _normalise(text)
    if not norm:
        raise DurationParseError(text, Text("the phrase is empty"))
    foreign = next((c for c in norm if c.isdigit() and not c.isascii()), None)
    if foreign is not None:
        raise DurationParseError(
            text,
            Text(
                "digit {digit} (U+{code}, {name}) is not an ASCII digit; write amounts with 0-9 "
                "so that nothing is misread",
                digit=repr(foreign),
                code=f"{ord(foreign):04X}",
                name=unicodedata.name(foreign, "unnamed"),
            ),
        )
    opened = parse_open(text)
    if opened is not None:
        return opened
    days = _TIMES_24_HOURS.match(norm)
    if days is not None and int(days.group("days")) > 0:
        return Duration(int(days.group("days")), DurationUnit.DAY, text)
    match = _FIXED.match(norm)
    if match is None:
        raise DurationParseError(
            text,
            Text(
                "expected an amount (digits and/or Indonesian words) followed by a unit "
                "({units}), or an open value (Menyesuaikan, Mempersiapkan, Sesuai Juknis, "
                "Fleksibel)",
                units=_UNITS_ACCEPTED,
            ),
        )
    unit = next(u for i, (_, u) in enumerate(_UNIT_WORDS) if match.group(f"u{i}") is not None)
    amount = _amount(text, match)
    if amount == 0:
        raise DurationParseError(
            text,
            Text(
                "a time limit of zero names no time; write a positive amount, or an open value "
                "(Menyesuaikan, Sesuai Juknis) when the seed gives none"
            ),
        )
    return Duration(amount, unit, text)


def _amount(text: str, match: re.Match[str]) -> int:
    digits, words, words_only = match.group("digits", "words", "wordsonly")
    if words_only is not None and (digits is not None or words is not None):
        raise DurationParseError(
            text, Text("unexpected words {words} before the unit", words=repr(words_only))
        )
    spelled_text = words if words is not None else words_only
    spelled = None
    if spelled_text is not None:
        spelled = words_to_int(spelled_text)
        if spelled is None:
            raise DurationParseError(
                text, Text("{words} is not an Indonesian number", words=repr(spelled_text))
            )
    if digits is not None and spelled is not None and int(digits) != spelled:
        raise DurationParseError(
            text,
            Text(
                "the digits say {digits} but the words {words} say {spelled}",
                digits=int(digits),
                words=repr(spelled_text),
                spelled=spelled,
            ),
        )
    if digits is not None:
        return int(digits)
    if spelled is not None:
        return spelled
    raise DurationParseError(text, Text("no amount before the unit"))


def total(durations: Iterable[Duration]) -> Duration:
    """Return the sum of durations of one dimension; raise when they mix dimensions."""
    items = list(durations)
    if not items:
        raise ValueError("total() needs at least one duration")
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result
