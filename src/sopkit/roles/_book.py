"""The roles.yaml of an agency: its roles and its signing authority."""

from __future__ import annotations

import attrs

from sopkit.roles._role import Role
from sopkit.roles._signing import SigningRule


@attrs.frozen
class RoleBook:
    """An agency's declared roles and signing rules, as one plugin provides them."""

    agency: str
    roles: tuple[Role, ...] = ()
    signing: tuple[SigningRule, ...] = ()

    def __attrs_post_init__(self) -> None:
        # entries in the file need not repeat the agency: the book stamps its own on them
        object.__setattr__(
            self, "roles", tuple(attrs.evolve(r, agency=self.agency) for r in self.roles)
        )
        object.__setattr__(
            self, "signing", tuple(attrs.evolve(s, agency=self.agency) for s in self.signing)
        )

    @property
    def code(self) -> str:
        """Return the code this book claims in the catalogue: '<agency>/roles'."""
        return f"{self.agency}/roles"
