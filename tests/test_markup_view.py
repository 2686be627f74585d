"""Page.markup_view and Page.holds: an ASCII search in a page's undecoded UTF-8 bytes answers
exactly what the same search in its text answers, and a page only searched is never decoded."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_markup_bytes import _CASES

from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.extract import declared_dates
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_MARKERS = ("data-", "itemprop", "/wp-content/themes/nknews/", "Photo Stories Archive",
            "Article printed from NK News", 'property="dc', "<", "caf", "zz", "café", "é")
_RDFA = (b'<meta property="dc:date" content="2020-01-02">',
         b"<span property='schema:datePublished' content='2020'>",
         b'<meta property="og:title" content="x">', b'property="d', b"property=")


def _pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*/*/input.html"))]
    rng = random.Random(20261202)
    for raw in list(_CASES) + pages[:20]:
        for extra in rng.sample(_RDFA, 2):
            at = rng.randrange(len(raw) + 1)
            pages.append(raw[:at] + extra + raw[at:])
    return list(_CASES) + pages


def _searched(raw: bytes) -> tuple[Page, Page] | None:
    """The page read twice: one whose tree is built before the searches, one without."""
    try:
        parsed, fresh = read_page(raw), read_page(raw)
        parsed.tree  # noqa: B018
    except NewsparseError:
        return None
    return parsed, fresh


@pytest.mark.parametrize("raw", _pages())
def test_holds_and_the_rdfa_marker_answer_as_the_text_does(raw: bytes) -> None:
    pages = _searched(raw)
    if pages is None:
        return
    for page in pages:
        rdfa = declared_dates._rdfa_marked(page.markup_view())  # (before any decoding)
        answers = [page.holds(marker) for marker in _MARKERS]  # (the ASCII ones first)
        text = page.text  # decoded from here on
        assert answers == [marker in text for marker in _MARKERS]
        assert rdfa == declared_dates._rdfa_marked(text)
        assert page.markup_view() == text


def test_a_utf8_page_whose_tree_is_built_is_searched_undecoded() -> None:
    page = read_page("<html><body><p data-x='1'>café</p></body></html>".encode())
    page.tree  # noqa: B018
    assert isinstance(page.markup_view(), bytes)
    assert page.holds("data-") and not page.holds("zz")
    assert page._markup is not None  # never decoded by an ASCII search
    assert page.holds("café")  # (a search for other text decodes the page)
    assert page._markup is None


@pytest.mark.parametrize("raw", [
    b"<html><body><p data-x='1'>caf\xe9</p></body></html>",
    b"<html><body><p data-x='1'>" + b"x" * 9000 + b"caf\xe9</p></body></html>",  # (bytes route)
])
def test_bytes_that_are_not_utf8_are_searched_as_text(raw: bytes) -> None:
    page = read_page(raw)
    page.tree  # noqa: B018
    assert isinstance(page.markup_view(), str)
    assert page.holds("café")


def test_bytes_not_yet_proved_utf8_are_searched_as_text() -> None:
    # Until the parse has proved the bytes UTF-8, their text is what decoding gives.
    page = read_page("<html><body><p data-x='1'>café</p></body></html>".encode())
    assert page._markup is not None
    assert isinstance(page.markup_view(), str)
