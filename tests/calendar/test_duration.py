"""Tests for sopkit.calendar._duration and _numbers: every duration phrase the seeds print."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit._errors import DurationParseError
from sopkit.calendar import (
    Duration,
    DurationUnit,
    IncomparableDurationsError,
    OpenDuration,
    OpenKind,
    parse_duration,
)
from sopkit.calendar._numbers import words_to_int

U = DurationUnit
# every distinct duration cell of the seeds' SOP tables and time-limit rows, with its reading
SEED_PHRASES: list[tuple[str, int, DurationUnit]] = [
    ("30 (tiga puluh) hari kalender", 30, U.CALENDAR_DAY),
    ("14 (empat belas) hari kerja", 14, U.WORKING_DAY),
    ("2 (dua) bulan", 2, U.MONTH),
    ("1 Bln", 1, U.MONTH),
    ("1 bln", 1, U.MONTH),
    ("2-Bulan", 2, U.MONTH),
    ("1 Jam", 1, U.HOUR),
    ("30 Menit", 30, U.MINUTE),
    ("1 minggu", 1, U.WEEK),
    ("2 (dua) minggu", 2, U.WEEK),
    ("12 (dua belas) jam", 12, U.HOUR),
    ("887 (delapan ratus delapan puluh tujuh) JP", 887, U.JP),
    ("3 (Tiga) hari", 3, U.DAY),
    ("90 (Sembilan puluh) hari", 90, U.DAY),
    ("9 (Sembilan) hari kerja", 9, U.WORKING_DAY),
    ("50 (lima puluh) hari kerja", 50, U.WORKING_DAY),
    ("1 HARI KERJA", 1, U.WORKING_DAY),
    ("120 menit", 120, U.MINUTE),
    ("6 (enam) bulan", 6, U.MONTH),
    ("5 Hari", 5, U.DAY),
    ("101 (seratus satu) Hari", 101, U.DAY),
    ("1 (satu) tahun", 1, U.YEAR),
]
OPEN_PHRASES: list[tuple[str, OpenKind]] = [
    ("Menyesuaikan", OpenKind.ADJUSTS),
    ("Mempersiapkan", OpenKind.PREPARING),
    ("Mempersiapkan bahan rapat Tim Penilai Kinerja", OpenKind.PREPARING),
    ("Sesuai Juknis", OpenKind.PER_GUIDELINE),
    ("Sesuai dengan Juknis", OpenKind.PER_GUIDELINE),
    ("Fleksibel", OpenKind.FLEXIBLE),
    ("Mengikuti Jenis Diklat yang diselenggarakan (Fleksibel)", OpenKind.FLEXIBLE),
    ("Menyesuaikan jadwal masing-masing Diklat", OpenKind.SCHEDULE),
    ("Menyesuaikan jadwal yang telah ditentukan oleh Lembaga Penyelenggara", OpenKind.SCHEDULE),
]
# deliberately rejected: a qualifier or a list the catalogue must write as a mapping
REJECTED = [
    "3 (Tiga) hari untuk usulan internal Kabupaten Pasuruan",
    "1. Tingkat SD, SMP, SMA dan Diploma I = 2 (dua) hari (Kepala BKPPD)",
    "Menyediakan",
    "",
    "hari kerja",
]


@pytest.mark.parametrize(("text", "amount", "unit"), SEED_PHRASES)
def test_seed_phrases_parse(text: str, amount: int, unit: DurationUnit) -> None:
    """Each fixed phrase of the seeds reads as its amount and unit, keeping the text."""
    assert Duration(amount, unit, text) == parse_duration(text)


@pytest.mark.parametrize(("text", "kind"), OPEN_PHRASES)
def test_open_phrases_parse(text: str, kind: OpenKind) -> None:
    """Open values read as typed open durations, never as zero."""
    assert OpenDuration(text, kind) == parse_duration(text)


@pytest.mark.parametrize("text", REJECTED)
def test_unreadable_phrases_raise_quoting_them(text: str) -> None:
    """A phrase that names no single duration raises DurationParseError quoting it."""
    with pytest.raises(DurationParseError) as info:
        parse_duration(text)
    assert repr(text) in str(info.value)


def test_digits_and_words_must_agree() -> None:
    """'3 (empat) hari' says two different numbers and is reported as such."""
    with pytest.raises(DurationParseError, match="the digits say 3 but the words 'empat' say 4"):
        parse_duration("3 (empat) hari")


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("sebelas", 11),
        ("empat belas", 14),
        ("dua puluh tujuh", 27),
        ("seratus satu", 101),
        ("seratus tujuh puluh tujuh", 177),
        ("delapan ratus delapan puluh tujuh", 887),
        ("lima ratus sebelas", 511),
        ("seribu dua ratus", 1200),
        ("dua ribu dua puluh lima", 2025),
    ],
)
def test_number_words(words: str, value: int) -> None:
    """Indonesian number words read as integers."""
    assert value == words_to_int(words)


@pytest.mark.parametrize("words", ["dua dua", "puluh", "belas", "tiga kali"])
def test_number_words_reject_nonsense(words: str) -> None:
    """Sequences that are not a number read as None."""
    assert words_to_int(words) is None


def test_durations_compare_within_a_dimension() -> None:
    """One hour is longer than 45 minutes and equal in length to 60; one week is 7 days."""
    assert parse_duration("1 Jam") > parse_duration("45 menit")
    assert parse_duration("1 Jam").same_length(parse_duration("60 menit"))
    assert parse_duration("1 minggu").same_length(parse_duration("7 hari kalender"))
    assert Duration(75, U.MINUTE) == parse_duration("1 JP") + parse_duration("30 menit")


def test_durations_across_dimensions_need_a_schedule() -> None:
    """Working days and hours do not compare without a work schedule."""
    with pytest.raises(IncomparableDurationsError, match="WorkCalendar"):
        _ = parse_duration("1 hari kerja") < parse_duration("8 jam")


@given(st.integers(1, 999), st.sampled_from(["hari kerja", "jam", "menit", "bulan", "JP"]))
def test_digits_round_trip(amount: int, unit: str) -> None:
    """Any amount written in digits reads back as itself."""
    parsed = parse_duration(f"{amount} {unit}")
    assert isinstance(parsed, Duration)
    assert amount == parsed.amount


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("0 hari kerja", "zero names no time"),
        ("(nol) jam", "zero names no time"),
        ("seratus seratus hari kerja", "is not an Indonesian number"),
        ("3 (tiga tiga) hari kerja", "is not an Indonesian number"),
        ("\u0663 hari kerja", "U+0663"),
        ("1\u0969 jam", "not an ASCII digit"),
    ],
)
def test_misreadings_are_refused(text: str, reason: str) -> None:
    """Zero, repeated magnitudes and non-ASCII digits are errors, never silently read."""
    with pytest.raises(DurationParseError, match=re.escape(reason)):
        parse_duration(text)


@pytest.mark.parametrize(("text", "days"), [("1 x 24 jam", 1), ("2x24 jam", 2), ("3 × 24 Jam", 3)])
def test_times_24_hours_reads_as_whole_days(text: str, days: int) -> None:
    """'N x 24 jam' states N whole days: a bare 'hari' amount, read per the agency's declaration."""
    assert Duration(days, DurationUnit.DAY, text) == parse_duration(text)


def test_24_jam_alone_stays_office_time() -> None:
    """'24 jam' without the 'x' idiom is 24 hours of office time, like any 'N jam'."""
    assert Duration(24, DurationUnit.HOUR, "24 jam") == parse_duration("24 jam")


def test_a_duration_parse_error_reads_in_indonesian() -> None:
    """The reason is a Text inside the error's Text: both come out in Indonesian."""
    from sopkit._i18n import localize_error

    with pytest.raises(DurationParseError) as info:
        parse_duration("3 (empat) hari")
    assert (
        "cannot read duration '3 (empat) hari': the digits say 3 but the words 'empat' say 4"
        == (str(info.value))
    )
    assert (
        "durasi '3 (empat) hari' tidak dapat dibaca: angkanya menyatakan 3, tetapi kata "
        "'empat' menyatakan 4" == localize_error(info.value, "id")
    )
