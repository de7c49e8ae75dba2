"""sopkit against an eligibility oracle written from the regulations (tests/rules/oracle)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from tests.rules.oracle import answers, compare, law
from tests.rules.oracle.generate import Case


@pytest.fixture(scope="module")
def ci_cases() -> list[Case]:
    return answers.ci_cases()


@pytest.fixture(scope="module")
def results(ci_cases: list[Case]) -> list[compare.Result]:
    return compare.run(ci_cases)


def _shown(r: compare.Result) -> str:
    c = r.case
    return (
        f"{c.id} {c.rule} on {c.on} {c.params}: law {r.oracle} (earliest {r.oracle_earliest}), "
        f"sopkit {r.sopkit} (earliest {r.sopkit_earliest}, failing {list(r.failing)}) "
        f"[{'; '.join(law.CITES[k] for k in c.cite)}]"
    )


def test_every_case_agrees_with_the_law(results: list[compare.Result]) -> None:
    bad = [_shown(r) for r in results if not r.agrees]
    assert not bad, f"{len(bad)} of {len(results)} cases differ:\n" + "\n".join(bad)


def test_answer_file_holds_the_oracle_answers(ci_cases: list[Case]) -> None:
    # answers.yaml is what reviewers read; it must be what the oracle says now
    text = answers.render(ci_cases)
    assert answers.PATH.read_text(encoding="utf-8") == text, (
        "answers.yaml is stale: python -m tests.rules.oracle.answers"
    )
    loaded = answers.load()
    assert [c["id"] for c in loaded] == [c.id for c in ci_cases]
    assert all(c["law"] and set(c["law"]) <= set(law.CITES) for c in loaded)


def test_case_set_reaches_every_outcome(results: list[compare.Result]) -> None:
    # a comparison that only ever saw one outcome could not catch a wrong one
    by_rule: dict[str, Counter[object]] = {}
    for r in results:
        by_rule.setdefault(r.case.rule, Counter())[r.oracle] += 1
    for rule, seen in by_rule.items():
        assert seen[True], (rule, seen)
        assert seen[False], (rule, seen)
    assert sum(c[None] for c in by_rule.values()) >= 5
    dated = [r for r in results if r.oracle_earliest is not None and r.oracle is False]
    assert len(dated) >= 50


def test_case_set_seeks_the_boundaries(ci_cases: list[Case]) -> None:
    days = {c.on for c in ci_cases if c.rule.startswith("kenaikan_pangkat")}
    for iso in ("2023-10-01", "2024-02-01", "2024-02-29", "2025-10-01", "2025-11-01"):
        assert law.d(iso) in days, iso
    end = law.d("9999-12-31")
    later = [c for c in ci_cases if law.seen(c.profile, c.on) != law.seen(c.profile, end)]
    assert len(later) >= 40  # records dated after the evaluation date


def test_oracle_does_not_use_sopkit_rules() -> None:
    folder = Path(law.__file__).parent
    for name in ("law.py", "generate.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                )
                assert not any(n.startswith("sopkit") for n in names), (name, names)
