"""DATA001/DATA002 stay linear in the steps of one SOP: look-ups counted, not timed."""

from __future__ import annotations

import attrs

from sopkit import Catalog, Sop, Step
from sopkit.lint import _data, lint
from tests.lint.test_checks import AGENCY, ROLES, SERVICE


def _catalog(n: int) -> Catalog:
    steps = tuple(
        Step(i, f"Kegiatan {i}", inputs=(f"Berkas {i - 1}",), output=(f"Berkas {i}",))
        for i in range(1, n + 1)
    )
    sop = Sop(slug="panjang", name="Panjang", agency="uji.bkd", service="layanan-uji", steps=steps)
    service = attrs.evolve(SERVICE, sops=(sop,))
    return Catalog(agencies=(AGENCY,), services=(service,), sops=(sop,), role_books=(ROLES,))


def _lookups(n: int, monkeypatch: object) -> tuple[int, int]:
    counted: list[int] = []
    real = _data.MentionIndex.mentioned

    def counting(self: _data.MentionIndex, text: str, at: float) -> bool:
        result = real(self, text, at)
        counted.append(self.lookups)
        return result

    monkeypatch.setattr(_data.MentionIndex, "mentioned", counting)  # type: ignore[attr-defined]
    findings = lint(_catalog(n), codes=("DATA001", "DATA002"))
    return len(findings), max(counted)


def test_ten_thousand_steps_cost_ten_times_a_thousand(monkeypatch: object) -> None:
    """Look-ups grow with the steps, not their square; the chain's ends are the only findings."""
    small_findings, small = _lookups(1_000, monkeypatch)
    big_findings, big = _lookups(10_000, monkeypatch)
    # step 1's input 'Berkas 0' has no source, and the last output is delivered: one finding
    # at most per check, whatever the length (a quadratic check finds the same, slowly)
    assert small_findings == big_findings
    assert big <= 11 * small
