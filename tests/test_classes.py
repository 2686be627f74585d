"""Finding elements by a pattern in their class or id (the fast stand-in for XPath contains())."""

from __future__ import annotations

import re

from newsparse.extract.analysis import Analysis
from newsparse.extract.classes import with_attribute_matching
from newsparse.page import Page


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
