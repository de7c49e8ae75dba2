"""Vectorised deadlines and office time for arrays of instants (numpy in, numpy out; pandas too).

numpy `datetime64` values are UTC instants (numpy has no timezone); a pandas Series must be
timezone-aware and comes back in the calendar's timezone. Results equal the scalar
`WorkCalendar.deadline` / `working_time_between` element by element (tests/calendar/test_batch.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sopkit._i18n import Text
from sopkit.calendar._agency_calendar import Roll
from sopkit.calendar._duration import (
    Combine,
    CompositeDuration,
    Dimension,
    Duration,
    DurationUnit,
    OpenDuration,
    TimeLimit,
)
from sopkit.calendar._errors import (
    BareDayError,
    CalendarConfigError,
    DateOutOfRangeError,
    NaiveDatetimeError,
    OpenDurationError,
)
from sopkit.calendar._tables import DAY_US, US
from sopkit.core._agency import DayReading

if TYPE_CHECKING:
    from sopkit.calendar._workcalendar import WorkCalendar

I64 = Any
"""A numpy int64 array (numpy is optional: it is imported on the first batch call)."""

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_FAR = 4 * DAY_US  # padding start of a missing period: never reached within a day
MINUTE_US = 60 * US
_MINUTES = 1440
_BUCKET_US = 3600 * US  # office-time bucket of the deadline index: one office hour


def _numpy() -> Any:
    try:
        import numpy
    except ImportError as exc:  # pragma: no cover - numpy is in the test extra
        raise CalendarConfigError(
            Text("the batch API needs numpy: pip install 'sopkit[batch]'")
        ) from exc
    return numpy


class BatchTables:
    """numpy views of a calendar's day tables, padded period arrays and UTC offsets."""

    def __init__(self, cal: WorkCalendar) -> None:
        np = _numpy()
        t = cal._t
        self.size = t.size
        self.first_ordinal = t.first_ordinal
        self.day_cum = np.frombuffer(t.day_cum, dtype=np.int32).astype(np.int64)
        self.time_cum = np.frombuffer(t.time_cum, dtype=np.int64)
        self.work_index = np.frombuffer(t.work_index, dtype=np.int32).astype(np.int64)
        self.pattern_of = np.frombuffer(t.pattern_of, dtype=np.uint16).astype(np.int64)
        width = max(1, max(len(p) for p in t.patterns))
        starts = np.full((len(t.patterns), width), _FAR, dtype=np.int64)
        ends = np.full((len(t.patterns), width), _FAR, dtype=np.int64)
        for pid, periods in enumerate(t.patterns):
            for k, (s, e) in enumerate(periods):
                starts[pid, k], ends[pid, k] = s, e
        self.starts, self.ends = starts, ends
        self.lengths = ends - starts
        self.cum_lengths = np.cumsum(self.lengths, axis=1)
        last_end = np.zeros(len(t.patterns), dtype=np.int64)
        for pid, periods in enumerate(t.patterns):
            if periods:
                last_end[pid] = periods[-1][1]
        self.close = last_end
        self.offset = self._offsets(cal, np)
        # every office period of the range, in order: [start, end) in local µs and the
        # office time before it; positions and office-time deadlines are one bisection each
        flat_start: list[int] = []
        flat_end: list[int] = []
        for i in t.work_index:
            base = i * DAY_US
            for s, e in t.patterns[t.pattern_of[i]]:
                flat_start.append(base + s)
                flat_end.append(base + e)
        self.period_start = np.array(flat_start, dtype=np.int64)
        self.period_end = np.array(flat_end, dtype=np.int64)
        length = self.period_end - self.period_start
        self.period_before = np.concatenate(([0], np.cumsum(length)[:-1])).astype(np.int64)
        self.period_done = self.period_before + length
        # per pattern and clock minute: office time before the minute, and whether it is open
        # (periods are whole minutes); per pattern and office minute: its clock minute
        patterns = len(t.patterns)
        self.open_minute = np.zeros((patterns, _MINUTES), dtype=np.int64)
        for pid, periods in enumerate(t.patterns):
            for s, e in periods:
                self.open_minute[pid, s // MINUTE_US : e // MINUTE_US] = 1
        before = np.zeros((patterns, _MINUTES + 1), dtype=np.int64)
        before[:, 1:] = np.cumsum(self.open_minute, axis=1) * MINUTE_US
        self.before_minute = before.ravel()
        self.open_flat = self.open_minute.ravel()
        clock = np.zeros((patterns, _MINUTES), dtype=np.int64)
        for pid in range(patterns):
            opened = np.flatnonzero(self.open_minute[pid])
            clock[pid, : len(opened)] = opened
        self.clock_of = clock.ravel()
        buckets = np.arange(int(self.time_cum[-1] // _BUCKET_US) + 2, dtype=np.int64) * _BUCKET_US
        self.bucket_day = np.searchsorted(self.time_cum[1:], buckets, side="left")

    def _offsets(self, cal: WorkCalendar, np: Any) -> I64:
        """Return the UTC offset (µs) of each covered day, taken at local noon."""
        tz = cal._tz
        first, last = cal.first_year, cal.last_year
        probes = {
            tz.utcoffset(dt.datetime(y, m, 1, 12)) for y in range(first, last + 1) for m in (1, 7)
        }
        if len(probes) == 1:
            only = probes.pop()
            assert only is not None
            return np.full(self.size, only // dt.timedelta(microseconds=1), dtype=np.int64)
        days = (dt.date.fromordinal(self.first_ordinal + i) for i in range(self.size))
        return np.array(
            [
                (tz.utcoffset(dt.datetime(d.year, d.month, d.day, 12)) or dt.timedelta(0))
                // dt.timedelta(microseconds=1)
                for d in days
            ],
            dtype=np.int64,
        )


def _tables(cal: WorkCalendar) -> BatchTables:
    found = cal._batch
    if found is None:
        found = cal._batch = BatchTables(cal)
    return found


# ---- conversions -------------------------------------------------------------------
def _to_utc_us(values: Any, cal: WorkCalendar) -> tuple[I64, Any]:
    """Return (UTC microseconds, a function turning UTC µs back into the caller's kind)."""
    np = _numpy()
    dtype = getattr(values, "dtype", None)
    if dtype is not None and hasattr(values, "dt"):  # a pandas Series
        if getattr(dtype, "tz", None) is None:
            raise NaiveDatetimeError(dt.datetime(1970, 1, 1), cal.timezone)
        import pandas as pd

        utc = np.asarray(values.dt.tz_convert("UTC").dt.tz_localize(None).astype("datetime64[us]"))
        index = values.index

        def back(us: I64) -> Any:
            stamps = pd.to_datetime(us.astype("datetime64[us]")).tz_localize("UTC")
            return pd.Series(stamps.tz_convert(cal.timezone), index=index)

        return _us(np, utc), back
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        return _us(np, values), lambda us: us.astype("datetime64[us]")
    items = list(values)
    for item in items:
        if not isinstance(item, dt.datetime) or item.utcoffset() is None:
            raise NaiveDatetimeError(
                item if isinstance(item, dt.datetime) else dt.datetime(1970, 1, 1), cal.timezone
            )
    utc = np.fromiter((_utc_us_of(v) for v in items), dtype=np.int64, count=len(items))
    return utc, lambda us: us.astype("datetime64[us]")


def _utc_us_of(value: dt.datetime) -> int:
    v = value.astimezone(dt.UTC)
    seconds = (v.toordinal() - _EPOCH_ORDINAL) * 86400 + v.hour * 3600 + v.minute * 60 + v.second
    return seconds * US + v.microsecond


def _us(np: Any, values: Any) -> I64:
    if np.isnat(values).any():
        raise CalendarConfigError(Text("the batch holds NaT (not a time); drop or fill it first"))
    return np.asarray(values.astype("datetime64[us]").astype(np.int64))


def _local(cal: WorkCalendar, utc_us: I64) -> I64:
    """Return local µs from midnight of the first covered day; raise outside the range."""
    np = _numpy()
    t = _tables(cal)
    epoch = (t.first_ordinal - _EPOCH_ORDINAL) * DAY_US
    rough = utc_us - epoch + t.offset[0]
    day = np.clip(rough // DAY_US, 0, t.size - 1)
    local = utc_us - epoch + t.offset[day]
    bad = (local < 0) | (local >= t.size * DAY_US)
    if bad.any():
        first_bad = int(np.argmax(bad))
        when = dt.datetime(1970, 1, 1) + dt.timedelta(microseconds=int(utc_us[first_bad]))
        raise DateOutOfRangeError(when.date(), cal.first_year, cal.last_year, Text("in the batch"))
    return np.asarray(local, dtype=np.int64)


def _utc(cal: WorkCalendar, local: I64) -> I64:
    t = _tables(cal)
    np = _numpy()
    epoch = (t.first_ordinal - _EPOCH_ORDINAL) * DAY_US
    day = np.clip(local // DAY_US, 0, t.size - 1)
    return np.asarray(local + epoch - t.offset[day], dtype=np.int64)


# ---- arithmetic on local µs --------------------------------------------------------
def positions(cal: WorkCalendar, local: I64) -> I64:
    """Return the office time (µs) from the start of the range up to each local instant."""
    np = _numpy()
    t = _tables(cal)
    day, tod = np.divmod(local, DAY_US)
    minute, within = np.divmod(tod, MINUTE_US)
    pid = t.pattern_of[day]
    cell = pid * _MINUTES + minute
    inside = t.before_minute[cell + pid] + t.open_flat[cell] * within
    return np.asarray(t.time_cum[day] + inside, dtype=np.int64)


def _out(cal: WorkCalendar, mask: Any, local: I64, detail: str) -> DateOutOfRangeError:
    np = _numpy()
    i = int(np.argmax(mask))
    day = dt.date.fromordinal(cal._t.first_ordinal + int(local[i] // DAY_US))
    return DateOutOfRangeError(day, cal.first_year, cal.last_year, detail)


def _add_office(cal: WorkCalendar, local: I64, amount: I64) -> I64:
    np = _numpy()
    t = _tables(cal)
    zero = amount == 0
    if zero.any():
        result = np.empty_like(local)
        result[zero] = _next_open(cal, local[zero])
        some = ~zero
        result[some] = _add_office(cal, local[some], amount[some])
        return result
    target = positions(cal, local) + amount
    late = target > t.time_cum[-1]
    if late.any():
        raise _out(cal, late, local, Text("a deadline falls after it"))
    # the day j with time_cum[j] < target <= time_cum[j + 1], from the office-hour index
    j = t.bucket_day[target // _BUCKET_US]
    rows = np.flatnonzero(t.time_cum[j + 1] < target)
    while len(rows):  # step to the next working day; a bucket spans one day boundary at most
        j[rows] = t.work_index[t.day_cum[j[rows] + 1]]  # unless days are shorter than an hour
        rows = rows[t.time_cum[j[rows] + 1] < target[rows]]
    spent = target - t.time_cum[j] - 1  # the last office µs used, counted within day j
    minute, within = np.divmod(spent, MINUTE_US)
    clock = t.clock_of[t.pattern_of[j] * _MINUTES + minute]
    return np.asarray(j * DAY_US + clock * MINUTE_US + within + 1, dtype=np.int64)


def _next_open(cal: WorkCalendar, local: I64) -> I64:
    np = _numpy()
    t = _tables(cal)
    m = np.searchsorted(t.period_start, local, side="right") - 1
    is_open = (m >= 0) & (local < t.period_end[np.maximum(m, 0)])
    nxt = m + 1
    missing = ~is_open & (nxt >= len(t.period_start))
    if missing.any():
        raise _out(cal, missing, local, Text("no later opening in the data"))
    later = t.period_start[np.minimum(nxt, len(t.period_start) - 1)]
    return np.asarray(np.where(is_open, local, later), dtype=np.int64)


def _close_of(cal: WorkCalendar, day: I64) -> I64:
    t = _tables(cal)
    return day * DAY_US + t.close[t.pattern_of[day]]


def _add_working_days(cal: WorkCalendar, local: I64, count: I64) -> I64:
    np = _numpy()
    t = _tables(cal)
    day = local // DAY_US
    k = t.day_cum[day + 1] + np.maximum(count, 1) - 1
    late = k >= len(t.work_index)
    if late.any():
        raise _out(cal, late, local, Text("the working days end past the data"))
    due = _close_of(cal, t.work_index[k])
    zero = count == 0
    if zero.any():
        working = t.pattern_of[day] != 0
        close_today = _close_of(cal, day)
        today = working & (close_today >= local)
        due = np.where(zero & today, close_today, due)
    return np.asarray(due, dtype=np.int64)


def _rolled(cal: WorkCalendar, index: I64, local: I64) -> I64:
    np = _numpy()
    t = _tables(cal)
    late = index >= t.size
    if late.any():
        raise _out(cal, late, local, Text("the deadline's day"))
    if cal.roll is Roll.NONE:
        return index
    off = t.pattern_of[index] == 0
    c = t.day_cum[index + 1]
    late = off & (c >= len(t.work_index))
    if late.any():
        raise _out(cal, late, local, Text("no later working day to roll to"))
    nxt = t.work_index[np.minimum(c, len(t.work_index) - 1)]
    return np.asarray(np.where(off, nxt, index), dtype=np.int64)


def _add_calendar_days(cal: WorkCalendar, local: I64, count: I64) -> I64:
    index = _rolled(cal, local // DAY_US + count, local)
    return (index + 1) * DAY_US


def _add_months(cal: WorkCalendar, local: I64, count: I64) -> I64:
    np = _numpy()
    t = _tables(cal)
    day = local // DAY_US
    dates = (day + (t.first_ordinal - _EPOCH_ORDINAL)).astype("datetime64[D]")
    month = dates.astype("datetime64[M]")
    dom = (dates - month.astype("datetime64[D]")).astype(np.int64)
    target_month = month + count.astype("timedelta64[M]")
    first = target_month.astype("datetime64[D]")
    last = (target_month + np.timedelta64(1, "M")).astype("datetime64[D]") - np.timedelta64(1, "D")
    target = np.minimum(first + dom.astype("timedelta64[D]"), last)
    index = target.astype(np.int64) - (t.first_ordinal - _EPOCH_ORDINAL)
    return (_rolled(cal, index, local) + 1) * DAY_US


_SCALAR_DIMENSIONS = {
    Dimension.OFFICE_TIME: 0,
    Dimension.WORKING_DAYS: 1,
    Dimension.CALENDAR_DAYS: 2,
    Dimension.MONTHS: 3,
}


def _dimension_code(cal: WorkCalendar, limit: Duration, bare_day: DayReading | None) -> int:
    dimension = limit.dimension
    if dimension is Dimension.BARE_DAYS:
        reading = bare_day or cal.bare_day
        if reading is DayReading.WORKING:
            dimension = Dimension.WORKING_DAYS
        elif reading is DayReading.CALENDAR:
            dimension = Dimension.CALENDAR_DAYS
        else:
            raise BareDayError(limit.text or limit.describe(), cal.agency)
    return _SCALAR_DIMENSIONS[dimension]


def _apply_fixed(cal: WorkCalendar, local: I64, code: Any, amount: I64) -> I64:
    np = _numpy()
    out = np.empty_like(local)
    operations = (_add_office, _add_working_days, _add_calendar_days, _add_months)
    for value, operation in enumerate(operations):
        mask = code == value
        if mask.any():
            scale = 60 * US if value == 0 else 1
            out[mask] = operation(cal, local[mask], amount[mask] * scale)
    return out


def _apply(cal: WorkCalendar, local: I64, limit: TimeLimit, bare_day: DayReading | None) -> I64:
    np = _numpy()
    if isinstance(limit, OpenDuration):
        raise OpenDurationError(limit.text, limit.kind.value)
    if isinstance(limit, CompositeDuration):
        parts = limit.parts[:1] if limit.combine is Combine.EQUIVALENT else limit.parts
        for part in parts:
            local = _apply(cal, local, part.duration, bare_day)
        return local
    code = np.full(len(local), _dimension_code(cal, limit, bare_day), dtype=np.int64)
    amount = np.full(len(local), limit.base_amount, dtype=np.int64)
    return _apply_fixed(cal, local, code, amount)


_UNITS = tuple(DurationUnit)
_UNIT_POSITION = {unit: i for i, unit in enumerate(_UNITS)}


def _limit_arrays(
    cal: WorkCalendar, limits: Sequence[TimeLimit], bare_day: DayReading | None, n: int
) -> tuple[Any, I64, dict[TimeLimit, Any]]:
    """Return dimension codes and amounts of fixed limits (code -1 elsewhere), and the rows
    of each other limit (composites, open durations)."""
    np = _numpy()
    if len(limits) != n:
        raise CalendarConfigError(
            Text("{count} time limits for {n} instants; give one or {n}", count=len(limits), n=n)
        )
    fixed = np.fromiter((type(x) is Duration for x in limits), dtype=bool, count=n)
    position = _UNIT_POSITION
    unit = np.fromiter(
        (position[x.unit] if type(x) is Duration else 0 for x in limits),
        dtype=np.int64,
        count=n,
    )
    amount = np.fromiter(
        (x.amount if type(x) is Duration else 0 for x in limits),
        dtype=np.int64,
        count=n,
    )
    code_of = np.full(len(_UNITS), -1, dtype=np.int64)
    scale_of = np.zeros(len(_UNITS), dtype=np.int64)
    for u in np.unique(unit[fixed]).tolist():
        first = limits[int(np.flatnonzero(fixed & (unit == u))[0])]
        assert isinstance(first, Duration)
        code_of[u] = _dimension_code(cal, first, bare_day)  # names the first such limit
        scale_of[u] = Duration(1, _UNITS[u]).base_amount
    codes = np.where(fixed, code_of[unit], -1)
    others: dict[TimeLimit, list[int]] = {}
    for row in np.flatnonzero(~fixed).tolist():
        others.setdefault(limits[row], []).append(row)
    return codes, amount * scale_of[unit], {k: np.array(v) for k, v in others.items()}


def _unit_arrays(
    cal: WorkCalendar, amounts: Any, unit: DurationUnit, bare_day: DayReading | None, n: int
) -> tuple[Any, I64]:
    np = _numpy()
    values = np.asarray(amounts)
    if values.shape != (n,) or values.dtype.kind not in "iu":
        raise CalendarConfigError(
            Text(
                "with unit={unit}, give {n} whole amounts (an integer array), one per instant",
                unit=repr(unit.value),
                n=n,
            )
        )
    if (values < 0).any():
        raise CalendarConfigError(
            Text("amounts must not be negative; got {value}", value=int(values.min()))
        )
    one = Duration(1, unit)
    code = np.full(n, _dimension_code(cal, one, bare_day), dtype=np.int64)
    return code, values.astype(np.int64) * one.base_amount


def deadlines(
    cal: WorkCalendar,
    received: Any,
    limits: Any,
    bare_day: DayReading | None = None,
    unit: DurationUnit | None = None,
) -> Any:
    """Return the deadline of each instant: one time limit for all, or one per instant.

    `limits` is a TimeLimit, a sequence of TimeLimits, or (with `unit`) an integer array of
    amounts of that unit, one per instant.
    """
    np = _numpy()
    utc, back = _to_utc_us(received, cal)
    local = _local(cal, utc)
    if unit is not None:
        codes, amounts = _unit_arrays(cal, limits, unit, bare_day, len(local))
        due = _apply_fixed(cal, local, codes, amounts)
    elif isinstance(limits, (Duration, OpenDuration, CompositeDuration)):
        due = _apply(cal, local, limits, bare_day)
    else:
        codes, amounts, others = _limit_arrays(cal, list(limits), bare_day, len(local))
        due = np.empty_like(local)
        fixed = codes >= 0
        due[fixed] = _apply_fixed(cal, local[fixed], codes[fixed], amounts[fixed])
        for limit, mask in others.items():
            due[mask] = _apply(cal, local[mask], limit, bare_day)
    return back(_utc(cal, due))


def working_times_between(cal: WorkCalendar, starts: Any, ends: Any) -> Any:
    """Return the office time in [start, end) of each pair, as timedelta64[us] (negative if end < start)."""
    a, _ = _to_utc_us(starts, cal)
    b, _ = _to_utc_us(ends, cal)
    if len(a) != len(b):
        raise CalendarConfigError(
            Text(
                "{starts} starts but {ends} ends; give as many of each", starts=len(a), ends=len(b)
            )
        )
    spent = positions(cal, _local(cal, b)) - positions(cal, _local(cal, a))
    return spent.astype("timedelta64[us]")
