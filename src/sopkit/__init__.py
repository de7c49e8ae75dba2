"""sopkit: Indonesian public-service standards and SOPs as typed data, time and rules."""

from sopkit._errors import (
    DataError,
    DataProblem,
    DurationParseError,
    NotFoundError,
    PluginError,
    SopkitError,
)
from sopkit.calendar import (
    Combine,
    CompositeDuration,
    Dimension,
    Duration,
    DurationPart,
    DurationUnit,
    IncomparableDurationsError,
    OpenDuration,
    OpenKind,
    TimeLimit,
    parse_duration,
)
from sopkit.core._agency import (
    Agency,
    ChannelKind,
    ComplaintChannel,
    Contact,
    ContactKind,
    DayReading,
    Decree,
    NamedText,
)
from sopkit.core._catalog import Catalog, PluginInfo, load_catalog
from sopkit.core._converter import make_converter, structure, unstructure
from sopkit.core._data_plugin import DataPlugin
from sopkit.core._fee import Fee, FeeKind, parse_fee
from sopkit.core._legal import LegalRef, parse_legal_ref
from sopkit.core._params import Params
from sopkit.core._plugins import PluginHost, SkippedPlugin, make_plugin_manager
from sopkit.core._search import ABBREVIATIONS
from sopkit.core._service import (
    COMPONENTS,
    Product,
    Requirement,
    RequirementKind,
    RuleRef,
    Service,
    Staffing,
    Variant,
)
from sopkit.core._sop import END, Approval, Decision, Sop, Step
from sopkit.hookspecs import hookimpl

__all__ = [
    "ABBREVIATIONS",
    "COMPONENTS",
    "END",
    "Agency",
    "Approval",
    "Catalog",
    "ChannelKind",
    "Combine",
    "ComplaintChannel",
    "CompositeDuration",
    "Contact",
    "ContactKind",
    "DataError",
    "DataPlugin",
    "DataProblem",
    "DayReading",
    "Decision",
    "Decree",
    "Dimension",
    "Duration",
    "DurationParseError",
    "DurationPart",
    "DurationUnit",
    "Fee",
    "FeeKind",
    "IncomparableDurationsError",
    "LegalRef",
    "NamedText",
    "NotFoundError",
    "OpenDuration",
    "OpenKind",
    "Params",
    "PluginError",
    "PluginHost",
    "PluginInfo",
    "Product",
    "Requirement",
    "RequirementKind",
    "RuleRef",
    "Service",
    "SkippedPlugin",
    "Sop",
    "SopkitError",
    "Staffing",
    "Step",
    "TimeLimit",
    "Variant",
    "hookimpl",
    "load_catalog",
    "make_converter",
    "make_plugin_manager",
    "parse_duration",
    "parse_fee",
    "parse_legal_ref",
    "structure",
    "unstructure",
]
