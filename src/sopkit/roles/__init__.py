"""Roles of SOP steps, reporting lines, escalation and signing authority."""

from sopkit.roles._book import RoleBook
from sopkit.roles._registry import RoleGraphError, RoleRegistry, UnknownRoleError, normalise_name
from sopkit.roles._role import Role, RoleKind
from sopkit.roles._signing import AmbiguousSignerError, SigningCondition, SigningRule, signer_for

__all__ = [
    "AmbiguousSignerError",
    "Role",
    "RoleBook",
    "RoleGraphError",
    "RoleKind",
    "RoleRegistry",
    "SigningCondition",
    "SigningRule",
    "UnknownRoleError",
    "normalise_name",
    "signer_for",
]
