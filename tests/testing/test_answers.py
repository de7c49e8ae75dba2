"""Answer files are read like catalogue data: YAML 1.2 scalars, duplicate keys refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopkit import DataError
from sopkit.testing import load_answers


def test_answer_figures_keep_the_text_typed(tmp_path: Path) -> None:
    """`010` and `12:30` are what the seed prints, not octal 8 and sexagesimal 750."""
    path = tmp_path / "a.yaml"
    path.write_text("services:\n  - code: x.y/z\n    number: 010\n    section_code: 12:30\n")
    entry = load_answers(path)["services"][0]
    assert ("010", "12:30") == (entry["number"], entry["section_code"])


def test_a_duplicate_key_in_an_answer_file_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    """A pinned figure typed twice is refused instead of the later one silently winning."""
    path = tmp_path / "a.yaml"
    path.write_text("services:\n  - code: x.y/z\n    steps: 3\n    steps: 4\n")
    with pytest.raises(DataError) as info:
        load_answers(path)
    assert "first on line 3, again on line 4" in str(info.value)


def test_an_answer_file_of_the_wrong_shape_is_a_data_error(tmp_path: Path) -> None:
    """A file that is not a mapping of 'services'/'sops' is a SopkitError naming the file."""
    path = tmp_path / "a.yaml"
    path.write_text("- 1\n")
    with pytest.raises(DataError) as info:
        load_answers(path)
    assert str(path) in str(info.value)
