"""The civil-service domain: golongan, education, positions, NIP, Pegawai profiles and BUP."""

from sopkit._lazy import attach

TYPE_CHECKING = False  # names import on first use; type checkers see them here
if TYPE_CHECKING:
    from sopkit.asn._bup import (
        BUP_UU_20_2023,
        bup_date,
        bup_key,
        tmt_pensiun,
    )
    from sopkit.asn._dates import (
        add_months,
        latest_start,
        months_elapsed,
    )
    from sopkit.asn._education import EducationLevel
    from sopkit.asn._golongan import (
        Golongan,
        GolonganError,
    )
    from sopkit.asn._jabatan import (
        JabatanKind,
        Jenjang,
    )
    from sopkit.asn._ni_pppk import (
        NiPppk,
        NiPppkError,
    )
    from sopkit.asn._nip import (
        Gender,
        Nip,
        NipError,
    )
    from sopkit.asn._pegawai import (
        AngkaKreditRecord,
        EducationRecord,
        ExamKind,
        ExamRecord,
        JabatanRecord,
        LeaveKind,
        LeaveRecord,
        MasaKerjaRecord,
        PangkatRecord,
        Pegawai,
        ProfileError,
        ProfileWarning,
        Sanction,
        SanctionLevel,
        SkpRating,
        SkpRecord,
        Status,
        TrainingKind,
        TrainingRecord,
    )
    from sopkit.asn._profile_io import (
        ProfileDataError,
        asn_converter,
        load_profile,
        make_asn_converter,
        profile_from_data,
        profile_from_yaml,
        profile_to_data,
    )

if not TYPE_CHECKING:  # type checkers see the imports above, not a catch-all
    __getattr__, __dir__ = attach(
        __name__,
        {
            "sopkit.asn._bup": (
                "BUP_UU_20_2023",
                "bup_date",
                "bup_key",
                "tmt_pensiun",
            ),
            "sopkit.asn._dates": (
                "add_months",
                "latest_start",
                "months_elapsed",
            ),
            "sopkit.asn._education": ("EducationLevel",),
            "sopkit.asn._golongan": (
                "Golongan",
                "GolonganError",
            ),
            "sopkit.asn._jabatan": (
                "JabatanKind",
                "Jenjang",
            ),
            "sopkit.asn._ni_pppk": (
                "NiPppk",
                "NiPppkError",
            ),
            "sopkit.asn._nip": (
                "Gender",
                "Nip",
                "NipError",
            ),
            "sopkit.asn._pegawai": (
                "AngkaKreditRecord",
                "EducationRecord",
                "ExamKind",
                "ExamRecord",
                "JabatanRecord",
                "LeaveKind",
                "LeaveRecord",
                "MasaKerjaRecord",
                "PangkatRecord",
                "Pegawai",
                "ProfileError",
                "ProfileWarning",
                "Sanction",
                "SanctionLevel",
                "SkpRating",
                "SkpRecord",
                "Status",
                "TrainingKind",
                "TrainingRecord",
            ),
            "sopkit.asn._profile_io": (
                "ProfileDataError",
                "asn_converter",
                "load_profile",
                "make_asn_converter",
                "profile_from_data",
                "profile_from_yaml",
                "profile_to_data",
            ),
        },
    )

__all__ = [
    "BUP_UU_20_2023",
    "AngkaKreditRecord",
    "EducationLevel",
    "EducationRecord",
    "ExamKind",
    "ExamRecord",
    "Gender",
    "Golongan",
    "GolonganError",
    "JabatanKind",
    "JabatanRecord",
    "Jenjang",
    "LeaveKind",
    "LeaveRecord",
    "MasaKerjaRecord",
    "NiPppk",
    "NiPppkError",
    "Nip",
    "NipError",
    "PangkatRecord",
    "Pegawai",
    "ProfileDataError",
    "ProfileError",
    "ProfileWarning",
    "Sanction",
    "SanctionLevel",
    "SkpRating",
    "SkpRecord",
    "Status",
    "TrainingKind",
    "TrainingRecord",
    "add_months",
    "asn_converter",
    "bup_date",
    "bup_key",
    "latest_start",
    "load_profile",
    "make_asn_converter",
    "months_elapsed",
    "profile_from_data",
    "profile_from_yaml",
    "profile_to_data",
    "tmt_pensiun",
]
