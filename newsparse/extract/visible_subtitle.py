"""The visible standfirst (dek, lead, intro) printed under an article's headline.

Looked for in the block around the page's first ``<h1>`` only (cheap, and a standfirst sits
next to its headline), by class-name words ("standfirst", "lead", "intro", "dek", "subtitle",
"summary", "abstract", "excerpt"), read as whole words of the class tokens so that
"leading-tight" or "leaderboard" never match. An element is taken only when its class is unique
in that block (repeated classes are sub-headings or teaser lists), when it sits outside teasers
and comments, holds no heading or picture, and has the length of a standfirst.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, cast

import lxml.html

from newsparse.extract.classes import CLASS_VALUES, JOIN, values_holding
from newsparse.extract.visible_authors import header_region, in_foreign_context
from newsparse.found import Found, Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["standfirst"]

_HINTS = ("standfirst", "lead", "lede", "intro", "dek", "subtitle", "sub-title", "subheadline",
          "summary", "abstract", "excerpt")  # substrings of lower-cased classes
_SKIP_TAGS = frozenset({"h1", "a", "figure", "figcaption", "img", "script", "style", "button"})
_LEVELS = 3
_REGION_LIMIT = 400
_WANTED = frozenset({
    "standfirst", "lead", "leadtext", "leadin", "lede", "intro", "dek", "subtitle",
    "subheadline", "summary", "abstract", "excerpt",
})
_UNWANTED = frozenset({
    "teaser", "newsletter", "subscribe", "subscription", "briefing", "item", "ad", "ads",
    "box", "related", "promo", "card", "list", "profile", "ranking", "premium", "register",
    "identity", "image", "media", "asset", "video", "photo", "caption", "native", "author",
    "banner", "heading", "headline", "grid", "col", "section",
})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_MIN, _MAX = 40, 800
_MAX_ELEMENTS = 40
_SOURCE = Source.markup("html:standfirst")


def _class_words(token: str) -> set[str]:
    """``"article-leadText"`` -> {"article", "lead", "text", "leadtext"}."""
    words = [w.lower() for w in _WORD.findall(token)]
    joined = {a + b for a, b in itertools.pairwise(words)}
    return set(words) | joined


def _matches(cls: str) -> bool:
    """Whether the class attribute ``cls`` has a standfirst-like class token."""
    lowered = cls.lower()
    if not any(word in lowered for word in _HINTS):
        return False
    for token in cls.split():
        words = _class_words(token)
        if words & _WANTED and not words & _UNWANTED:
            return True
    return False


def _near_headline(page: Analysis) -> list[lxml.html.HtmlElement]:
    """Elements with a standfirst-like class in the block around the first ``<h1>`` (among
    its first nodes; no skipped tag; the first ones)."""
    region = header_region(page, levels=_LEVELS)
    if region is None:
        return []
    # Most blocks have no class holding a hint word: the classes, read by XPath in C as plain
    # strings and joined, are searched for each word by ``str.find``; only the classes holding
    # one are tested (each distinct class once: a page repeats its classes), and only a block
    # with a standfirst-like class has its elements found.
    classes = cast(list[str], CLASS_VALUES(region))
    lowered = JOIN.join(classes).lower()  # each class lower-cased, as alone
    tested: dict[str, bool] = {}
    hits: list[int] = []
    for index in values_holding(lowered, _HINTS):
        cls = classes[index]
        hit = tested.get(cls)
        if hit is None:
            hit = tested[cls] = _matches(cls)
        if hit:
            hits.append(index)
    if not hits:
        return []
    # The classed elements are the block's elements with a class, in the same order: counted
    # along the block's first nodes up to the last hit (a walk as short as that, and no
    # element objects made for the rest of the block).
    wanted = set(hits)
    found: list[lxml.html.HtmlElement] = []
    index = -1
    for el in itertools.islice(region.iter(), _REGION_LIMIT):
        if not isinstance(el.tag, str) or el.get("class") is None:
            continue
        index += 1
        if index in wanted and el.tag not in _SKIP_TAGS:
            found.append(el)
            if len(found) >= _MAX_ELEMENTS:
                break
        if index >= hits[-1]:
            break
    return found


def standfirst(page: Analysis, headline: str | None = None) -> Found[str] | None:
    """The visible standfirst near the headline and its source (``html:standfirst``)."""
    found = _near_headline(page)
    counts: dict[str, int] = {}
    for el in found:
        counts[el.get("class", "")] = counts.get(el.get("class", ""), 0) + 1
    head = clean(headline or "").casefold()
    for el in found:
        if counts[el.get("class", "")] > 1 or in_foreign_context(el):
            continue
        if el.xpath("boolean(.//h1 | .//h2 | .//img | .//figure | .//picture)"):
            continue  # a header block or a picture with its caption, not the standfirst
        text = clean(el.text_content())
        if not _MIN <= len(text) <= _MAX or (head and head[:40] in text.casefold()):
            continue  # too short or long for a standfirst, or a block holding the headline
        if _captions(el) * 2 >= len(text):
            continue  # a picture's caption (its image may be a script-filled placeholder)
        return Found(text, _SOURCE)
    return None


def _captions(el: lxml.html.HtmlElement) -> int:
    """Characters of the figure captions inside ``el``: ``<figcaption>`` elements and elements
    whose class names a caption ("embed-caption", "imageCaption"), outermost only."""
    size = 0
    inside: set[lxml.html.HtmlElement] = set()
    for sub in el.iterdescendants():
        if not isinstance(sub.tag, str) or sub in inside:
            continue
        cls = sub.get("class") or ""
        if sub.tag == "figcaption" or (
            "aption" in cls and any("caption" in _class_words(t) for t in cls.split())
        ):
            size += len(clean(sub.text_content()))
            inside.update(sub.iterdescendants())
    return size
