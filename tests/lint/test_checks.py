"""Each lint check: a small catalogue that triggers it, and a clean one that does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

from sopkit import (
    Agency,
    Approval,
    Catalog,
    ChannelKind,
    ComplaintChannel,
    DayReading,
    Decision,
    Duration,
    DurationUnit,
    Fee,
    FeeKind,
    LegalRef,
    OpenDuration,
    OpenKind,
    Params,
    Product,
    Requirement,
    RequirementKind,
    RuleRef,
    Service,
    Sop,
    Staffing,
    Step,
    parse_duration,
)
from sopkit.lint import Severity, checks, lint
from sopkit.roles import Role, RoleBook, RoleKind

AGENCY = Agency(
    code="uji.bkd", name="BKD Uji", regency="Kabupaten Uji", bare_day=DayReading.WORKING
)
ROLES = RoleBook(
    "uji.bkd",
    (
        Role("kabid", "Kepala Bidang", RoleKind.STRUCTURAL),
        Role("analis", "Analis Kepegawaian", RoleKind.FUNCTIONAL, reports_to="kabid"),
    ),
)


def _step(number: int, actor: str, inp: str, out: str, duration: str = "1 hari kerja") -> Step:
    return Step(
        number,
        f"Kegiatan {number}",
        actors=(actor,),
        inputs=(inp,),
        duration=parse_duration(duration),
        output=(out,),
    )


SOP = Sop(
    slug="sop-uji",
    name="SOP Uji",
    agency="uji.bkd",
    service="layanan-uji",
    number="SOP/UJI/01",
    created=dt.date(2024, 1, 2),
    revised=dt.date(2024, 6, 1),
    effective=dt.date(2024, 6, 27),
    approved_by=Approval("Kepala Bidang"),
    legal_basis=(LegalRef("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),),
    qualifications=("S1",),
    related=("SOP Surat Masuk",),
    equipment=("Komputer",),
    warnings=("Berkas lengkap",),
    records=("Buku agenda",),
    actors=("Analis Kepegawaian", "Kepala Bidang"),
    steps=(
        _step(1, "Analis Kepegawaian", "Surat usulan", "Berkas terverifikasi"),
        attrs.evolve(
            _step(2, "Kepala Bidang", "Berkas terverifikasi", "Berkas disetujui"),
            decision=Decision("Berkas lengkap?", yes=3, no=1),
        ),
        _step(3, "Analis Kepegawaian", "Berkas disetujui", "Surat keputusan"),
    ),
    stated_total=parse_duration("3 hari kerja"),
)

SERVICE = Service(
    agency="uji.bkd",
    slug="layanan-uji",
    name="Layanan Uji",
    requirements=(Requirement("Surat usulan"),),
    procedure=("Menerima berkas",),
    time_limit=parse_duration("3 (tiga) hari kerja"),
    fee=Fee(FeeKind.FREE, "Tidak dikenakan biaya"),
    products=(Product("Surat keputusan"),),
    complaints=(ComplaintChannel(ChannelKind.BOX, "Kotak pengaduan"),),
    legal_basis=(LegalRef("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),),
    facilities=("Komputer",),
    competencies=("S1",),
    oversight=("Atasan langsung",),
    staffing=Staffing("2 orang", 2),
    service_guarantee=("Maklumat",),
    security_guarantee=("Kerahasiaan data",),
    performance_evaluation=("SKM",),
    sops=(SOP,),
)


def catalog(service: Service = SERVICE, *, agency: Agency = AGENCY, roles: bool = True) -> Catalog:
    """Return a one-service catalogue."""
    return Catalog(
        agencies=(agency,),
        services=(service,),
        sops=service.sops,
        role_books=(ROLES,) if roles else (),
    )


def with_sop(**changes: object) -> Catalog:
    """Return the catalogue with the SOP changed."""
    return catalog(attrs.evolve(SERVICE, sops=(attrs.evolve(SOP, **changes),)))


def with_step(index: int, **changes: object) -> Catalog:
    """Return the catalogue with one step changed."""
    steps = list(SOP.steps)
    steps[index] = attrs.evolve(steps[index], **changes)
    return with_sop(steps=tuple(steps))


TRIGGERS: dict[str, Callable[[], Catalog]] = {
    "SP001": lambda: catalog(attrs.evolve(SERVICE, oversight=())),
    "SOP001": lambda: with_sop(number=""),
    "SOP002": lambda: with_sop(revised=None),
    "SOP003": lambda: with_sop(records=()),
    "TIME001": lambda: catalog(attrs.evolve(SERVICE, time_limit=parse_duration("2 hari kerja"))),
    "TIME002": lambda: with_sop(stated_total=parse_duration("4 hari kerja")),
    "TIME003": lambda: with_sop(stated_total=parse_duration("2 minggu")),
    "TIME006": lambda: with_sop(stated_total=parse_duration("2 hari kerja")),
    "TIME004": lambda: with_step(0, duration=OpenDuration("Menyesuaikan", OpenKind.ADJUSTS)),
    "TIME005": lambda: catalog(
        attrs.evolve(SERVICE, time_limit=Duration(5, DurationUnit.DAY, "5 hari")),
        agency=attrs.evolve(AGENCY, bare_day=DayReading.UNDECLARED),
    ),
    "ROLE001": lambda: catalog(roles=False),
    "ROLE002": lambda: with_step(0, actors=("Kasubag Umum",)),
    "ROLE003": lambda: with_step(0, actors=()),
    "FLOW001": lambda: with_step(1, decision=Decision("Lengkap?", yes=3)),
    "FLOW002": lambda: with_step(1, decision=Decision("Lengkap?", yes=9, no=1)),
    "FLOW003": lambda: with_step(1, decision=Decision("Lengkap?", yes="end", no=1)),
    "FLOW004": lambda: with_step(1, decision=Decision("Lengkap?", yes=1, no=1)),
    "FLOW005": lambda: with_step(2, number=4),
    "DATA001": lambda: with_step(0, output=("Lembar disposisi",)),
    "DATA002": lambda: with_step(0, inputs=("Kartu kendali",)),
    "RULE002": lambda: catalog(
        attrs.evolve(
            SERVICE,
            requirements=(
                Requirement("Usia", RequirementKind.CONDITION, rule=RuleRef("pegawai.tidak_ada")),
            ),
        )
    ),
    "RULE003": lambda: catalog(
        attrs.evolve(
            SERVICE,
            requirements=(
                Requirement(
                    "Tidak dijatuhi hukuman disiplin",
                    RequirementKind.CONDITION,
                    rule=RuleRef(
                        "pegawai.bebas_hukuman_disiplin", Params({"levels": ("sedang", "parah")})
                    ),
                ),
            ),
        )
    ),
    "RULE001": lambda: catalog(
        attrs.evolve(
            SERVICE, requirements=(Requirement("Tidak sedang hukdis", RequirementKind.CONDITION),)
        )
    ),
}


def test_every_check_has_a_trigger_case() -> None:
    """The table below covers every registered check."""
    assert {c.code for c in checks()} == set(TRIGGERS)


def test_the_clean_catalogue_has_no_findings() -> None:
    """The baseline catalogue is complete and consistent: no check fires."""
    assert () == lint(catalog())


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_each_check_fires_on_its_trigger(code: str) -> None:
    """Each check reports the planted problem, and only that check's code is asked for."""
    findings = lint(TRIGGERS[code](), codes=(code,))
    assert findings
    assert {code} == {f.code for f in findings}
    assert all(f.location.agency == "uji.bkd" for f in findings)
    assert all(f.message_id and f.message_en for f in findings)


def test_time001_names_the_sop_and_both_instants() -> None:
    """The over-limit finding points at the SOP's steps and states both end instants."""
    (finding,) = lint(TRIGGERS["TIME001"](), codes=("TIME001",))
    assert ("layanan-uji", "sop-uji", "steps") == (
        finding.location.service,
        finding.location.sop,
        finding.location.field,
    )
    assert "2025-07-10 16:00" in finding.message_en  # 3 working days after Monday 7 July 2025
    assert "2025-07-09 16:00" in finding.message_en


def test_severity_filter() -> None:
    """--severity error keeps errors only."""
    findings = lint(TRIGGERS["SOP002"](), severity=Severity.ERROR)
    assert () == findings


def test_rule002_accepts_national_rules() -> None:
    """A requirement linking a national rule by its name is no finding."""
    requirement = Requirement(
        "Usia maksimum 50 tahun",
        RequirementKind.CONDITION,
        rule=RuleRef("pegawai.usia_maksimal", Params({"years": 50})),
    )
    service = attrs.evolve(SERVICE, requirements=(requirement,))
    assert () == lint(catalog(service), codes=("RULE002", "RULE001"))


def test_eligibility_links_are_linted_and_may_leave_the_request_out() -> None:
    """An eligibility link to an unknown rule is RULE002, a bad parameter RULE003; the
    request's facts (a cuti's days) may be left out."""
    fine = attrs.evolve(SERVICE, eligibility=RuleRef("cuti.tahunan"))
    assert () == lint(catalog(fine), codes=("RULE002", "RULE003"))
    unknown = attrs.evolve(SERVICE, eligibility=RuleRef("cuti.tahunann"))
    assert [f.code for f in lint(catalog(unknown), codes=("RULE002",))] == ["RULE002"]
    bad = attrs.evolve(SERVICE, eligibility=RuleRef("cuti.tahunan", Params({"dayz": 3})))
    found = lint(catalog(bad), codes=("RULE003",))
    assert [f.location.field for f in found] == ["eligibility.params.dayz"]
