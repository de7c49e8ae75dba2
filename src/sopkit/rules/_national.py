"""The national rule book: every rule sopkit ships, with the national dated parameters."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from sopkit.rules._combinators import COMBINATOR_RULES
from sopkit.rules._cuti import CUTI_RULES
from sopkit.rules._engine import Rule, RuleBook
from sopkit.rules._generic import GENERIC_RULES
from sopkit.rules._jenjang import JENJANG_RULES
from sopkit.rules._kenaikan_pangkat import KP_RULES
from sopkit.rules._kgb_pensiun import KGB_PENSIUN_RULES
from sopkit.rules._parameters import ParameterSet, national_parameter_sets
from sopkit.rules._pengabdian import PENGABDIAN_RULES
from sopkit.rules._pengembangan import PENGEMBANGAN_RULES

NATIONAL_RULES: tuple[Rule, ...] = (
    *GENERIC_RULES,
    *KP_RULES,
    *PENGABDIAN_RULES,
    *JENJANG_RULES,
    *KGB_PENSIUN_RULES[:1],
    *CUTI_RULES,
    *PENGEMBANGAN_RULES,
    *KGB_PENSIUN_RULES[1:],
    *COMBINATOR_RULES,
)
"""Every national rule, generic `pegawai.*` rules first."""


@functools.cache
def _national_sets() -> tuple[ParameterSet, ...]:
    return national_parameter_sets()


def make_rulebook(
    rules: Iterable[Rule] = (), parameter_sets: Iterable[ParameterSet] = ()
) -> RuleBook:
    """Return a rule book of the national rules and parameters plus the given ones."""
    return RuleBook((*NATIONAL_RULES, *rules), (*_national_sets(), *parameter_sets))


def rulebook_for(catalog: object) -> RuleBook:
    """Return the rule book of the national rules plus those a Catalog's plugins register."""
    return make_rulebook(getattr(catalog, "rules", ()), getattr(catalog, "parameter_sets", ()))
