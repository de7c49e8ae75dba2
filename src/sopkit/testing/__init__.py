"""Helpers for testing catalogue plugins: a contract test base and answer files."""

from sopkit.testing._answers import answer_mismatches, load_answers
from sopkit.testing._contract import CatalogContract

__all__ = ["CatalogContract", "answer_mismatches", "load_answers"]
