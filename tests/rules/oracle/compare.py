"""Run generated cases through sopkit's public API and the law oracle, and compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sopkit.asn import profile_from_data
from sopkit.rules import make_rulebook
from tests.rules.oracle.generate import Case


@dataclass
class Result:
    """The two answers for one case."""

    case: Case
    oracle: bool | None
    sopkit: bool | None
    oracle_earliest: dt.date | None = None
    sopkit_earliest: dt.date | None = None
    failing: tuple[str, ...] = ()

    @property
    def agrees(self) -> bool:
        """Return whether the verdicts (and, where both give one, the earliest dates) agree."""
        if self.oracle is not self.sopkit:
            return False
        if self.case.step and self.oracle is not None:
            return self.oracle_earliest == self.sopkit_earliest
        return True


def run(cases: list[Case]) -> list[Result]:
    """Return the result of every case."""
    book = make_rulebook()
    out = []
    for case in cases:
        subject = profile_from_data(case.profile)
        verdict = book.evaluate(case.rule, subject, on=case.on, params=case.params)
        result = Result(case, case.expected(), verdict.eligible, failing=tuple(verdict.failing))
        if case.step and result.oracle is not None:
            result.oracle_earliest = case.expected_earliest()
            result.sopkit_earliest = verdict.earliest
        out.append(result)
    return out


def main() -> None:
    """Print the agreement rate and each disagreement."""
    import sys

    from tests.rules.oracle.generate import cases

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261202
    results = run(list(cases(seed, n)))
    bad = [r for r in results if not r.agrees]
    for r in bad:
        c = r.case
        print(f"{c.id} {c.rule} on={c.on} params={c.params}")
        print(
            f"   oracle={r.oracle} {r.oracle_earliest}  sopkit={r.sopkit} {r.sopkit_earliest} failing={r.failing}"
        )
        print(f"   profile={c.profile}")
    print(f"agree {len(results) - len(bad)}/{len(results)}")


if __name__ == "__main__":
    main()
