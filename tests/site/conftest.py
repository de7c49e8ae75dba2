"""Fixtures for the site tests: the sites of every bundled agency, built once; one browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sopkit import load_catalog
from sopkit.site import SiteReport, build_site

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "site"


def chromium_path() -> str | None:
    """Return the Debian chromium binary, if installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SiteReport]:
    """Return the built site of every bundled agency by agency code."""
    catalog = load_catalog()
    root = tmp_path_factory.mktemp("sites")
    return {a.code: build_site(catalog, a.code, root / a.code) for a in catalog.agencies}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Return one headless Chromium for the whole session (Debian's, driven by Playwright)."""
    path = chromium_path()
    if path is None:
        if os.environ.get("SOPKIT_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed but SOPKIT_REQUIRE_BROWSER is set (CI)")
        pytest.skip("chromium not installed (apt-get install chromium); CI installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=path, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        yield browser
        browser.close()
