"""An agency's role registry: alias normalisation, reporting lines and escalation paths."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from sopkit._errors import NotFoundError, SopkitError
from sopkit._i18n import Text
from sopkit.roles._role import Role


class UnknownRoleError(NotFoundError):
    """A name that is no declared role of the agency."""

    def __init__(self, agency: str, name: str, closest: tuple[str, ...]) -> None:
        self.agency = agency
        self.name = name
        self.closest = closest
        hint = Text("; closest role names: {names}", names=", ".join(closest)) if closest else ""
        super().__init__(
            Text(
                "{name} is no declared role of agency {agency}{hint}",
                name=repr(name),
                agency=repr(agency),
                hint=hint,
            )
        )


class RoleGraphError(SopkitError):
    """Roles whose reporting lines are inconsistent (unknown superior, a cycle, a clash)."""


def normalise_name(name: str) -> str:
    """Return a role name folded for matching: case, dots, dashes and spacing ignored."""
    return re.sub(r"[\s.\-_/]+", " ", name.casefold()).strip()


class RoleRegistry:
    """The roles of one agency, resolved by any of their names."""

    def __init__(self, agency: str, roles: Iterable[Role]) -> None:
        self.agency = agency
        self.roles = tuple(roles)
        self._by_code: dict[str, Role] = {}
        self._by_name: dict[str, Role] = {}
        for role in self.roles:
            if role.code in self._by_code:
                raise RoleGraphError(
                    Text(
                        "agency {agency}: role code {code} is declared twice",
                        agency=repr(agency),
                        code=repr(role.code),
                    )
                )
            self._by_code[role.code] = role
            for name in role.names:
                key = normalise_name(name)
                other = self._by_name.get(key)
                if other is not None and other.code != role.code:
                    raise RoleGraphError(
                        Text(
                            "agency {agency}: the name {name} belongs to both {first} and {second}",
                            agency=repr(agency),
                            name=repr(name),
                            first=repr(other.code),
                            second=repr(role.code),
                        )
                    )
                self._by_name[key] = role
        for role in self.roles:
            if role.reports_to and role.reports_to not in self._by_code:
                raise RoleGraphError(
                    Text(
                        "agency {agency}: role {code} reports to unknown role {superior}",
                        agency=repr(agency),
                        code=repr(role.code),
                        superior=repr(role.reports_to),
                    )
                )
        for role in self.roles:
            self.escalation_path(role.code)  # raises on a cycle

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (
            normalise_name(name) in self._by_name or name in self._by_code
        )

    def __len__(self) -> int:
        return len(self.roles)

    def resolve(self, name: str) -> Role:
        """Return the role a name or alias or code denotes; raise UnknownRoleError naming the closest."""
        role = self._by_name.get(normalise_name(name)) or self._by_code.get(name)
        if role is not None:
            return role
        raise UnknownRoleError(self.agency, name, self.closest(name))

    def closest(self, name: str, n: int = 3) -> tuple[str, ...]:
        """Return up to n declared role names that look most like name."""
        candidates = {normalise_name(x): x for r in self.roles for x in r.names}
        found = difflib.get_close_matches(normalise_name(name), list(candidates), n=n, cutoff=0.4)
        return tuple(candidates[f] for f in found)

    def superior(self, name: str) -> Role | None:
        """Return the role this one reports to, or None at the top."""
        role = self.resolve(name)
        return self._by_code[role.reports_to] if role.reports_to else None

    def escalation_path(self, name: str) -> tuple[Role, ...]:
        """Return the chain of superiors from this role (exclusive) up to the top."""
        role = self.resolve(name)
        path: list[Role] = []
        seen = {role.code}
        while role.reports_to:
            role = self._by_code[role.reports_to]
            if role.code in seen:
                raise RoleGraphError(
                    Text(
                        "agency {agency}: reporting lines form a cycle at {code}",
                        agency=repr(self.agency),
                        code=repr(role.code),
                    )
                )
            seen.add(role.code)
            path.append(role)
        return tuple(path)

    def subordinates(self, name: str) -> tuple[Role, ...]:
        """Return the roles that report directly to this one."""
        code = self.resolve(name).code
        return tuple(r for r in self.roles if r.reports_to == code)
