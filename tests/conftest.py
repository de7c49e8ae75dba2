"""Shared fixtures: importable throw-away data-plugin packages; hypothesis profiles; cache."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "ci" (the default) keeps every property cheap; `make fuzz` selects "fuzz" for long runs
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# the compiled-catalogue cache of a test run lives in a throw-away folder, never the user's
os.environ.setdefault("SOPKIT_CACHE_DIR", tempfile.mkdtemp(prefix="sopkit-test-cache-"))

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
