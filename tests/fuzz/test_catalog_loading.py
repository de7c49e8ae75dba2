"""Structured mutations of a real plugin's YAML, loaded through the real data-plugin loader.

Only SopkitError subclasses may escape, and every problem of a DataError names the plugin,
the file and the line.
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sopkit import DataError, DataPlugin, SopkitError, load_catalog
from sopkit.core._yaml import parse_yaml

AGENCY = "pasuruan.bkppd"
SOURCE = Path(__file__).parents[2] / "plugins/pasuruan_bkppd/src/sopkit_pasuruan_bkppd/data"
FILES = ("agency.yaml", "roles.yaml", "services/23-kenaikan-pangkat.yaml")
ORIGINAL = {rel: (SOURCE / AGENCY / rel).read_bytes() for rel in FILES}
# a quarter of the profile's examples: each one writes and loads a real plugin folder
FUZZ = settings(max_examples=max(20, settings.default.max_examples // 4))

YAML11 = (
    "yes", "no", "on", "off", "Yes", "NO", "y", "n", "010", "0o17", "0x1F", "12:30",
    "1_000", "~", "2023-02-30", "2023-13-01", "2024-02-29", "2024-2-3", ".inf", "-.nan",
    "1e400", "9" * 5000, "!!binary aGVsbG8=", "!!python/object:os.system {}", "<<", "''",
    "!!set {a, b}", "&a x", "*undefined",
)  # fmt: skip


class DirPlugin(DataPlugin):
    """A DataPlugin reading a plain folder instead of an installed package's data."""

    def __init__(self, root: Path) -> None:
        super().__init__("fuzzed", name="fuzzed")
        self.root = root

    def _root(self) -> Traversable:
        return self.root


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Return the path of every value below the top of a document."""
    out: list[tuple[Any, ...]] = []
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        out.append((*prefix, key))
        out.extend(_paths(value, (*prefix, key)))
    return out


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def _at_path(draw: st.DrawFn, text: bytes, change: Callable[[Any, Any], str | None]) -> bytes:
    """Apply change(parent, key) at a drawn path; a returned text replaces a marker literally."""
    data = yaml.safe_load(text)  # the seed files read the same under YAML 1.1 and 1.2
    path = draw(st.sampled_from(_paths(data)))
    literal = change(_parent(data, path), path[-1])
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return (dumped.replace(MARKER, literal, 1) if literal is not None else dumped).encode()


MARKER = "__MUTATED__"
VALUES = st.one_of(
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.text(max_size=400),
)


def _delete(draw: st.DrawFn, text: bytes) -> bytes:
    def change(parent: Any, key: Any) -> None:
        del parent[key]

    return _at_path(draw, text, change)


def _retype(draw: st.DrawFn, text: bytes) -> bytes:
    def change(parent: Any, key: Any) -> None:
        parent[key] = draw(VALUES)

    return _at_path(draw, text, change)


def _wrong_enum(draw: st.DrawFn, text: bytes) -> bytes:
    def change(parent: Any, key: Any) -> None:
        parent[key] = draw(st.sampled_from(["", "unknown", "KERJA", "hari kerja", "0 hari", "-1"]))

    return _at_path(draw, text, change)


def _yaml11(draw: st.DrawFn, text: bytes) -> bytes:
    def change(parent: Any, key: Any) -> str:
        parent[key] = MARKER
        return draw(st.sampled_from(YAML11))

    return _at_path(draw, text, change)


def _duplicate(draw: st.DrawFn, text: bytes) -> bytes:
    top = [line for line in text.split(b"\n") if line[:1].isalpha() and b":" in line]
    return text + b"\n" + draw(st.sampled_from(top)) + b"\n"


def _nesting(draw: st.DrawFn, text: bytes) -> bytes:
    depth = draw(st.integers(1, 3000))
    if draw(st.booleans()):
        return text + b"\nextra: " + b"[" * depth + b"]" * depth + b"\n"
    return text + b"\nextra:\n" + b"".join(b" " * i + b"- \n" for i in range(1, min(depth, 900)))


def _bad_bytes(draw: st.DrawFn, text: bytes) -> bytes:
    at = draw(st.integers(0, len(text)))
    # a byte of 0x80-0xFF, maybe more, and 0xFF (never in UTF-8): always undecodable
    bad = bytes([draw(st.integers(0x80, 0xFF))]) + draw(st.binary(max_size=3)) + b"\xff"
    return text[:at] + bad + text[at:]


def _bom(draw: st.DrawFn, text: bytes) -> bytes:
    return b"\xef\xbb\xbf" + text


def _crlf(draw: st.DrawFn, text: bytes) -> bytes:
    return text.replace(b"\n", b"\r\n")


def _alias_bomb(draw: st.DrawFn, text: bytes) -> bytes:
    width, depth = draw(st.integers(2, 12)), draw(st.integers(2, 12))
    bomb = [b"b0: &b0 [" + b", ".join([b"x"] * width) + b"]"]
    for i in range(1, depth):
        bomb.append(f"b{i}: &b{i} [".encode() + b", ".join([f"*b{i - 1}".encode()] * width) + b"]")
    return text + b"\n" + b"\n".join(bomb) + b"\n"


def _cut(draw: st.DrawFn, text: bytes) -> bytes:
    return text[: draw(st.integers(0, len(text)))]


def _flip(draw: st.DrawFn, text: bytes) -> bytes:
    at = draw(st.integers(0, max(0, len(text) - 1)))
    return text[:at] + bytes([draw(st.integers(0, 255))]) + text[at + 1 :]


Mutation = Callable[[st.DrawFn, bytes], bytes]
MUTATIONS: dict[str, Mutation] = {
    "key deleted": _delete,
    "type changed": _retype,
    "enum wrong": _wrong_enum,
    "YAML 1.1 literal": _yaml11,
    "duplicate key": _duplicate,
    "deep nesting": _nesting,
    "non-UTF-8 bytes": _bad_bytes,
    "BOM": _bom,
    "CRLF": _crlf,
    "alias bomb": _alias_bomb,
    "file cut short": _cut,
    "byte flipped": _flip,
}


@st.composite
def mutated_plugins(draw: st.DrawFn, kinds: tuple[str, ...] = tuple(MUTATIONS)) -> dict[str, bytes]:
    """Return the plugin's files with one or two of them mutated by the given kinds."""
    files = dict(ORIGINAL)
    for rel in draw(st.lists(st.sampled_from(FILES), min_size=1, max_size=2, unique=True)):
        files[rel] = MUTATIONS[draw(st.sampled_from(kinds))](draw, files[rel])
    return files


def _write(root: Path, files: dict[str, bytes]) -> None:
    for rel, raw in files.items():
        path = root / AGENCY / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)


def _only_sopkit_errors(run: Callable[[], object]) -> SopkitError | None:
    """Run; return the SopkitError raised, fail on any other exception."""
    try:
        run()
    except SopkitError as exc:
        return exc
    except Exception:  # the promise under test: nothing else escapes
        raise AssertionError(f"a non-SopkitError escaped:\n{traceback.format_exc()}") from None
    return None


def test_the_unmutated_files_load() -> None:
    """The seed files themselves load, so a failure below is the mutation's."""
    with tempfile.TemporaryDirectory() as tmp:
        _write(Path(tmp), ORIGINAL)
        assert 1 == len(DirPlugin(Path(tmp)).catalogue)


@FUZZ
@given(mutated_plugins())
def test_only_sopkit_errors_escape_and_data_errors_are_located(files: dict[str, bytes]) -> None:
    """Every mutation loads, or fails with a SopkitError; data problems name plugin, file, line."""
    with tempfile.TemporaryDirectory() as tmp:
        _write(Path(tmp), files)
        error = _only_sopkit_errors(lambda: DirPlugin(Path(tmp)).catalogue)
        if isinstance(error, DataError):
            for problem in error.problems:
                assert problem.plugin == "fuzzed", problem
                assert str(problem.file).startswith(f"data/{AGENCY}/"), problem
                assert (problem.line or 0) >= 1, problem
            assert len(str(error)) < 2_000 * len(error.problems), "an error message is not cut"
        plugin = DirPlugin(Path(tmp))
        _only_sopkit_errors(lambda: load_catalog(plugins=[plugin], entry_points=False, cache=False))
        lenient = _only_sopkit_errors(
            lambda: load_catalog(plugins=[plugin], entry_points=False, cache=False, lenient=True)
        )
        assert lenient is None, "lenient loading raised instead of skipping the plugin"


@FUZZ
@given(st.binary(max_size=2_000) | st.text(max_size=2_000).map(str.encode))
def test_parse_yaml_raises_only_data_errors_with_a_file(raw: bytes) -> None:
    """Arbitrary bytes parse or raise DataError naming the file."""
    error = _only_sopkit_errors(lambda: parse_yaml(raw, file="x.yaml", plugin="p"))
    if error is not None:
        assert isinstance(error, DataError)
        assert all(p.file == "x.yaml" and p.plugin == "p" for p in error.problems)
