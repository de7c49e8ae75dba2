"""`sopkit lint` over the installed catalogues: exit codes, JSON and filters."""

from __future__ import annotations

import json

import pytest

from sopkit.cli import main


def test_errors_exit_1_and_json_has_locations(capsys: pytest.CaptureFixture[str]) -> None:
    """Pasuruan services lack components: SP001 errors, exit 1, each with its file and line."""
    code = main(["lint", "--agency", "pasuruan.bkppd", "--code", "SP001", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert 1 == code
    assert data
    location = data[0]["location"]
    assert location["agency"] == "pasuruan.bkppd"
    assert location["file"] == f"data/pasuruan.bkppd/services/{location['file'].rsplit('/', 1)[1]}"
    assert location["line"] >= 1
    assert data[0]["message_id"].startswith("Komponen '")


def test_no_error_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """Only warnings (steps without actors in the Malang SOP): exit 0."""
    code = main(["lint", "--agency", "malang.bkpsdm", "--code", "ROLE003"])
    out = capsys.readouterr().out
    assert 0 == code
    assert "10 findings: 0 error, 10 warning, 0 info" in out


def test_bad_severity_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown severity is exit 2 and names the accepted ones."""
    assert 2 == main(["lint", "--severity", "fatal"])
    assert "accepted: info, warning, error" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["TIME01", "time01", "TIME001,SP01"])
def test_unknown_check_code_is_a_usage_error(capsys: pytest.CaptureFixture[str], code: str) -> None:
    """A check code that does not exist exits 2 with a did-you-mean, before any work."""
    assert 2 == main(["lint", "--code", code])
    err = capsys.readouterr().err
    assert "argument --code" in err
    assert "did you mean" in err


def test_check_codes_are_case_insensitive_and_comma_separated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--code time001,SP001` reports the findings of exactly those two checks."""
    main(["lint", "--code", "time001,SP001", "--json"])
    found = {f["code"] for f in json.loads(capsys.readouterr().out)}
    assert {"TIME001", "SP001"} == found


def test_indonesian_lint_shows_indonesian_titles(capsys: pytest.CaptureFixture[str]) -> None:
    """`--lang id lint` titles the per-check summary in Indonesian; `--lang en` in English."""
    from sopkit.lint import checks

    sp001 = next(c for c in checks() if c.code == "SP001")
    argv = ["lint", "--agency", "pasuruan.bkppd", "--code", "SP001"]
    assert 1 == main(["--lang", "id", *argv])
    indonesian = capsys.readouterr().out
    assert 1 == main(argv)
    english = capsys.readouterr().out
    assert sp001.title_id in indonesian
    assert sp001.title not in indonesian
    assert sp001.title in english
    assert sp001.title_id not in english


def test_indonesian_check_list_has_every_indonesian_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--lang id lint --list` shows each check's Indonesian title and no English one."""
    from sopkit.lint import checks

    assert 0 == main(["--lang", "id", "lint", "--list"])
    out = capsys.readouterr().out
    assert [] == [c.code for c in checks() if c.title_id not in out]
    assert [] == [c.code for c in checks() if c.title in out]


def test_sarif_keeps_english_titles_under_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """SARIF rule descriptions stay the English titles whatever the interface language."""
    from sopkit.lint import checks

    main(["--lang", "id", "lint", "--agency", "pasuruan.bkppd", "--format", "sarif"])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    titles = {c.code: c.title for c in checks()}
    assert {r["id"]: r["shortDescription"]["text"] for r in rules} == titles
