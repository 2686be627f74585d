"""Where nknews.org pages keep their article: one :class:`Layout` per kind of page, as data.

Selectors are simple: ``tag.class``, ``tag#id`` or a bare ``tag``, and name the provenance
(``nknews:.content-title``). They are read as the kit's XPath (:class:`Index`): ``div`` and
``article`` elements page-wide, other elements inside the element found before them (the
headline inside the article block, the byline's links inside the byline).
"""

from __future__ import annotations

import functools

import attrs
import lxml.html

from newsparse.kit.selectors import compiled

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
    """The page's elements that simple selectors name, looked up with the kit's compiled
    XPath (:func:`newsparse.kit.selectors.compiled`): page-wide for ``div`` and ``article``,
    else inside an element found before."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root

    def select(
        self, selector: str, within: lxml.html.HtmlElement | None = None
    ) -> list[lxml.html.HtmlElement]:
        """The elements ``selector`` names (inside ``within``, if given, itself included), in
        document order; an id names one element (the first)."""
        tag, mark, _ = _parts(selector)
        if within is None and not (tag in _INDEXED and mark):
            raise ValueError(f"{selector!r}: only {'/'.join(_INDEXED)} are looked up page-wide")
        found = compiled(_xpath(selector, within is not None))(
            self.root if within is None else within)
        elements = [el for el in found if isinstance(el, lxml.html.HtmlElement)]  # type: ignore[union-attr]
        return elements[:1] if mark == "#" else elements

    def first(
        self, selector: str | None, within: lxml.html.HtmlElement | None = None
    ) -> lxml.html.HtmlElement | None:
        """The first element ``selector`` names, or ``None``."""
        if not selector:
            return None
        found = self.select(selector, within)
        return found[0] if found else None


def _xpath(selector: str, within: bool) -> str:
    """A simple selector as XPath: under the context element (itself included) or page-wide."""
    tag, mark, name = _parts(selector)
    axis = "descendant-or-self::" if within else "//"
    if mark == "#" and not within:
        # Attribute first: the predicate is tested on the id attributes only, not on every
        # element of the tag (the same elements, in document order; about half the time).
        # (Not for classes: nearly every element has one, and the detour cost more.)
        return f"//@id[.='{name}']/parent::{tag}"
    if mark == "#":
        return f"{axis}{tag}[@id='{name}']"
    if mark == ".":
        # The raw class holds the name wherever the word test can hold: testing that first
        # spares the normalizing and joining on the elements whose class lacks it (the same
        # elements; about 0.7 of the time on whole pages).
        return (f"{axis}{tag}[contains(@class, '{name}')]"
                f"[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")
    return f"{axis}{tag}"
