"""NK News' class and id selectors (`layouts.Index.select`: page-wide, a test of the class
and id strings, then an XPath that tests the raw class for the name before the word test; inside
an element, its ``div`` and ``article`` elements read once) find the elements whose class has
the name as one of its words, XPath's way: split at spaces, tabs, line feeds and carriage
returns only; an id selector finds the first element with that id.

Held to that definition, walked in Python, on the repository's NK News HTML fixtures and on
seeded tag soups of near misses (the name inside longer words, another case, NBSP and form
feed as separators, tabs and line breaks, the block itself matching, ids repeated or near).
"""

from __future__ import annotations

import random
from pathlib import Path

import lxml.html
import pytest

from newsparse.adapters.nknews.layouts import LAYOUTS, OTHER, Index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nknews"
_CLASS_SELECTORS = tuple(dict.fromkeys(
    s for layout in LAYOUTS
    for s in (layout.wrapper, layout.title, layout.subtitle, layout.byline, *layout.body,
              layout.authors, layout.day, layout.time, layout.section, layout.tags, *OTHER)
    if s and "." in s
))
_ID_SELECTORS = tuple(dict.fromkeys(
    s for layout in LAYOUTS
    for s in (layout.wrapper, layout.title, layout.byline, *layout.body, *OTHER)
    if s and "#" in s
))


def _words(el: lxml.html.HtmlElement) -> list[str]:
    value = el.get("class") or ""
    for space in "\t\n\r":
        value = value.replace(space, " ")
    return value.split(" ")


def _reference(within: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    tag, name = selector.split(".", 1)
    return [el for el in within.iter(tag) if name in _words(el)]


def _id_reference(within: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    tag, name = selector.split("#", 1)
    return [el for el in within.iter(tag) if el.get("id") == name][:1]


def _check(root: lxml.html.HtmlElement) -> set[str]:
    index = Index(root)
    hits: set[str] = set()
    for selector in _CLASS_SELECTORS + _ID_SELECTORS:
        reference = _reference if "." in selector else _id_reference
        if selector.split(".")[0].split("#")[0] in ("div", "article"):
            assert index.select(selector) == reference(root, selector), selector
        for block in root.iter("div", "article", "p"):
            found = index.select(selector, block)
            assert found == reference(block, selector), selector
            if found:
                hits.add(selector)
    return hits


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*/input.html")), ids=lambda p: p.parent.name)
def test_fixture_pages(path: Path) -> None:
    _check(lxml.html.document_fromstring(path.read_bytes()))


_CLASSES = ["content-title", "content-title x", "x\tcontent-title", "content-title\nx",
            "x\rcontent-meta\r", "content-titles", "my-content-title", "Content-Title",
            "content-title\xa0x", "content\x0ctitle", "", "  content-subtitle  ",
            "amp-wp-title", "amp-wp-byline amp-wp-title", "editor-content", "excerpt-text",
            "content-wrapper", "xcontent-wrapper content-wrapperx", "post-body\xa0"]
_IDS = ["fullContent", "fullContent", "fullcontent", "fullContentx", "Outline", "BlogTitle",
        "BlogDate", "BlogContent", "excerptContent", "excerptContent ", "x"]
_TAGS = ["div", "div", "p", "h1", "span", "article", "section"]


def _soup(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        tag = rng.choice(_TAGS)
        attribute = f' class="{rng.choice(_CLASSES)}"' if rng.random() < 0.7 else ""
        if rng.random() < 0.4:
            attribute += f' id="{rng.choice(_IDS)}"'
        inner = _soup(rng, depth + 1) if depth < 4 and rng.random() < 0.6 else "t"
        parts.append(f"<{tag}{attribute}>{inner}</{tag}>")
    return "".join(parts)


def test_seeded_soups() -> None:
    hits: set[str] = set()
    for seed in range(40):
        rng = random.Random(seed)
        hits |= _check(lxml.html.document_fromstring(
            f"<html><body>{_soup(rng)}</body></html>"))
    assert {"div.content-title", "div.content-meta", "h1.amp-wp-title",
            "div.content-wrapper", "div.editor-content", "div#fullContent", "p#BlogTitle",
            "div#Outline", "div#excerptContent"} <= hits


def test_page_wide_look_ups_are_div_and_article_only() -> None:
    root = lxml.html.document_fromstring("<html><body><p id='BlogTitle'>t</p></body></html>")
    index = Index(root)
    with pytest.raises(ValueError, match="page-wide"):
        index.select("p#BlogTitle")
