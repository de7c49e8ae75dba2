"""Fuzzing the simulation's inputs: any value gives a model, a run, or a SopkitError.

The CLI is driven in-process with generated option values (numbers, phrases, junk); the
API with generated overrides. Nothing may raise anything but SopkitError, and the CLI
exits 0, 1 or 2. Examples are few by default (the CI run); a hypothesis profile with more
examples (`make fuzz`) runs them longer.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopkit._errors import SopkitError
from sopkit.cli import main
from sopkit.sim import Branch, build_model, simulate
from tests.sim._models import hand_calendar, roles, service, step

_LONG = settings.default.max_examples > 100  # a fuzz profile is loaded
_CLI = settings(
    max_examples=settings.default.max_examples if _LONG else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_API = settings(max_examples=settings.default.max_examples if _LONG else 60, deadline=None)

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**25), 10**25),
).map(lambda v: repr(v) if isinstance(v, float) else str(v))
phrases = st.sampled_from(
    ["2 jam", "3 hari kerja", "99999999 hari kerja", "1 bulan", "Menyesuaikan", "0 menit",
     "inf", "nan", "-1", "lead", "1e308", "", " ", "2 jam / 3 hari", "ⅷ", "1=2", "none"]
)  # fmt: skip
values = st.one_of(numbers, phrases, st.text(max_size=12))
flags = st.sampled_from(
    ["--arrivals", "--days", "--duration", "--effort", "--staff", "--branch", "--seed",
     "--warmup", "--spread", "--start", "--batch", "--monthly", "--weekday", "--wave",
     "--last-year", "--replications", "--role", "--bare-day", "--distribution"]
)  # fmt: skip
keyed = {"--duration", "--effort", "--branch", "--batch", "--role"}


def _value(flag: str, value: str, step_number: int) -> str:
    if flag in keyed:
        return f"{step_number}={value}"
    if flag == "--staff":
        return f"Analisis Kepegawaian={value}"
    return value


@_CLI
@given(
    options=st.lists(st.tuples(flags, values, st.integers(0, 9)), max_size=4),
)
def test_cli_options_never_crash(options: list[tuple[str, str, int]]) -> None:
    """Any simulate option values end in exit 0, 1 or 2, never in a traceback."""
    argv = ["--lenient", "simulate", "magetan.bkpsdm/monitoring-pelaporan-lhkpn",
            "--arrivals", "1/day", "--days", "5", "--start", "2026-01-05", "--last-year", "2026"]  # fmt: skip
    for flag, value, number in options:
        argv += [flag, _value(flag, value, number)]
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    finally:
        sys.stdout, sys.stderr = saved
    assert code in (0, 1, 2), err.getvalue()
    if code:
        assert "error" in err.getvalue()


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**20), 10**20),
    phrases,
    st.lists(st.integers(0, 3), max_size=2),
)


@_API
@given(
    per_day=anything,
    days=anything,
    duration=anything,
    effort=anything,
    staff=anything,
    p_yes=anything,
    seed=anything,
    warmup=anything,
)
def test_api_inputs_give_a_model_or_a_sopkit_error(
    per_day: object,
    days: object,
    duration: object,
    effort: object,
    staff: object,
    p_yes: object,
    seed: object,
    warmup: object,
) -> None:
    """build_model and simulate take any value: a result, or a SopkitError naming the problem."""
    svc = service((step(1, "1 jam", ("Petugas",)), step(2, "2 hari kerja", ("Kepala Bidang",))))
    try:
        model = build_model(
            svc, hand_calendar(), start=dt.date(2026, 1, 5), roles=roles(),
            per_day=per_day, days=days,  # type: ignore[arg-type]
            durations={1: duration} if duration is not None else None,  # type: ignore[dict-item]
            efforts={2: effort} if effort is not None else None,  # type: ignore[dict-item]
            staff={"Petugas": staff},  # type: ignore[dict-item]
            branches={1: Branch(p_yes, no=1)} if p_yes is not None else None,  # type: ignore[arg-type]
            warmup_days=warmup if warmup is not None else 0.0,  # type: ignore[arg-type]
        )  # fmt: skip
        if (
            model.arrivals is not None
            and getattr(model.arrivals, "per_day", 0) * getattr(model.arrivals, "days", 0) > 20_000
        ):
            return  # a valid but long run: the point here is validation, not speed
        result = simulate(model, seed)  # type: ignore[arg-type]
    except SopkitError as exc:
        message = str(exc)
    else:
        assert all(math.isfinite(v) for v in result.lead_working_hours)
        return
    assert message  # an error says what was wrong


@_API
@given(
    received=st.lists(
        st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31)), min_size=1, max_size=5
    )
)
def test_naive_received_instants_are_refused(received: list[dt.datetime]) -> None:
    """Received instants without a timezone are an error, not a guess."""
    svc = service((step(1, "1 jam", ("Petugas",)),))
    with pytest.raises(SopkitError, match="not an aware datetime"):
        build_model(svc, hand_calendar(), start=dt.date(2026, 1, 5), received=received)
