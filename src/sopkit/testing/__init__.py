"""Testing helpers: the catalogue plugin contract, answer files, Pegawai builders, YAML cases."""

from sopkit.testing._answers import answer_mismatches, load_answers
from sopkit.testing._cases import (
    CaseError,
    CaseFileError,
    RuleCase,
    load_cases,
    run_case,
    run_service_case,
)
from sopkit.testing._contract import CatalogContract
from sopkit.testing._profiles import BASE_PROFILE, make_pegawai

__all__ = [
    "BASE_PROFILE",
    "CaseError",
    "CaseFileError",
    "CatalogContract",
    "RuleCase",
    "answer_mismatches",
    "load_answers",
    "load_cases",
    "make_pegawai",
    "run_case",
    "run_service_case",
]
