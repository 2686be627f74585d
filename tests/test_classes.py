"""Finding elements by a pattern in their class or id (the fast stand-in for XPath contains())."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import every_page_shipped

from newsparse.errors import NewsparseError
from newsparse.extract.analysis import Analysis
from newsparse.extract.classes import with_attribute_matching
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_matches_in_document_order_below_body_only() -> None:
    page = Analysis(Page(
        "<html class='date-root'><head></head><body class='post-date'>"
        "<div class='a pubDate'><span class='x date'>1</span></div>"
        "<p class='Date'>2</p><p class='other'>3</p><p id='dateline'>4</p></body></html>"
    ))
    found = with_attribute_matching(page, re.compile("[dD]ate"))
    assert [el.get("class") for el in found] == ["a pubDate", "x date", "Date"]  # not body
    assert [el.text for el in with_attribute_matching(page, re.compile("date"), "id")] == ["4"]


def test_case_sensitive_like_xpath_contains() -> None:
    page = Analysis(Page("<html><body><p class='Paywall'>a</p><p class='paywall'>b</p></body></html>"))
    assert [el.text for el in with_attribute_matching(page, re.compile("paywall"))] == ["b"]


def test_text_page_has_no_elements() -> None:
    assert with_attribute_matching(Analysis(Page("Just a line of text.\n", kind="text")),
                                   re.compile("x")) == []


def _below_body(page: Analysis, pattern: re.Pattern[str]) -> list[object]:
    """The definition: every element below the body, one at a time, in document order."""
    body = page.tree.find("body")
    return [el for el in body.iter() if el is not body and isinstance(el.tag, str)
            and pattern.search(el.get("class") or "\x00") is not None] if body is not None else []


@pytest.mark.parametrize("seed", range(20))
def test_shared_body_classes_give_the_walks_elements(seed: int) -> None:
    rng = random.Random(seed)
    values = ["date", "Date", "pubdate x", "", "paywall", "post-date", "İdate", "meta",
              "a\ndate", "x"]
    parts = [f"<{tag} class='{rng.choice(values)}'>t</{tag}>" if rng.random() < 0.7
             else f"<{tag}>t<!-- c --></{tag}>"
             for tag in (rng.choice(["div", "span", "p", "script", "img"])
                         for _ in range(rng.randint(0, 200)))]
    body_class = rng.choice(["", " class='date'", " class='x'"])
    page = Analysis(Page(f"<html><head></head><body{body_class}>{''.join(parts)}</body></html>"))
    for pattern in (re.compile("date"), re.compile("[dD]ate|meta"), re.compile("nothing")):
        assert with_attribute_matching(page, pattern) == _below_body(page, pattern)


def test_shared_body_classes_on_fixture_pages() -> None:
    pattern = re.compile("date|Date|publish|datum|Datum|timestamp|dateline|meta")
    checked = found = 0
    for path in sorted(FIXTURES.glob("*/*/input.html")):
        try:
            page = Analysis(Page(path.read_text("utf-8", errors="replace")))
            page.tree  # noqa: B018
        except NewsparseError:
            continue  # (a hostile fixture refused as binary)
        expected = _below_body(page, pattern)
        assert with_attribute_matching(page, pattern) == expected, path
        checked += 1
        found += bool(expected)
    assert checked > 15 and found > (10 if every_page_shipped(FIXTURES) else 0)
