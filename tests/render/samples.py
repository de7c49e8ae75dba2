"""Small SOPs and a service that exercise each part of the renderers."""

from __future__ import annotations

from sopkit.calendar._duration import Duration, DurationUnit
from sopkit.core._legal import LegalRef
from sopkit.core._service import ProcedureItem, Product, Requirement, Service, Staffing, Variant
from sopkit.core._sop import Approval, Decision, Sop, Step

LONG_ACTIVITY = (
    "Menerima, meneliti dan memverifikasi kelengkapan berkas usulan kenaikan pangkat "
    "yang disampaikan oleh perangkat daerah beserta surat pengantar, daftar nominatif, "
    "salinan sah SK pangkat terakhir, penilaian prestasi kerja dua tahun terakhir, "
    "ijazah dan transkrip nilai yang telah dilegalisir, serta dokumen pendukung lain "
    "sesuai ketentuan peraturan perundang-undangan yang berlaku di lingkungan pemerintah"
)


def short_sop() -> Sop:
    """Return a 3-step SOP with two actors; step 2 is done by both."""
    return Sop(
        slug="short",
        name="Pengagendaan Surat",
        agency="test.agency",
        number="SOP/01",
        actors=("Pengelola", "Kasubag"),
        steps=(
            Step(1, "Menerima surat", actors=("Pengelola",), inputs=("Surat",)),
            Step(2, "Memeriksa bersama", actors=("Pengelola", "Kasubag")),
            Step(3, "Mengarsipkan", actors=("Kasubag",), output=("Arsip",)),
        ),
    )


def decision_sop() -> Sop:
    """Return an SOP with a Ya/Tidak decision looping back, and one ending the flow."""
    return Sop(
        slug="decisions",
        name="Kartu Pegawai",
        agency="test.agency",
        actors=("PNS", "Pengelola", "Kabag"),
        steps=(
            Step(1, "Mengajukan permohonan", actors=("PNS",)),
            Step(2, "Memeriksa berkas", actors=("Pengelola",), decision=Decision("Lengkap?", 3, 1)),
            Step(3, "Memaraf", actors=("Kabag",)),
            Step(4, "Menandatangani", actors=("Kabag",), decision=Decision("Setuju?", 5, "end")),
            Step(5, "Mengirim", actors=("Pengelola",)),
        ),
    )


def unassigned_sop() -> Sop:
    """Return an SOP whose middle step lost its actor marks."""
    return Sop(
        slug="unassigned",
        name="Tanpa tanda",
        agency="test.agency",
        actors=("A", "B"),
        steps=(
            Step(1, "Mulai", actors=("A",)),
            Step(2, "Tanda pelaksana hilang", actors=()),
            Step(3, "Selesai", actors=("B",)),
        ),
    )


def escaped_sop() -> Sop:
    """Return an SOP whose texts hold markup characters and a very long activity."""
    return Sop(
        slug="escaped",
        name='Surat <keluar> & "masuk"',
        agency="test.agency",
        actors=("Kepala <Sub> Bagian & Umum",),
        steps=(
            Step(1, "Cek <b>draf</b> & paraf", actors=("Kepala <Sub> Bagian & Umum",)),
            Step(2, LONG_ACTIVITY, actors=("Kepala <Sub> Bagian & Umum",)),
        ),
    )


def long_sop(count: int = 16) -> Sop:
    """Return an SOP of count steps alternating between three actors."""
    actors = ("Analis", "Kasubag", "Kabid")
    return Sop(
        slug="long",
        name="Panjang",
        agency="test.agency",
        actors=actors,
        steps=tuple(
            Step(n, f"Kegiatan nomor {n}", actors=(actors[n % 3],)) for n in range(1, count + 1)
        ),
    )


def service() -> Service:
    """Return a service with some components empty, a variant and an SOP."""
    return Service(
        agency="test.agency",
        slug="karpeg",
        name="Kartu <Pegawai> & Istri",
        section_code="B",
        number="2",
        requirements=(
            Requirement("Surat pengantar", items=("asli", "fotokopi")),
            Requirement("SK CPNS"),
        ),
        procedure=tuple(ProcedureItem(t) for t in ("Mengajukan", "Memeriksa", "Menerbitkan")),
        time_limit=Duration(14, DurationUnit.WORKING_DAY, "14 hari kerja"),
        products=(Product("Kartu Pegawai"),),
        legal_basis=(LegalRef("Peraturan BKN Nomor 7 Tahun 2021"),),
        staffing=Staffing("3 orang"),
        variants=(
            Variant("karis", "Karis", requirements=(Requirement("Akta nikah"),), signer="Kaban"),
        ),
        sops=(
            Sop(
                slug="karpeg-sop",
                name="SOP Karpeg",
                agency="test.agency",
                number="SOP/KP/02",
                approved_by=Approval("Kepala Badan", "Budi", "1970"),
            ),
        ),
    )


HOSTILE = "<script>alert(1)</script>"
BREAKOUT = "Nama\nclick s1 call alert(1)\n%%{init: {'securityLevel': 'loose'}}%%"


def hostile_sop() -> Sop:
    """Return an SOP whose name, slug, actors and steps try to break out of every format."""
    return Sop(
        slug="x`<script>`\nclick",
        name=f"{BREAKOUT} {HOSTILE}",
        agency="test.agency",
        number="01 | `code` ]]>",
        actors=(f"Kasubag {HOSTILE}", 'Kabid "]; click s1'),
        steps=(
            Step(1, f"Terima\x00 surat\x1b[31m {HOSTILE}", actors=(f"Kasubag {HOSTILE}",)),
            Step(
                2,
                "Periksa\u2028click s2 call alert(2) #quot; `md` [a](javascript:alert(3))",
                actors=('Kabid "]; click s1',),
                decision=Decision(f"Lengkap?\n%% {HOSTILE}", 3, 1),
                note=f"catatan\x0b{HOSTILE}",
            ),
            Step(3, "Arsip | ** _x_", actors=(f"Kasubag {HOSTILE}",), output=(HOSTILE,)),
        ),
    )


def hostile_service() -> Service:
    """Return a service whose name, slugs and components carry markup and line breaks."""
    return Service(
        agency="test.agency",
        slug="svc",
        name=f"Layanan {HOSTILE}\n# heading",
        requirements=(Requirement(f"Surat {HOSTILE}", items=("<img src=x onerror=alert(1)>",)),),
        procedure=(
            ProcedureItem(
                "Langkah\n\n<script>alert(2)</script>",
                (ProcedureItem(f"Jika {HOSTILE}", condition=f"<b>{HOSTILE}</b>"),),
            ),
        ),
        variants=(Variant(slug="v`<script>alert(1)</script>`", name=f"Varian {HOSTILE}"),),
        sops=(hostile_sop(),),
    )
