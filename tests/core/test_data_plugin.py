"""Data plugins: folder layout checked, every failure located, lenient isolation, the cache."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from sopkit import DataError, DataPlugin, PluginError, load_catalog
from tests.conftest import MakePackage

AGENCY = "code: test.unit\nname: Unit Uji\nregency: Kabupaten Uji\n"
SERVICE = """\
slug: kenaikan-pangkat
name: Pengurusan Kenaikan Pangkat
time_limit: 14 (empat belas) hari kerja
sops:
  - slug: sop-kp
    name: SOP Kenaikan Pangkat
    steps:
      - number: 1
        activity: Memeriksa berkas
        decision:
          question: Lengkap?
          yes: 2
          no: end
      - {number: 2, activity: Menerbitkan SK}
"""
OTHER = "code: lain.unit\nname: Unit Lain\nregency: Kabupaten Lain\n"


def _problems(plugin: DataPlugin) -> list[str]:
    with pytest.raises(DataError) as info:
        _ = plugin.catalogue
    return [str(p) for p in info.value.problems]


def test_yes_and_no_decision_keys_load(make_package: MakePackage) -> None:
    """The field names from docs/data-format.md, unquoted, are the branches they name."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": SERVICE})
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    decision = catalog.service("test.unit/kenaikan-pangkat").sops[0].steps[0].decision
    assert decision is not None
    assert (2, "end") == (decision.yes, decision.no)


def test_a_misnamed_folder_is_an_error_with_a_suggestion(make_package: MakePackage) -> None:
    """`service/` instead of `services/` loads nothing silently no more."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/service/a.yaml": SERVICE})
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    message = str(info.value)
    assert "uji:data/test.unit/service: $: unexpected 'test.unit/service'" in message
    assert "did you mean 'services'?" in message
    assert "--lenient" in message


def test_lenient_loading_warns_about_unexpected_files_and_keeps_the_data(
    make_package: MakePackage,
) -> None:
    """In lenient mode an unknown file is a warning; the plugin's data still loads."""
    name = make_package(
        {
            "test.unit/agency.yaml": AGENCY,
            "test.unit/services/a.yaml": SERVICE,
            "test.unit/services/notes.txt": "catatan",
            "test.unit/_drafts/b.yaml": "ignored: true",
        }
    )
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False, lenient=True)
    assert ["data/test.unit/services/notes.txt"] == [w.file for w in catalog.warnings]
    assert 1 == len(catalog.services)
    assert () == catalog.skipped


def test_an_agency_code_differing_from_its_folder_is_an_error(make_package: MakePackage) -> None:
    """agency.yaml's code must be its folder's name."""
    name = make_package({"test.unit/agency.yaml": OTHER})
    problems = _problems(DataPlugin(name, name="uji"))
    assert [
        "uji:data/test.unit/agency.yaml:1: $.code: must be the agency folder's name 'test.unit'"
        " (or rename the folder) (got 'lain.unit')"
    ] == problems


def test_a_bad_agency_code_is_reported_at_its_field(make_package: MakePackage) -> None:
    """The path is $.code and the value is the code, not the whole mapping."""
    name = make_package({"test.unit/agency.yaml": AGENCY.replace("test.unit", "Test Unit!")})
    (problem,) = _problems(DataPlugin(name, name="uji"))
    assert problem.startswith("uji:data/test.unit/agency.yaml:1: $.code: code 'Test Unit!' must")
    assert problem.endswith("(got 'Test Unit!')")


def test_a_missing_slug_has_the_line_of_its_mapping(make_package: MakePackage) -> None:
    """A required field that is absent is reported on the line of the mapping lacking it."""
    service = SERVICE.replace("  - slug: sop-kp\n    name:", "  - name:")
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": service})
    problems = _problems(DataPlugin(name, name="uji"))
    assert "uji:data/test.unit/services/a.yaml:5: $.sops[0].slug: required field is missing" in (
        problems
    )


def test_an_impossible_date_is_a_located_data_error(make_package: MakePackage) -> None:
    """`created: 2023-02-30` names plugin, file and line instead of a ValueError traceback."""
    service = SERVICE.replace("time_limit:", "created: 2023-02-30\ntime_limit:")
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": service})
    (problem,) = _problems(DataPlugin(name, name="uji"))
    assert problem.startswith(
        "uji:data/test.unit/services/a.yaml:3: $.created: 2023-02-30 is not a"
    )


def test_lenient_loading_lists_good_plugins_beside_a_latin1_file(
    make_package: MakePackage,
) -> None:
    """One Latin-1 byte skips its plugin only; the good plugin still loads."""
    good = make_package({"test.unit/agency.yaml": AGENCY})
    bad = make_package({"lain.unit/agency.yaml": OTHER})
    _data_file(bad, "lain.unit/agency.yaml").write_bytes(
        b"code: lain.unit\nname: Unit L\xe9in\nregency: X\n"
    )
    with pytest.raises(PluginError, match=r"rusak:data/lain.unit/agency.yaml:2: \$: not UTF-8"):
        load_catalog(
            plugins=[DataPlugin(good, name="baik"), DataPlugin(bad, name="rusak")],
            entry_points=False,
        )
    catalog = load_catalog(
        plugins=[DataPlugin(good, name="baik"), DataPlugin(bad, name="rusak")],
        entry_points=False,
        lenient=True,
    )
    assert ["baik"] == [p.name for p in catalog.plugins]
    assert ["rusak"] == [s.name for s in catalog.skipped]


class _Buggy(DataPlugin):
    """A plugin whose own code fails with a plain Python exception."""

    def _compile(self) -> object:
        raise ZeroDivisionError("a bug in the plugin")


def test_any_exception_in_a_plugin_is_a_plugin_error_lenient_skips(
    make_package: MakePackage,
) -> None:
    """A plugin's ZeroDivisionError names the plugin; lenient mode keeps the others."""
    good = DataPlugin(make_package({"test.unit/agency.yaml": AGENCY}), name="baik")
    buggy = _Buggy(make_package({"test.unit/agency.yaml": AGENCY}), name="buggy")
    with pytest.raises(PluginError, match=r"plugin 'buggy'.*ZeroDivisionError: 'a bug"):
        load_catalog(plugins=[good, buggy], entry_points=False)
    catalog = load_catalog(plugins=[good, buggy], entry_points=False, lenient=True)
    assert ["baik"] == [p.name for p in catalog.plugins]
    assert ["buggy"] == [s.name for s in catalog.skipped]


def test_a_duplicate_key_in_a_catalogue_file_names_both_lines(make_package: MakePackage) -> None:
    """Repeated keys are errors, not silently lost data."""
    name = make_package({"test.unit/agency.yaml": AGENCY + "name: Unit Kedua\n"})
    (problem,) = _problems(DataPlugin(name, name="uji"))
    assert (
        "agency.yaml:4: $.name: duplicate key 'name': first on line 2, again on line 4" in problem
    )


def test_a_long_value_is_cut_in_the_message(make_package: MakePackage) -> None:
    """A 50,000-character value is quoted in a few hundred characters, with its length."""
    service = SERVICE.replace(
        "time_limit: 14 (empat belas) hari kerja", "time_limit: " + "x" * 50_000
    )
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": service})
    (problem,) = _problems(DataPlugin(name, name="uji"))
    assert "… (50,000 characters)" in problem
    assert len(problem) < 1_500


# --- the compiled-catalogue cache --------------------------------------------------------


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return an empty cache folder in use for this test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOPKIT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SOPKIT_NO_CACHE", raising=False)
    return folder


def _refuse_to_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: DataPlugin) -> object:
        raise AssertionError("compiled although the cache holds this catalogue")

    monkeypatch.setattr(DataPlugin, "_compile", refuse)


def _data_file(name: str, rel: str) -> Path:
    return Path(__import__(name).__file__).parent / "data" / rel  # type: ignore[arg-type]


def test_a_second_load_comes_from_the_cache(
    make_package: MakePackage, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first load writes the cache; a fresh plugin object loads from it unchanged."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": SERVICE})
    first = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert [cache_dir / "uji.pickle"] == list(cache_dir.iterdir())
    _refuse_to_compile(monkeypatch)
    second = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert first.services == second.services
    assert first.agencies == second.agencies


def test_an_edited_file_is_seen_at_once(make_package: MakePackage, cache_dir: Path) -> None:
    """Editing a data file (as in an editable install) misses the cache."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": SERVICE})
    load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    path = _data_file(name, "test.unit/services/a.yaml")
    path.write_text(SERVICE.replace("Pengurusan Kenaikan Pangkat", "KP"))
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert "KP" == catalog.service("test.unit/kenaikan-pangkat").name


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps(("sopkit-catalogue-cache/1", "wrong key", ()))],
)
def test_a_corrupt_or_stale_cache_is_rebuilt(
    make_package: MakePackage, cache_dir: Path, content: bytes
) -> None:
    """Garbage or another key in the cache file is ignored and replaced."""
    name = make_package({"test.unit/agency.yaml": AGENCY})
    cache_dir.mkdir()
    (cache_dir / "uji.pickle").write_bytes(content)
    catalog = load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert ["test.unit"] == [a.code for a in catalog.agencies]
    assert content != (cache_dir / "uji.pickle").read_bytes()


def test_an_unwritable_cache_only_costs_speed(
    make_package: MakePackage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder that cannot be created does not stop loading."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("SOPKIT_CACHE_DIR", str(blocker / "cache"))
    name = make_package({"test.unit/agency.yaml": AGENCY})
    assert 1 == len(
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False).agencies
    )


def test_the_cache_can_be_turned_off(
    make_package: MakePackage, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cache=False and SOPKIT_NO_CACHE=1 neither read nor write the cache."""
    from sopkit import _cache

    name = make_package({"test.unit/agency.yaml": AGENCY})
    load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False, cache=False)
    monkeypatch.setenv("SOPKIT_NO_CACHE", "1")
    assert not _cache.cache_enabled()
    load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    assert not cache_dir.exists()


def test_rules_as_data_come_back_from_the_cache(
    make_package: MakePackage, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rules hold functions that do not pickle: a cached catalogue reads rules/*.yaml again."""
    from tests.rules.test_data_rules import AGENCY as DEMO
    from tests.rules.test_data_rules import PARAMS, RULES

    name = make_package(
        {
            "demo.bkpsdm/agency.yaml": DEMO,
            "demo.bkpsdm/parameters/belajar.yaml": PARAMS,
            "demo.bkpsdm/rules/belajar.yaml": RULES,
        }
    )
    first = load_catalog(plugins=[DataPlugin(name, name="demo")], entry_points=False)
    assert (cache_dir / "demo.pickle").exists()
    _refuse_to_compile(monkeypatch)
    second = load_catalog(plugins=[DataPlugin(name, name="demo")], entry_points=False)
    assert ["demo.bkpsdm.izin_s2"] == [r.name for r in second.rules]
    assert [r.name for r in first.rules] == [r.name for r in second.rules]


def test_a_cached_catalogue_builds_its_rules_on_first_use(
    make_package: MakePackage, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing services reads no rule file: rules are read when `catalog.rules` is asked for."""
    from sopkit.core import _data_plugin
    from tests.rules.test_data_rules import AGENCY as DEMO
    from tests.rules.test_data_rules import PARAMS, RULES

    files = {
        "demo.bkpsdm/agency.yaml": DEMO,
        "demo.bkpsdm/parameters/belajar.yaml": PARAMS,
        "demo.bkpsdm/rules/belajar.yaml": RULES,
    }
    name = make_package(files)
    first = load_catalog(plugins=[DataPlugin(name, name="demo")], entry_points=False)
    read: list[str] = []
    reader = _data_plugin._rules_reader

    def counting(agency: str) -> Any:
        read.append(agency)
        return reader(agency)

    monkeypatch.setattr(_data_plugin, "_rules_reader", counting)
    second = load_catalog(plugins=[DataPlugin(name, name="demo")], entry_points=False)
    assert [] == read
    assert first.plugins == second.plugins  # the rule count comes from the cache
    assert [r.name for r in first.rules] == [r.name for r in second.rules]
    assert ["demo.bkpsdm"] == read
    _ = second.rules
    assert ["demo.bkpsdm"] == read  # read once
    warm = DataPlugin(name, name="demo")
    _ = warm.sopkit_agencies()
    assert [] == [r for item in warm.catalogue for r in item.rules if r.agency != "demo.bkpsdm"]
    assert [r.name for r in first.rules] == [r.name for i in warm.catalogue for r in i.rules]


def test_a_rule_name_clash_is_found_with_the_rules_unread(
    make_package: MakePackage, cache_dir: Path
) -> None:
    """A plugin naming a cached data plugin's rule clashes, as it does with the files read."""
    from sopkit import hookimpl
    from sopkit.rules import Message, Rule
    from tests.rules.test_data_rules import AGENCY as DEMO
    from tests.rules.test_data_rules import PARAMS, RULES

    class Rival:
        @hookimpl
        def sopkit_rules(self) -> list[Rule]:
            return [Rule("demo.bkpsdm.izin_s2", Message("x", "x"), (), lambda *_: None)]

    name = make_package(
        {
            "demo.bkpsdm/agency.yaml": DEMO,
            "demo.bkpsdm/parameters/belajar.yaml": PARAMS,
            "demo.bkpsdm/rules/belajar.yaml": RULES,
        }
    )
    for _ in range(2):  # cold, then warm
        with pytest.raises(PluginError, match=r"demo\.bkpsdm\.izin_s2.*already claimed"):
            load_catalog(plugins=[DataPlugin(name, name="demo"), Rival()], entry_points=False)


# --- messages in Indonesian --------------------------------------------------------------


def test_a_duplicate_key_reads_in_indonesian_inside_the_plugin_error(
    make_package: MakePackage,
) -> None:
    """The YAML problem, the data error around it and the plugin error all localize."""
    from sopkit._i18n import localize_error

    name = make_package({"test.unit/agency.yaml": AGENCY + "name: Unit Kedua\n"})
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    shown = localize_error(info.value, "id")
    assert shown.startswith("plugin 'uji': data katalog tidak sah\n1 masalah pada data katalog:")
    assert (
        "uji:data/test.unit/agency.yaml:4: $.name: kunci 'name' ganda: pertama pada baris 2, "
        "lagi pada baris 4" in shown
    )
    assert "duplicate key 'name': first on line 2, again on line 4" in str(info.value)
    assert "duplicate" not in shown


def test_converter_problems_read_in_indonesian(make_package: MakePackage) -> None:
    """Wrong types, unknown fields and missing fields: the messages of every data error."""
    service = SERVICE.replace("name: Pengurusan", "nama: Pengurusan").replace(
        "number: 2,", "number: dua,"
    )
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": service})
    with pytest.raises(DataError) as info:
        _ = DataPlugin(name, name="uji").catalogue
    english, indonesian = str(info.value), info.value.localized("id")
    assert "$.nama: unknown field 'nama'; accepted fields: " in english
    assert "$.name: required field is missing" in english
    assert "invalid type (expected a whole number, got str)" in english
    assert "$.nama: field 'nama' tidak dikenal; field yang diterima: " in indonesian
    assert "$.name: field wajib tidak ada" in indonesian
    assert "tipe tidak sah (diharapkan bilangan bulat, diperoleh str) (diperoleh 'dua')" in (
        indonesian
    )
    assert indonesian.startswith("3 masalah pada data katalog:")


def test_an_unexpected_folder_reads_in_indonesian(make_package: MakePackage) -> None:
    """The layout check suggests the folder meant, in Indonesian."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/service/a.yaml": SERVICE})
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    shown = info.value.localized("id")
    assert (
        "$: 'test.unit/service' tidak diharapkan: bukan bagian dari folder instansi; "
        "mungkin maksud Anda 'services'? (folder instansi berisi agency.yaml" in shown
    )
    assert "unexpected 'test.unit/service': not part of an agency folder" in str(info.value)
