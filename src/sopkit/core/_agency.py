"""Agencies: the public-service units whose catalogues sopkit holds."""

from __future__ import annotations

import datetime as dt
import enum
import re
import zoneinfo

import attrs

from sopkit._errors import FieldValueError
from sopkit._i18n import Text
from sopkit.core._legal import LegalRef
from sopkit.core._source import Source

_CODE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")


def _check_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _CODE.match(value):
        raise FieldValueError(
            attribute.name,
            Text(
                "{field} {value} must be lower-case letters and digits joined by "
                "'.', '_' or '-' (for example 'malang.bkpsdm')",
                field=attribute.name,
                value=repr(value),
            ),
        )


class ContactKind(enum.StrEnum):
    """Ways to reach an agency."""

    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    WEBSITE = "website"
    WHATSAPP = "whatsapp"
    SOCIAL = "social"
    POSTAL = "postal"


@attrs.frozen
class Contact:
    """One contact point of an agency."""

    kind: ContactKind
    value: str
    label: str = ""


class ChannelKind(enum.StrEnum):
    """Kinds of complaint channel (penanganan pengaduan, saran dan masukan)."""

    IN_PERSON = "in_person"
    BOX = "box"
    WHATSAPP = "whatsapp"
    WEB = "web"
    SOCIAL = "social"
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"
    APP = "app"


@attrs.frozen
class ComplaintChannel:
    """A channel through which the public lodges complaints, suggestions and feedback."""

    kind: ChannelKind
    value: str
    text: str = ""


class DayReading(enum.StrEnum):
    """How an agency's catalogue reads a bare 'hari' (day) in durations."""

    UNDECLARED = "undeclared"
    WORKING = "working"
    CALENDAR = "calendar"


@attrs.frozen
class Decree:
    """The decree that establishes a catalogue: number and date as printed."""

    number: str
    date: dt.date | None = None
    date_text: str = ""
    title: str = ""
    signed_by: str = ""


@attrs.frozen
class NamedText:
    """A labelled piece of text, such as a secondary address ('Balai Diklat')."""

    label: str
    text: str


def _check_timezone(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(
            Text(
                "unknown timezone {value}; Indonesian agencies use Asia/Jakarta (WIB), "
                "Asia/Makassar (WITA) or Asia/Jayapura (WIT)",
                value=repr(value),
            )
        ) from None


@attrs.frozen
class ContentsEntry:
    """An entry of a printed table of contents (daftar isi), mapped to the SOP it names."""

    title: str
    number: str = ""
    page: str = ""
    sop: str = ""  # slug of the SOP, empty when the catalogue holds none for it
    note: str = ""


@attrs.frozen
class Agency:
    """A public-service unit: identity, contacts, timezone, maklumat and founding decree."""

    code: str = attrs.field(validator=_check_code)
    name: str
    regency: str
    address: str = ""
    contacts: tuple[Contact, ...] = ()
    timezone: str = attrs.field(default="Asia/Jakarta", validator=_check_timezone)
    parent: str = ""
    short_name: str = ""
    other_addresses: tuple[NamedText, ...] = ()
    vision: str = ""
    mission: tuple[str, ...] = ()
    maklumat: str = ""
    decree: Decree | None = None
    legal_basis: tuple[LegalRef, ...] = ()
    complaint_channels: tuple[ComplaintChannel, ...] = ()
    bare_day: DayReading = DayReading.UNDECLARED
    notes: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()  # tugas/fungsi as printed
    principles: tuple[str, ...] = ()  # prinsip/asas as printed
    contents: tuple[ContentsEntry, ...] = ()
    # where the object was read from; not data (no equality, no JSON)
    source: Source | None = attrs.field(default=None, eq=False, repr=False)
