"""Lint findings: a stable code, a severity, where, and a message in Indonesian and English."""

from __future__ import annotations

import enum

import attrs


class Severity(enum.IntEnum):
    """How serious a finding is; `sopkit lint` exits 1 when any error is found."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """Return the lower-case name ('info', 'warning', 'error')."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Return the severity named by text; raise ValueError listing the accepted names."""
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}; accepted: info, warning, error") from None


@attrs.frozen
class Location:
    """Where a finding is: agency, service, SOP, step number and field path, as far as known."""

    agency: str
    service: str = ""
    sop: str = ""
    step: int | None = None
    field: str = ""
    file: str = ""  # the data file, relative to its plugin ('data/<agency>/services/x.yaml')
    line: int | None = None
    plugin: str = ""
    disk_path: str = ""  # the data file on disk, when installed as files

    @property
    def file_line(self) -> str:
        """Return 'plugin:file:line' as far as known (empty when the data has no file)."""
        return ":".join(p for p in (self.plugin, self.file, str(self.line or "")) if p)

    def __str__(self) -> str:
        parts = [self.agency]
        if self.service:
            parts.append(self.service)
        if self.sop:
            parts.append(f"sop/{self.sop}")
        if self.step is not None:
            parts.append(f"step {self.step}")
        where = " ".join(parts)
        where = f"{where} [{self.field}]" if self.field else where
        return f"{where} ({self.file}:{self.line})" if self.file and self.line else where


@attrs.frozen
class Finding:
    """One thing a reviewer would point out in a catalogue."""

    code: str
    severity: Severity
    location: Location
    message_id: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.severity.label:7} {self.code} {self.location}: {self.message_en}"
