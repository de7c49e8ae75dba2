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
    Combine,
    Competency,
    ComplaintChannel,
    CompositeDuration,
    ContentsEntry,
    DayReading,
    Decision,
    Duration,
    DurationPart,
    DurationUnit,
    Fee,
    FeeKind,
    LegalRef,
    Mark,
    NamedText,
    OpenDuration,
    OpenKind,
    Params,
    ProcedureItem,
    Product,
    Requirement,
    RequirementKind,
    RuleRef,
    Service,
    Sop,
    StaffCount,
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
    procedure=(
        ProcedureItem("Memverifikasi surat usulan"),
        ProcedureItem("Menyetujui berkas"),
        ProcedureItem("Menerbitkan surat keputusan"),
    ),
    time_limit=parse_duration("3 (tiga) hari kerja"),
    fee=Fee(FeeKind.FREE, "Tidak dikenakan biaya"),
    products=(Product("Surat keputusan"),),
    complaints=(ComplaintChannel(ChannelKind.BOX, "Kotak pengaduan"),),
    legal_basis=(LegalRef("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),),
    facilities=("Komputer",),
    competencies=(Competency(("S1",), role="Analis Kepegawaian"),),
    oversight=("Atasan langsung",),
    staffing=Staffing(
        "2 orang",
        2,
        (StaffCount.parse("1 orang Kepala Bidang"), StaffCount.parse("1 orang Analis")),
    ),
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


def _two_services(number: str = "") -> Catalog:
    """Return a catalogue whose second service repeats the first's lists (and maybe its number)."""
    first = attrs.evolve(SERVICE, number=number)
    second = attrs.evolve(
        SERVICE,
        slug="layanan-kedua",
        name="Layanan Kedua",
        number=number,
        requirements=(Requirement("Surat usulan"), Requirement("KTP"), Requirement("KK")),
        procedure=(ProcedureItem("Menerima berkas"),),
        sops=(),
    )
    if not number:
        first = attrs.evolve(first, requirements=second.requirements)
    return Catalog(
        agencies=(AGENCY,), services=(first, second), sops=first.sops, role_books=(ROLES,)
    )


def _latsar(first: str, days: str) -> CompositeDuration:
    """Return Latsar's '511 JP / 51 hari kerja' with a three-place breakdown (seed 004:220)."""
    return CompositeDuration(
        parts=(
            DurationPart(parse_duration("511 JP")),
            DurationPart(parse_duration("51 hari kerja")),
        ),
        combine=Combine.EQUIVALENT,
        breakdown=(
            DurationPart(parse_duration(first), equivalent=Duration(18, DurationUnit.WORKING_DAY)),
            DurationPart(
                parse_duration("320 JP"),
                equivalent=Duration(30, DurationUnit.WORKING_DAY),
                minimum=True,
                place="Instansi Pemerintah asal peserta",
            ),
            DurationPart(parse_duration("14 JP"), equivalent=parse_duration(days)),  # type: ignore[arg-type]
        ),
    )


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
    "SP003": lambda: catalog(
        attrs.evolve(SERVICE, complaints=(ComplaintChannel(ChannelKind.PHONE, "(0343) 429071"),)),
        agency=attrs.evolve(
            AGENCY, complaint_channels=(ComplaintChannel(ChannelKind.PHONE, "(0343) 429075"),)
        ),
    ),
    "TOC001": lambda: catalog(
        agency=attrs.evolve(AGENCY, contents=(ContentsEntry("SOP AP Cuti", "1", sop="cuti"),))
    ),
    "TOC002": lambda: catalog(
        agency=attrs.evolve(
            AGENCY,
            contents=(
                ContentsEntry("SOP AP Surat Keluar", "13", sop="sop-uji"),
                ContentsEntry("SOP AP Mewakili Diklat", "13"),
            ),
        )
    ),
    "STAFF001": lambda: catalog(
        attrs.evolve(SERVICE, staffing=Staffing("3 orang", 3, SERVICE.staffing.breakdown))  # type: ignore[union-attr]
    ),
    "SP002": lambda: _two_services(number="1"),
    "STAFF002": lambda: catalog(
        attrs.evolve(SERVICE, competencies=(Competency(text="Meliputi 6 orang pegawai"),))
    ),
    "SOP004": lambda: catalog(attrs.evolve(SERVICE, procedure=SERVICE.procedure[:2])),
    "COPY001": lambda: _two_services(),
    "SOP005": lambda: with_sop(name="SOP Penerbitan Kartu Pegawai"),
    "ROLE004": lambda: with_step(0, actors=(), activity="Analis Kepegawaian memverifikasi berkas"),
    "FLOW006": lambda: with_step(1, decision=Decision("Lengkap?")),
    "FLOW007": lambda: with_step(0, uncertain=True),
    "FLOW008": lambda: with_step(2, marks=(Mark("Kepala Bidang", "", "Tidak"),)),
    "TIME007": lambda: catalog(
        attrs.evolve(SERVICE, sops=(attrs.evolve(SOP, stated_total=parse_duration("3 hari")),)),
        agency=attrs.evolve(AGENCY, bare_day=DayReading.UNDECLARED),
    ),
    "TIME008": lambda: catalog(
        attrs.evolve(SERVICE, time_limit=_latsar(first="177 JP", days="18 hari kerja"))
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


def test_time008_accepts_a_breakdown_that_adds_up() -> None:
    """Seed 004's Latsar: 177 + 320 + 14 = 511 JP and 18 + 30 + 3 = 51 hari kerja: no finding."""
    good = catalog(attrs.evolve(SERVICE, time_limit=_latsar(first="177 JP", days="3 hari kerja")))
    assert () == lint(good, codes=("TIME008",))


def test_time007_reports_each_reading_that_contradicts() -> None:
    """3 bare hari against three 1-hari-kerja steps: equal as working days, not as calendar days."""
    (finding,) = lint(TRIGGERS["TIME007"](), codes=("TIME007",))
    assert finding.message_en.startswith("Read as calendar days")


def test_unnumbered_rows_are_not_repeated_numbers() -> None:
    """A row printed without a number (seed 000 B9) is no FLOW005 repeat."""
    steps = list(SOP.steps)
    steps[1] = attrs.evolve(steps[1], decision=None)
    steps.insert(2, attrs.evolve(steps[1], numbered=False, activity="Baris tanpa nomor"))
    assert () == lint(with_sop(steps=tuple(steps)), codes=("FLOW003", "FLOW004", "FLOW005"))


def test_decision_without_targets_flows_on() -> None:
    """A ◇ with no targets is FLOW006 only: the next step stays reachable (as in sim and render)."""
    findings = lint(TRIGGERS["FLOW006"](), codes=("FLOW001", "FLOW003", "FLOW004", "FLOW006"))
    assert ["FLOW006"] == [f.code for f in findings]


def test_rule003_names_the_bad_parameter() -> None:
    """A misspelt parameter is reported at its field path; the rule's own name passes RULE002."""
    findings = lint(TRIGGERS["RULE003"](), codes=("RULE002", "RULE003"))
    assert {"RULE003"} == {f.code for f in findings}
    assert any(f.location.field.startswith("requirements[0].rule.params") for f in findings)


def test_sp003_accepts_the_agency_s_own_channels() -> None:
    """A channel the agency declares, or one of its other addresses, is no finding."""
    agency = attrs.evolve(
        AGENCY,
        complaint_channels=(ComplaintChannel(ChannelKind.PHONE, "(0343) 429075"),),
        other_addresses=(
            NamedText("Balai Diklat", "Jl. Dr. Soetomo No. 237 Pandaan (0343) 634655"),
        ),
    )
    complaints = (
        ComplaintChannel(ChannelKind.PHONE, "0343-429075"),
        ComplaintChannel(ChannelKind.PHONE, "(0343) 634655"),
    )
    assert () == lint(
        catalog(attrs.evolve(SERVICE, complaints=complaints), agency=agency), codes=("SP003",)
    )


def test_flow008_accepts_labels_the_decision_explains() -> None:
    """Step 2 decides Ya → 3, Tidak → 1: those labels on rows 3 and 1 are no finding."""
    steps = list(SOP.steps)
    steps[0] = attrs.evolve(steps[0], marks=(Mark("Kepala Bidang", "", "Tidak"),))
    steps[2] = attrs.evolve(steps[2], marks=(Mark("Kepala Bidang", "", "Ya"),))
    assert () == lint(with_sop(steps=tuple(steps)), codes=("FLOW008",))


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
