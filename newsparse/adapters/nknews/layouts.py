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
import lxml.etree
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
_STEMS = ("content", "amp-wp-")
"""Parts shared by several class names: one page-wide look-up per tag and stem finds the
elements of all of them (the theme's ``content-*`` blocks, the AMP template's ``amp-wp-*``)."""
_SPACE = re.compile("[ \t\n\r]+")
"""XPath's white space (``normalize-space``): class words are split at these only."""
_XPATHS: dict[str, lxml.etree.XPath] = {}


def label(selector: str | None) -> str:
    """A selector as provenance names it: ``.content-title``, ``#fullContent``, ``time``."""
    tag, mark, name = _parts(selector or "")
    return f"{mark}{name}" if mark else tag


def _xpath(path: str) -> lxml.etree.XPath:
    """``path`` compiled once per process (the few look-ups of the layouts)."""
    found = _XPATHS.get(path)
    if found is None:
        found = _XPATHS[path] = lxml.etree.XPath(path)
    return found


def _inside(el: lxml.html.HtmlElement, within: lxml.html.HtmlElement) -> bool:
    """Whether ``el`` is ``within`` or inside it (an element's proxy is one object while it
    is referenced, so identity compares elements)."""
    return el is within or any(up is within for up in el.iterancestors())


class Index:
    """The page's elements that simple selectors name. A class or id is looked up once per
    page (one XPath over the whole page per tag and class stem or id, kept for the parse);
    the elements inside an element found before are those of the page-wide look-up that lie
    inside it, in document order. A bare tag is read inside an element found before."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root
        self._found: dict[str, dict[str, list[lxml.html.HtmlElement]]] = {}

    def _page_wide(self, path: str, stem: str | None) -> dict[str, list[lxml.html.HtmlElement]]:
        """The elements ``path`` finds on the page, by each class word holding ``stem`` (by
        ``""``, all of them, for an id's look-up)."""
        found = self._found.get(path)
        if found is None:
            found = self._found[path] = {}
            result = _xpath(path)(self.root)
            for el in result:  # type: ignore[union-attr]
                if not isinstance(el, lxml.html.HtmlElement):
                    continue
                if stem is None:
                    found.setdefault("", []).append(el)
                    continue
                for word in dict.fromkeys(_SPACE.split(el.get("class") or "")):
                    if stem in word:
                        found.setdefault(word, []).append(el)
        return found

    def select(
        self, selector: str, within: lxml.html.HtmlElement | None = None
    ) -> list[lxml.html.HtmlElement]:
        """The elements ``selector`` names (inside ``within``, if given, itself included), in
        document order; an id names one element (the first)."""
        tag, mark, name = _parts(selector)
        if within is None and not (tag in _INDEXED and mark):
            raise ValueError(f"{selector!r}: only {'/'.join(_INDEXED)} are looked up page-wide")
        if not mark:
            return list(within.iter(tag)) if within is not None else []
        if mark == "#":
            path = f"descendant-or-self::*/@id[.='{name}']/parent::{tag}"
            found = self._page_wide(path, None).get("", [])
        else:
            stem = next((s for s in _STEMS if s in name), name)
            path = f"descendant-or-self::{tag}[contains(@class, '{stem}')]"
            found = self._page_wide(path, stem).get(name, [])
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
