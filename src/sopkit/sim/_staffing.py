"""Staffing as printed: jumlah pelaksana shared by the roles that need it, and overrides."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from sopkit._i18n import Text
from sopkit.core._service import Staffing
from sopkit.roles._registry import RoleRegistry, normalise_name
from sopkit.roles._role import RoleKind
from sopkit.sim._errors import SimModelError
from sopkit.sim._parts import StaffRule, _Options, _Piece, _Role, _role_of
from sopkit.sim._spelling import ask

_ESELON = re.compile(r"^\s*(\d+)\s*orang\s+eselon\s+(i{1,3}|iv|v)\b", re.IGNORECASE)


def _structural_people(staffing: Staffing) -> int:
    return sum(int(m.group(1)) for line in staffing.breakdown if (m := _ESELON.match(line.text)))


def _shares(pool: int, work: dict[str, float], rule: StaffRule) -> dict[str, int]:
    """Split pool servers over roles by work (largest remainder), each getting at least one."""
    if not work:
        return {}
    if pool <= len(work):
        return dict.fromkeys(work, 1)
    weights = {k: (w if rule == "work" else 1.0) for k, w in work.items()}
    total = math.fsum(weights.values())
    if total <= 0:
        weights, total = dict.fromkeys(work, 1.0), float(len(work))
    exact = {k: pool * w / total for k, w in weights.items()}
    got = {k: math.floor(v) for k, v in exact.items()}
    left = pool - sum(got.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - got[k]), k))[:left]:
        got[k] += 1
    for k in sorted(got, key=lambda k: exact[k]):
        if got[k] == 0:
            donor = max(got, key=lambda d: (got[d], d))
            got[donor] -= 1
            got[k] = 1
    return got


def _piece_capacity(
    piece: _Piece, opts: _Options, fixed: dict[str, int | None]
) -> dict[str, tuple[int | None, str]]:
    out: dict[str, tuple[int | None, str]] = {}
    shared: dict[str, float] = {}
    for key, role in piece.roles.items():
        if key in fixed:
            continue
        if role.unlimited:
            out[key] = (None, f"{role.kind.value if role.kind else ''}: not queued")
        elif role.kind is RoleKind.STRUCTURAL:
            out[key] = (1, "structural role: one office holder")
        else:
            shared[key] = math.fsum(
                st.mean_hours for st, k in zip(piece.stages, piece.keys, strict=True) if k == key
            )
    if not shared:
        return out
    total = piece.staffing.total if piece.staffing else None
    if total is None:
        names = ", ".join(repr(piece.roles[k].name) for k in shared)
        if not opts.assume:
            raise SimModelError(
                Text(
                    "{name} states no jumlah pelaksana, so {roles} have no default servers; "
                    "give {staff} for each, or {assume}",
                    name=piece.name,
                    roles=names,
                    staff=ask("staff", "ROLE"),
                    assume=ask("assume"),
                )
            )
        piece.assumptions.append(f"{piece.name}: no jumlah pelaksana; one server each for {names}")
        for key in shared:
            out[key] = (1, "assumed: one server (no jumlah pelaksana)")
        return out
    eselon = _structural_people(piece.staffing) if piece.staffing else 0
    taken = sum(c for k, c in fixed.items() if c is not None and k in piece.roles)
    pool = total - eselon - taken
    split = _shares(pool, shared, opts.staff_rule)
    used = sum(split.values())
    how = "effort" if opts.staff_rule == "work" else "evenly"
    what = f"jumlah pelaksana {total}" + (f" less {eselon} Eselon" if eselon else "")
    for key, count in split.items():
        out[key] = (count, f"{count} of {max(pool, 0)} ({what}) shared by {how}")
    if used > max(pool, 0):
        piece.notes.append(
            f"{piece.name}: {what} leaves {max(pool, 0)} people for {len(split)} roles; each "
            f"gets one, {used} in all"
        )
    return out


def _match_staff(
    staff: Mapping[str, int | None],
    order: dict[str, _Role],
    spellings: dict[str, set[str]],
    roles: RoleRegistry | None,
) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    for key, count in staff.items():
        wanted = _role_of(key, roles).key
        match = next(
            (
                k
                for k, r in order.items()
                if wanted == k
                or normalise_name(key) in {normalise_name(x) for x in (r.name, *spellings[k])}
            ),
            None,
        )
        if match is None:
            names = ", ".join(r.name for r in order.values())
            raise SimModelError(
                Text(
                    "{option} names {key}, which serves no step; stations: {names}",
                    option=ask("staff", key),
                    key=repr(key),
                    names=names,
                )
            )
        found[match] = count
    return found
