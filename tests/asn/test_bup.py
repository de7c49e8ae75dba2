"""Tests for BUP and TMT pensiun (sopkit.asn._bup)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sopkit.asn._bup import BUP_UU_20_2023, bup_date, bup_key, tmt_pensiun
from sopkit.asn._jabatan import JabatanKind, Jenjang


def test_bup_by_position() -> None:
    """BUP is 58 for administrator, 60 for JPT and 65 for ahli utama."""
    assert BUP_UU_20_2023[bup_key(JabatanKind.ADMINISTRATOR, None)] == 58
    assert BUP_UU_20_2023[bup_key(JabatanKind.JPT_PRATAMA, None)] == 60
    assert BUP_UU_20_2023[bup_key(JabatanKind.FUNGSIONAL_KEAHLIAN, Jenjang.AHLI_UTAMA)] == 65


def test_tmt_pensiun_is_first_of_next_month() -> None:
    """Born 15 March 1970 with BUP 58: TMT pensiun 1 April 2028; December rolls to January."""
    assert dt.date(2028, 4, 1) == tmt_pensiun(dt.date(1970, 3, 15), 58)
    assert dt.date(2029, 1, 1) == tmt_pensiun(dt.date(1970, 12, 31), 58)


@given(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2010, 12, 31)))
def test_tmt_pensiun_follows_bup_date(birth: dt.date) -> None:
    """TMT pensiun is a 1st, after the BUP birthday, and at most a month later."""
    reached = bup_date(birth, 58)
    tmt = tmt_pensiun(birth, 58)
    assert tmt.day == 1
    assert reached < tmt <= reached + dt.timedelta(days=31)
