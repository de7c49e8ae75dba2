"""YAML data files: YAML 1.2 scalars, bounded parsing, exact lines, and every failure a DataError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopkit import DataError, load_profile
from sopkit.core import _yaml
from sopkit.core._yaml import MAX_DEPTH, format_path, parse_yaml, split_path


def _data(text: str | bytes) -> object:
    return parse_yaml(text, file="f.yaml").data


def _error(text: str | bytes) -> str:
    with pytest.raises(DataError) as info:
        parse_yaml(text, file="f.yaml", plugin="p")
    (problem,) = info.value.problems
    assert "f.yaml" == problem.file
    assert "p" == problem.plugin
    return f"{problem.line}: {problem.message}"


def test_yes_no_on_off_are_the_words_they_look_like() -> None:
    """Only true/false are booleans: decision keys `yes:`/`no:` and `on:` stay strings."""
    assert {"yes": 2, "no": "end", "on": "off", "y": "n", "t": True, "f": False} == _data(
        "yes: 2\nno: end\non: off\ny: n\nt: true\nf: False\n"
    )


def test_no_octal_and_no_sexagesimal() -> None:
    """`010` and `12:30` are kept as printed; JSON-style integers and floats are numbers."""
    assert {"a": "010", "b": "12:30", "c": "0x1F", "d": 10, "e": -2.5, "f": None} == _data(
        "a: 010\nb: 12:30\nc: 0x1F\nd: 10\ne: -2.5\nf: ~\n"
    )


def test_dates_are_checked_against_the_calendar() -> None:
    """A plain YYYY-MM-DD is a date; an impossible one is an error at its field and line."""
    assert {"a": dt.date(2024, 2, 29)} == _data("a: 2024-02-29\n")
    assert _error("name: x\ncreated: 2023-02-30\n").startswith(
        "2: 2023-02-30 is not a calendar date (day is out of range for month)"
    )
    with pytest.raises(DataError) as info:
        parse_yaml("sops:\n  - created: 2023-02-30\n", file="f.yaml")
    problem = info.value.problems[0]
    assert ("$.sops[0].created", 2, "2023-02-30") == (problem.path, problem.line, problem.value)


def test_a_duplicate_key_names_both_lines() -> None:
    """The later value of a repeated key would silently win: an error naming both lines."""
    message = _error("slug: a\nname: b\nsops:\n  - x\nslug: c\n")
    assert "5: duplicate key 'slug': first on line 1, again on line 5" == message


def test_a_duplicate_key_in_a_nested_mapping_is_found() -> None:
    """Duplicates are found at any depth, flow mappings included."""
    assert _error("a:\n  b: {c: 1, c: 2}\n").startswith("2: duplicate key 'c'")


def test_nesting_is_bounded() -> None:
    """Nesting past MAX_DEPTH is a DataError with a line, not a RecursionError."""
    deep = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert f"nested deeper than {MAX_DEPTH} levels" in _error(deep)
    assert "not valid YAML" in _error("a: " + "[" * 5000 + "]" * 5000)


def test_an_alias_bomb_is_refused_with_a_short_message() -> None:
    """Aliases that expand a small file past the bound are an error, not 1 GB of memory."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    message = _error("\n".join(lines))
    assert "aliases expand the document past 100,000 values" in message
    assert len(message) < 300


def test_small_aliases_and_merge_keys_still_work() -> None:
    """An anchor used a few times, and `<<` merges, read as before."""
    text = "base: &b {x: 1, y: 2}\nmore: {<<: *b, y: 3}\nagain: *b\n"
    assert {"base": {"x": 1, "y": 2}, "more": {"x": 1, "y": 3}, "again": {"x": 1, "y": 2}} == (
        _data(text)
    )


def test_a_recursive_alias_is_an_error() -> None:
    """An alias inside its own anchor is refused."""
    assert "cycle" in _error("a: &a [1, *a]\n")


def test_non_utf8_bytes_name_their_line_and_column() -> None:
    """One Latin-1 byte is an error on its line, with the byte shown."""
    assert "2: not UTF-8: byte E9 at column 10" in _error(b"slug: a\nname: Caf\xe9\n")


def test_a_bom_and_crlf_line_ends_are_read() -> None:
    """A UTF-8 byte-order mark is skipped; CRLF files keep their line numbers."""
    doc = parse_yaml(b"\xef\xbb\xbfa: 1\r\nb:\r\n  c: 2\r\n", file="f.yaml")
    assert {"a": 1, "b": {"c": 2}} == doc.data
    assert 3 == doc.line_of("$.b.c")


def test_python_and_other_tags_are_refused() -> None:
    """Only plain data: python/object and other explicit tags are errors."""
    assert "unsupported YAML tag" in _error("a: !!python/object:os.system x\n")
    assert "unsupported YAML tag" in _error("a: !!binary aGVsbG8=\n")


def test_a_huge_number_is_an_error_with_its_length() -> None:
    """Too many digits for int() is reported at its field, with the value cut."""
    with pytest.raises(DataError) as info:
        parse_yaml("a: " + "9" * 5000 + "\n", file="f.yaml")
    message = str(info.value.problems[0])
    assert message.startswith("f.yaml:1: $.a: cannot read the number: too many digits (got '999")
    assert message.endswith("… (5,000 characters))")
    assert len(message) < 400


def test_a_missing_key_has_the_line_of_its_enclosing_mapping() -> None:
    """A path that does not exist resolves to the closest enclosing value's line."""
    doc = parse_yaml("a: 1\nsops:\n  - name: x\n    steps: []\n", file="f.yaml")
    assert 3 == doc.line_of("$.sops[0].slug")


def test_paths_with_bool_and_odd_keys_round_trip() -> None:
    """A True key is written `.true`, never `[True]`, and odd keys are quoted."""
    assert "$.decision.true" == format_path(("decision", True))
    assert '$.a["b.c"][2]' == format_path(("a", "b.c", 2))
    assert ["a", "b.c", 2] == split_path('$.a["b.c"][2]')
    doc = parse_yaml("decision:\n  true: 2\n  false: end\n", file="f.yaml")
    assert 3 == doc.line_of(format_path(("decision", False)))


@given(
    st.lists(
        st.one_of(st.integers(0, 99), st.text(min_size=1, max_size=8).filter(lambda s: s.strip())),
        max_size=5,
    )
)
def test_format_and_split_path_are_inverse(parts: list[str | int]) -> None:
    """Every path format_path writes splits back into the same keys and indexes."""
    assert parts == split_path(format_path(tuple(parts)))


def test_without_libyaml_the_pure_parser_gives_the_same_data(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fallback reads the same data and says once, on one line, that it is slower."""
    text = "a: yes\nb: [1, 2.5, 2024-01-02]\nc: {d: ~}\n"
    expected = _data(text)
    monkeypatch.setattr(_yaml, "LIBYAML", False)
    monkeypatch.setattr(_yaml, "_notified", False)
    assert expected == _data(text)
    assert expected == _data(text)
    notice = capsys.readouterr().err
    assert 1 == notice.count("\n")
    assert "pure-Python" in notice


def test_a_duplicate_key_in_a_profile_names_both_lines(tmp_path: Path) -> None:
    """Profiles go through the same reader: a repeated field is an error, not a lost value."""
    path = tmp_path / "pns.yaml"
    path.write_text("birth_date: 1980-01-01\nstatus: pns\nbirth_date: 1981-01-01\n")
    with pytest.raises(
        DataError, match="duplicate key 'birth_date': first on line 1, again on line 3"
    ):
        load_profile(path)


def test_the_pure_parser_bounds_nesting_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml, deep nesting is a DataError rather than a RecursionError."""
    monkeypatch.setattr(_yaml, "LIBYAML", False)
    monkeypatch.setattr(_yaml, "_notified", True)
    assert "nested deeper" in _error("a: " + "[" * 600 + "]" * 600)
