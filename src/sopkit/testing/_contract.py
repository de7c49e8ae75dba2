"""The contract every catalogue plugin meets; a plugin's tests subclass CatalogContract."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import ClassVar

import pytest

from sopkit.core._catalog import Catalog, load_catalog
from sopkit.core._converter import structure, unstructure
from sopkit.core._service import Service
from sopkit.core._sop import Sop
from sopkit.testing._answers import answer_mismatches, load_answers


@functools.cache
def _installed_catalog() -> Catalog:
    return load_catalog()


class CatalogContract:
    """Subclass in a plugin's tests and set `plugin_name`, `agencies` and `answers_dir`."""

    plugin_name: ClassVar[str]
    agencies: ClassVar[tuple[str, ...]]
    answers_dir: ClassVar[Path | None] = None

    @pytest.fixture
    def catalog(self) -> Catalog:
        """Return the catalogue of installed plugins (this one must be among them)."""
        return _installed_catalog()

    def test_plugin_is_installed(self, catalog: Catalog) -> None:
        """The plugin loads through its entry point and registers something."""
        names = {p.name for p in catalog.plugins}
        assert self.plugin_name in names

    def test_agencies_are_registered(self, catalog: Catalog) -> None:
        """Every agency the plugin promises is in the catalogue with services or SOPs."""
        for code in self.agencies:
            catalog.agency(code)
            assert catalog.services_of(code) or catalog.sops_of(code), code

    def test_services_round_trip(self, catalog: Catalog) -> None:
        """Every service survives unstructure → JSON → structure unchanged."""
        for code in self.agencies:
            for service in catalog.services_of(code):
                data = json.loads(json.dumps(unstructure(service)))
                assert service == structure(data, Service)

    def test_standalone_sops_round_trip(self, catalog: Catalog) -> None:
        """Every standalone SOP survives unstructure → JSON → structure unchanged."""
        for code in self.agencies:
            for sop in catalog.sops_of(code):
                data = json.loads(json.dumps(unstructure(sop)))
                assert sop == structure(data, Sop)

    def test_steps_are_numbered_in_order(self, catalog: Catalog) -> None:
        """SOP steps are numbered 1..n as printed, and actors come from the SOP's columns."""
        for code in self.agencies:
            for sop in catalog.sops_of(code):
                numbers = [s.number for s in sop.steps]
                assert numbers == sorted(numbers), sop.code
                for step in sop.steps:
                    unknown = set(step.actors) - set(sop.actors)
                    assert not unknown, f"{sop.code} step {step.number}: {unknown}"

    def test_answer_files(self, catalog: Catalog) -> None:
        """The seed figures pinned in the answer files match the loaded catalogue."""
        if self.answers_dir is None:
            pytest.skip("this plugin keeps no answer files")
        files = sorted(self.answers_dir.glob("*.yaml"))
        assert files, f"no answer files in {self.answers_dir}"
        problems = [m for f in files for m in answer_mismatches(catalog, load_answers(f))]
        assert problems == []
