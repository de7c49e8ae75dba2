"""The rule commands of the `sopkit` CLI: rules and check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopkit.cli import main

PROFILE = """\
birth_date: 1986-09-26
status: PNS
tmt_cpns: 2015-05-01
tmt_pns: 2016-05-01
pangkat: [{golongan: III/a, tmt: 2015-05-01}, {golongan: III/b, tmt: 2022-04-02}]
jabatan: [{kind: pelaksana, tmt: 2015-05-01}]
skp: [{year: 2024, rating: baik}, {year: 2025, rating: sangat_baik}]
education: [{level: S1, graduated: 2009-08-01}]
atasan_golongan: III/d
"""


@pytest.fixture
def profile(tmp_path: Path) -> str:
    """Return the path of a valid profile file."""
    path = tmp_path / "pegawai.yaml"
    path.write_text(PROFILE)
    return str(path)


def test_rules_lists_generic_and_national_rules(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit rules --json` lists every agreed rule name."""
    assert 0 == main(["rules", "--json"])
    names = {r["name"] for r in json.loads(capsys.readouterr().out)}
    assert {
        "pegawai.skp_minimal",
        "kenaikan_pangkat.reguler",
        "cuti.tahunan",
        "pensiun.bup",
    } <= names


def test_check_reports_failing_check_and_earliest(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """One day short of 4 years in rank: not eligible on 1 Apr 2026, earliest 1 May 2026."""
    assert 0 == main(
        ["check", "kenaikan_pangkat.reguler", "--profile", profile, "--on", "2026-04-01", "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    expected = (False, ["pegawai.masa_pangkat_minimal"], "2026-05-01")
    assert expected == (data["eligible"], data["failing"], data["earliest"])


def test_check_text_shows_both_languages(capsys: pytest.CaptureFixture[str], profile: str) -> None:
    """The text output gives Indonesian and English messages and the legal basis."""
    argv = [
        "check",
        "pegawai.jabatan",
        "--profile",
        profile,
        "--on",
        "2026-04-01",
        "--param",
        "kinds=[pelaksana]",
    ]
    assert 0 == main(argv)
    out = capsys.readouterr().out
    assert "MEMENUHI SYARAT / ELIGIBLE" in out
    assert "dasar hukum:" in out


def test_malformed_profile_names_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad value in the profile is an error naming its field path; exit code 1."""
    path = tmp_path / "bad.yaml"
    path.write_text(PROFILE.replace("golongan: III/b", "golongan: III/x"))
    assert 1 == main(["check", "pegawai.status", "--profile", str(path), "--param", "status=PNS"])
    assert "$.pangkat[1].golongan" in capsys.readouterr().err


def test_malformed_json_profile_names_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """JSON profiles are read too, with the same field paths."""
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps({"birth_date": "1986-09-26", "status": "PNX", "tmt_cpns": "2015-05-01"})
    )
    assert 1 == main(["check", "pegawai.status", "--profile", str(path), "--param", "status=PNS"])
    assert "$.status" in capsys.readouterr().err


def test_check_needs_rule_or_service(capsys: pytest.CaptureFixture[str], profile: str) -> None:
    """Neither RULE nor --service is a usage error."""
    assert 2 == main(["check", "--profile", profile])


def test_check_service_evaluates_linked_requirements(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """--service evaluates every requirement that links a rule, listing documents unchecked."""
    code = "pasuruan.bkppd/izin-belajar"
    assert 0 == main(
        ["check", "--service", code, "--profile", profile, "--on", "2026-04-01", "--json"]
    )
    results = json.loads(capsys.readouterr().out)
    assert any(r["verdict"] is not None for r in results)
    assert any(r["verdict"] is None for r in results)


def test_check_service_evaluates_the_eligibility_rule_with_the_request(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """A variant's eligibility rule (cuti.tahunan) takes the request's days from --param; it
    is listed first as not printed, and a missing or unused request fact is a usage error."""
    args = ["check", "--service", "pasuruan.bkppd/pemrosesan-cuti", "--variant", "tahunan"]
    args += ["--profile", profile, "--on", "2026-04-01"]
    main([*args, "--param", "days=3", "--json"])
    results = json.loads(capsys.readouterr().out)
    eligibility = [r for r in results if not r["printed"]]
    assert [r["verdict"]["rule"] for r in eligibility] == ["cuti.tahunan"]
    assert 2 == main(args)
    assert "needs the request's days" in capsys.readouterr().err
    assert 2 == main([*args, "--param", "days=3", "--param", "level=S1"])
    assert "takes level" in capsys.readouterr().err
