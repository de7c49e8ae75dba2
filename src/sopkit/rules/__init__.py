"""The rules engine: named, parameterised, dated eligibility rules with explained verdicts."""

from sopkit.rules._engine import AllOf, AnyOf, Env, Leaf, Node, NotOf, Rule, RuleBook
from sopkit.rules._national import NATIONAL_RULES, make_rulebook, rulebook_for
from sopkit.rules._parameters import (
    Parameter,
    ParameterDateError,
    ParameterSet,
    national_parameter_sets,
    parameter_set_from_yaml,
)
from sopkit.rules._requirements import RequirementResult, all_met, evaluate_requirements
from sopkit.rules._verdict import Check, Message, Outcome, Verdict

__all__ = [
    "NATIONAL_RULES",
    "AllOf",
    "AnyOf",
    "Check",
    "Env",
    "Leaf",
    "Message",
    "Node",
    "NotOf",
    "Outcome",
    "Parameter",
    "ParameterDateError",
    "ParameterSet",
    "RequirementResult",
    "Rule",
    "RuleBook",
    "Verdict",
    "all_met",
    "evaluate_requirements",
    "make_rulebook",
    "national_parameter_sets",
    "parameter_set_from_yaml",
    "rulebook_for",
]
