"""Writing rendered output to files, with errors that name the path and the reason."""

from __future__ import annotations

from pathlib import Path

from sopkit._errors import SopkitError


class OutputError(SopkitError, OSError):
    """A rendered file or folder that cannot be written."""


def write_output(path: str | Path, data: str | bytes, *, what: str = "output") -> Path:
    """Write text (UTF-8) or bytes to path; raise OutputError saying where and why it failed."""
    target = Path(path)
    if not target.parent.is_dir():
        raise OutputError(
            f"cannot write {what} {str(target)!r}: folder {str(target.parent)!r} does not exist "
            "(create it first, or choose an existing folder)"
        )
    try:
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {what} {str(target)!r}: {exc.strerror or exc}") from None
    return target


def make_folder(path: str | Path, *, what: str = "output folder") -> Path:
    """Create a folder (and its parents); raise OutputError saying why it cannot be made."""
    target = Path(path)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {what} {str(target)!r}: {exc.strerror or exc}") from None
    return target
