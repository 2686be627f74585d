"""Where nknews.org pages keep their article: one :class:`Layout` per kind of page, as data.

Selectors are simple: ``tag.class``, ``tag#id`` or a bare ``tag``, and name the provenance
(``nknews:.content-title``). They are read by :class:`Index`: ``div`` and ``article`` elements
page-wide, other elements inside the element found before them (the headline inside the article
block, the byline's links inside the byline).
"""

from __future__ import annotations

import functools
import re

import attrs
import lxml.html

__all__ = ["LAYOUTS", "OTHER", "Index", "Layout", "label"]


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
_STEMS = ("content", "amp-wp-", "excerpt", "post-body")
"""Parts of the class names of the ``div`` and ``article`` selectors (:data:`LAYOUTS`,
:data:`OTHER`): the page's walk keeps the class words of the elements whose class holds
one."""
_SPACE = re.compile("[ \t\n\r]+")
"""XPath's white space (``normalize-space``): class words are split at these only."""


def label(selector: str | None) -> str:
    """A selector as provenance names it: ``.content-title``, ``#fullContent``, ``time``."""
    tag, mark, name = _parts(selector or "")
    return f"{mark}{name}" if mark else tag


def _has_word(value: str, name: str) -> bool:
    """Whether the class ``value`` has ``name`` as one of its words."""
    return name in value and name in _SPACE.split(value)


def _inside(el: lxml.html.HtmlElement, within: lxml.html.HtmlElement) -> bool:
    """Whether ``el`` is ``within`` or inside it (an element's proxy is one object while it
    is referenced, so identity compares elements)."""
    return el is within or any(up is within for up in el.iterancestors())


class Index:
    """The page's elements that simple selectors name. The ``div`` and ``article`` elements
    are walked once per page (on the first look-up), keeping them by class word (the words
    of the layouts' class names) and by id; a look-up inside an element found before (the
    headline inside the article block) takes those that lie inside it, in document order.
    Other tags are only looked up inside an element found before, among its elements of
    that tag. (One walk in C with a look at two attributes of each ``div`` costs about half
    the XPath look-ups it replaced, one per class stem or id.)"""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root
        self._words: dict[tuple[str, str], list[lxml.html.HtmlElement]] | None = None
        self._ids: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}

    def _scan(self) -> dict[tuple[str, str], list[lxml.html.HtmlElement]]:
        """The page's ``div`` and ``article`` elements by (tag, class word) and (by
        ``self._ids``) by (tag, id), in document order."""
        words: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
        ids = self._ids
        for el in self.root.iter(*_INDEXED):
            tag = el.tag
            value = el.get("class")
            if value and any(stem in value for stem in _STEMS):
                for word in dict.fromkeys(_SPACE.split(value)):
                    words.setdefault((tag, word), []).append(el)
            ident = el.get("id")
            if ident:
                ids.setdefault((tag, ident), []).append(el)
        self._words = words
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
        words = self._words if self._words is not None else self._scan()
        found = (self._ids if mark == "#" else words).get((tag, name), [])
        if within is not None:
            found = [el for el in found if _inside(el, within)]
        return found[:1] if mark == "#" else found[:]

    def first(
        self, selector: str | None, within: lxml.html.HtmlElement | None = None
    ) -> lxml.html.HtmlElement | None:
        """The first element ``selector`` names, or ``None``."""
        if not selector:
            return None
        found = self.select(selector, within)
        return found[0] if found else None
