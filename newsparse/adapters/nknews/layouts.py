"""Where nknews.org pages keep their article: one :class:`Layout` per kind of page, as data.

Selectors are simple: ``tag.class``, ``tag#id`` or a bare ``tag``, and name the provenance
(``nknews:.content-title``). They are read by :class:`Index`: ``div`` and ``article`` elements
page-wide, other elements inside the element found before them (the headline inside the article
block, the byline's links inside the byline).
"""

from __future__ import annotations

import functools
import re
from typing import cast

import attrs
import lxml.etree
import lxml.html

__all__ = ["LAYOUTS", "OTHER", "Index", "Layout", "label"]

_Words = dict[tuple[str, str], list[lxml.html.HtmlElement]]
"""Elements by (tag, class word) and by (tag, ``"#"`` + id)."""


@attrs.frozen
class Layout:
    """One kind of page: the article block (``wrapper``) and, inside it, the headline, the
    standfirst, the byline (its ``authors`` and ``day`` inside it; ``time`` an element whose
    ``datetime`` attribute holds a timestamp), the body containers in order of preference, and
    the section and tag links."""

    name: str
    wrapper: str
    title: str
    byline: str
    body: tuple[str, ...]
    authors: str
    day: str | None = None
    subtitle: str | None = None
    time: str | None = None
    section: str | None = None
    tags: str | None = None


LAYOUTS = (
    # The WordPress theme as served (2019 markup, research note §d).
    Layout(
        "theme", wrapper="div.content-wrapper", title="div.content-title",
        subtitle="div.content-subtitle", byline="div.content-meta", authors="a", day="span",
        body=("div#fullContent", "div.editor-content"),
    ),
    # The AMP page (/amp/), the classic template of the AMP plugin for WordPress.
    Layout(
        "amp", wrapper="article.amp-wp-article", title="h1.amp-wp-title",
        byline="div.amp-wp-byline", authors="span.amp-wp-author", time="time",
        body=("div.amp-wp-article-content",), section="div.amp-wp-tax-category",
        tags="div.amp-wp-tax-tag",
    ),
    # The print view (/print/), the WP-Print plugin's template: "Posted By <u>Name</u> On
    # <date> @ <time> In <category> | No Comments".
    Layout(
        "print", wrapper="div#Outline", title="p#BlogTitle", byline="p#BlogDate", authors="u",
        body=("div#BlogContent",),
    ),
)
OTHER = (
    "div#excerptContent", "div.excerpt-text", "div.single-content-author", "div.post-body",
    "div.entry-content",
)
"""Other places read on some pages: the teaser, the author box, a blog post's body."""


@functools.lru_cache(maxsize=64)
def _parts(selector: str) -> tuple[str, str, str]:
    """``(tag, "#" or "." or "", name)`` of a simple selector."""
    for mark in "#.":
        if mark in selector:
            tag, name = selector.split(mark, 1)
            return tag, mark, name
    return selector, "", ""


_INDEXED = ("div", "article")
"""The tags of the elements looked up in the whole page (article blocks, other places)."""
_SPACE = re.compile("[ \t\n\r]+")
"""XPath's white space (``normalize-space``): class words are split at these only."""
_NAMED = lxml.etree.XPath("//div/@* | //article/@*", smart_strings=False)
"""The attribute values of the page's ``div`` and ``article`` elements (their class and id
among them), as plain strings: no element gets a Python proxy. (Every attribute: one pass over
the tree per tag, where asking for the class and the id made two, about a third more time.)"""


def label(selector: str | None) -> str:
    """A selector as provenance names it: ``.content-title``, ``#fullContent``, ``time``."""
    tag, mark, name = _parts(selector or "")
    return f"{mark}{name}" if mark else tag


def _has_word(value: str, name: str) -> bool:
    """Whether the class ``value`` has ``name`` as one of its words."""
    return name in value and name in _SPACE.split(value)


@functools.lru_cache(maxsize=64)
def _page_wide(tag: str, mark: str, name: str) -> lxml.etree.XPath:
    """The page's ``tag`` elements whose class holds ``name`` (``mark`` ``.``; a word of it
    or inside one) or whose id is ``name`` (``#``), in document order."""
    if "'" in name:
        raise ValueError(f"{tag}{mark}{name!r}: a quote in a selector")
    test = f"@id = '{name}'" if mark == "#" else f"contains(@class, '{name}')"
    return lxml.etree.XPath(f"//{tag}[{test}]")


class Index:
    """The page's elements that simple selectors name, in document order.

    A page-wide look-up (``div`` and ``article`` only: the article blocks, the other places)
    first looks for the name among the attribute values of the page's ``div`` and
    ``article`` elements, read once as strings (:data:`_NAMED`, one XPath call that makes no
    element proxy): a name in none of them names no element, and most look-ups stop there (a
    theme page has no AMP or print block, a blog post none of the three). Otherwise one XPath
    call finds the elements that hold it, and their class words are checked in Python. A
    look-up inside an element found before (the headline inside the article block) reads the
    ``div`` and ``article`` elements inside it once (itself included) and keeps them by class
    word and by id; other tags are looked up among the element's elements of that tag. (A
    walk over every ``div`` of the page, testing each one's class and id in Python, cost
    several times the parse of a small page's article block.)"""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root
        self._named: str | None = None
        self._inner: list[tuple[lxml.html.HtmlElement, _Words]] = []

    def _has_name(self, name: str) -> bool:
        """Whether ``name`` is in some attribute value of the page's ``div`` and ``article``
        elements (a substring test: never false when one's class or id holds it)."""
        if self._named is None:
            self._named = "\n".join(cast("list[str]", _NAMED(self.root)))
        return name in self._named

    def _words(self, within: lxml.html.HtmlElement) -> _Words:
        """The ``div`` and ``article`` elements in ``within`` (itself included) by (tag,
        class word) and by (tag, "#" + id), in document order; read once per element."""
        for element, found in self._inner:
            if element is within:
                return found
        words: _Words = {}
        for el in within.iter(*_INDEXED):
            tag = el.tag
            value = el.get("class")
            if value:
                for word in dict.fromkeys(_SPACE.split(value)):
                    words.setdefault((tag, word), []).append(el)
            ident = el.get("id")
            if ident:
                words.setdefault((tag, "#" + ident), []).append(el)
        self._inner.append((within, words))
        return words

    def select(
        self, selector: str, within: lxml.html.HtmlElement | None = None
    ) -> list[lxml.html.HtmlElement]:
        """The elements ``selector`` names (inside ``within``, if given, itself included), in
        document order; an id names one element (the first)."""
        tag, mark, name = _parts(selector)
        if tag not in _INDEXED:
            if within is None:
                raise ValueError(
                    f"{selector!r}: only {'/'.join(_INDEXED)} are looked up page-wide")
            elements = within.iter(tag)
            if mark == "#":
                return [el for el in elements if el.get("id") == name][:1]
            if mark == ".":
                return [el for el in elements if _has_word(el.get("class") or "", name)]
            return list(elements)
        if not mark:
            if within is None:
                raise ValueError(
                    f"{selector!r}: only {'/'.join(_INDEXED)} are looked up page-wide")
            return list(within.iter(tag))
        if within is not None:
            found = self._words(within).get((tag, name if mark == "." else "#" + name), [])
            return found[:1] if mark == "#" else found[:]
        if not self._has_name(name):
            return []
        elements = cast("list[lxml.html.HtmlElement]", _page_wide(tag, mark, name)(self.root))
        if mark == "#":
            return elements[:1]
        return [el for el in elements if _has_word(el.get("class") or "", name)]

    def first(
        self, selector: str | None, within: lxml.html.HtmlElement | None = None
    ) -> lxml.html.HtmlElement | None:
        """The first element ``selector`` names, or ``None``."""
        if not selector:
            return None
        found = self.select(selector, within)
        return found[0] if found else None
