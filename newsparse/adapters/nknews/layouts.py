"""Where nknews.org pages keep their article: one :class:`Layout` per kind of page, as data.

Selectors are simple: ``tag.class``, ``tag#id`` or a bare ``tag``. The page's ``div`` and
``article`` elements are indexed by id and class in one walk over those tags (:class:`Index`);
other elements are looked up by tag inside the element found before them (the headline inside
the article block, the byline's links inside the byline).
"""

from __future__ import annotations

import functools

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


def label(selector: str | None) -> str:
    """A selector as provenance names it: ``.content-title``, ``#fullContent``, ``time``."""
    tag, mark, name = _parts(selector or "")
    return f"{mark}{name}" if mark else tag


class Index:
    """The page's ``div`` and ``article`` elements by id and class token, found in one walk."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.ids: dict[str, lxml.html.HtmlElement] = {}
        self.classes: dict[str, list[lxml.html.HtmlElement]] = {}
        for el in root.iter(*_INDEXED):
            found = el.get("id")
            if found and found not in self.ids:
                self.ids[found] = el
            value = el.get("class")
            if value:
                for token in value.split():
                    self.classes.setdefault(token, []).append(el)

    def select(
        self, selector: str, within: lxml.html.HtmlElement | None = None
    ) -> list[lxml.html.HtmlElement]:
        """The elements ``selector`` names (inside ``within``, if given), in document order."""
        tag, mark, name = _parts(selector)
        if tag in _INDEXED and mark:
            if mark == "#":
                found = [self.ids[name]] if name in self.ids else []
            else:
                found = self.classes.get(name, [])
            found = [el for el in found if el.tag == tag]
            if within is not None:
                found = [el for el in found if _inside(el, within)]
            return found
        if within is None:
            raise ValueError(f"{selector!r}: only {'/'.join(_INDEXED)} are looked up page-wide")
        return [el for el in within.iter(tag) if _matches(el, mark, name)]

    def first(
        self, selector: str | None, within: lxml.html.HtmlElement | None = None
    ) -> lxml.html.HtmlElement | None:
        """The first element ``selector`` names, or ``None``."""
        if not selector:
            return None
        found = self.select(selector, within)
        return found[0] if found else None


def _matches(el: lxml.html.HtmlElement, mark: str, name: str) -> bool:
    if not mark:
        return True
    if mark == "#":
        return bool(el.get("id") == name)
    return name in str(el.get("class") or "").split()


def _inside(el: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> bool:
    return el is container or any(a is container for a in el.iterancestors())
