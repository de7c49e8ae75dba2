"""The rule commands of the `sopkit` CLI: rules and check."""

from __future__ import annotations

import json
import re
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
    """One day short of 4 years in rank: not eligible (exit 3) on 1 Apr 2026, earliest 1 May."""
    assert 3 == main(
        ["check", "kenaikan_pangkat.reguler", "--profile", profile, "--on", "2026-04-01", "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    expected = (False, ["pegawai.masa_pangkat_minimal"], "2026-05-01")
    assert expected == (data["eligible"], data["failing"], data["earliest"])


@pytest.mark.parametrize(
    ("lang", "word", "basis"),
    [("en", "ELIGIBLE", "legal basis:"), ("id", "MEMENUHI SYARAT", "dasar hukum:")],
)
def test_check_text_speaks_the_chosen_language(
    capsys: pytest.CaptureFixture[str], profile: str, lang: str, word: str, basis: str
) -> None:
    """The text output speaks --lang: the verdict word and the legal-basis label."""
    argv = [
        "check",
        "pegawai.jabatan",
        "--profile",
        profile,
        "--on",
        "2026-04-01",
        "--param",
        "kinds=[pelaksana]",
        "--lang",
        lang,
    ]
    assert 0 == main(argv)
    out = capsys.readouterr().out
    assert f": {word}\n" in out
    assert basis in out


def test_check_exit_code_of_an_undetermined_verdict(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """A missing fact (no SKP for 2020) is undetermined, exit 4, never the code for success."""
    argv = ["check", "pegawai.skp_minimal", "--profile", profile, "--on", "2026-04-01"]
    assert 4 == main([*argv, "--param", "rating=baik", "--param", "years=6"])
    assert ": UNDETERMINED (facts missing)" in capsys.readouterr().out


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


def test_not_eligible_and_eligible_exit_codes_differ(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """Eligible exits 0, not eligible 3 (text and JSON alike)."""
    base = ["check", "pegawai.jabatan", "--profile", profile, "--on", "2026-04-01"]
    assert 0 == main([*base, "--param", "kinds=[pelaksana]"])
    assert 3 == main([*base, "--param", "kinds=[pengawas]"])
    assert 3 == main([*base, "--param", "kinds=[pengawas]", "--json"])


def test_checking_nothing_is_undetermined(capsys: pytest.CaptureFixture[str], profile: str) -> None:
    """A service none of whose requirements is a checkable rule exits 4 and says so."""
    argv = ["check", "--service", "pasuruan.bkppd/kenaikan-pangkat", "--profile", profile]
    assert 4 == main([*argv, "--on", "2026-04-01"])
    out = capsys.readouterr().out
    assert re.search(r": 0 of [1-9]\d* requirements are checkable rules\n", out)
    assert "nothing was checked" in out
    assert "all checkable requirements met" not in out


def test_missing_fact_is_undetermined(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A verdict that a missing fact leaves open exits 4."""
    path = tmp_path / "p.yaml"
    path.write_text(
        "birth_date: 1986-09-26\nstatus: PNS\ntmt_cpns: 2015-05-01\ntmt_pns: 2016-05-01\n"
    )
    argv = ["check", "pegawai.skp_minimal", "--profile", str(path), "--on", "2026-04-01"]
    assert 4 == main([*argv, "--param", "rating=baik", "--param", "years=2"])
    out = capsys.readouterr().out
    assert "UNDETERMINED" in out
    assert "no date: Minimum SKP rating: a fact is missing: no SKP rating" in out


@pytest.mark.parametrize("value", ["2025-02-30", "27-03-2025", "tomorrow", "99999-01-01"])
def test_bad_on_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], profile: str, value: str
) -> None:
    """--on takes a real ISO date; anything else exits 2 naming --on and the format."""
    assert 2 == main(["check", "pegawai.status", "--profile", profile, "--on", value])
    err = capsys.readouterr().err
    assert "argument --on" in err
    assert "YYYY-MM-DD" in err


def test_check_without_on_says_it_checks_today(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """Without --on the date used is today's, and stderr says so."""
    main(["check", "pegawai.jabatan", "--profile", profile, "--param", "kinds=[pelaksana]"])
    assert "no --on date given: checking on today" in capsys.readouterr().err


def test_bad_rule_parameter_is_a_usage_error_naming_param(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """A --param value the rule does not accept exits 2, headed by --param, not catalogue data."""
    argv = ["check", "pegawai.jabatan", "--profile", profile, "--on", "2026-04-01"]
    assert 2 == main([*argv, "--param", "kinds=[fungsional]"])
    err = capsys.readouterr().err
    assert err.startswith("sopkit check: error: argument --param: 1 problem in the parameters:")
    assert "catalogue data" not in err


@pytest.mark.parametrize(
    ("param", "shown"),
    [("years=010", "got '010'"), ("ever=yes", "got 'yes'"), ("years=0o10", "got '0o10'")],
)
def test_param_values_are_read_as_yaml_1_2_not_1_1(
    capsys: pytest.CaptureFixture[str], profile: str, param: str, shown: str
) -> None:
    """`010` is not octal 8 and `yes` not true: the text is refused as written, never reread."""
    rule = "pegawai.bebas_hukuman_disiplin" if "ever" in param else "pegawai.masa_kerja_minimal"
    argv = ["check", rule, "--profile", profile, "--on", "2026-04-01", "--param", param]
    assert 2 == main(argv)
    err = capsys.readouterr().err
    assert err.startswith("sopkit check: error: argument --param:")
    assert shown in err


def test_an_impossible_date_in_param_names_the_value(
    capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    """A --param YAML value that is not a calendar date is a usage error saying why."""
    argv = ["check", "pegawai.status", "--profile", profile, "--param", "status=2025-02-30"]
    assert 2 == main(argv)
    assert "2025-02-30 is not a calendar date" in capsys.readouterr().err


def test_profile_problems_are_headed_by_the_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad profile's problems are introduced as the profile's, not the catalogue's."""
    path = tmp_path / "p.yaml"
    path.write_text("birth_date: 1986-09-26\nstatus: pns\n")
    assert 1 == main(["check", "pegawai.status", "--profile", str(path), "--on", "2026-04-01"])
    err = capsys.readouterr().err
    assert f"in the profile '{path}':" in err
    assert "catalogue data" not in err


def test_no_date_says_which_check_and_why(capsys: pytest.CaptureFixture[str], profile: str) -> None:
    """Not eligible with no computable date: the check that blocks the date is named, and why.

    On 2 Dec 2026 the next period is 1 Jan 2027, when the profile lacks the 2026 SKP.
    """
    main(["check", "kenaikan_pangkat.reguler", "--profile", profile, "--on", "2026-12-02"])
    out = capsys.readouterr().out
    assert "NOT ELIGIBLE; no date computable\n" in out
    assert "  no date: Minimum SKP rating: a fact is missing: no SKP rating in the profile" in out


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
