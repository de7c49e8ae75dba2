"""The hooks a sopkit plugin implements; each returns what the plugin registers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from sopkit.calendar._agency_calendar import AgencyCalendar
    from sopkit.core._agency import Agency
    from sopkit.core._service import Service
    from sopkit.core._sop import Sop
    from sopkit.roles._book import RoleBook
    from sopkit.rules._engine import Rule
    from sopkit.rules._parameters import ParameterSet

PROJECT = "sopkit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def sopkit_agencies() -> Iterable[Agency]:
    """Return the agencies this plugin provides."""
    raise NotImplementedError


@hookspec
def sopkit_services() -> Iterable[Service]:
    """Return the services (standar pelayanan, with their SOPs) this plugin provides."""
    raise NotImplementedError


@hookspec
def sopkit_sops() -> Iterable[Sop]:
    """Return the SOPs this plugin provides that belong to no standar pelayanan."""
    raise NotImplementedError


@hookspec
def sopkit_calendar_days() -> Iterable[AgencyCalendar]:
    """Return agency calendars: office hours, overrides, local days off and removed days."""
    raise NotImplementedError


@hookspec
def sopkit_roles() -> Iterable[RoleBook]:
    """Return role books: each agency's roles (with aliases and reporting lines) and signing rules."""
    raise NotImplementedError


@hookspec
def sopkit_rules() -> Iterable[Rule]:
    """Return the eligibility rules this plugin provides (names unique across all plugins)."""
    raise NotImplementedError


@hookspec
def sopkit_parameter_sets() -> Iterable[ParameterSet]:
    """Return the dated parameter sets this plugin provides (e.g. a local rank-by-level table)."""
    raise NotImplementedError
