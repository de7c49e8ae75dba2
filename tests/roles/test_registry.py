"""Role registries: aliases, closest names, reporting lines and escalation."""

from __future__ import annotations

import pytest

from sopkit.roles import Role, RoleGraphError, RoleKind, RoleRegistry, UnknownRoleError

ROLES = (
    Role(
        "kepala_badan",
        "Kepala Badan",
        RoleKind.STRUCTURAL,
        ("Kaban", "Kepala BKPSDM", "Kepala BKPPD"),
    ),
    Role(
        "sekretaris",
        "Sekretaris",
        RoleKind.STRUCTURAL,
        ("Sekretaris BKPPD",),
        reports_to="kepala_badan",
    ),
    Role(
        "kasubag_umpeg",
        "Kasubag Urusan Umum dan Kepegawaian",
        RoleKind.STRUCTURAL,
        ("Kasubag Umpeg",),
        level="IV.a",
        reports_to="sekretaris",
    ),
    Role("staf", "Staf", RoleKind.STAFF, reports_to="kasubag_umpeg"),
)


@pytest.fixture
def registry() -> RoleRegistry:
    """Return a small registry with a three-level reporting line."""
    return RoleRegistry("uji.bkd", ROLES)


@pytest.mark.parametrize(
    "name", ["Kaban", "kepala badan", "Kepala  BKPSDM", "KEPALA BKPPD", "kepala_badan"]
)
def test_aliases_normalise_to_one_role(registry: RoleRegistry, name: str) -> None:
    """Every spelling, case and spacing of an office resolves to the same role."""
    assert "kepala_badan" == registry.resolve(name).code


def test_unknown_name_lists_the_closest(registry: RoleRegistry) -> None:
    """An undeclared name is an error that names the closest declared role names."""
    with pytest.raises(UnknownRoleError) as info:
        registry.resolve("Kasubag Umum")
    assert "Kasubag Umpeg" in info.value.closest
    assert "closest role names" in str(info.value)


def test_escalation_path_climbs_to_the_top(registry: RoleRegistry) -> None:
    """The escalation path runs through each superior in turn."""
    assert ["kasubag_umpeg", "sekretaris", "kepala_badan"] == [
        r.code for r in registry.escalation_path("Staf")
    ]
    assert registry.superior("Kaban") is None
    assert ["sekretaris"] == [r.code for r in registry.subordinates("Kaban")]


def test_a_reporting_cycle_is_rejected() -> None:
    """Reporting lines may not loop."""
    roles = (
        Role("a", "A", RoleKind.STAFF, reports_to="b"),
        Role("b", "B", RoleKind.STAFF, reports_to="a"),
    )
    with pytest.raises(RoleGraphError, match="cycle"):
        RoleRegistry("uji.bkd", roles)


def test_an_unknown_superior_is_rejected() -> None:
    """A role may only report to a declared role."""
    with pytest.raises(RoleGraphError, match="unknown role 'bupati'"):
        RoleRegistry("uji.bkd", (Role("a", "A", RoleKind.STAFF, reports_to="bupati"),))


def test_one_name_for_two_roles_is_rejected() -> None:
    """An alias may not denote two roles."""
    roles = (
        Role("a", "Kabid", RoleKind.STRUCTURAL),
        Role("b", "Kepala Bidang", RoleKind.STRUCTURAL, ("kabid",)),
    )
    with pytest.raises(RoleGraphError, match="belongs to both"):
        RoleRegistry("uji.bkd", roles)


def test_role_errors_read_in_indonesian(registry: RoleRegistry) -> None:
    """An unknown role and a reporting cycle come out in Indonesian, English by str()."""
    with pytest.raises(UnknownRoleError) as info:
        registry.resolve("Kasubag Umum")
    assert info.value.localized("id").startswith(
        "'Kasubag Umum' bukan peran yang dideklarasikan instansi 'uji.bkd'; nama peran terdekat: "
    )
    assert str(info.value).startswith("'Kasubag Umum' is no declared role of agency 'uji.bkd'")
    roles = (
        Role("a", "A", RoleKind.STAFF, reports_to="b"),
        Role("b", "B", RoleKind.STAFF, reports_to="a"),
    )
    with pytest.raises(RoleGraphError) as cycle:
        RoleRegistry("uji.bkd", roles)
    assert "instansi 'uji.bkd': garis pelaporan membentuk siklus pada 'a'" == cycle.value.localized(
        "id"
    )
    assert "agency 'uji.bkd': reporting lines form a cycle at 'a'" == str(cycle.value)
