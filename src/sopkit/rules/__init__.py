"""The rules engine: named, parameterised, dated eligibility rules with explained verdicts."""

from sopkit._lazy import attach

TYPE_CHECKING = False  # names import on first use; type checkers see them here
if TYPE_CHECKING:
    from sopkit.rules._data_rules import rules_from_yaml
    from sopkit.rules._engine import (
        AllOf,
        AnyOf,
        Env,
        Leaf,
        Node,
        NotOf,
        Rule,
        RuleBook,
    )
    from sopkit.rules._gaji import (
        GajiError,
        KgbForecast,
        MasaKerjaGolongan,
        gaji_pokok,
        masa_kerja_golongan,
        next_kgb,
    )
    from sopkit.rules._national import (
        NATIONAL_RULES,
        make_rulebook,
        rulebook_for,
    )
    from sopkit.rules._parameters import (
        Parameter,
        ParameterDateError,
        ParameterSet,
        national_parameter_sets,
        parameter_set_from_yaml,
    )
    from sopkit.rules._requirements import (
        RequestError,
        RequirementResult,
        all_met,
        evaluate_requirements,
        requirements_outcome,
    )
    from sopkit.rules._validate import (
        link_problems,
        rule_problems,
    )
    from sopkit.rules._verdict import (
        Check,
        Message,
        Outcome,
        Undated,
        Verdict,
    )

if not TYPE_CHECKING:  # type checkers see the imports above, not a catch-all
    __getattr__, __dir__ = attach(
        __name__,
        {
            "sopkit.rules._data_rules": ("rules_from_yaml",),
            "sopkit.rules._engine": (
                "AllOf",
                "AnyOf",
                "Env",
                "Leaf",
                "Node",
                "NotOf",
                "Rule",
                "RuleBook",
            ),
            "sopkit.rules._gaji": (
                "GajiError",
                "KgbForecast",
                "MasaKerjaGolongan",
                "gaji_pokok",
                "masa_kerja_golongan",
                "next_kgb",
            ),
            "sopkit.rules._national": (
                "NATIONAL_RULES",
                "make_rulebook",
                "rulebook_for",
            ),
            "sopkit.rules._parameters": (
                "Parameter",
                "ParameterDateError",
                "ParameterSet",
                "national_parameter_sets",
                "parameter_set_from_yaml",
            ),
            "sopkit.rules._requirements": (
                "RequestError",
                "RequirementResult",
                "all_met",
                "evaluate_requirements",
                "requirements_outcome",
            ),
            "sopkit.rules._validate": (
                "link_problems",
                "rule_problems",
            ),
            "sopkit.rules._verdict": (
                "Check",
                "Message",
                "Outcome",
                "Undated",
                "Verdict",
            ),
        },
    )

__all__ = [
    "NATIONAL_RULES",
    "AllOf",
    "AnyOf",
    "Check",
    "Env",
    "GajiError",
    "KgbForecast",
    "Leaf",
    "MasaKerjaGolongan",
    "Message",
    "Node",
    "NotOf",
    "Outcome",
    "Parameter",
    "ParameterDateError",
    "ParameterSet",
    "RequestError",
    "RequirementResult",
    "Rule",
    "RuleBook",
    "Undated",
    "Verdict",
    "all_met",
    "evaluate_requirements",
    "gaji_pokok",
    "link_problems",
    "make_rulebook",
    "masa_kerja_golongan",
    "national_parameter_sets",
    "next_kgb",
    "parameter_set_from_yaml",
    "requirements_outcome",
    "rule_problems",
    "rulebook_for",
    "rules_from_yaml",
]
