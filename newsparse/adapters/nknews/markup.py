"""Reading nknews.org HTML as served (the WordPress ``nknews`` theme, 2019 markup).

The article block is ``div.content-wrapper``: ``.content-title``, ``.content-subtitle`` and a
``.content-meta`` byline that appears twice (desktop and mobile). The full text sits in the
hidden ``#fullContent`` next to a visible ``#excerptContent`` teaser; the header date, sidebars,
related articles, the author box and modal dialogs are never read as body.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import lxml.html

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    parse_byline,
    parse_day,
    person_name,
    split_authors,
    strip_title_suffix,
    undouble,
)
from newsparse.adapters.nknews.parsed import Parsed, listing_path, pro_path
from newsparse.article import BlockKind
from newsparse.extract.dates import parse_date
from newsparse.page import Page
from newsparse.text import clean

__all__ = ["parse", "sniff"]

_SKIP = frozenset({
    "script", "style", "noscript", "figure", "figcaption", "iframe", "button", "form", "svg",
    "aside", "nav", "footer", "select", "template", "dialog",
})
_SKIP_CLASS = re.compile(
    r"wp-caption|read_more|excerpt|share|social|related|sidebar|author|modal|newsletter|"
    r"leaky_paywall|paywall|subscribe|advert|ad-slot",
    re.IGNORECASE,
)
_PROMPT_CLASS = re.compile(r"leaky_paywall|paywall|pro-teaser|subscribe-prompt", re.I)
_KIND: dict[str, BlockKind] = {
    "p": "paragraph", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "blockquote": "quote", "li": "list_item",
}
_LISTING_BODY = re.compile(r"\b(?:archive|category|tag|author|search|blog|home)\b")


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _first_text(root: lxml.html.HtmlElement, xpath: str) -> str | None:
    for el in root.xpath(xpath):
        text = clean(el.text_content())
        if text:
            return text
    return None


def _walk(container: lxml.html.HtmlElement) -> list[bp.Unit]:
    """Text blocks under ``container`` in document order, skipping figures, widgets, prompts."""
    out: list[bp.Unit] = []
    stack = list(reversed(container))
    while stack:
        child = stack.pop()
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        marker = f"{child.get('class', '')} {child.get('id', '')}"
        if marker.strip() and _SKIP_CLASS.search(marker):
            continue
        kind = _KIND.get(child.tag)
        if kind is None:
            stack.extend(reversed(child))
            continue
        text = clean(child.text_content())
        if text:
            if kind == "paragraph" and _strong_only(child):
                kind = "heading"
            out.append(bp.Unit(text, kind))
    return out


def _strong_only(p: lxml.html.HtmlElement) -> bool:
    """A ``<p>`` whose whole text is bold and short reads as a subheading."""
    text = clean(p.text_content())
    bold = clean(" ".join(b.text_content() for b in p.iter("strong", "b")))
    return bool(text) and bold == text and len(text.split()) <= 12 and text[-1:] not in ".!?"


def _body(root: lxml.html.HtmlElement) -> tuple[bp.BodyResult, str]:
    """The cleaned body and where it came from (the teaser only when nothing else is there)."""
    for xpath, source in (
        ("//*[@id='fullContent']", "nknews:#fullContent"),
        (f"//*[{_has_class('editor-content')}]", "nknews:.editor-content"),
    ):
        found = root.xpath(xpath)
        if found:
            units = _walk(found[0])
            if units:
                return bp.clean_body(units), source
    teaser = _first_text(root, f"//*[@id='excerptContent']//*[{_has_class('excerpt-text')}]")
    if teaser:
        body = attrs.evolve(bp.clean_body([bp.Unit(teaser)]), teaser=True)
        return body, "nknews:#excerptContent"
    return bp.BodyResult(()), "nknews:none"


def _authors(wrapper: lxml.html.HtmlElement) -> tuple[tuple[str, ...], str] | None:
    meta = wrapper.xpath(f".//*[{_has_class('content-meta')}]")
    if meta:
        links = meta[0].xpath(".//a[contains(@href, 'content_author')]")
        names = split_authors(" | ".join(clean(a.text_content()) for a in links))
        if names:
            return names, "nknews:.content-meta a"
        byline = parse_byline(meta[0].text_content())
        if byline and byline.authors:
            return byline.authors, "nknews:.content-meta"
    box = _first_text(wrapper, f"//*[{_has_class('single-content-author')}]//h4")
    name = person_name(undouble(box)) if box else None
    return ((name,), "nknews:.single-content-author h4") if name else None


def _byline_day(wrapper: lxml.html.HtmlElement) -> tuple[dt.date, str] | None:
    for meta in wrapper.xpath(f".//*[{_has_class('content-meta')}]")[:1]:
        for span in meta.xpath(".//span"):
            day = parse_day(span.text_content())
            if day:
                return day, "byline:.content-meta span"
        byline = parse_byline(meta.text_content())
        if byline:
            return byline.day, "byline:.content-meta"
    return None


def parse(page: Page) -> Parsed:
    """Read an nknews.org HTML page."""
    root = page.tree
    wrappers = root.xpath(f"//*[{_has_class('content-wrapper')}]")
    wrapper = wrappers[0] if wrappers else root
    title_text = _first_text(wrapper, f".//*[{_has_class('content-title')}]")
    title = (title_text, "nknews:.content-title") if title_text else None
    if title is None:
        meta = page.meta_first("og:title", "twitter:title")
        head = meta[1] if meta else _first_text(root, "//title")
        if head:
            title = (strip_title_suffix(head), f"meta:{meta[0]}" if meta else "html:title")
    sub = _first_text(wrapper, f".//*[{_has_class('content-subtitle')}]")
    body, body_source = _body(wrapper)
    published = _meta_date(page, "article:published_time") or _byline_day(wrapper)
    modified = _meta_date(page, "article:modified_time", "og:updated_time")
    if modified is None and body.updated:
        modified = (body.updated, "nknews:update-note")
    prompt = any(_PROMPT_CLASS.search(el.get("class", "")) for el in wrapper.iter("div"))
    paywall = None
    if body.paywalled or prompt:
        paywall = "html:paywall-prompt"
    elif pro_path(page.canonical_url):
        paywall = "url:/pro/"
    return Parsed(
        body=body, title=title, subtitle=(sub, "nknews:.content-subtitle") if sub else None,
        authors=_authors(wrapper), published=published, modified=modified, body_source=body_source,
        paywall_source=paywall, not_article=_not_article(page, title_text),
    )


def _meta_date(page: Page, *keys: str) -> tuple[dt.date, str] | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            day = parse_date(value)
            if day:
                return day, f"meta:{key}"
    return None


def _not_article(page: Page, title_text: str | None) -> str | None:
    found = listing_path(page.canonical_url)
    if found:
        return found
    classes = " ".join(page.tree.xpath("//body/@class"))
    if _LISTING_BODY.search(classes) and "single" not in classes.split():
        return f"a WordPress listing page (body class {clean(classes)!r})"
    if title_text is None and "Photo Stories Archive" in page.text:
        return "the Photo Stories listing, not an article"
    return None


def sniff(page: Page) -> float:
    """How much an HTML page without a known URL looks like nknews.org (0 to 1)."""
    site = page.meta_first("og:site_name")
    if site and clean(site[1]).startswith(("NK News", "NK PRO", "NK Pro")):
        return 0.9
    if "/wp-content/themes/nknews/" in page.text:
        return 0.8
    return 0.0
