"""Meta-tests keeping the plugin contract honest: hooks documented and tested, docs true."""

from __future__ import annotations

import importlib.metadata as md
import inspect
import re
from pathlib import Path

import pluggy
import pytest

from sopkit import hookspecs
from sopkit.core._plugins import ENTRY_POINT_GROUP

ROOT = Path(__file__).parent.parent
HOOKS = sorted(
    name
    for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
    if name.startswith("sopkit_")
)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    """docs/plugin-hooks.md has a heading and the signature of every hook."""
    doc = (ROOT / "docs" / "plugin-hooks.md").read_text("utf-8")
    returns = inspect.signature(getattr(hookspecs, hook)).return_annotation
    assert f"## {hook}\n" in doc
    assert f"`{hook}() -> {returns}`" in doc


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring_saying_what_it_returns(hook: str) -> None:
    """Each hookspec's docstring starts with 'Return'."""
    assert (getattr(hookspecs, hook).__doc__ or "").startswith("Return")


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_exercised_by_a_test(hook: str) -> None:
    """Some test module names the hook, or the catalogue field it fills, with a plugin."""
    from sopkit.core._catalog import _HOOKS

    field = _HOOKS[hook][0]
    sources = "\n".join(p.read_text("utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    assert hook in sources or re.search(rf"\.{field}\b", sources)


def test_every_entry_point_loads_and_registers() -> None:
    """Each installed 'sopkit' entry point imports and registers against the hookspecs."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    eps = md.entry_points(group=ENTRY_POINT_GROUP)
    assert eps, "no sopkit plugin is installed"
    for ep in eps:
        pm.register(ep.load(), name=ep.name)
    pm.check_pending()


def test_testing_page_quotes_the_real_test() -> None:
    """The code shown in docs/testing-plugins.md is the Malang plugin's test, verbatim."""
    doc = (ROOT / "docs" / "testing-plugins.md").read_text("utf-8")
    snippet = doc.split("```python\n", 1)[1].split("```", 1)[0]
    test = (ROOT / "plugins" / "malang_ptsp" / "tests" / "test_catalogue.py").read_text("utf-8")
    assert snippet in test


DOCUMENTED = ("Agency", "Service", "Variant", "Requirement", "Sop", "Step")


@pytest.mark.parametrize("name", DOCUMENTED)
def test_every_data_field_is_documented(name: str) -> None:
    """docs/data-format.md names every field of the classes data files hold."""
    import attrs

    import sopkit

    doc = (ROOT / "docs" / "data-format.md").read_text("utf-8")
    section = doc.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
    missing = [f.name for f in attrs.fields(getattr(sopkit, name)) if f"`{f.name}`" not in section]
    assert missing == []


def test_the_package_root_exports_what_it_lists() -> None:
    """Every name in sopkit.__all__ resolves, and the main entry points are among them."""
    import sopkit

    missing = [name for name in sopkit.__all__ if not hasattr(sopkit, name)]
    assert missing == []
    assert {"load_catalog", "WorkCalendar", "lint", "make_rulebook", "Pegawai"} <= set(
        sopkit.__all__
    )


def test_the_readme_api_tour_runs() -> None:
    """The Python tour in README.md runs against the bundled catalogues."""
    readme = (ROOT / "README.md").read_text("utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
