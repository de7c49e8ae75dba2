"""The package root: public names import lazily and keep their types and identities."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import sopkit

ROOT_INIT = Path(sopkit.__file__)
HEAVY = ("sopkit.lint", "sopkit.render", "sopkit.sim", "sopkit.cli")


def _loaded_after(code: str) -> list[str]:
    """Return the sopkit modules a fresh interpreter holds after running code."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('sopkit'))))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    loaded: list[str] = json.loads(out)
    return loaded


LAZY_PACKAGES = ("sopkit.asn", "sopkit.calendar", "sopkit.roles", "sopkit.rules")
"""Subpackages that re-export lazily with sopkit._lazy.attach, like the root."""


def _type_checking_imports(init: Path = ROOT_INIT) -> dict[str, str]:
    """Return name -> module of the imports under `if TYPE_CHECKING:` in a package's __init__."""
    tree = ast.parse(init.read_text("utf-8"))
    block = next(
        n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"
    )
    return {
        alias.name: str(node.module)
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module != "typing"
        for alias in node.names
    }


def test_import_sopkit_loads_no_subpackage() -> None:
    """`import sopkit` runs the root module alone: no linter, renderer, simulator or CLI."""
    assert ["sopkit"] == _loaded_after("import sopkit")


def test_core_names_do_not_load_the_higher_layers() -> None:
    """Loading the catalogue API leaves lint, render, sim and the CLI unimported."""
    loaded = _loaded_after("import sopkit\nsopkit.load_catalog\nsopkit.Catalog\nsopkit.DataPlugin")
    assert "sopkit.core._catalog" in loaded
    assert [] == [m for m in loaded if m.startswith(HEAVY)]


def test_a_lazy_name_loads_its_module_on_use() -> None:
    """Asking for render_sop_svg imports sopkit.render, and only then."""
    loaded = _loaded_after("import sopkit\nsopkit.render_sop_svg")
    assert "sopkit.render" in loaded
    assert "sopkit.cli" not in loaded


def test_lazy_table_type_checking_imports_and_all_agree() -> None:
    """Every public name is imported for type checkers, resolved lazily, and listed in __all__."""
    assert _type_checking_imports() == sopkit._LAZY
    assert sorted(sopkit.__all__) == sorted(sopkit._LAZY)


@pytest.mark.parametrize("name", sopkit.__all__)
def test_every_public_name_is_the_object_of_its_module(name: str) -> None:
    """sopkit.X is the very object its defining module exports."""
    module = importlib.import_module(sopkit._LAZY[name])
    assert getattr(module, name) is getattr(sopkit, name)


def test_lint_stays_the_function_after_its_subpackage_is_imported() -> None:
    """Importing sopkit.lint (the subpackage) does not replace sopkit.lint (the function)."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sopkit, sopkit.lint._api; print(type(sopkit.lint).__name__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert "function" == loaded


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name the package does not export raises AttributeError naming it."""
    with pytest.raises(AttributeError, match="no_such_name"):
        sopkit.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_dir_lists_the_public_names() -> None:
    """dir(sopkit) shows the public names before they are loaded, for completion in REPLs."""
    assert set(sopkit.__all__) <= set(dir(sopkit))


def _attached_exports(init: Path) -> dict[str, str]:
    """Return name -> module of the table a package passes to sopkit._lazy.attach."""
    tree = ast.parse(init.read_text("utf-8"))
    call = next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "attach"
    )
    table = ast.literal_eval(call.args[1])
    return {name: module for module, names in table.items() for name in names}


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_subpackage_tables_type_checking_imports_and_all_agree(package: str) -> None:
    """A lazy subpackage lists each public name for type checkers, in its table and __all__."""
    module = importlib.import_module(package)
    init = Path(str(module.__file__))
    assert _type_checking_imports(init) == _attached_exports(init)
    assert sorted(module.__all__) == sorted(_attached_exports(init))


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_subpackage_names_resolve_to_their_modules_objects(package: str) -> None:
    """Every lazily exported name is the very object of its defining module."""
    module = importlib.import_module(package)
    for name, where in _attached_exports(Path(str(module.__file__))).items():
        assert getattr(module, name) is getattr(importlib.import_module(where), name), name
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018


def test_importing_one_submodule_loads_not_its_whole_package() -> None:
    """A submodule import runs its package's __init__, which must not import everything."""
    loaded = _loaded_after("import sopkit.calendar._duration")
    assert "sopkit.calendar._workcalendar" not in loaded
    assert "sopkit.rules._engine" not in loaded
