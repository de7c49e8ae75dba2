"""Text wrapping for the SVG table: lines fit their column and keep every word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sopkit.render._text import text_width, wrap

words = st.lists(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM0123456789.,/&<", min_size=1, max_size=40
    ),
    max_size=60,
)


@given(words, st.floats(min_value=40, max_value=400))
def test_wrapped_lines_fit_and_keep_every_character(parts: list[str], width: float) -> None:
    """Each wrapped line fits the width, and joined back they hold the same characters."""
    text = " ".join(parts)
    lines = wrap(text, width, 11)
    assert all(text_width(line, 11) <= width for line in lines)
    assert "".join(text.split()) == "".join("".join(lines).split())


def test_short_text_stays_on_one_line() -> None:
    """Text narrower than the column is not wrapped."""
    assert ("Memaraf surat",) == wrap("Memaraf surat", 200, 11)


def test_long_words_are_split() -> None:
    """A word wider than the column is cut into pieces that fit."""
    lines = wrap("https://bkpsdm.magetan.go.id/layanan/kenaikan-pangkat", 80, 11)
    assert len(lines) > 1
    assert all(text_width(line, 11) <= 80 for line in lines)
