"""The page's text as regions, each marked with the field it became or why it was dropped.

A region is a text block of the page: an element that holds text and no other block element
(``p``, ``h1``-``h6``, ``li``, ``figcaption``, a ``div`` of text ...), in document order. Each
region is matched against the parsed :class:`~newsparse.Article`: the title, subtitle, a byline
naming an author, a date line showing the published day, a body block; the rest is dropped, and
the reason is read from where it sits (a figure caption, a subscription prompt, related links,
navigation and other site chrome, an advert, comments) or how it reads (mostly links, a stock
label).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
import lxml.html

from newsparse.article import Article
from newsparse.extract.body.boilerplate import is_stock_label
from newsparse.extract.dates import parse_date
from newsparse.kit.selectors import block_text
from newsparse.text import clean

__all__ = ["FIELD_KINDS", "Region", "regions"]

FIELD_KINDS = ("title", "subtitle", "byline", "date", "body")
"""Region kinds that became a field (``byline`` feeds ``authors``, ``date`` ``published``)."""

_BLOCKS = frozenset((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "pre",
    "td", "th", "div", "section", "article", "header", "footer", "aside", "nav", "address",
    "main", "figure", "ul", "ol", "table", "form", "details", "summary",
))
_SKIP = frozenset((
    "script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object",
    "button", "select", "option", "textarea", "input",
))
_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("caption or credit", re.compile(r"caption|credit|figcaption|image-?desc|photo", re.I)),
    ("prompt", re.compile(r"subscri|newsletter|paywall|sign-?up|register|regwall|promo|donat"
                          r"|contribut|membership|abonn|paywall|app-?download", re.I)),
    ("related links or teaser", re.compile(r"related|teaser|recommend|read-?next|more-|"
                                           r"most-?(?:popular|read)|outbrain|taboola|card|"
                                           r"trending|also", re.I)),
    ("advert", re.compile(r"(?:^|[\s_-])ads?(?:$|[\s_-])|advert|ad-?slot|sponsor|banner", re.I)),
    ("comments", re.compile(r"comment|disqus|reaction", re.I)),
    ("site chrome", re.compile(r"nav|menu|header|footer|breadcrumb|share|social|cookie|consent"
                               r"|toolbar|sidebar|rail|masthead|logo|search|tags?\b", re.I)),
)
_CHROME_TAGS = {"nav": "site chrome", "header": "site chrome", "footer": "site chrome",
                "aside": "related links or teaser", "figure": "caption or credit",
                "figcaption": "caption or credit", "form": "prompt"}
_MAX_BYLINE = 160
_MAX_DATE = 90
_MAX_LINK_SHARE = 0.6


@attrs.frozen
class Region:
    """One text block of the page: its text, and the field it became or why it was dropped."""

    text: str
    kind: str
    """One of :data:`FIELD_KINDS`, or ``dropped``."""
    reason: str = ""
    """For a dropped region: caption or credit, prompt, related links or teaser, advert,
    comments, site chrome, links, stock label, or outside the article."""
    tag: str = ""
    block: str = ""
    """For a body region: the kind of block it became (paragraph, heading, quote, list_item)."""


def _leaves(root: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The outermost elements without a block element inside, in document order (hidden
    ones and code skipped). Linear: each block marks its ancestors once."""
    holds_blocks: set[lxml.html.HtmlElement] = set()
    for el in root.iter(*_BLOCKS):
        for parent in el.iterancestors():
            if parent in holds_blocks:
                break
            holds_blocks.add(parent)
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP or el.get("hidden") is not None:
            continue
        if el in holds_blocks:
            stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))
        else:
            yield el


def _dropped_reason(el: lxml.html.HtmlElement, text: str) -> str:
    if is_stock_label(text):
        return "stock label"
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            break
        marker = " ".join(filter(None, (node.get("class"), node.get("id"),
                                        node.get("data-component"))))
        for reason, pattern in _REASONS:
            if marker and pattern.search(marker):
                return reason
        if node.tag in _CHROME_TAGS:
            return _CHROME_TAGS[node.tag]
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    if text and linked / len(text) > _MAX_LINK_SHARE:
        return "links"
    return "outside the article"


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _shows_date(el: lxml.html.HtmlElement, text: str, day: dt.date | None) -> bool:
    if day is None or len(text) > _MAX_DATE:
        return False
    stamps = [str(t.get("datetime") or "") for t in el.iter("time")] + [text]
    for stamp in stamps:
        found = parse_date(stamp) if stamp else None
        if found is not None and _day(found) == day:
            return True
    return False


def _kind(article: Article, el: lxml.html.HtmlElement, text: str, body: set[str]) -> str | None:
    key = text.casefold()
    if key == article.title.casefold() or (el.tag == "h1" and article.title.casefold() in key):
        return "title"
    if article.subtitle and key == article.subtitle.casefold():
        return "subtitle"
    if text in body or any(text in block for block in body if len(text) > 40):
        return "body"
    if len(text) <= _MAX_BYLINE and any(a.casefold() in key for a in article.authors):
        return "byline"
    published = _day(article.published) if article.published else None
    if _shows_date(el, text, published):
        return "date"
    return None


def regions(tree: lxml.html.HtmlElement, article: Article) -> list[Region]:
    """Every text region of the page's ``<body>``, marked against ``article``."""
    body_texts = set(article.paragraphs)
    block_kinds = {b.text: b.kind for b in article.body}
    root = tree.find("body")
    found: list[Region] = []
    titled = False
    for el in _leaves(root if root is not None else tree):
        text = clean(block_text(el))
        if not text:
            continue
        kind = _kind(article, el, text, body_texts)
        if kind == "title":  # the headline once; its echoes in teaser lists are not the title
            kind, titled = (None if titled else "title"), True
        if kind is None:
            found.append(Region(text, "dropped", _dropped_reason(el, text), el.tag))
        else:
            found.append(Region(text, kind, "", el.tag, block_kinds.get(text, "") if
                                kind == "body" else ""))
    return found
