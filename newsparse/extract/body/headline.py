"""The page's headline in its markup, and the headlines the page declares.

The headline is the first ``<h1>``-``<h3>`` showing a headline the page declares in its
metadata (``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>``), else the first
``<h1>`` outside menus. The text map (:mod:`.textmap`) keeps what is found, once per parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html

from newsparse.extract import schema
from newsparse.extract.body.treetext import text_of

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis
    from newsparse.extract.body.textmap import TextMap

__all__ = ["declared_heading", "declared_titles", "headline", "matches_title"]


_MENU_TAGS = ("nav", "aside", "footer", "li", "menu")


def headline(text_map: TextMap) -> list[lxml.html.HtmlElement]:
    """The headline element followed by its ancestors, ``[]`` if the page has none; computed
    once per map. The headline is the first ``<h1>``-``<h3>`` whose text is a headline the
    page declares (a site may set its title in ``<h2>`` and its logo or a teaser feed in the
    first ``<h1>``), else the first non-empty ``<h1>`` outside menus and lists (a carousel of
    teasers may set its titles in ``<h1>`` too), else the first non-empty ``<h1>``."""
    if text_map.headline is None:
        declared = text_map.declared_heading()
        if declared is not None:
            text_map.headline = [declared, *declared.iterancestors()]
        else:
            text_map.headline = _find_headline(text_map)
    return text_map.headline


_SEPARATORS = frozenset("|-–—:·•/»")
_MIN_PREFIX = 12
"""Characters a heading needs to count as the start of a declared title (before " | Site")."""
_MAX_HEADING = 400


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def matches_title(text: str, titles: tuple[str, ...]) -> bool:
    """Whether a heading's text is one of the declared ``titles`` (case and white space
    aside), or the part of one before a site-name separator (``"Headline | Site"``)."""
    key = _squeeze(text)
    if not key:
        return False
    for title in titles:
        if key == title:
            return True
        if len(key) >= _MIN_PREFIX and title.startswith(key):
            rest = title[len(key):].lstrip()
            if rest and rest[0] in _SEPARATORS:
                return True
    return False


def declared_heading(text_map: TextMap) -> lxml.html.HtmlElement | None:
    titles = tuple(t for t in (_squeeze(t) for t in text_map.titles) if t)
    if text_map.body is None or not titles:
        return None
    inside: lxml.html.HtmlElement | None = None
    for el in text_map.body.el.iter("h1", "h2", "h3"):
        text = text_of(el)
        if len(text) > _MAX_HEADING or not matches_title(text, titles):
            continue
        if next(el.iterancestors(*_MENU_TAGS), None) is None:
            return el
        inside = el if inside is None else inside
    return inside


def _find_headline(text_map: TextMap) -> list[lxml.html.HtmlElement]:
    if text_map.body is None:
        return []
    first: lxml.html.HtmlElement | None = None
    for h1 in text_map.body.el.iter("h1"):
        if not text_of(h1).strip():
            continue
        if next(h1.iterancestors(*_MENU_TAGS), None) is None:
            return [h1, *h1.iterancestors()]
        first = h1 if first is None else first
    return [] if first is None else [first, *first.iterancestors()]



def declared_titles(page: Analysis) -> tuple[str, ...]:
    """The headlines the page declares: ``og:title``, ``twitter:title``, JSON-LD ``headline``,
    then ``<title>``."""
    found = [v for key in ("og:title", "twitter:title") for v in page.meta.get(key, ())[:1]]
    article = schema.article_object(page)
    if article:
        found.extend(schema.strings(article[0].get("headline"))[:1])
    found = [schema.unescape(t) for t in found]
    head = page.title_element
    if head is not None and head.text:
        found.append(head.text)
    return tuple(found)
