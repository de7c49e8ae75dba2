"""Building Pegawai profiles for tests: a valid base PNS and deep-merged overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sopkit.asn._pegawai import Pegawai
from sopkit.asn._profile_io import profile_from_data

BASE_PROFILE: Mapping[str, Any] = {
    "birth_date": "1986-09-26",
    "status": "PNS",
    "tmt_cpns": "2015-05-01",
    "tmt_pns": "2016-05-01",
    "gender": "L",
    "pangkat": [{"golongan": "III/a", "tmt": "2015-05-01"}],
    "jabatan": [{"kind": "pelaksana", "tmt": "2015-05-01"}],
    "education": [{"level": "S1", "graduated": "2009-08-01"}],
}
"""A PNS born 26 Sep 1986, CPNS May 2015, III/a, pelaksana, S1: the default test subject."""


def merge(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return base with changes applied: mappings merge recursively, other values replace."""
    out = dict(base)
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def make_pegawai(changes: Mapping[str, Any] | None = None, /, **fields: Any) -> Pegawai:
    """Return a Pegawai from the base profile with the given changes (a mapping and/or fields)."""
    return profile_from_data(merge(merge(BASE_PROFILE, changes or {}), fields))
