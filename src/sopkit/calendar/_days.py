"""Days off: national holidays and cuti bersama from the `holidays` package, and local days."""

from __future__ import annotations

import datetime as dt
import enum
import functools

import attrs

from sopkit import _cache
from sopkit._i18n import Text
from sopkit.calendar._errors import CalendarConfigError
from sopkit.calendar._skb import skb_bytes, skb_years

_ESTIMATED_MARK = "(perkiraan)"
HOLIDAYS_FIRST_YEAR = 1946
"""The first year the `holidays` package describes for Indonesia."""
HOLIDAYS_LAST_YEAR = 2100
"""The last year the `holidays` package computes (later years' Islamic days are estimates)."""
DEFAULT_FIRST_YEAR = 2000
"""The first year a calendar covers unless told otherwise."""
_PACKAGE_SOURCE = "holidays package (public and government categories)"


class DayKind(enum.StrEnum):
    """Why a day is off."""

    HOLIDAY = "holiday"  # hari libur nasional (public category)
    CUTI_BERSAMA = "cuti_bersama"  # collective leave (government category)
    LOCAL = "local"  # an agency's own closure: hari jadi kabupaten, a local closure


@attrs.frozen
class CalendarDay:
    """A day off: its date, Indonesian name, kind, and whether the date is an estimate."""

    date: dt.date
    name: str
    kind: DayKind = DayKind.LOCAL
    estimated: bool = False
    source: str = ""


@attrs.frozen
class RemovedDay:
    """A national day an agency works on anyway (e.g. a service desk open on cuti bersama)."""

    date: dt.date
    reason: str = attrs.field(validator=attrs.validators.min_len(1))


def _check_years(first_year: int, last_year: int) -> None:
    if not HOLIDAYS_FIRST_YEAR <= first_year <= last_year <= HOLIDAYS_LAST_YEAR:
        raise CalendarConfigError(
            Text(
                "years {first}–{last} are not a range within {data_first}–{data_last}, the "
                "years the holiday data describes",
                first=first_year,
                last=last_year,
                data_first=HOLIDAYS_FIRST_YEAR,
                data_last=HOLIDAYS_LAST_YEAR,
            )
        )


def _fetch(first_year: int, last_year: int, category: str) -> dict[dt.date, list[str]]:
    import holidays  # costly to import; only years no shipped SKB list covers need it

    found = holidays.country_holidays(
        "ID", years=range(first_year, last_year + 1), categories=(category,), language="id"
    )
    return {day: list(found.get_list(day)) for day in found}


def _from_package(first_year: int, last_year: int) -> list[CalendarDay]:
    public = _fetch(first_year, last_year, "public")
    government = _fetch(first_year, last_year, "government")
    days = []
    for day in sorted(public.keys() | government.keys()):
        names = public.get(day, []) + government.get(day, [])
        days.append(
            CalendarDay(
                date=day,
                name="; ".join(names),
                kind=DayKind.HOLIDAY if day in public else DayKind.CUTI_BERSAMA,
                estimated=any(_ESTIMATED_MARK in n for n in names),
                source=_PACKAGE_SOURCE,
            )
        )
    return days


def _from_skb(year: int) -> list[CalendarDay]:
    skb = skb_years()[year]
    named: dict[dt.date, CalendarDay] = {}
    for kind, pairs in (
        (DayKind.HOLIDAY, (*skb.holidays, *skb.other)),
        (DayKind.CUTI_BERSAMA, skb.cuti_bersama),
    ):
        for day, name in pairs:
            known = named.get(day)
            if known is not None:  # two feasts on one date keep both names
                named[day] = attrs.evolve(known, name=f"{known.name}; {name}")
            else:
                named[day] = CalendarDay(date=day, name=name, kind=kind, source=skb.skb)
    return [named[d] for d in sorted(named)]


@functools.lru_cache(maxsize=128)  # single years (calendar.yaml checks) and whole ranges
def national_days(first_year: int, last_year: int) -> tuple[CalendarDay, ...]:
    """Return Indonesia's public holidays and cuti bersama in the years given (both included).

    Years with a shipped SKB list use it (names as the SKB prints them); other years come
    from the `holidays` package, its estimated dates marked `estimated`.
    """
    _check_years(first_year, last_year)
    return _cache.memo(
        f"national-days-{first_year}-{last_year}",
        _national_inputs(),
        lambda: _national_days(first_year, last_year),
    )


def _national_inputs() -> list[tuple[str, bytes]]:
    """Return what national days are computed from: the holidays release and the SKB lists."""
    from importlib.metadata import version

    return [("holidays", version("holidays").encode()), ("skb", skb_bytes())]


def _national_days(first_year: int, last_year: int) -> tuple[CalendarDay, ...]:
    shipped = skb_years()
    days: list[CalendarDay] = []
    start = first_year
    for year in range(first_year, last_year + 2):
        if year in shipped or year == last_year + 1:
            if start < year:
                days.extend(_from_package(start, year - 1))
            if year in shipped and year <= last_year:
                days.extend(_from_skb(year))
            start = year + 1
    return tuple(days)


def _year_confirmed(year: int) -> bool:
    if year in skb_years():
        return True
    days = national_days(year, year)
    return not any(d.estimated for d in days) and any(d.kind is DayKind.CUTI_BERSAMA for d in days)


@functools.lru_cache(maxsize=1)
def last_confirmed_year() -> int:
    """Return the last year whose national days are all confirmed and whose cuti bersama is set."""
    return _cache.memo("confirmed-through", _national_inputs(), _last_confirmed_year)


def _last_confirmed_year() -> int:
    year = max(skb_years())
    while year < HOLIDAYS_LAST_YEAR and _year_confirmed(year + 1):
        year += 1
    return year


def merge_days(
    national: tuple[CalendarDay, ...],
    added: tuple[CalendarDay, ...],
    removed: tuple[RemovedDay, ...],
    first_year: int,
    last_year: int,
) -> dict[dt.date, CalendarDay]:
    """Return the days off of the years given: national ones minus removals, plus local ones."""
    off = {d.date: d for d in national if first_year <= d.date.year <= last_year}
    for gone in removed:
        if not first_year <= gone.date.year <= last_year:
            continue
        if gone.date not in off:
            raise CalendarConfigError(
                Text(
                    "removed day {date} ({reason}) is not a national holiday or cuti bersama "
                    "in {first}–{last}",
                    date=gone.date.isoformat(),
                    reason=gone.reason,
                    first=first_year,
                    last=last_year,
                )
            )
        del off[gone.date]
    for extra in added:
        if not first_year <= extra.date.year <= last_year:
            continue  # local days of other years than those covered do not matter here
        known = off.get(extra.date)
        off[extra.date] = extra if known is None else _combine_names(known, extra.name)
    return off


def _combine_names(day: CalendarDay, name: str) -> CalendarDay:
    return attrs.evolve(day, name=f"{day.name}; {name}")
