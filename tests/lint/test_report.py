"""Findings point at data file lines, and print as GitHub annotations and SARIF 2.1.0."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from sopkit import Catalog, load_catalog
from sopkit.cli import main
from sopkit.lint import checks, github_annotations, lint, sarif_log

A02 = "data/magetan.bkpsdm/services/a02-seleksi-asn.yaml"

# The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) a consumer such as
# GitHub code scanning needs: version, runs[].tool.driver with its rules, and results with a
# ruleId, a level of the spec's enumeration, a message text and a physical location.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "defaultConfiguration": {
                                                    "properties": {
                                                        "level": {
                                                            "enum": [
                                                                "none",
                                                                "note",
                                                                "warning",
                                                                "error",
                                                            ]
                                                        }
                                                    }
                                                }
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message", "ruleId", "level", "locations"],
                            "properties": {
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string", "minLength": 1}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine"],
                                                        "properties": {
                                                            "startLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            }
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """Return the installed catalogues (the real plugin data files)."""
    return load_catalog()


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_every_finding_carries_file_and_line(catalog: Catalog) -> None:
    """Each finding over the real catalogues names its data file and a line inside it."""
    findings = lint(catalog)
    assert findings
    for f in findings:
        assert f.location.file.startswith("data/"), f
        assert f.location.line is not None, f
        assert f.location.line >= 1, f


def test_staffing_finding_points_at_the_breakdown_line(catalog: Catalog) -> None:
    """Seed 000 A2: 7 orang against 1 + 1 + 3 + 3; the finding is the file's 'breakdown:' line."""
    (finding,) = [
        f for f in lint(catalog, codes=("STAFF001",)) if f.location.service == "seleksi-asn"
    ]
    path = Path(finding.location.disk_path)
    assert finding.location.file == A02
    assert path.name == "a02-seleksi-asn.yaml"
    assert finding.location.line == _line_of(path, "  breakdown:")
    assert f"{A02}:{finding.location.line}" in str(finding.location)


def test_sarif_log_is_valid_and_names_each_line(catalog: Catalog) -> None:
    """The SARIF log validates against the schema's required structure, one result a finding."""
    findings = lint(catalog, codes=("STAFF001", "SOP005"))
    log = sarif_log(findings, checks())
    jsonschema.validate(log, SARIF_SUBSET)
    results = log["runs"][0]["results"]
    assert len(results) == len(findings)
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    for result, finding in zip(results, findings, strict=True):
        assert rule_ids[result["ruleIndex"]] == finding.code
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == finding.location.line
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
            finding.location.file.removeprefix("data/")
        )


def test_github_annotations_escape_and_locate(catalog: Catalog) -> None:
    """One workflow command per finding, with file and line, and message newlines escaped."""
    findings = lint(catalog, codes=("STAFF001",))
    out = github_annotations(findings)
    lines = out.splitlines()
    assert len(lines) == len(findings)
    assert all(line.startswith("::warning file=") and ",line=" in line for line in lines)
    assert any("a02-seleksi-asn.yaml" in line for line in lines)


def test_cli_formats(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit lint --format sarif` prints JSON that validates; github prints annotations."""
    main(["lint", "--code", "STAFF001", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, SARIF_SUBSET)
    assert log["runs"][0]["results"]
    main(["lint", "--code", "STAFF001", "--format", "github"])
    assert capsys.readouterr().out.startswith("::warning file=")


def test_github_format_says_when_nothing_was_found(capsys: pytest.CaptureFixture[str]) -> None:
    """With no finding the github format prints a notice, not nothing."""
    assert 0 == main(
        ["lint", "--agency", "malang.bkpsdm", "--code", "STAFF001", "--format", "github"]
    )
    assert capsys.readouterr().out.startswith("::notice title=sopkit lint::no findings")
