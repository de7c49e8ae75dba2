"""Roles of SOP steps, reporting lines, escalation and signing authority."""

from sopkit._lazy import attach

TYPE_CHECKING = False  # names import on first use; type checkers see them here
if TYPE_CHECKING:
    from sopkit.roles._book import RoleBook
    from sopkit.roles._registry import (
        RoleGraphError,
        RoleRegistry,
        UnknownRoleError,
        normalise_name,
    )
    from sopkit.roles._role import (
        Role,
        RoleKind,
    )
    from sopkit.roles._signing import (
        AmbiguousSignerError,
        SigningCondition,
        SigningRule,
        signer_for,
    )

if not TYPE_CHECKING:  # type checkers see the imports above, not a catch-all
    __getattr__, __dir__ = attach(
        __name__,
        {
            "sopkit.roles._book": ("RoleBook",),
            "sopkit.roles._registry": (
                "RoleGraphError",
                "RoleRegistry",
                "UnknownRoleError",
                "normalise_name",
            ),
            "sopkit.roles._role": (
                "Role",
                "RoleKind",
            ),
            "sopkit.roles._signing": (
                "AmbiguousSignerError",
                "SigningCondition",
                "SigningRule",
                "signer_for",
            ),
        },
    )

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
