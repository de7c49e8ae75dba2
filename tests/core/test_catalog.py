"""Plugins and the Catalog: loading, data errors naming plugin/file/path, clashes, lenient mode."""

from __future__ import annotations

import importlib.metadata as md
import importlib.util
import textwrap
from pathlib import Path

import pytest

from sopkit import Agency, DataPlugin, NotFoundError, PluginError, Service, hookimpl, load_catalog
from tests.conftest import MakePackage

AGENCY = "code: test.unit\nname: Unit Uji\nregency: Kabupaten Uji\n"
SERVICE = textwrap.dedent(
    """\
    slug: kenaikan-pangkat
    name: Pengurusan Kenaikan Pangkat
    time_limit: 14 (empat belas) hari kerja
    aliases: [KP reguler]
    sops:
      - slug: sop-kp
        name: SOP Kenaikan Pangkat
        steps:
          - {number: 1, activity: Menerima berkas, duration: 1 jam}
    """
)


def _good(make_package: MakePackage) -> str:
    return make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": SERVICE})


def test_a_data_plugin_loads_into_typed_objects(make_package: MakePackage) -> None:
    """Agencies, services and their SOPs come back typed and indexed by code."""
    catalog = load_catalog(
        plugins=[DataPlugin(_good(make_package), name="uji")], entry_points=False
    )
    service = catalog.service("test.unit/kenaikan-pangkat")
    assert isinstance(catalog.agency("test.unit"), Agency)
    assert isinstance(service, Service)
    assert tuple(s.code for s in catalog.sops_of("test.unit")) == ("test.unit/sop/sop-kp",)
    assert catalog.sop("test.unit/sop/sop-kp").service == "kenaikan-pangkat"


def test_plugin_info_counts_what_it_registers(make_package: MakePackage) -> None:
    """The plugin list says what each plugin registers."""
    catalog = load_catalog(
        plugins=[DataPlugin(_good(make_package), name="uji")], entry_points=False
    )
    assert catalog.plugins[0].registers == (("agencies", 1), ("services", 1))


def test_search_expands_abbreviations(make_package: MakePackage) -> None:
    """'KP' finds kenaikan pangkat; search is case-insensitive."""
    catalog = load_catalog(
        plugins=[DataPlugin(_good(make_package), name="uji")], entry_points=False
    )
    assert catalog.search("kp")[0].code == "test.unit/kenaikan-pangkat"
    assert catalog.search("KENAIKAN pangkat")[0].code == "test.unit/kenaikan-pangkat"
    assert catalog.search("karis") == ()


def test_unknown_code_suggests_close_ones(make_package: MakePackage) -> None:
    """A lookup miss names the closest codes."""
    catalog = load_catalog(
        plugins=[DataPlugin(_good(make_package), name="uji")], entry_points=False
    )
    with pytest.raises(NotFoundError, match=r"test\.unit/kenaikan-pangkat"):
        catalog.service("test.unit/kenaikan-pangkt")


def test_data_errors_name_plugin_file_line_and_path(make_package: MakePackage) -> None:
    """Every problem in a file is reported with the plugin, the file, the line and the path."""
    bad = SERVICE.replace("14 (empat belas) hari kerja", "sebentar").replace(
        "number: 1,", "number: satu,"
    )
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": bad})
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)
    message = str(info.value)
    assert "uji:data/test.unit/services/a.yaml:3: $.time_limit" in message
    assert "uji:data/test.unit/services/a.yaml:9: $.sops[0].steps[0].number" in message
    assert "'sebentar'" in message


def test_invalid_yaml_is_reported_with_its_line(make_package: MakePackage) -> None:
    """A file that is not YAML names the file and the line."""
    name = make_package(
        {"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": "slug: [a\nname: b\n"}
    )
    with pytest.raises(
        PluginError, match=r"data/test.unit/services/a.yaml:\d+: \$: not valid YAML"
    ):
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)


def test_a_service_cannot_claim_another_agency(make_package: MakePackage) -> None:
    """The folder decides the agency; a different 'agency' field is an error."""
    name = make_package(
        {
            "test.unit/agency.yaml": AGENCY,
            "test.unit/services/a.yaml": "agency: other.unit\n" + SERVICE,
        }
    )
    with pytest.raises(PluginError, match=r"\$\.agency: must be 'test.unit'"):
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)


def test_two_plugins_claiming_one_code_is_an_error_naming_both(make_package: MakePackage) -> None:
    """Duplicate codes across plugins name both plugins."""
    first, second = _good(make_package), _good(make_package)
    with pytest.raises(PluginError, match=r"(?s)plugin 'dua'.*already claimed by plugin 'satu'"):
        load_catalog(
            plugins=[DataPlugin(first, name="satu"), DataPlugin(second, name="dua")],
            entry_points=False,
        )


class _Broken:
    name = "rusak"

    @hookimpl
    def sopkit_agencies(self) -> list[Agency]:
        raise PluginError("rusak", "cannot read its data")


def test_lenient_mode_skips_a_failing_plugin_and_reports_it(make_package: MakePackage) -> None:
    """Strict loading raises; lenient loading skips the plugin and says why."""
    good = DataPlugin(_good(make_package), name="uji")
    with pytest.raises(PluginError, match="rusak"):
        load_catalog(plugins=[good, _Broken()], entry_points=False)
    catalog = load_catalog(plugins=[good, _Broken()], entry_points=False, lenient=True)
    assert [s.name for s in catalog.skipped] == ["rusak"]
    assert [p.name for p in catalog.plugins] == ["uji"]


class _WrongType:
    name = "salah"

    @hookimpl
    def sopkit_agencies(self) -> list[dict[str, str]]:
        return [{"code": "x"}]


def test_a_hook_returning_the_wrong_type_names_the_plugin() -> None:
    """Returning plain dicts instead of model objects is an error naming plugin and hook."""
    with pytest.raises(
        PluginError, match=r"'salah'.*sopkit_agencies\(\) returned dict; expected Agency"
    ):
        load_catalog(plugins=[_WrongType()], entry_points=False)


def test_a_service_of_an_unknown_agency_is_an_error(make_package: MakePackage) -> None:
    """Services need their agency to be provided by some plugin."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": SERVICE})
    plugin = DataPlugin(name, name="uji")

    class OnlyServices:
        @hookimpl
        def sopkit_services(self) -> tuple[Service, ...]:
            return tuple(s for s in plugin.sopkit_services())

    with pytest.raises(PluginError, match="which no plugin provides"):
        load_catalog(plugins=[OnlyServices()], entry_points=False)


def test_an_entry_point_that_fails_to_import_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken entry point is an error naming it; lenient mode skips it."""
    broken = md.EntryPoint(name="hilang", value="no_such_module_xyz:plugin", group="sopkit")
    monkeypatch.setattr(md, "entry_points", lambda group: [broken] if group == "sopkit" else [])
    with pytest.raises(
        PluginError, match=r"(?s)plugin 'hilang': failed to load entry point.*--lenient"
    ):
        load_catalog()
    assert [s.name for s in load_catalog(lenient=True).skipped] == ["hilang"]


def test_an_intruding_plugin_is_blamed_and_lenient_mode_keeps_the_owner(
    make_package: MakePackage,
) -> None:
    """A plugin re-registering a service under an agency it does not provide is the culprit."""
    owner = DataPlugin(_good(make_package), name="pemilik")
    intruder_data = DataPlugin(_good(make_package), name="penyusup-data")

    class Intruder:
        name = "penyusup"

        @hookimpl
        def sopkit_services(self) -> tuple[Service, ...]:
            return intruder_data.sopkit_services()

    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[Intruder(), owner], entry_points=False)
    message = str(info.value)
    assert message.startswith("plugin 'penyusup':")
    assert "already claimed by plugin 'pemilik' (data/test.unit/services/a.yaml:1)" in message
    catalog = load_catalog(plugins=[Intruder(), owner], entry_points=False, lenient=True)
    assert ["pemilik"] == [p.name for p in catalog.plugins]
    assert ["penyusup"] == [s.name for s in catalog.skipped]


def test_duplicate_codes_name_both_files(make_package: MakePackage) -> None:
    """A clash between two data plugins names the file of each."""
    first, second = _good(make_package), _good(make_package)
    with pytest.raises(PluginError) as info:
        load_catalog(
            plugins=[DataPlugin(first, name="satu"), DataPlugin(second, name="dua")],
            entry_points=False,
        )
    assert (
        "data/test.unit/services/a.yaml:1: code 'test.unit/kenaikan-pangkat' is already claimed"
        " by plugin 'satu' (data/test.unit/services/a.yaml:1)" in str(info.value)
    )


def test_a_broken_plugin_error_mentions_lenient(make_package: MakePackage) -> None:
    """The message says how to load the other plugins without the broken one."""
    name = make_package({"test.unit/agency.yaml": AGENCY, "test.unit/services/a.yaml": "x: [\n"})
    with pytest.raises(PluginError, match="use --lenient"):
        load_catalog(plugins=[DataPlugin(name, name="uji")], entry_points=False)


class _NoHooks:
    name = "kosong"

    def sopkit_agencies(self) -> list[Agency]:  # no @hookimpl: pluggy never calls it
        return []


def test_an_object_implementing_no_hook_is_an_error() -> None:
    """Registering something that provides nothing is not a silent success."""
    with pytest.raises(PluginError, match=r"plugin 'kosong': implements no sopkit hook"):
        load_catalog(plugins=[_NoHooks()], entry_points=False)
    assert ["kosong"] == [
        s.name for s in load_catalog(plugins=[_NoHooks()], entry_points=False, lenient=True).skipped
    ]


def test_an_entry_point_naming_a_module_suggests_the_attribute(
    make_package: MakePackage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pkg` instead of `pkg:plugin` is an error that says which attribute to name."""
    name = _good(make_package)
    spec = importlib.util.find_spec(name)
    assert spec is not None
    module_path = Path(str(spec.origin))
    module_path.write_text(f"from sopkit import DataPlugin\nplugin = DataPlugin({name!r})\n")
    entry = md.EntryPoint(name="modul", value=name, group="sopkit")
    monkeypatch.setattr(md, "entry_points", lambda group: [entry] if group == "sopkit" else [])
    with pytest.raises(PluginError) as info:
        load_catalog()
    assert f"write '{name}:plugin'" in str(info.value)


# --- messages in Indonesian --------------------------------------------------------------


def test_a_code_not_found_reads_in_indonesian_and_stays_english(make_package: MakePackage) -> None:
    """The miss and its suggestions come out in Indonesian; str() is the English message."""
    from sopkit._i18n import localize_error

    catalog = load_catalog(
        plugins=[DataPlugin(_good(make_package), name="uji")], entry_points=False
    )
    with pytest.raises(NotFoundError) as info:
        catalog.service("test.unit/kenaikan-pangkt")
    assert (
        "no service with code 'test.unit/kenaikan-pangkt'; did you mean "
        "test.unit/kenaikan-pangkat?" == str(info.value)
    )
    assert (
        "tidak ada layanan dengan kode 'test.unit/kenaikan-pangkt'; mungkin maksud Anda "
        "test.unit/kenaikan-pangkat?" == localize_error(info.value, "id")
    )


def test_a_clash_reads_in_indonesian_with_the_lenient_hint(make_package: MakePackage) -> None:
    """Problem count, clash and hint are all Indonesian; the English is as before."""
    first, second = _good(make_package), _good(make_package)
    with pytest.raises(PluginError) as info:
        load_catalog(
            plugins=[DataPlugin(first, name="satu"), DataPlugin(second, name="dua")],
            entry_points=False,
        )
    shown = info.value.localized("id")
    assert shown.startswith("plugin 'dua': 3 masalah:\n  - data/test.unit/agency.yaml:1: kode")
    assert "kode 'test.unit/kenaikan-pangkat' sudah diklaim oleh plugin 'satu'" in shown
    assert shown.endswith("gunakan --lenient (load_catalog(lenient=True))")
    assert "already claimed" not in shown
    assert "is already claimed by plugin 'satu'" in str(info.value)
    assert str(info.value).endswith("use --lenient (load_catalog(lenient=True))")


def test_an_object_implementing_no_hook_reads_in_indonesian() -> None:
    """The plugin manager's own errors are Texts too."""
    with pytest.raises(PluginError) as info:
        load_catalog(plugins=[_NoHooks()], entry_points=False)
    assert (
        "plugin 'kosong': tidak mengimplementasikan hook sopkit apa pun "
        "(_NoHooks tidak memiliki metode @hookimpl)\nuntuk memuat plugin lain tanpa plugin ini, "
        "gunakan --lenient (load_catalog(lenient=True))" == info.value.localized("id")
    )
    assert (
        "plugin 'kosong': implements no sopkit hook (_NoHooks has no @hookimpl method)\n"
        "to load the other plugins without it, use --lenient (load_catalog(lenient=True))"
        == str(info.value)
    )
