"""The civil-service domain: golongan, education, positions, NIP, Pegawai profiles and BUP."""

from sopkit.asn._bup import BUP_UU_20_2023, bup_date, bup_key, tmt_pensiun
from sopkit.asn._dates import add_months, latest_start, months_elapsed
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan, GolonganError
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._nip import Gender, Nip, NipError
from sopkit.asn._pegawai import (
    AngkaKreditRecord,
    EducationRecord,
    ExamKind,
    ExamRecord,
    JabatanRecord,
    LeaveKind,
    LeaveRecord,
    PangkatRecord,
    Pegawai,
    ProfileError,
    Sanction,
    SanctionLevel,
    SkpRating,
    SkpRecord,
    Status,
)
from sopkit.asn._profile_io import (
    asn_converter,
    load_profile,
    make_asn_converter,
    profile_from_data,
    profile_to_data,
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
    "Nip",
    "NipError",
    "PangkatRecord",
    "Pegawai",
    "ProfileError",
    "Sanction",
    "SanctionLevel",
    "SkpRating",
    "SkpRecord",
    "Status",
    "add_months",
    "asn_converter",
    "bup_date",
    "bup_key",
    "latest_start",
    "load_profile",
    "make_asn_converter",
    "months_elapsed",
    "profile_from_data",
    "profile_to_data",
    "tmt_pensiun",
]
