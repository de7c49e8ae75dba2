"""The combinator rules `all`, `any` and `not`, so catalogue data can combine rules."""

from __future__ import annotations

import attrs

from sopkit.core._service import RuleRef
from sopkit.rules._engine import AllOf, AnyOf, Env, Node, NotOf, Rule
from sopkit.rules._verdict import Message


@attrs.frozen
class ManyParams:
    """The rules an `all` or `any` combines."""

    rules: tuple[RuleRef, ...]


@attrs.frozen
class OneParams:
    """The rule a `not` negates."""

    rule: RuleRef


def _all(p: ManyParams, env: Env) -> Node:
    return AllOf(env.rule(r.rule, r.params) for r in p.rules)


def _any(p: ManyParams, env: Env) -> Node:
    return AnyOf(env.rule(r.rule, r.params) for r in p.rules)


def _not(p: OneParams, env: Env) -> Node:
    return NotOf(env.rule(p.rule.rule, p.rule.params))


COMBINATOR_RULES: tuple[Rule, ...] = (
    Rule("all", Message("Semua syarat", "All of"), (), _all, ManyParams),
    Rule("any", Message("Salah satu syarat", "Any of"), (), _any, ManyParams),
    Rule("not", Message("Bukan", "Not"), (), _not, OneParams),
)
"""Combinators usable from data: `{rule: any, params: {rules: [{rule: ..., params: ...}]}}`."""
