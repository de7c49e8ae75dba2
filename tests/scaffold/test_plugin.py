"""`sopkit new plugin`: the package it writes installs, passes its own tests and lints clean."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from sopkit.cli import main
from sopkit.scaffold import ScaffoldError, new_plugin

SOPKIT = Path(sys.executable).with_name("sopkit")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Return a freshly written plugin, installed into a private folder, and the env to use it."""
    base = tmp_path_factory.mktemp("scaffold")
    new_plugin("kota_contoh", "kota_contoh.bkpsdm", base)
    target = base / "site-packages"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(base / "kota_contoh"),
        ],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    return base / "kota_contoh", env


def test_generated_plugin_passes_its_own_tests(installed: tuple[Path, dict[str, str]]) -> None:
    """The plugin's CatalogContract tests pass as generated, against the installed entry point."""
    root, env = installed
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "tests",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert 0 == run.returncode, run.stdout + run.stderr
    assert "6 passed" in run.stdout


def test_generated_plugin_lints_without_error(installed: tuple[Path, dict[str, str]]) -> None:
    """`sopkit lint --agency` finds no error in the generated data (warnings ask for real text)."""
    root, env = installed
    run = subprocess.run(
        [str(SOPKIT), "lint", "--agency", "kota_contoh.bkpsdm"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert 0 == run.returncode, run.stdout + run.stderr
    assert " 0 error" in run.stdout
    assert "kota_contoh.bkpsdm" in run.stdout  # it did check the new agency


def test_yaml_files_name_a_schema_that_exists_and_validates_them(
    installed: tuple[Path, dict[str, str]],
) -> None:
    """Each data file's first line points at a shipped schema copy, which the file fits."""
    root, _ = installed
    files = sorted(root.glob("src/*/data/*/**/*.yaml"))
    assert 3 == len(files)
    for path in files:
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        schema_path = (path.parent / first.split("=", 1)[1]).resolve()
        schema = yaml.safe_load(schema_path.read_text("utf-8"))
        data = yaml.safe_load(path.read_text("utf-8"))
        data = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items()}
        for sop in data.get("sops", []):
            sop.update({k: v.isoformat() for k, v in sop.items() if isinstance(v, dt.date)})
        jsonschema.validate(
            data, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )


def test_editor_settings_map_every_file_kind_to_a_schema(
    installed: tuple[Path, dict[str, str]],
) -> None:
    """.vscode/settings.json maps each data file glob to a schema copy that exists."""
    import json

    root, _ = installed
    mapping = json.loads((root / ".vscode/settings.json").read_text("utf-8"))["yaml.schemas"]
    assert all((root / schema).is_file() for schema in mapping)
    data_files = sorted(root.glob("src/*/data/*/**/*.yaml"))
    covered = {p for glob in mapping.values() for p in root.glob(glob)}
    assert set(data_files) <= covered


def test_bad_names_and_a_used_folder_are_refused(tmp_path: Path) -> None:
    """A name or agency code that is not lower-case, or a non-empty folder, is a ScaffoldError."""
    with pytest.raises(ScaffoldError, match="plugin name"):
        new_plugin("Kota Contoh", "kota.bkpsdm", tmp_path)
    with pytest.raises(ScaffoldError, match="--agency"):
        new_plugin("kota", "Kota BKPSDM", tmp_path)
    (tmp_path / "kota" / "x").mkdir(parents=True)
    with pytest.raises(ScaffoldError, match="not empty"):
        new_plugin("kota", "kota.bkpsdm", tmp_path)


def test_cli_new_plugin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit new plugin NAME --agency CODE -o DIR` writes the package and says what next."""
    assert 0 == main(["new", "plugin", "kab_uji", "--agency", "kab_uji.bkd", "-o", str(tmp_path)])
    out = capsys.readouterr()
    assert "sopkit lint --agency kab_uji.bkd" in out.out
    assert (tmp_path / "kab_uji/src/sopkit_kab_uji/data/kab_uji.bkd/agency.yaml").is_file()
    assert (tmp_path / "kab_uji/schema/service.schema.json").is_file()
    assert 1 == main(["new", "plugin", "kab_uji", "--agency", "kab_uji.bkd", "-o", str(tmp_path)])
    assert "not empty" in capsys.readouterr().err
