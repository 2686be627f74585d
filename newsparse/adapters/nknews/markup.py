"""Reading nknews.org HTML: the WordPress theme as served, its AMP page, its print view, and
blog posts that repost an article.

The theme's article block is ``div.content-wrapper``: ``.content-title``, ``.content-subtitle``
and a ``.content-meta`` byline that appears twice (desktop and mobile). The full text sits in
the hidden ``#fullContent`` next to a visible ``#excerptContent`` teaser; the header date,
sidebars, related articles, the author box and modal dialogs are never read as body. Where each
kind of page keeps these is data (:mod:`.layouts`); the tree is walked once to find them.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import lxml.etree
import lxml.html

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    find_date,
    parse_byline,
    parse_day,
    person_name,
    split_authors,
    strip_title_suffix,
    title_suffix,
    undouble,
)
from newsparse.adapters.nknews.layouts import LAYOUTS, Index, Layout, label
from newsparse.adapters.nknews.parsed import (
    NONE,
    Parsed,
    listing_path,
    nknews_host,
    pro_path,
    site,
)
from newsparse.adapters.nknews.textdump import parse_text
from newsparse.extract.archived import original_url
from newsparse.extract.body.treetext import text_of
from newsparse.extract.textdump import element_text
from newsparse.kit import Found, Source, clean, parse_date, walk
from newsparse.page import Page

__all__ = ["parse", "sniff"]

_SKIP_CLASS = re.compile(
    r"wp-caption|read_more|excerpt|share|social|related|sidebar|author|modal|newsletter|"
    r"leaky_paywall|paywall|subscribe|advert|ad-slot",
    re.IGNORECASE,
)
"""Classes and ids of what the theme puts inside the article's text: captions, the Read More
button and teaser, share bars, related links, the author box, prompts, adverts."""
_PROMPT_CLASS = re.compile(r"leaky_paywall|paywall|pro-teaser|subscribe-prompt", re.I)
_PROMPT_WORDS = ("paywall", "pro-teaser", "subscribe-prompt")
"""``_PROMPT_CLASS``'s words (``leaky_paywall`` holds ``paywall``)."""
_DIV_CLASSES = lxml.etree.XPath("descendant-or-self::div/@class", smart_strings=False)
_LISTING_BODY = re.compile(r"\b(?:archive|category|tag|author|search|blog|home)\b")


def _text(el: lxml.html.HtmlElement | None) -> str | None:
    return (clean(text_of(el)) or None) if el is not None else None


_PRINTED_FROM = re.compile(
    r"Article printed from NK News[^:\n]{0,40}: https?://(?:www\.)?nknews\.org"
)
_PRINTED_FROM_START = "Article printed from NK News"
"""Where every match of ``_PRINTED_FROM`` starts: ``in`` skips through a page several times
faster than the pattern's search, and every page routed by sniffing is searched."""
_PRINT_SECTION = re.compile(r"\bIn (?P<section>[^|]{1,80}?)\s*\|\s*(?:No|\d+) Comments?")
_REPOST_BODY = ("div.post-body", "div.entry-content")
"""Blog posts: Blogger's post body, WordPress' entry content (one post per page)."""


def _body(
    index: Index, wrapper: lxml.html.HtmlElement, layout: Layout
) -> tuple[bp.BodyResult, Source]:
    """The cleaned body and where it came from (the teaser only when nothing else is there)."""
    for selector in layout.body:
        found = index.first(selector, wrapper)
        if found is not None:
            units = walk(found, skip_class=_SKIP_CLASS)
            if units:
                return bp.clean_body(units), site(f"nknews:{label(selector)}")
    excerpt = index.first("div#excerptContent")
    teaser = _text(index.first("div.excerpt-text", excerpt)) if excerpt is not None else None
    if teaser:
        body = attrs.evolve(bp.clean_body([bp.Unit(teaser)]), teaser=True)
        return body, site("nknews:#excerptContent")
    return bp.BodyResult(()), NONE


def _authors(
    index: Index, byline: lxml.html.HtmlElement | None, layout: Layout
) -> Found[tuple[str, ...]] | None:
    if byline is not None:
        names = split_authors(" | ".join(
            clean(text_of(el)) for el in index.select(layout.authors, byline)
        ))
        if names:
            return Found(names, site(f"nknews:{label(layout.byline)} {label(layout.authors)}"))
        found = parse_byline(text_of(byline))
        if found and found.authors:
            return Found(found.authors, site(f"nknews:{label(layout.byline)}"))
    box = index.first("div.single-content-author")
    name_el = next(box.iter("h4"), None) if box is not None else None
    name = _text(name_el)
    name = person_name(undouble(name)) if name else None
    return Found((name,), site("nknews:.single-content-author h4")) if name else None


def _byline_day(
    index: Index, wrapper: lxml.html.HtmlElement, byline: lxml.html.HtmlElement | None,
    layout: Layout,
) -> Found[dt.date] | None:
    if layout.time:
        for el in index.select(layout.time, wrapper):
            day = parse_date(el.get("datetime") or "")
            if day:
                return Found(day, site(f"nknews:{label(layout.time)}"))
    if byline is None:
        return None
    for span in index.select(layout.day, byline) if layout.day else ():
        day = parse_day(text_of(span))
        if day:
            return Found(day, Source.markup(f"byline:{label(layout.byline)} {label(layout.day)}"))
    text = clean(text_of(byline))
    found = parse_byline(text)
    source = Source.markup(f"byline:{label(layout.byline)}")
    if found:
        return Found(found.day, source)
    written = find_date(text)
    day = parse_day(written) if written else None
    return Found(day, source) if day else None


def _links(index: Index, wrapper: lxml.html.HtmlElement, selector: str | None) -> tuple[str, ...]:
    box = index.first(selector, wrapper)
    if box is None:
        return ()
    return tuple(t for t in (clean(text_of(a)) for a in box.iter("a")) if t)


def _section(
    index: Index, wrapper: lxml.html.HtmlElement, byline: lxml.html.HtmlElement | None,
    layout: Layout,
) -> Found[str] | None:
    found = _links(index, wrapper, layout.section)
    if found:
        return Found(found[0], site(f"nknews:{label(layout.section)} a"))
    if layout.name == "print" and byline is not None:
        match = _PRINT_SECTION.search(clean(text_of(byline)))
        if match:
            return Found(match.group("section"), site(f"nknews:{label(layout.byline)}"))
    return None


def parse(page: Page) -> Parsed:
    """Read an nknews.org HTML page (the theme, its AMP page, its print view) or a repost."""
    index = Index(page.tree)
    for layout in LAYOUTS:
        wrapper = index.first(layout.wrapper)
        if wrapper is not None:
            return _read(page, index, layout, wrapper)
    return _without_layout(page, index)


def _read(page: Page, index: Index, layout: Layout, wrapper: lxml.html.HtmlElement) -> Parsed:
    title_text = _text(index.first(layout.title, wrapper))
    title = (Found(title_text, site(f"nknews:{label(layout.title)}")) if title_text
             else _head_title(page))
    sub = _text(index.first(layout.subtitle, wrapper))
    byline = index.first(layout.byline, wrapper)
    body, body_source = _body(index, wrapper, layout)
    published = _meta_date(page, "article:published_time") or _byline_day(
        index, wrapper, byline, layout
    )
    modified = _meta_date(page, "article:modified_time", "og:updated_time")
    if modified is None and body.updated:
        modified = Found(body.updated, site("nknews:update-note"))
    tags = _links(index, wrapper, layout.tags)
    return Parsed(
        body=body, title=title,
        subtitle=Found(sub, site(f"nknews:{label(layout.subtitle)}")) if sub else None,
        authors=_authors(index, byline, layout), published=published, modified=modified,
        body_source=body_source, section=_section(index, wrapper, byline, layout),
        tags=Found(tags, site(f"nknews:{label(layout.tags)} a")) if tags else None,
        paywall_source=_paywall(page, wrapper, body),
        not_article=_not_article(page, title_text), layout=layout.name if title_text else None,
    )


def _head_title(page: Page) -> Found[str] | None:
    meta = page.meta_first("og:title", "twitter:title")
    if meta:
        return Found(strip_title_suffix(meta[1]), Source.meta(meta[0]))
    head = _text(next(page.tree.iter("title"), None))
    return Found(strip_title_suffix(head), Source.markup("html:title")) if head else None


def _prompt_class(block: lxml.html.HtmlElement) -> bool:
    """Whether a ``div`` in ``block`` (itself included) has a paywall prompt's class. The
    classes are read in one XPath call; ASCII classes (all, in practice) are searched lower-cased
    for the pattern's words, the same test as the case-blind pattern (on ASCII text it is
    ASCII case folding) in a fraction of its time."""
    classes = " ".join(_DIV_CLASSES(block))  # type: ignore[arg-type]
    if not classes.isascii():
        return bool(_PROMPT_CLASS.search(classes))
    lowered = classes.lower()
    return any(word in lowered for word in _PROMPT_WORDS)


def _paywall(page: Page, wrapper: lxml.html.HtmlElement, body: bp.BodyResult) -> Source | None:
    if body.paywalled or _prompt_class(wrapper):
        return Source.markup("html:paywall-prompt")
    if pro_path(page.canonical_url):
        return Source("url", "url:/pro/")
    return None


def _without_layout(page: Page, index: Index) -> Parsed:
    """A page without any known article markup: a blog post that reposts an NK News article
    (its post body read as NK News text, the blog's chrome and dates never), else nothing
    (the adapter then falls back to the generic body)."""
    for selector in _REPOST_BODY:
        posts = index.select(selector)
        if len(posts) == 1:
            parsed = parse_text(element_text(posts[0]), None)
            return attrs.evolve(parsed, repost=True,
                                body_source=site(f"nknews:repost {parsed.body_source}"))
    return Parsed(body=bp.BodyResult(()), body_source=NONE, title=_head_title(page),
                  paywall_source=_paywall(page, page.tree, bp.BodyResult(())),
                  not_article=_not_article(page, None))


def _meta_date(page: Page, *keys: str) -> Found[dt.date] | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            day = parse_date(value)
            if day:
                return Found(day, Source.meta(key))
    return None


def _not_article(page: Page, title_text: str | None) -> str | None:
    found = listing_path(page.canonical_url)
    if found:
        return found
    body = next(page.tree.iterchildren("body"), None)  # (find() parses its path in Python)
    classes = (body.get("class") or "") if body is not None else ""
    if _LISTING_BODY.search(classes) and "single" not in classes.split():
        return f"a WordPress listing page (body class {clean(classes)!r})"
    if title_text is None and page.holds("Photo Stories Archive"):
        return "the Photo Stories listing, not an article"
    return None


def sniff(page: Page) -> float:
    """How much an HTML page without a known URL looks like nknews.org (0 to 1)."""
    named = page.meta_first("og:site_name")
    if named and clean(named[1]).startswith(("NK News", "NK PRO", "NK Pro")):
        return 0.9
    if page.holds("/wp-content/themes/nknews/"):
        return 0.8
    # An archived copy, an AMP page or a print view links back to the article it shows.
    link = page.canonical_url or ""
    if nknews_host(original_url(link) or link) or (
        page.holds(_PRINTED_FROM_START) and _PRINTED_FROM.search(page.text)
    ):
        return 0.7
    # A blog post that reposts an article keeps its NK News <title> as the post title.
    head = page.meta_first("og:title", "twitter:title")
    title: str | None
    if head:
        title = head[1]
    else:  # (the first <title>: the walk stops there)
        first = next(page.tree.iter("title"), None)
        title = (first.text or "") if first is not None else None
    if title is not None and title_suffix(title):
        return 0.6
    return 0.0
