"""Shared fixtures: importable throw-away data-plugin packages."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

MakePackage = Callable[..., str]


@pytest.fixture
def make_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakePackage:
    """Return a factory writing an importable data-plugin package with the given files."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def make(files: dict[str, str]) -> str:
        name = f"fake_catalogue_{uuid.uuid4().hex}"  # fresh: imported modules are cached
        root = tmp_path / name
        (root / "data").mkdir(parents=True)
        (root / "__init__.py").write_text("")
        for rel, text in files.items():
            path = root / "data" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        return name

    return make
