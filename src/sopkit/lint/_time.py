"""Time: SOP step totals against stated totals and time limits, open and ambiguous durations."""

from __future__ import annotations

from collections.abc import Iterator

import pendulum

from sopkit.calendar._duration import (
    CompositeDuration,
    Duration,
    DurationPart,
    DurationUnit,
    OpenDuration,
    TimeLimit,
    total,
)
from sopkit.calendar._errors import CalendarError
from sopkit.core._agency import DayReading
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.lint._context import LintContext
from sopkit.lint._finding import Location, Severity
from sopkit.lint._registry import Raw, check


def _text(limit: TimeLimit | None, fallback: str = "") -> str:
    if limit is None:
        return fallback or "-"
    if isinstance(limit, (Duration, OpenDuration)):
        return limit.text or (limit.describe() if isinstance(limit, Duration) else limit.kind.value)
    return limit.text or " + ".join(_text(p.duration) for p in limit.parts)


def _is_fixed(limit: TimeLimit | None) -> bool:
    if isinstance(limit, Duration):
        return True
    return isinstance(limit, CompositeDuration) and not limit.is_open


def _has_bare_day(limit: TimeLimit | None) -> bool:
    if isinstance(limit, Duration):
        return limit.unit is DurationUnit.DAY
    if isinstance(limit, CompositeDuration):
        return any(_has_bare_day(p.duration) for p in limit.parts)
    return False


def steps_end(ctx: LintContext, sop: Sop) -> pendulum.DateTime | None:
    """Return when the SOP's fixed-length steps, done one after another, end; None if uncomputable."""
    instant = ctx.start(sop.agency)
    calendar = ctx.calendar(sop.agency)
    fixed = [s.duration for s in sop.steps if _is_fixed(s.duration)]
    if not fixed:
        return None
    try:
        for duration in fixed:
            assert duration is not None
            instant = calendar.deadline(instant, duration)
    except CalendarError:
        return None  # e.g. a bare 'hari' the agency does not read: TIME005 says so
    return instant


def _end(ctx: LintContext, agency: str, limit: TimeLimit) -> pendulum.DateTime | None:
    try:
        return ctx.calendar(agency).deadline(ctx.start(agency), limit)
    except CalendarError:
        return None


def _same_dimension_total(sop: Sop) -> Duration | None:
    """Return the exact sum of the steps when all are fixed durations of one dimension."""
    durations = [s.duration for s in sop.steps]
    if not durations or not all(isinstance(d, Duration) for d in durations):
        return None
    fixed = [d for d in durations if isinstance(d, Duration)]
    if len({d.dimension for d in fixed}) != 1:
        return None
    total = fixed[0]
    for d in fixed[1:]:
        total = total + d
    return total


def _fmt(instant: pendulum.DateTime) -> str:
    return instant.format("YYYY-MM-DD HH:mm")


def _owned(ctx: LintContext) -> Iterator[tuple[Service, Sop]]:
    for service, sop in ctx.sops():
        if service is not None:
            yield service, sop


@check(
    "TIME001",
    Severity.ERROR,
    "the SOP's steps take longer than the service's time limit",
    "langkah-langkah SOP memerlukan waktu lebih lama daripada jangka waktu layanan",
)
def steps_exceed_limit(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose steps, laid out on the agency calendar, end after the time limit."""
    for service, sop in _owned(ctx):
        if not _is_fixed(service.time_limit):
            continue
        assert service.time_limit is not None
        end, due = steps_end(ctx, sop), _end(ctx, service.agency, service.time_limit)
        if end is not None and due is not None and end > due:
            limit = _text(service.time_limit)
            yield (
                Location(service.agency, service.slug, sop.slug, field="steps"),
                f"Langkah-langkah SOP selesai {_fmt(end)}, melewati jangka waktu layanan '{limit}' "
                f"({_fmt(due)}) bila dimulai {_fmt(ctx.start(service.agency))}",
                f"The SOP's steps end {_fmt(end)}, after the service's time limit '{limit}' "
                f"({_fmt(due)}) when started {_fmt(ctx.start(service.agency))}",
            )


@check(
    "TIME002",
    Severity.WARNING,
    "the SOP's stated total differs from the sum of its steps",
    "total waktu yang tercantum pada SOP berbeda dari jumlah waktu langkah-langkahnya",
)
def stated_total_vs_steps(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose stated total is not what its steps add up to."""
    for service, sop in ctx.sops():
        stated = sop.stated_total
        if not _is_fixed(stated):
            continue
        assert stated is not None
        where = Location(
            sop.agency, service.slug if service else "", sop.slug, field="stated_total"
        )
        exact = _same_dimension_total(sop)
        if (
            isinstance(stated, Duration)
            and exact is not None
            and exact.dimension == stated.dimension
        ):
            if not exact.same_length(stated):
                yield (
                    where,
                    f"Total waktu tertulis '{_text(stated)}', jumlah langkah {exact.describe()}",
                    f"The stated total is '{_text(stated)}' but the steps add up to {exact.describe()}",
                )
            continue
        end, due = steps_end(ctx, sop), _end(ctx, sop.agency, stated)
        if end is not None and due is not None and end != due:
            yield (
                where,
                f"Total waktu tertulis '{_text(stated)}' berakhir {_fmt(due)}, langkah-langkah "
                f"berakhir {_fmt(end)}",
                f"The stated total '{_text(stated)}' ends {_fmt(due)}, the steps end {_fmt(end)}",
            )


def _limit_vs_total(ctx: LintContext, longer: bool) -> Iterator[Raw]:
    for service, sop in _owned(ctx):
        limit, stated = service.time_limit, sop.stated_total
        if not (_is_fixed(limit) and _is_fixed(stated)):
            continue
        assert limit is not None
        assert stated is not None
        if (
            isinstance(limit, Duration)
            and isinstance(stated, Duration)
            and limit.dimension == stated.dimension
        ):
            if limit.same_length(stated) or (stated > limit) != longer:
                continue
        else:
            a, b = _end(ctx, service.agency, limit), _end(ctx, service.agency, stated)
            if a is None or b is None or a == b or (b > a) != longer:
                continue
        word_id, word_en = (
            ("melebihi", "exceeds") if longer else ("lebih pendek dari", "is shorter than")
        )
        yield (
            Location(service.agency, service.slug, sop.slug, field="stated_total"),
            f"Total waktu SOP '{_text(stated)}' {word_id} jangka waktu layanan '{_text(limit)}'",
            f"The SOP's stated total '{_text(stated)}' {word_en} the service's time limit '{_text(limit)}'",
        )


@check(
    "TIME003",
    Severity.WARNING,
    "the SOP's stated total exceeds the service's time limit",
    "total waktu yang tercantum pada SOP melebihi jangka waktu layanan",
)
def stated_total_exceeds_limit(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose stated total is longer than its service's time limit."""
    return _limit_vs_total(ctx, longer=True)


@check(
    "TIME006",
    Severity.INFO,
    "the SOP's stated total is shorter than the service's time limit",
    "total waktu yang tercantum pada SOP lebih pendek daripada jangka waktu layanan",
)
def stated_total_under_limit(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP whose stated total is shorter than its service's time limit."""
    return _limit_vs_total(ctx, longer=False)


@check(
    "TIME004",
    Severity.WARNING,
    "a duration is open or could not be read",
    "durasi bersifat terbuka atau tidak dapat dibaca",
)
def open_durations(ctx: LintContext) -> Iterator[Raw]:
    """Yield each service time limit and step duration that is open, unreadable or absent."""
    for service in ctx.services():
        if isinstance(service.time_limit, OpenDuration) or service.time_limit_text:
            text = _text(service.time_limit, service.time_limit_text)
            yield (
                Location(service.agency, service.slug, field="time_limit"),
                f"Jangka waktu '{text}' tidak memiliki panjang tetap",
                f"The time limit '{text}' has no fixed length",
            )
    for owner, sop in ctx.sops():
        slug = owner.slug if owner else ""
        for step in sop.steps:
            if _is_fixed(step.duration):
                continue
            text = _text(step.duration, step.duration_text)
            yield (
                Location(sop.agency, slug, sop.slug, step.number, "duration"),
                f"Waktu langkah '{text}' terbuka atau tidak terbaca",
                f"The step's time '{text}' is open, missing or unreadable",
            )


@check(
    "TIME005",
    Severity.WARNING,
    "a bare 'hari' whose reading the agency does not declare",
    "'hari' tanpa keterangan yang cara pembacaannya tidak dinyatakan oleh instansi",
)
def bare_days(ctx: LintContext) -> Iterator[Raw]:
    """Yield each duration in bare days in an agency that declares no reading for them."""
    undeclared = {
        a for a in ctx.agencies if ctx.catalog.agency(a).bare_day is DayReading.UNDECLARED
    }
    for service in ctx.services():
        if service.agency in undeclared and _has_bare_day(service.time_limit):
            yield (
                Location(service.agency, service.slug, field="time_limit"),
                f"'{_text(service.time_limit)}': 'hari' tanpa keterangan kerja/kalender",
                f"'{_text(service.time_limit)}': bare 'hari' (working or calendar days is not declared)",
            )
    for owner, sop in ctx.sops():
        slug = owner.slug if owner else ""
        if sop.agency not in undeclared:
            continue
        for step in sop.steps:
            if _has_bare_day(step.duration):
                yield (
                    Location(
                        sop.agency,
                        slug,
                        sop.slug,
                        step.number,
                        "duration",
                    ),
                    f"'{_text(step.duration)}': 'hari' tanpa keterangan kerja/kalender",
                    f"'{_text(step.duration)}': bare 'hari' (working or calendar days is not declared)",
                )
        if _has_bare_day(sop.stated_total):
            yield (
                Location(sop.agency, slug, sop.slug, field="stated_total"),
                f"'{_text(sop.stated_total)}': 'hari' tanpa keterangan kerja/kalender",
                f"'{_text(sop.stated_total)}': bare 'hari' (working or calendar days is not declared)",
            )


_READINGS = (
    (DayReading.WORKING, "hari kerja", "working days"),
    (DayReading.CALENDAR, "hari kalender", "calendar days"),
)


def _end_reading(
    ctx: LintContext, agency: str, limits: list[TimeLimit], reading: DayReading
) -> pendulum.DateTime | None:
    calendar = ctx.calendar(agency)
    instant = ctx.start(agency)
    try:
        for limit in limits:
            instant = calendar.deadline(instant, limit, bare_day=reading)
    except CalendarError:
        return None
    return instant


@check(
    "TIME007",
    Severity.WARNING,
    "a bare-'hari' total disagrees with its steps under a reading",
    "total dalam 'hari' tanpa keterangan tidak sesuai dengan langkah-langkahnya menurut suatu cara pembacaan",
)
def bare_day_totals(ctx: LintContext) -> Iterator[Raw]:
    """Yield each SOP with bare 'hari' whose stated total and steps differ as working or calendar days."""
    for service, sop in ctx.sops():
        if ctx.catalog.agency(sop.agency).bare_day is not DayReading.UNDECLARED:
            continue  # TIME002 compares under the declared reading
        stated = sop.stated_total
        fixed = [s.duration for s in sop.steps if _is_fixed(s.duration) and s.duration is not None]
        if not _is_fixed(stated) or stated is None or not fixed:
            continue
        if not (_has_bare_day(stated) or any(_has_bare_day(d) for d in fixed)):
            continue
        for reading, words_id, words_en in _READINGS:
            end = _end_reading(ctx, sop.agency, fixed, reading)
            due = _end_reading(ctx, sop.agency, [stated], reading)
            if end is None or due is None or end == due:
                continue
            yield (
                Location(
                    sop.agency, service.slug if service else "", sop.slug, field="stated_total"
                ),
                f"Dibaca sebagai {words_id}, total tertulis '{_text(stated)}' berakhir {_fmt(due)}, "
                f"langkah-langkah berakhir {_fmt(end)}",
                f"Read as {words_en}, the stated total '{_text(stated)}' ends {_fmt(due)}, "
                f"the steps end {_fmt(end)}",
            )


def _sum_parts(parts: tuple[DurationPart, ...], second: bool) -> Duration | None:
    durations = [p.equivalent if second else p.duration for p in parts]
    fixed = [d for d in durations if isinstance(d, Duration)]
    if not fixed or len(fixed) != len(durations) or len({d.dimension for d in fixed}) != 1:
        return None
    return total(fixed)


def _limits(service: Service) -> Iterator[tuple[str, TimeLimit | None]]:
    yield "time_limit", service.time_limit
    for i, variant in enumerate(service.variants):
        yield f"variants[{i}].time_limit", variant.time_limit


@check(
    "TIME008",
    Severity.WARNING,
    "a time limit's per-place breakdown does not add up to it",
    "rincian jangka waktu per tempat tidak sama dengan jangka waktu tersebut",
)
def breakdown_sums(ctx: LintContext) -> Iterator[Raw]:
    """Yield each composite limit whose 'dengan rincian' parts add up to another headline."""
    for service in ctx.services():
        for field, limit in _limits(service):
            if not isinstance(limit, CompositeDuration) or not limit.breakdown:
                continue
            headlines = [p.duration for p in limit.parts if isinstance(p.duration, Duration)]
            for second in (False, True):
                summed = _sum_parts(limit.breakdown, second)
                if summed is None:
                    continue
                same = [h for h in headlines if h.dimension == summed.dimension]
                if same and not any(h.same_length(summed) for h in same):
                    stated = " / ".join(_text(h) for h in same)
                    yield (
                        Location(service.agency, service.slug, field=f"{field}.breakdown"),
                        f"Rincian berjumlah {summed.describe()}, jangka waktu menyebut {stated}",
                        f"The breakdown adds up to {summed.describe()}, the limit states {stated}",
                    )
