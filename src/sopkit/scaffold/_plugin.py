"""Write a new data plugin: pyproject with entry point, agency, roles, an example service with
its SOP and a decision, schema lines for editors, and tests using CatalogContract.

The example content is marked as an example to replace: it cites no regulation, fee or time
limit, since a catalogue's facts come only from the agency's own decree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from sopkit._errors import SopkitError
from sopkit.render._output import make_folder, write_output
from sopkit.schema import schema_filename, schema_text

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$")
_CODE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")


class ScaffoldError(SopkitError, ValueError):
    """A plugin name, agency code or target folder that a new plugin cannot be written with."""


def _schema_line(kind: str, depth: int) -> str:
    return f"# yaml-language-server: $schema={'../' * depth}schema/{schema_filename(kind)}\n"


def _files(name: str, agency: str, today: str) -> dict[str, str]:
    module = "sopkit_" + name.replace("-", "_")
    dist = "sopkit-" + name.replace("_", "-")
    data = f"src/{module}/data/{agency}"
    return {
        "pyproject.toml": f'''[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "{dist}"
version = "0.1.0"
description = "sopkit catalogue: {agency}"
requires-python = ">=3.11"
dependencies = ["sopkit>=0.1"]

[project.optional-dependencies]
test = ["pytest>=8"]

[project.entry-points.sopkit]
{name.replace("-", "_")} = "{module}:plugin"

[tool.hatch.build.targets.wheel]
packages = ["src/{module}"]

[tool.pytest.ini_options]
testpaths = ["tests"]
''',
        f"src/{module}/__init__.py": f'''"""sopkit catalogue of {agency}."""

from sopkit import DataPlugin

plugin = DataPlugin(__name__, name="{name.replace("-", "_")}")

__all__ = ["plugin"]
''',
        f"{data}/agency.yaml": _schema_line("agency", 4)
        + f"""# The agency as its decree prints it; see docs/data-format.md of sopkit.
code: {agency}
name: Nama perangkat daerah (ganti dengan nama resmi)
regency: Nama kabupaten/kota (ganti)
maklumat: >-
  Tulis maklumat pelayanan sebagaimana tercetak dalam keputusan standar pelayanan.
complaint_channels:
  - kind: in_person
    value: Alamat loket pengaduan (ganti)
""",
        f"{data}/roles.yaml": _schema_line("roles", 4)
        + """# The pelaksana columns of the SOPs, as roles with the names the seeds print.
roles:
  - code: kepala
    name: Kepala (ganti dengan jabatan resmi)
    aliases: [Kepala]
    kind: structural
  - code: petugas
    name: Petugas layanan (ganti)
    aliases: [Petugas]
    kind: staff
    reports_to: kepala
  - code: pemohon
    name: Pemohon
    aliases: [Pemohon]
    kind: applicant
""",
        f"{data}/services/contoh-layanan.yaml": _schema_line("service", 5)
        + f"""# An example standar pelayanan: replace every text with the one the agency's decree prints.
slug: contoh-layanan
name: Contoh Layanan (ganti)
requirements:
  - Dokumen persyaratan sebagaimana tercantum dalam keputusan (ganti)
procedure:
  - Pemohon menyampaikan berkas (ganti)
  - Petugas memeriksa kelengkapan berkas (ganti)
  - Kepala menandatangani produk layanan (ganti)
time_limit: Menyesuaikan (ganti dengan jangka waktu yang tercetak)
fee: Tulis biaya/tarif sebagaimana tercetak (ganti)
products:
  - Produk layanan (ganti)
complaints:
  - kind: in_person
    value: Loket pengaduan (ganti)
legal_basis:
  - Tulis dasar hukum sebagaimana tercetak (ganti)
facilities: [Sarana dan prasarana (ganti)]
competencies: [Kompetensi pelaksana (ganti)]
oversight: [Pengawasan internal (ganti)]
staffing: {{text: Jumlah pelaksana (ganti)}}
service_guarantee: [Jaminan pelayanan (ganti)]
security_guarantee: [Jaminan keamanan dan keselamatan (ganti)]
performance_evaluation: [Evaluasi kinerja pelaksana (ganti)]
sops:
  - slug: contoh-layanan
    name: Contoh Layanan (ganti)
    number: Nomor SOP (ganti)
    created: {today}
    effective: {today}
    approved_by: {{role: Kepala (ganti)}}
    actors: [Pemohon, Petugas, Kepala]
    steps:
      - number: 1
        activity: Menyampaikan berkas permohonan
        actors: [Pemohon]
        output: [Berkas permohonan]
      - number: 2
        activity: Memeriksa kelengkapan berkas
        actors: [Petugas]
        inputs: [Berkas permohonan]
        decision:
          question: Berkas lengkap?
          "yes": 3
          "no": 1
      - number: 3
        activity: Menandatangani produk layanan
        actors: [Kepala]
        output: [Produk layanan]
""",
        "tests/test_catalogue.py": f'''"""The sopkit plugin contract for this catalogue."""

from __future__ import annotations

from pathlib import Path

from sopkit.testing import CatalogContract

HERE = Path(__file__).parent


class TestContract(CatalogContract):
    """Loads through the entry point, registers the agency, round-trips, pins the answers."""

    plugin_name = "{name.replace("-", "_")}"
    agencies = ("{agency}",)
    answers_dir = HERE / "answers"
''',
        "tests/answers/contoh.yaml": f"""# Figures typed by hand from the seed; the contract compares them with what loads.
services:
  - code: {agency}/contoh-layanan
    name: Contoh Layanan (ganti)
    time_limit: {{text: Menyesuaikan (ganti dengan jangka waktu yang tercetak), open: adjusts}}
    fee: text
    products: [Produk layanan (ganti)]
    sops:
      - slug: contoh-layanan
        name: Contoh Layanan (ganti)
        number: Nomor SOP (ganti)
        actors: [Pemohon, Petugas, Kepala]
        steps: 3
        stated_total: null
        decisions: 1
""",
        "NOTES.md": f"""# {agency}: notes on the data

Source documents, and every OCR correction made while typing them (one line each: file, field,
printed text, corrected text, why).
""",
        "README.md": f"""# {dist}

A sopkit catalogue plugin for `{agency}`.

    pip install -e .[test]
    pytest
    sopkit lint --agency {agency}
    sopkit site --agency {agency} -o site

The YAML files name their JSON Schema on the first line, so editors with the YAML language
server check fields as you type; `sopkit schema KIND` prints the schemas again after a sopkit
upgrade (`schema/` holds a copy).
""",
    }


_GLOBS = {  # where each kind of file lives in a plugin, for editors that map schemas by path
    "agency": "src/*/data/*/agency.yaml",
    "service": "src/*/data/*/services/*.yaml",
    "sop": "src/*/data/*/sops/*.yaml",
    "roles": "src/*/data/*/roles.yaml",
    "calendar": "src/*/data/*/calendar.yaml",
    "parameters": "src/*/data/*/parameters/*.yaml",
    "case": "tests/**/*.sopkit.yaml",
}


def _editor_settings() -> str:
    """Return VS Code settings mapping each kind's files to its schema (the YAML extension)."""
    mapping = {f"./schema/{schema_filename(k)}": glob for k, glob in _GLOBS.items()}
    return json.dumps({"yaml.schemas": mapping}, indent=2) + "\n"


def new_plugin(name: str, agency: str, folder: str | Path) -> tuple[Path, ...]:
    """Write a new plugin package for an agency into folder/name; return the files written."""
    if not _NAME.match(name):
        raise ScaffoldError(
            f"plugin name {name!r}: use lower-case letters and digits joined by '_' or '-' "
            "(for example 'kota_contoh')"
        )
    if not _CODE.match(agency):
        raise ScaffoldError(
            f"--agency {agency!r}: an agency code is lower-case letters and digits joined by "
            "'.', '_' or '-' (for example 'kota_contoh.bkpsdm')"
        )
    root = Path(folder) / name
    if root.exists() and any(root.iterdir()):
        raise ScaffoldError(f"folder {str(root)!r} exists and is not empty; choose another")
    files = _files(name, agency, dt.date.today().isoformat())
    files[".vscode/settings.json"] = _editor_settings()
    from sopkit.schema import KIND_NAMES

    for kind in KIND_NAMES:
        files[f"schema/{schema_filename(kind)}"] = schema_text(kind)
    written = []
    for rel, text in files.items():
        path = root / rel
        make_folder(path.parent)
        written.append(write_output(path, text, what="plugin file"))
    return tuple(written)
