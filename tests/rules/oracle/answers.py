"""The oracle's answers for the CI case set, written out for reviewers (answers.yaml).

Regenerate after changing the oracle or the generator: `python -m tests.rules.oracle.answers`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.rules.oracle import law
from tests.rules.oracle.generate import Case, cases

SEED = 20261202
COUNT = 400
PATH = Path(__file__).with_name("answers.yaml")


def ci_cases() -> list[Case]:
    """Return the bounded, seeded case set CI compares."""
    return list(cases(SEED, COUNT))


def answer(case: Case) -> dict[str, Any]:
    """Return one case with the oracle's verdict, earliest date and the law it rests on."""
    out: dict[str, Any] = {
        "id": case.id,
        "rule": case.rule,
        "date": case.on.isoformat(),
        "params": case.params,
        "eligible": case.expected(),
    }
    if case.step and out["eligible"] is not None:
        found = case.expected_earliest()
        out["earliest"] = found.isoformat() if found else None
    out["law"] = list(case.cite)
    out["profile"] = case.profile
    return out


def render(items: list[Case]) -> str:
    """Return the answer file's text."""
    head = {
        "about": f"Law-oracle answers for the CI cases (seed {SEED}, {len(items)} cases); "
        "eligible null = undetermined (a fact the law needs is missing).",
        "law": law.CITES,
        "excluded_as_unclear": law.EXCLUDED,
    }
    body = [answer(c) for c in items]
    text = yaml.safe_dump(head, sort_keys=False, allow_unicode=True, width=100)
    cases_text = "\n".join(
        "- "
        + yaml.safe_dump(
            a, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=None
        )
        .strip()
        .replace("\n", "\n  ")
        for a in body
    )
    return text + "cases:\n" + cases_text + "\n"


def load() -> list[dict[str, Any]]:
    """Return the cases of the answer file."""
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    found = data["cases"]
    assert isinstance(found, list)
    return found


if __name__ == "__main__":
    PATH.write_text(render(ci_cases()), encoding="utf-8")
    print(f"wrote {PATH} ({COUNT} cases)")
