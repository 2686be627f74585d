"""Generic metadata of an HTML page: JSON-LD first, then OpenGraph/meta, then visible markup."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from newsparse.extract import schema
from newsparse.extract.authors import clean_author, split_byline, unique_names
from newsparse.extract.dates import parse_date, parse_epoch
from newsparse.extract.text import clean
from newsparse.page import Page

__all__ = [
    "authors", "language", "modified", "not_article_reason", "paywalled", "published",
    "section", "site", "subtitle", "tags", "title", "url",
]


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")
_LISTING_PATH = re.compile(
    r"/(?:tag|tags|category|categories|author|authors|topic|topics|section)/|/page/\d+/?$"
)


def _text(page: Page, xpath: str) -> str | None:
    for el in page.tree.xpath(xpath):
        value = clean(el if isinstance(el, str) else el.text_content())
        if value:
            return value
    return None


def _strip_site(title: str, site_name: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        key = site_name.casefold()
        kept = [p for p in parts if p.casefold() not in key and key not in p.casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return title


def title(page: Page) -> tuple[str, str] | None:
    """Headline from JSON-LD, ``og:title``, ``<h1>`` or ``<title>``, without the site's name."""
    site_name = site(page)
    name = site_name[0] if site_name else None
    found = schema.article_object(page)
    if found:
        obj, kind = found
        for key in ("headline", "name"):
            values = schema.strings(obj.get(key))
            if values and clean(values[0]):
                return _strip_site(clean(values[0]), name), f"jsonld:{kind}.{key}"
    meta = page.meta_first("og:title", "twitter:title")
    if meta:
        return _strip_site(clean(meta[1]), name), f"meta:{meta[0]}"
    h1 = _text(page, "//h1")
    if h1:
        return h1, "html:h1"
    head = _text(page, "//title")
    if head:
        return _strip_site(head, name), "html:title"
    return None


def subtitle(page: Page) -> tuple[str, str] | None:
    """Standfirst from JSON-LD ``description``, then ``og:description``/``description``."""
    found = schema.article_object(page)
    if found:
        values = schema.strings(found[0].get("description"))
        if values and clean(values[0]):
            return clean(values[0]), f"jsonld:{found[1]}.description"
    meta = page.meta_first("og:description", "description", "twitter:description")
    return (clean(meta[1]), f"meta:{meta[0]}") if meta and clean(meta[1]) else None


def authors(page: Page) -> tuple[tuple[str, ...], str] | None:
    """Authors from JSON-LD, ``author`` meta, then ``rel=author``/byline markup."""
    found = schema.article_object(page)
    if found:
        people, orgs = schema.names(found[0].get("author"))
        names = unique_names(n for raw in people for n in split_byline(raw))
        if names:
            return tuple(names), f"jsonld:{found[1]}.author"
        org_names = [n for n in (clean_author(o) for o in orgs) if n]
        if org_names:
            return tuple(unique_names(org_names)), f"jsonld:{found[1]}.author"
    meta = page.meta_first("author", "article:author", "dc.creator", "sailthru.author")
    if meta and not meta[1].startswith("http"):
        names = split_byline(meta[1])
        if names:
            return tuple(names), f"meta:{meta[0]}"
    for xpath, source in (
        ("//*[@rel='author']", "html:rel=author"),
        ("//*[@itemprop='author']", "html:itemprop=author"),
        ("//*[contains(@class,'byline')]", "byline"),
    ):
        for el in page.tree.xpath(xpath)[:5]:
            names = split_byline(el.text_content())
            if names:
                return tuple(names), source
    return None


def _date(page: Page, ld_key: str, meta_keys: tuple[str, ...]) -> tuple[dt.date, str] | None:
    found = schema.article_object(page)
    if found:
        value = found[0].get(ld_key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            moment = parse_epoch(value)
            if moment:
                return moment, f"jsonld:{found[1]}.{ld_key}"
        for text in schema.strings(value):
            day = parse_date(text)
            if day:
                return day, f"jsonld:{found[1]}.{ld_key}"
    for key in meta_keys:
        for value in page.meta.get(key, ()):
            day = parse_date(value)
            if day:
                return day, f"meta:{key}"
    return None


def published(page: Page) -> tuple[dt.date, str] | None:
    """Publication date from JSON-LD ``datePublished``, ``article:published_time``, ``<time>``."""
    found = _date(page, "datePublished", (
        "article:published_time", "og:article:published_time", "datepublished",
        "dc.date.issued", "dc.date", "dcterms.created", "date", "pubdate", "publish-date",
        "sailthru.date", "parsely-pub-date",
    ))
    if found:
        return found
    for value in page.tree.xpath("//time/@datetime")[:5]:
        day = parse_date(str(value))
        if day:
            return day, "html:time"
    return None


def modified(page: Page) -> tuple[dt.date, str] | None:
    """Last modification from JSON-LD ``dateModified`` or ``article:modified_time``."""
    return _date(page, "dateModified", (
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
        "last-modified",
    ))


def url(page: Page) -> tuple[str, str] | None:
    """The canonical URL (caller's URL first)."""
    if page.url:
        return page.url, "argument"
    return (page.canonical_url, "html:canonical") if page.canonical_url else None


def site(page: Page) -> tuple[str, str] | None:
    """Publisher name from ``og:site_name``, JSON-LD ``publisher``, else the host."""
    meta = page.meta_first("og:site_name", "application-name")
    if meta and clean(meta[1]):
        return clean(meta[1]), f"meta:{meta[0]}"
    found = schema.article_object(page)
    if found:
        values = schema.strings(found[0].get("publisher"))
        if values and clean(values[0]):
            return clean(values[0]), f"jsonld:{found[1]}.publisher"
    return (page.host, "url:host") if page.host else None


def section(page: Page) -> tuple[str, str] | None:
    """Section from ``article:section`` or JSON-LD ``articleSection``."""
    meta = page.meta_first("article:section", "section")
    if meta:
        return clean(meta[1]), f"meta:{meta[0]}"
    found = schema.article_object(page)
    if found:
        values = schema.strings(found[0].get("articleSection"))
        if values and clean(values[0]):
            return clean(values[0]), f"jsonld:{found[1]}.articleSection"
    return None


def tags(page: Page) -> tuple[tuple[str, ...], str] | None:
    """Tags from ``article:tag``, JSON-LD ``keywords`` or ``keywords`` meta."""
    values = page.meta.get("article:tag")
    if values:
        return tuple(clean(v) for v in values), "meta:article:tag"
    found = schema.article_object(page)
    if found:
        words = schema.strings(found[0].get("keywords"))
        if len(words) == 1:
            words = words[0].split(",")
        if words:
            return tuple(clean(w) for w in words if clean(w)), f"jsonld:{found[1]}.keywords"
    meta = page.meta_first("keywords", "news_keywords")
    if meta:
        return tuple(w for w in (clean(x) for x in meta[1].split(",")) if w), f"meta:{meta[0]}"
    return None


def language(page: Page) -> tuple[str, str] | None:
    """The declared language: ``<html lang>``, then ``og:locale``/``content-language``."""
    for value in page.tree.xpath("/html/@lang | /html/@xml:lang")[:1]:
        lang = clean(str(value)).replace("_", "-")
        if lang:
            return lang, "html:lang"
    meta = page.meta_first("og:locale", "content-language", "language", "dc.language")
    return (meta[1].replace("_", "-"), f"meta:{meta[0]}") if meta else None


def paywalled(page: Page) -> tuple[bool, str] | None:
    """``isAccessibleForFree: false`` in JSON-LD marks a paywalled article."""
    found = schema.article_object(page)
    if found:
        free = found[0].get("isAccessibleForFree")
        if free is False or (isinstance(free, str) and free.strip().lower() == "false"):
            return True, f"jsonld:{found[1]}.isAccessibleForFree"
    return None


def not_article_reason(page: Page) -> str | None:
    """Why the page is not an article (a listing URL), or ``None``."""
    url_value = page.canonical_url
    if url_value:
        path = urlsplit(url_value).path
        if _LISTING_PATH.search(path):
            return f"the URL path {path!r} is a listing page"
    return None
