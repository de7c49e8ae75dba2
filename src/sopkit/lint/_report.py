"""Lint findings for CI: GitHub workflow annotations and SARIF 2.1.0."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sopkit.lint._finding import Finding, Location, Severity
from sopkit.lint._registry import Check

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def file_of(location: Location, root: Path | None = None) -> str:
    """Return the finding's data file relative to root (the working directory) when under it."""
    if not location.disk_path:
        return location.file
    base = (root or Path.cwd()).resolve()
    path = Path(location.disk_path).resolve()
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def github_annotations(
    findings: Iterable[Finding], *, lang: str = "en", root: Path | None = None
) -> str:
    """Return one `::error file=…,line=…::message` workflow command per finding."""
    lines = []
    for f in findings:
        props = []
        file = file_of(f.location, root)
        if file:
            props.append(f"file={_escape(file, prop=True)}")
        if f.location.line:
            props.append(f"line={f.location.line}")
        props.append(f"title={_escape(f'{f.code} {f.location}', prop=True)}")
        message = f.message_id if lang == "id" else f.message_en
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{_escape(message)}")
    return "".join(f"{line}\n" for line in lines)


def sarif_log(
    findings: Iterable[Finding],
    checks: Iterable[Check],
    *,
    lang: str = "en",
    root: Path | None = None,
    version: str = "",
) -> dict[str, Any]:
    """Return a SARIF 2.1.0 log: one run of sopkit lint, its rules and one result per finding."""
    rules = sorted(checks, key=lambda c: c.code)
    index = {c.code: i for i, c in enumerate(rules)}
    results = []
    for f in findings:
        loc = f.location
        physical: dict[str, Any] = {"artifactLocation": {"uri": file_of(loc, root) or loc.agency}}
        if loc.line:
            physical["region"] = {"startLine": loc.line}
        results.append(
            {
                "ruleId": f.code,
                "ruleIndex": index.get(f.code, -1),
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message_id if lang == "id" else f.message_en},
                "locations": [
                    {
                        "physicalLocation": physical,
                        "logicalLocations": [{"fullyQualifiedName": str(loc).split(" (")[0]}],
                    }
                ],
            }
        )
    driver: dict[str, Any] = {
        "name": "sopkit lint",
        "rules": [
            {
                "id": c.code,
                "shortDescription": {"text": c.title},
                "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity]},
            }
            for c in rules
        ],
    }
    if version:
        driver["version"] = version
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {"SRCROOT": {"uri": (root or Path.cwd()).as_uri() + "/"}},
                "results": results,
            }
        ],
    }
