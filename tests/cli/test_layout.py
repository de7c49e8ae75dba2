"""Table and text layout: everything fits the width asked, and no character is lost."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from sopkit.cli._layout import column_widths, fit_lines, render_table

WORDS = st.text(alphabet="abcdefghij-/ .", min_size=0, max_size=60)


@given(
    st.lists(st.integers(1, 120), min_size=1, max_size=8),
    st.integers(10, 200),
)
def test_column_widths_fit_and_never_exceed_the_content(natural: list[int], available: int) -> None:
    """Widths fit the space when the minimums do, never exceed the content, never drop below it."""
    minimum = [min(n, 6) for n in natural]
    widths = column_widths(natural, minimum, available)
    assert all(m <= w <= n for m, w, n in zip(minimum, widths, natural, strict=True))
    if sum(minimum) <= available:
        assert sum(widths) <= available
    if sum(natural) <= available:
        assert widths == natural


@given(
    st.lists(st.lists(WORDS, min_size=3, max_size=3), min_size=0, max_size=6),
    st.integers(30, 120),
)
def test_tables_fit_the_width_and_keep_every_character(rows: list[list[str]], width: int) -> None:
    """No line is wider than asked, and the cells' characters all appear, in order."""
    headers = ["code", "name", "time limit"]
    text = render_table(headers, rows, width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    rule = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "})
    del lines[rule]
    shown = Counter("".join("".join(lines).split()))
    given_ = Counter("".join("".join(headers + [c for row in rows for c in row]).split()))
    assert given_ == shown


def test_a_long_cell_wraps_inside_its_column() -> None:
    """A long name wraps under its column; the code beside it stays whole."""
    text = render_table(
        ["code", "name"],
        [["malang.bkpsdm/ptsp", "Pelayanan Terpadu Satu Pintu Kepegawaian dan Informasi"]],
        40,
        keep=frozenset({0}),
    )
    lines = text.splitlines()
    assert lines[2].startswith("malang.bkpsdm/ptsp  Pelayanan")
    assert all(line.startswith(" " * 20) for line in lines[3:])
    assert all(len(line) <= 40 for line in lines)


@given(st.text(alphabet="ab -·", max_size=300), st.integers(20, 100))
def test_fit_lines_keeps_lines_within_width(text: str, width: int) -> None:
    """Wrapped text lines are within the width, and the words are all there."""
    fitted = fit_lines(text, width)
    assert all(len(line) <= width for line in fitted.splitlines())
    assert fitted.split() == text.split() or "".join(fitted.split()) == "".join(text.split())
