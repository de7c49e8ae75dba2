"""Every lint check is titled in English and in Indonesian."""

from __future__ import annotations

import pytest

from sopkit.lint import Check, checks


@pytest.mark.parametrize("check", checks(), ids=lambda c: c.code)
def test_every_check_has_an_indonesian_title(check: Check) -> None:
    """The Indonesian title is there, differs from the English one and keeps to one line."""
    assert check.title.strip()
    assert check.title_id.strip()
    assert check.title_id != check.title
    assert "\n" not in check.title_id


def test_indonesian_titles_are_distinct() -> None:
    """No two checks share an Indonesian title, as none share an English one."""
    titles = [c.title_id for c in checks()]
    assert len(titles) == len(set(titles))
    assert len(checks()) == len({c.title for c in checks()})
