"""Columnar evaluation of eligibility rules over a whole workforce (one row per PNS)."""

from sopkit.population._api import PopulationResult, Summary, evaluate_table
from sopkit.population._layout import FLAT_COLUMNS, HISTORY_KINDS
from sopkit.population._population import Population, RowError
from sopkit.population._profiles import profile_of, profiles_to_tables
from sopkit.population._read import PopulationError, load_population, read_table_file

__all__ = [
    "FLAT_COLUMNS",
    "HISTORY_KINDS",
    "Population",
    "PopulationError",
    "PopulationResult",
    "RowError",
    "Summary",
    "evaluate_table",
    "load_population",
    "profile_of",
    "profiles_to_tables",
    "read_table_file",
]
