"""The sopkit pytest plugin: catalogue and profile fixtures, and `*.sopkit.yaml` rule cases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sopkit._errors import SopkitError
from sopkit.asn._pegawai import Pegawai
from sopkit.core._catalog import Catalog, load_catalog
from sopkit.rules._engine import RuleBook
from sopkit.rules._national import rulebook_for
from sopkit.testing._cases import RuleCase, load_cases, run_case, run_service_case
from sopkit.testing._profiles import make_pegawai

_CATALOG_KEY = pytest.StashKey[Catalog]()
_BOOK_KEY = pytest.StashKey[RuleBook]()


@pytest.fixture(scope="session")
def sopkit_catalog(pytestconfig: pytest.Config) -> Catalog:
    """Return the catalogue of every installed sopkit plugin."""
    return _catalog(pytestconfig)


@pytest.fixture(scope="session")
def sopkit_rulebook(pytestconfig: pytest.Config) -> RuleBook:
    """Return the national rules plus those the installed plugins register."""
    return _book(pytestconfig)


@pytest.fixture
def pegawai() -> Callable[..., Pegawai]:
    """Return a factory building a Pegawai from a valid base PNS profile plus changes."""
    return make_pegawai


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    """Collect `*.sopkit.yaml` files as rule cases."""
    if file_path.name.endswith(".sopkit.yaml"):
        return SopkitCaseFile.from_parent(parent, path=file_path)
    return None


def _catalog(config: pytest.Config) -> Catalog:
    # loaded once per session, shared by the fixtures and the YAML cases
    if _CATALOG_KEY not in config.stash:
        config.stash[_CATALOG_KEY] = load_catalog()
    return config.stash[_CATALOG_KEY]


def _book(config: pytest.Config) -> RuleBook:
    if _BOOK_KEY not in config.stash:
        config.stash[_BOOK_KEY] = rulebook_for(_catalog(config))
    return config.stash[_BOOK_KEY]


class SopkitCaseFile(pytest.File):
    """A YAML file of rule cases."""

    def collect(self) -> Iterator[pytest.Item]:
        """Yield one item per case; a file with problems yields one item reporting them all.

        A broken case file fails on its own and the session goes on with the other files
        (a collection error would stop every test from running).
        """
        try:
            cases = load_cases(self.path)
        except SopkitError as exc:
            yield SopkitCaseFileError.from_parent(self, name="case file", error=exc)
            return
        for case in cases:
            yield SopkitCase.from_parent(self, name=case.name, case=case)


class SopkitCaseFileError(pytest.Item):
    """A case file that cannot be read: fails with every problem found, without a traceback."""

    def __init__(self, *, error: SopkitError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        """Fail with the problems of the file."""
        raise self.error

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Return the problems, one per line."""
        return f"{self.path.name}: {excinfo.value}"

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Return where the file is, for reports."""
        return self.path, 0, f"rule case file: {self.path.name}"


class SopkitCase(pytest.Item):
    """One case: evaluates the rule (or the service's linked requirements) and compares."""

    def __init__(self, *, case: RuleCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        """Run the case against the national rules and the installed plugins' rules and data."""
        if self.case.service is not None:
            run_service_case(self.case, _book(self.config), _catalog(self.config))
        else:
            run_case(self.case, _book(self.config))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Return the differing checks for a sopkit error, the traceback otherwise."""
        if isinstance(excinfo.value, SopkitError):
            return f"{self.path.name}: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Return where the case is, for reports."""
        kind = "service case" if self.case.service is not None else "rule case"
        return self.path, (self.case.line or 1) - 1, f"{kind}: {self.case.name}"
