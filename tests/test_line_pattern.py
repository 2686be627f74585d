"""NK News sniffing's whole-line patterns (a match at the start or a search from a newline)
find a line exactly where the multi-line ``^...$`` search finds one, on seeded random texts."""

from __future__ import annotations

import random
import re

from newsparse.adapters.nknews.byline import HEADER_DATE
from newsparse.adapters.nknews.textkind import _HEADER_LINE, _SITE_MARK, _LinePattern

_SITE = (r"[ \t*•]*(?:\[\d{1,4}\])?(?:NK News:? -? ?North Korea News|NK News Logo|NK Pro Logo|"
         r"NK Pro Banner)[ \t\r]*$")
_HEADER = rf"[ \t]*{HEADER_DATE}[ \t\r]*$"
_PIECES = (
    "\n", "\r\n", "\n\n", " ", "\t", "*", "•", "[12]", "NK News", ": ", "- ", "North Korea News",
    "nk news logo", "NK Pro Banner", "NK PRO LOGO", "April 06, 2020", "Sunday, September 11, 2016",
    "2016-09-11", "5 May 2015", "Jane Doe ", "text ", "\u212a", "ſ", "x", "\r",
)


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(4000)]


def test_line_patterns_find_what_the_multiline_search_finds() -> None:
    cases = (
        (_SITE_MARK, re.compile("^" + _SITE, re.MULTILINE | re.IGNORECASE)),
        (_HEADER_LINE, re.compile("^" + _HEADER, re.MULTILINE)),
    )
    for pattern, plain in cases:
        found = 0
        for text in _texts(5):
            expected = plain.search(text) is not None
            assert pattern.search(text) == expected, text
            found += expected
        assert found > 200  # both answers are reached


def test_line_pattern_anchors_at_line_starts_only() -> None:
    word = _LinePattern("abc$")
    assert word.search("abc") and word.search("x\nabc\ny")
    assert not word.search("xabc") and not word.search("abcd\n") and not word.search("x abc")
