"""Fuzzing Pegawai profiles and rule-case files: only SopkitError may escape, never a crash.

Examples per test come from the active hypothesis profile (CI: bounded; `make fuzz`: long).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopkit._errors import SopkitError
from sopkit.asn._profile_io import profile_from_data, profile_from_yaml
from sopkit.rules import make_rulebook
from sopkit.testing import BASE_PROFILE, load_cases

BOOK = make_rulebook()
RULES = ("kenaikan_pangkat.reguler", "kenaikan_gaji_berkala", "pensiun.bup", "cuti.tahunan")
PARAMS: dict[str, dict[str, Any]] = {"cuti.tahunan": {"days": 3}}


def _attempt(function: Any, argument: Any) -> tuple[Any, str]:
    """Return (result, '') or (None, the SopkitError's message); anything else propagates."""
    try:
        return function(argument), ""
    except SopkitError as exc:
        return None, str(exc)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(str),
    st.sampled_from(
        ["2025-02-30", "25:00", "III/a", "V/z", "PNS", "baik", "ujian_dinas_ii", "", "yes"]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS = sorted([*BASE_PROFILE, "skp", "sanctions", "leaves", "exams", "angka_kredit", "nip"])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
def test_mutated_profiles_load_or_fail_with_a_sopkit_error(changes: dict[str, Any]) -> None:
    """Any field replaced by any value: a Pegawai, or a SopkitError naming the field."""
    data = {**BASE_PROFILE, **changes}
    subject, message = _attempt(profile_from_data, data)
    if subject is None:
        assert message
        return
    for rule in RULES:
        try:
            verdict = BOOK.evaluate(rule, subject, on=dt.date(2026, 4, 1), params=PARAMS.get(rule))
        except SopkitError:
            continue
        verdict.to_data()  # the explanation and the date search must not crash either


lines = [f"{k}: {v}" for k, v in yaml.safe_load(yaml.safe_dump(dict(BASE_PROFILE))).items()]
TEXT = yaml.safe_dump(dict(BASE_PROFILE), default_flow_style=None)
noise = st.sampled_from(
    [
        "\t",
        "[",
        "]",
        "{",
        "}",
        ":",
        "- ",
        "&a ",
        "*a",
        "!!python/object ",
        "\x00",
        "\xe9",
        "2025-02-30",
        "25:00",
        "9" * 40,
        "\n  ",
        "'",
        '"',
        "%YAML 1.1\n",
        "<<: *a\n",
        "\ufeff",
    ]
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.lists(st.tuples(st.integers(0, len(TEXT)), noise), max_size=4),
    depth=st.integers(0, 3000),
)
def test_mutated_profile_yaml_never_crashes(cuts: list[tuple[int, str]], depth: int) -> None:
    """Bytes inserted anywhere, and deep nesting: a Pegawai or a SopkitError."""
    text = TEXT
    for at, piece in sorted(cuts, reverse=True):
        text = text[:at] + piece + text[at:]
    if depth > 2500:
        text += "extra: " + "[" * depth + "]" * depth + "\n"
    found, message = _attempt(profile_from_yaml, text)
    assert found is not None or message


CASE = """\
cases:
  - name: demo
    profile: {birth_date: 1986-09-26, status: PNS, tmt_cpns: 2015-05-01, tmt_pns: 2016-05-01}
    date: 2026-04-01
    rule: pegawai.status
    params: {status: PNS}
    expected: {eligible: true, failing: [], earliest: 2026-04-01}
"""
case_noise = st.sampled_from(
    [
        "on",
        "eligble",
        "dat",
        "servce",
        "null",
        "[",
        "{",
        "- ",
        ": ",
        "\n",
        "    ",
        "x/y/z",
        "2026-02-30",
        "yes",
        "\t",
        "*x",
        "expected: 3\n",
    ]
)


@settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(cuts=st.lists(st.tuples(st.integers(0, len(CASE)), case_noise), max_size=4))
def test_mutated_case_files_load_or_fail_with_one_sopkit_error(
    tmp_path: Path, cuts: list[tuple[int, str]]
) -> None:
    """A case file with keys misspelt or bytes inserted: cases, or one SopkitError listing all."""
    text = CASE
    for at, piece in sorted(cuts, reverse=True):
        text = text[:at] + piece + text[at:]
    path = tmp_path / "x.sopkit.yaml"
    path.write_text(text, encoding="utf-8")
    found, message = _attempt(load_cases, path)
    assert found is not None or message
