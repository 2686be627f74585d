"""The published-date finder's shortcuts give the answers of the plain forms they replace, on
seeded random texts: a classed element's text found too long for a date without cleaning it, and
a year alone found no day without dateutil."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

import pytest

from newsparse.extract import publication_dates
from newsparse.extract.dates import parse_date
from newsparse.text import clean

# Characters that clean() drops, collapses, composes or repairs (a combining acute as
# mojibake, "Ì\x81"; "Â\xa0" is NBSP as mojibake), and plain ones.
_ODD = (
    "\u00a0", "\t", "\n", "\r", "  ", "\u200b", "\u00ad", "\u2009", "\ufeff", "\x0c", "\x0b",
    "\x1f", "\x7f", "\x00", "\u3000", "\u202e", "é", "Ã©", "Ã\u00a0", "Â\u00a0", "â€™", "Ã",
    "\u00c2", "\u2028", "\x85", "\u0301", "\u0302", "\u0303", "\u030c", "e\u0301", "<\u0338",
    "A\u0302", "A\u0303", "S\u030c", "n\u0303", "\u212b", "漢字", "ｱ", "\u1100\u1161", "ðŸ˜€",
    "\U0001f600", "\ud800", "ÃƒÂ©", "Ð¿Ñ€Ð¸", "Ì\x81", "Ì\u0081", "Ë\x86",
)
_PLAIN = ("word ", "Date", " ", "x", "A", "S", "n", "12.", ":", "-", "2024")


_GRAPHIC = re.compile("[!-~]")


@pytest.mark.parametrize("read", [1024, 12, 5])
def test_a_text_surely_longer_is_longer_once_cleaned(
    read: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a short head read too, so that texts cross its end)
    monkeypatch.setattr(publication_dates, "_LOWER_BOUND_READ", read)
    rng = random.Random(11)
    pieces = _ODD + _PLAIN * 3
    surely = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        # limits near the count of printable ASCII in the head, where the count decides
        shown = len(_GRAPHIC.findall(text[:read]))
        limit = max(0, shown - rng.randint(0, 4))
        if publication_dates._surely_longer(text, limit):
            assert len(clean(text)) > limit, repr(text)
            surely += 1
    assert surely > 500  # the shortcut does decide


def test_no_ascii_character_is_the_second_of_a_composition() -> None:
    # (what _surely_longer's count relies on: an ASCII character is never joined to the one
    # before it)
    for point in range(0x110000):
        if 0xD800 <= point <= 0xDFFF:
            continue
        parts = unicodedata.normalize("NFD", chr(point))
        assert not any(ch.isascii() for ch in parts[1:]), hex(point)


def test_only_the_text_s_head_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    assert publication_dates._surely_longer("x" * 90 + " " * 5000, 80)
    assert not publication_dates._surely_longer(" " * 2000 + "x" * 90, 80)  # cleaned instead
    assert not publication_dates._surely_longer("ü" * 20 + "x" * 90, 80)  # in doubt
    # the head's last character, joined to a mark after the head, is part of mojibake
    monkeypatch.setattr(publication_dates, "_LOWER_BOUND_READ", 5)
    assert clean("xxxxA\u0302\u00a0") == "xxxx"
    assert not publication_dates._surely_longer("xxxxA\u0302\u00a0", 4)


def _dateutil_day(text: str, dayfirst: bool) -> dt.date | None:
    """The day dateutil reads from ``text`` as parse_date asks it (the same year, month and
    day with two different defaults, in parse_date's years), else ``None``."""
    from dateutil import parser

    days = []
    for default in (dt.datetime(1111, 1, 1), dt.datetime(1112, 2, 2)):
        try:
            found = parser.parse(text, default=default, dayfirst=dayfirst, fuzzy=False)
        except (ValueError, OverflowError, TypeError):
            return None
        days.append(found.date())
    return days[0] if days[0] == days[1] and 1800 <= days[0].year <= 2200 else None


def test_a_number_alone_is_read_as_dateutil_reads_it() -> None:
    # (a year alone is no day without asking dateutil; longer numbers are asked)
    rng = random.Random(13)
    digits = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "12", "90")
    days = 0
    for _ in range(1500):
        pool = rng.choice(digits)
        text = "".join(rng.choice(pool) for _ in range(rng.choice((4, 4, 6, 8))))
        for dayfirst in (False, True):
            expected = _dateutil_day(text, dayfirst)
            assert parse_date(text, dayfirst=dayfirst) == expected, text
            days += expected is not None
    assert days > 100
