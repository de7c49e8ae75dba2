"""Command errors and warnings: English by default, Indonesian with `--lang id`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopkit.cli import main

MALANG = ["--agency", "malang.bkpsdm"]
SERVICE = "pasuruan.bkppd/kenaikan-pangkat"
SIM = ["simulate", "magetan.bkpsdm/monitoring-pelaporan-lhkpn", "--days", "5"]

# (command line, part of the English stderr, part of the Indonesian stderr)
CASES = [
    (
        ["deadline", "--from", "2025-03-27T15:00", "--duration", "3 hari kerja"],
        "sopkit: error: --agency CODE is required unless --service names '<agency>/<slug>'",
        "sopkit: galat: --agency CODE wajib diberikan kecuali --service menyebutkan",
    ),
    (
        ["deadline", "--agency", "magetan.bkpsdm", "--service", "malang.bkpsdm/x", "--from", "2025-03-27"],
        "--agency 'magetan.bkpsdm' does not match the agency of --service 'malang.bkpsdm/x'",
        "--agency 'magetan.bkpsdm' tidak sesuai dengan instansi pada --service 'malang.bkpsdm/x'",
    ),
    (
        ["deadline", *MALANG, "--from", "2026-12-20T10:00", "--duration", "30 hari kerja",
         "--last-year", "2026"],
        ". Pass --last-year 2027 (or leave --last-year out)",
        ". Berikan --last-year 2027 (atau hilangkan --last-year)",
    ),
    (
        ["calendar", *MALANG, "--year", "2090"],
        "sopkit: warning: 2090 has no SKB list in this sopkit",
        "sopkit: peringatan: 2090 belum memiliki daftar SKB dalam sopkit ini",
    ),
    (
        ["deadline", *MALANG, "--from", "2025-03-27", "--duration", "3 hari kerja",
         "--days-off", "days.csv"],
        "1 problem in the days file days.csv:\n  - days.csv:2: $.date: expected an ISO date",
        "1 masalah pada berkas daftar hari days.csv:\n  - days.csv:2: $.date: seharusnya tanggal ISO",
    ),
    (
        ["check", "--profile", "profile.yaml"],
        "sopkit check: error: give either RULE or --service CODE",
        "sopkit check: galat: berikan salah satu: RULE atau --service CODE",
    ),
    (
        ["check", "pegawai.status", "--variant", "x", "--profile", "profile.yaml"],
        "sopkit check: error: --variant needs --service",
        "sopkit check: galat: --variant memerlukan --service",
    ),
    (
        ["check", "pegawai.status", "--profile", "profile.yaml", "--on", "2026-01-01"],
        "sopkit: error: 2 problems in the profile 'profile.yaml':\n  - profile.yaml:1: ",
        "sopkit: galat: 2 masalah pada profil 'profile.yaml':\n  - profile.yaml:1: ",
    ),
    (
        ["render", "malang.bkpsdm"],
        "'malang.bkpsdm' is an agency; render takes a service or an SOP code",
        "'malang.bkpsdm' adalah instansi; render memerlukan kode layanan atau kode SOP",
    ),
    (
        ["render", SERVICE, "--format", "pdf"],
        "--format pdf writes a binary file: give -o FILE.pdf",
        "--format pdf menulis berkas biner: berikan -o FILE.pdf",
    ),
    (
        ["schema"],
        "sopkit: error: give a KIND (agency, service",
        "sopkit: galat: berikan KIND (agency, service",
    ),
    (
        ["simulate", "--days", "5"],
        "sopkit: error: give a service or SOP CODE, or --agency CODE",
        "sopkit: galat: berikan CODE layanan atau SOP, atau --agency CODE",
    ),
    (
        [*SIM, "--arrivals", "1/day", "--weekday", "1,1,1"],
        "sopkit: error: --weekday needs 5 or 7 factors, got 3",
        "sopkit: galat: --weekday memerlukan 5 atau 7 faktor, diperoleh 3",
    ),
    (
        [*SIM, "--arrivals", "1/day", "--batch", "1=2026-02-30"],
        "sopkit: error: --batch 1=2026-02-30: day is out of range for month",
        "sopkit: galat: --batch 1=2026-02-30: hari di luar rentang bulan tersebut",
    ),
    (
        ["simulate", "malang.bkpsdm", "--days", "5", "--arrivals", "1/day"],
        "sopkit: error: 'malang.bkpsdm' is an agency: use --agency malang.bkpsdm",
        "sopkit: galat: 'malang.bkpsdm' adalah instansi: gunakan --agency malang.bkpsdm",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "english", "indonesian"), CASES, ids=[" ".join(argv[:3]) for argv, _, _ in CASES]
)
def test_command_messages_follow_the_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    english: str,
    indonesian: str,
) -> None:
    """The same failure exits alike in both languages, its message in the one asked for."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "days.csv").write_text("date,name\nnot-a-date,x\n", encoding="utf-8")
    (tmp_path / "profile.yaml").write_text("nip: 1\n", encoding="utf-8")
    en_code = main(["--lenient", *argv])
    en_err = capsys.readouterr().err
    id_code = main(["--lenient", "--lang", "id", *argv])
    id_err = capsys.readouterr().err
    assert en_code == id_code
    assert english in en_err
    assert indonesian in id_err
    assert english not in id_err
    assert "Traceback" not in en_err + id_err
