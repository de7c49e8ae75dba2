"""Catalogue loading rejects actors and signers that are no declared role."""

from __future__ import annotations

import pytest

from sopkit import DataPlugin, PluginError, load_catalog
from tests.conftest import MakePackage

AGENCY = "code: uji.bkd\nname: BKD Uji\nregency: Kabupaten Uji\n"
ROLES = """\
roles:
  - {code: kepala_badan, name: Kepala Badan, aliases: [Kaban], kind: structural}
  - {code: kasubag_umpeg, name: Kasubag Umpeg, kind: structural, reports_to: kepala_badan}
signing:
  - {signer: Kaban, services: [cuti]}
"""
SERVICE = """\
slug: cuti
name: Cuti
sops:
  - slug: sop-cuti
    name: SOP Cuti
    actors: [Kaban, Kasubag Umum]
    steps:
      - {number: 1, activity: Memeriksa, actors: [Kasubag Umum]}
"""


def test_an_undeclared_actor_names_the_place_and_the_closest_roles(
    make_package: MakePackage,
) -> None:
    """Each undeclared actor is reported with its code, field path and the closest role names."""
    name = make_package(
        {
            "uji.bkd/agency.yaml": AGENCY,
            "uji.bkd/roles.yaml": ROLES,
            "uji.bkd/services/cuti.yaml": SERVICE,
        }
    )
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    message = str(info.value)
    assert (
        "data/uji.bkd/services/cuti.yaml:6 $.sops[0].actors[1]: undeclared role 'Kasubag Umum'"
        " in uji.bkd/cuti: it is no declared role of uji.bkd" in message
    )
    assert "data/uji.bkd/services/cuti.yaml:8 $.sops[0].steps[0].actors[0]" in message
    assert "closest: Kasubag Umpeg" in message


def test_declared_actors_load_and_resolve(make_package: MakePackage) -> None:
    """With the alias declared the catalogue loads and the actor resolves to its role."""
    name = make_package(
        {
            "uji.bkd/agency.yaml": AGENCY,
            "uji.bkd/roles.yaml": ROLES.replace(
                "name: Kasubag Umpeg,", "name: Kasubag Umpeg, aliases: [Kasubag Umum],"
            ),
            "uji.bkd/services/cuti.yaml": SERVICE,
        }
    )
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert "kasubag_umpeg" == catalog.roles_of("uji.bkd").resolve("Kasubag Umum").code
    assert "Kaban" == catalog.signer_for("uji.bkd/cuti").signer
    assert ["uji.bkd"] == [book.agency for book in catalog.role_books]


def test_lenient_mode_skips_a_plugin_with_undeclared_roles(make_package: MakePackage) -> None:
    """Lenient loading leaves the plugin out and says why."""
    name = make_package(
        {
            "uji.bkd/agency.yaml": AGENCY,
            "uji.bkd/roles.yaml": ROLES,
            "uji.bkd/services/cuti.yaml": SERVICE,
        }
    )
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False, lenient=True)
    assert ["uji"] == [s.name for s in catalog.skipped]
    assert "undeclared role 'Kasubag Umum'" in catalog.skipped[0].reason


def test_a_reports_to_naming_a_missing_role_is_located_and_isolated(
    make_package: MakePackage,
) -> None:
    """An unknown superior names roles.yaml; lenient mode skips only that plugin."""
    good = make_package({"baik.bkd/agency.yaml": AGENCY.replace("uji.bkd", "baik.bkd")})
    broken = make_package(
        {
            "uji.bkd/agency.yaml": AGENCY,
            "uji.bkd/roles.yaml": ROLES.replace("reports_to: kepala_badan", "reports_to: bupati"),
        }
    )
    plugins = [DataPlugin(good, name="baik"), DataPlugin(broken, name="uji")]
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=plugins, entry_points=False)
    message = str(info.value)
    assert "data/uji.bkd/roles.yaml:1:" in message
    assert "reports to unknown role 'bupati'" in message
    assert "--lenient" in message
    catalog = load_catalog(plugins=plugins, entry_points=False, lenient=True)
    assert ["baik"] == [p.name for p in catalog.plugins]
    assert ["uji"] == [s.name for s in catalog.skipped]
