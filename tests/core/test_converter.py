"""The cattrs converter: round trips, JSON shapes and path-naming data errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given

from sopkit import (
    Agency,
    DataError,
    Duration,
    DurationUnit,
    Fee,
    FeeKind,
    OpenDuration,
    OpenKind,
    Service,
    Sop,
    make_converter,
    structure,
    unstructure,
)
from tests import strategies as s


@given(s.services)
def test_service_round_trip(service: Service) -> None:
    """structure(unstructure(x)) == x for any service, through JSON text."""
    assert service == structure(json.loads(json.dumps(unstructure(service))), Service)


@given(s.agencies)
def test_agency_round_trip(agency: Agency) -> None:
    """structure(unstructure(x)) == x for any agency."""
    assert agency == structure(json.loads(json.dumps(unstructure(agency))), Agency)


@given(s.sops)
def test_sop_round_trip(sop: Sop) -> None:
    """structure(unstructure(x)) == x for any SOP."""
    assert sop == structure(json.loads(json.dumps(unstructure(sop))), Sop)


def _service(**fields: Any) -> dict[str, Any]:
    return {"agency": "x.y", "slug": "s", "name": "S", **fields}


def test_time_limit_text_is_parsed() -> None:
    """A time limit written as a phrase becomes a typed Duration keeping the text."""
    service = structure(_service(time_limit="14 (empat belas) hari kerja"), Service)
    assert (
        Duration(14, DurationUnit.WORKING_DAY, "14 (empat belas) hari kerja") == service.time_limit
    )


def test_open_time_limit_is_never_zero() -> None:
    """'Menyesuaikan' is an open duration, not an amount of zero."""
    service = structure(_service(time_limit="Menyesuaikan"), Service)
    assert OpenDuration("Menyesuaikan", OpenKind.ADJUSTS) == service.time_limit


def test_durations_unstructure_with_a_type_tag() -> None:
    """JSON carries a duration's type, amount, unit and text."""
    data = unstructure(structure(_service(time_limit="1 Bln"), Service))
    assert data["time_limit"] == {"type": "fixed", "amount": 1, "unit": "month", "text": "1 Bln"}


def test_fee_text_is_read() -> None:
    """Fee texts become free, an amount in rupiah, or text."""
    assert structure(_service(fee="Tidak dikenakan biaya"), Service).fee.kind == FeeKind.FREE  # type: ignore[union-attr]
    assert (
        Fee(FeeKind.AMOUNT, "Rp. 50.000,-", 50000)
        == structure(_service(fee="Rp. 50.000,-"), Service).fee
    )


def test_dates_are_iso_in_json() -> None:
    """Dates come out as ISO strings."""
    sop = structure({"slug": "a", "name": "A", "created": "2017-08-03"}, Sop)
    assert unstructure(sop)["created"] == "2017-08-03"


def _problems(data: dict[str, Any], cls: type = Service) -> dict[str, str]:
    with pytest.raises(DataError) as info:
        structure(data, cls)
    return {p.path: p.message for p in info.value.problems}


def test_every_problem_is_reported_with_its_path() -> None:
    """All errors of one document are reported at once, each with its field path."""
    problems = _problems(
        _service(
            time_limit="sebentar saja",
            bogus=1,
            facilities="Komputer",
            requirements=[{"text": "a", "kind": "kondisi"}],
            sops=[
                {
                    "slug": "x",
                    "name": "X",
                    "created": "3 Agustus 2017",
                    "steps": [{"number": "1", "activity": "a"}],
                }
            ],
        )
    )
    assert {
        "$.time_limit",
        "$.bogus",
        "$.facilities",
        "$.requirements[0].kind",
        "$.sops[0].created",
        "$.sops[0].steps[0].number",
    } == set(problems)


def test_problems_say_what_is_accepted() -> None:
    """Messages name the accepted values or shape."""
    problems = _problems(_service(requirements=[{"text": "a", "kind": "kondisi"}], bogus=1))
    assert "document, condition" in problems["$.requirements[0].kind"]
    assert "accepted fields" in problems["$.bogus"]


def test_missing_required_field_is_reported() -> None:
    """A missing required field is named."""
    problems = _problems({"agency": "x.y", "slug": "s"})
    assert problems == {"$.name": "required field is missing"}


def test_problem_keeps_the_bad_value() -> None:
    """Each problem carries the offending value."""
    with pytest.raises(DataError) as info:
        structure(_service(time_limit="sebentar"), Service)
    assert [p.value for p in info.value.problems] == ["sebentar"]


def test_floats_are_not_turned_into_text() -> None:
    """A number where text is expected is an error, not silently converted (1.0 ≠ '1.')."""
    assert "$.number" in _problems(_service(number=1.0))


def test_decision_targets_are_steps_or_end() -> None:
    """Decision targets are step numbers or 'end'."""
    sop = {
        "slug": "a",
        "name": "A",
        "steps": [{"number": 1, "activity": "a", "decision": {"yes": "end", "no": 0}}],
    }
    assert "$.steps[0].decision.no" in _problems(sop, Sop)


def test_a_validator_error_is_reported_at_its_field() -> None:
    """An amount on a free fee is reported at $.fee.amount_idr with the amount, not the mapping."""
    data = {
        "slug": "a",
        "name": "b",
        "agency": "x",
        "fee": {"kind": "free", "text": "t", "amount_idr": 5},
    }
    with pytest.raises(DataError) as info:
        structure(data, Service)
    (problem,) = info.value.problems
    assert ("$.fee.amount_idr", 5) == (problem.path, problem.value)


def test_a_value_where_a_mapping_belongs_says_so() -> None:
    """A number in place of an SOP mapping is a type error in words, not a Python message."""
    with pytest.raises(DataError) as info:
        structure({"slug": "a", "name": "b", "agency": "x", "sops": [5]}, Service)
    (problem,) = info.value.problems
    assert ("$.sops[0]", "invalid type (expected a mapping, got int)") == (
        problem.path,
        problem.message,
    )


@pytest.mark.parametrize("value", ["no", "yes", "off", 0, 1])
def test_a_boolean_field_takes_only_true_or_false(value: object) -> None:
    """`no` is text under YAML 1.2: a boolean field refuses it instead of reading it as true."""
    with pytest.raises(TypeError, match="expected true or false"):
        make_converter().structure(value, bool)


def test_a_boolean_field_takes_true_and_false() -> None:
    """Booleans pass through (bool is an int, but not a whole-number field's int)."""
    assert [True, False] == [make_converter().structure(v, bool) for v in (True, False)]
