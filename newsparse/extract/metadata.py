"""Generic metadata of an HTML page: JSON-LD first, then OpenGraph/meta, then visible markup.

Each function returns ``(value, source)`` or ``None``; the source names where the value came
from (``jsonld:NewsArticle.datePublished``, ``meta:article:published_time``, ``byline``) and
becomes the field's provenance. Topics with more rules live in their own modules: titles,
bylines, page_dates, language, paywall.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

import lxml.etree

from newsparse import words
from newsparse.article import ArticleWarning
from newsparse.extract import lookups, publication_dates, schema, titles
from newsparse.extract.authors import (
    PARTICLES,
    clean_author,
    invert_name,
    is_name_like,
    looks_like_organisation,
    split_byline,
    unique_names,
)
from newsparse.extract.body import listing
from newsparse.extract.body import paywall as paywall_rules
from newsparse.extract.body.boilerplate import is_date_line, is_stock_label
from newsparse.extract.language import declared_language, detect_language
from newsparse.extract.signoff import LAST_BLOCKS, SIGNOFF, signoff_names
from newsparse.extract.thresholds import LINK_DENSITY
from newsparse.extract.visible_authors import byline_candidates
from newsparse.extract.visible_subtitle import standfirst
from newsparse.found import Found, Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "authors", "language", "modified", "not_article_reason", "paywalled", "published",
    "section", "site", "subtitle", "tags", "title", "url",
]

_LISTING_PATH = re.compile(
    r"/(?:tag|tags|category|categories|author|authors|topic|topics|section)/|/page/\d+/?$"
)
_AUTHOR_META = (
    "author", "article:author", "article:byline", "byl", "dc.creator", "dcterms.creator",
    "citation_author", "parsely-author", "sailthru.author", "cxenseparse:author",
    "dc.contributor",
)
_AUTHOR_META_KEYS = frozenset(_AUTHOR_META)
_INVERTED_META = frozenset({"dc.creator", "dcterms.creator", "citation_author", "dc.contributor"})
_TWITTER_PAIRS = tuple((f"twitter:label{n}", f"twitter:data{n}") for n in (1, 2, 3))

# Tracking ids and CMS slugs found among keywords: "98be933f-38cf-…", "stats-reach-team-all".
_NOT_TAG = re.compile(
    r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F-]{8,}|[0-9a-fA-F]{16,}|\d+|[a-z0-9]+(?:[-_][a-z0-9]+){2,}|"
    r"[a-z]+(?::[a-z0-9_-]+)+)$"
)
_TAG_PREFIX = re.compile(r"^(?:category|tag|topic|section|kategorie|rubrik)\s*:\s*", re.IGNORECASE)
_MAX_TAG = 80
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "edu"})

_CANONICAL = Source.markup("html:canonical")
_HOST = Source("url", "url:host")
ARGUMENT = Source("url", "argument")
"""The URL the caller gave."""

AuthorSource = tuple[list[str], list[str], Source, bool]
"""(person-like strings, organisation strings, source, structured?)."""


def title(page: Analysis) -> Found[str] | None:
    """Headline from ``og:title``, JSON-LD, ``<h1>`` or ``<title>``, without the site's name."""
    return titles.title(page)


def subtitle(page: Analysis) -> Found[str] | None:
    """The standfirst printed under the headline, else ``og:description``, the JSON-LD
    ``description``/``abstract``, the ``description`` meta tag.

    ``og:description`` comes before JSON-LD because some CMSs fill the latter with the lead
    image's caption.
    """
    headline = titles.title(page)
    shown = standfirst(page, headline.value if headline else None)
    if shown:
        return shown
    shared = lookups.meta(page, "og:description")
    if shared:
        return shared
    found_ld = lookups.jsonld(page, "description", "abstract")
    if found_ld:
        return found_ld
    found_meta = lookups.meta(page, "description", "twitter:description", "dc.description")
    if found_meta:
        return found_meta
    return None


# -- authors ---------------------------------------------------------------------------------


# A link to the author's page names one person even by a single name ("Tobi", "Andrea").
_LINKED = frozenset({
    Source.markup("html:rel=author"), Source.markup("html:author-link"),
    Source.microdata("author"),
})
_BY_WORDS = frozenset(words.every("by"))
# A list of people is joined by "and"/"&" or separated by ";"/"|"; commas alone between single
# words make a place ("Frankfurt, Germany") or an inverted name.
_LISTED = re.compile(r"[;|&/]|\s(?:and|und|et|y|e|i|og|och|en)\s", re.IGNORECASE)
_AUTHOR_LABELS = frozenset(words.every("author_labels"))
# A phrase, not a name: a lower-case word (no particle) before a capitalised one ("deinen
# Hochzeitsbloggern", "digvis GmbH"); all lower case ("jane doe") or "der Michel" stay names.
_PHRASE = re.compile(
    r"^(?!(?:" + "|".join(map(re.escape, sorted(PARTICLES))) + r")\s)"
    r"[a-zäöüßàâçéèêëîïôûùÿñ]+\s+.*\b[A-ZÄÖÜ]"
)
# An account name: lower-case letters and digits, perhaps joined by "." "_" "-".
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_HANDLE_SPLIT = re.compile(r"[\W_]+")


def _labelled_author(page: Analysis) -> tuple[str, Source] | None:
    """Yoast's reading aids: ``twitter:label1`` "Written by" / "Verfasst von" / "Escrito por"
    (a label ending in a by-word, or an author label) with the name in ``twitter:data1``."""
    meta = page.meta
    for label_key, data_key in _TWITTER_PAIRS:
        labels = meta.get(label_key)
        values = meta.get(data_key)
        if not labels or not values:
            continue
        label = " ".join(labels[0].lower().split())
        if label in _AUTHOR_LABELS or (label.split() or [""])[-1] in _BY_WORDS:
            return values[0], Source.meta(data_key)
    return None


def _author_sources(page: Analysis) -> Iterator[AuthorSource]:
    found = schema.article_object(page)
    if found:
        for key in ("author", "creator"):
            people, orgs = schema.names(schema.resolve(page, found[0].get(key)))
            if people or orgs:
                yield people, orgs, Source.jsonld(found[1], key), True
                break
    written_by = _labelled_author(page)
    if written_by:
        yield [written_by[0]], [], written_by[1], True
    meta = page.meta
    # (most pages have none of these keys: each is looked up only when the map holds it)
    for key in _AUTHOR_META if not _AUTHOR_META_KEYS.isdisjoint(meta) else ():
        values = [v for v in meta.get(key, ()) if not v.strip().startswith(("http", "@"))]
        if key in _INVERTED_META:
            values = [invert_name(v) for v in values[:20]]
        if values:
            yield values[:20] if key in _INVERTED_META else values[:1], [], Source.meta(key), True
    for raw, source in byline_candidates(page):
        if raw:
            yield raw, [], source, False


def _classify(source: AuthorSource, sites: frozenset[str]) -> tuple[list[str], list[str]]:
    raw_people, raw_orgs, _, structured = source
    people: list[str] = []
    orgs = [n for n in (clean_author(o) for o in raw_orgs) if n]
    for raw in raw_people:
        parts = split_byline(raw) if len(raw.split()) > 1 or "," in raw else [raw]
        # "Jane Doe and John Roe, Nairobi": beside full names a lone word is a dateline.
        full_names = any(len(part.split()) > 1 for part in parts)
        if len(parts) > 1 and not full_names and "," in raw and not _LISTED.search(raw):
            continue  # "Frankfurt, Germany": single words after a comma name a place

        for part in parts:
            name = clean_author(part) or ""
            if not name:
                continue
            if looks_like_organisation(name, sites):
                orgs.append(name)
            elif len(parts) > 1 and full_names and len(name.split()) == 1:
                continue
            elif is_name_like(name, single_word=structured or source[2] in _LINKED) or (
                structured and len(name.split()) <= 4 and not _PHRASE.match(name)
            ):
                people.append(name)
    return unique_names(people), unique_names(orgs)


def _signoff(page: Analysis) -> list[str]:
    """The names or initials signing the end of the article text (:mod:`.signoff`): its last
    text blocks, read from the main container's candidate blocks (shared with the body; link
    lists, headings, stock labels and date lines skipped, as the body drops them)."""
    tail: list[str] = []
    for raw in reversed(page.markup_raws):
        if len(tail) == LAST_BLOCKS:
            break
        if raw.kind in ("title", "heading") or raw.link_density > LINK_DENSITY:
            continue
        if not is_stock_label(raw.text) and not is_date_line(raw.text):
            tail.append(raw.text)
    return signoff_names(tail[::-1])


def _handle_keys(name: str) -> list[str] | None:
    """The parts of an account handle ("christian.stadtfeld", "gabor_munier"), accents
    folded, or ``None`` when ``name`` is written as a name (spaces, capitals)."""
    if not _HANDLE.fullmatch(name):
        return None
    return [p for p in _HANDLE_SPLIT.split(_folded(name)) if p]


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _shown_as(handle: list[str], people: list[str]) -> list[str]:
    """The person whose written name the handle's parts spell, in order (``["christian",
    "stadtfeld"]`` -> "Christian P. Stadtfeld"; ``["arianschlichenmayer"]`` -> "Arian
    Schlichenmayer")."""
    for name in people:
        if _HANDLE.fullmatch(name):
            continue  # the same handle, or another
        parts = [p for p in _HANDLE_SPLIT.split(_folded(name)) if p]
        if "".join(parts) == "".join(handle) or (
            len(handle) > 1 and all(h in parts for h in handle)
        ):
            return [name]
    return []


def authors(page: Analysis) -> Found[tuple[str, ...]] | None:
    """Person names from JSON-LD, author meta tags, microdata, ``rel=author`` links and visible
    bylines (teasers and comments excluded), else from a sign-off at the end of the text
    (:mod:`.signoff`); an organisation only when no person is named.

    An account handle given as the author ("jane.doe") is replaced by the name the page
    writes for it ("Jane Doe", in a byline or sign-off) when its parts spell that name."""
    sites = titles.site_names(page)
    fallback: tuple[tuple[str, ...], Source] | None = None
    handle: tuple[list[str], Found[tuple[str, ...]]] | None = None
    for source in _author_sources(page):
        people, orgs = _classify(source, sites)
        if people and handle is not None:
            shown = _shown_as(handle[0], people)
            if shown:
                return Found(tuple(shown), source[2])
        elif people:
            keys = _handle_keys(people[0]) if len(people) == 1 and source[3] else None
            if keys is None:
                return Found(tuple(people), source[2])
            handle = keys, Found(tuple(people), source[2])
        if orgs and fallback is None:
            fallback = tuple(orgs), source[2]
    signed = _signoff(page)
    if handle is not None:
        shown = _shown_as(handle[0], signed)
        return Found(tuple(shown), SIGNOFF) if shown else handle[1]
    if signed:
        return Found(tuple(signed), SIGNOFF)
    if fallback is None:
        return None
    names, origin = fallback
    doubt = ArticleWarning(
        "author_is_organisation", "authors",
        f"no person named; the organisation {', '.join(names)!r} ({origin}) is given as author",
    )
    return Found(names, origin, (doubt,))


# -- dates -----------------------------------------------------------------------------------


def published(page: Analysis) -> Found[dt.date | None] | None:
    """Publication date (see :mod:`newsparse.extract.publication_dates`)."""
    return publication_dates.published(page)


def modified(page: Analysis) -> Found[dt.date | None] | None:
    """Last modification (see :mod:`newsparse.extract.publication_dates`)."""
    return publication_dates.modified(page)


# -- the rest ----------------------------------------------------------------------------------


def _domain(url_value: str) -> str:
    try:
        host = (urlsplit(url_value).hostname or "").lower()
    except ValueError:
        return ""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_CANONICAL_HREF = lxml.etree.XPath("link[@rel='canonical']/@href")
"""The canonical links of ``<head>`` (compiled once: compiling per call cost about as much as
the look-up)."""


def url(page: Analysis) -> Found[str] | None:
    """The page's declared canonical URL (``<link rel=canonical>``, ``og:url``) when it is on
    the same site as the caller's URL (tracking parameters dropped), else the caller's URL.

    A canonical on another site (a syndicated copy pointing at the original) does not replace
    the URL the page was read from.
    """
    if not page.url:
        return Found(page.canonical_url, _CANONICAL) if page.canonical_url else None
    declared: Found[str] | None = None
    head = page.tree.find("head")
    links = cast("list[object]", _CANONICAL_HREF(head)) if head is not None else []
    for href in links[:1]:
        if isinstance(href, str) and href.strip().startswith("http"):
            declared = Found(href.strip(), _CANONICAL)
    if declared is None:
        for value in page.meta.get("og:url", ())[:1]:
            if value.startswith("http"):
                declared = Found(value, Source.meta("og:url"))
    if declared and declared.value != page.url and _domain(declared.value) == _domain(page.url):
        return declared
    return Found(page.url, ARGUMENT)


def site(page: Analysis) -> Found[str] | None:
    """Publisher name from ``og:site_name``, JSON-LD ``publisher``, Dublin Core
    ``dc.publisher``, else the host."""
    found_meta = lookups.meta(page, "og:site_name", "application-name")
    if found_meta:
        return found_meta
    found = schema.article_object(page)
    if found:
        values = schema.strings(schema.resolve(page, found[0].get("publisher")))
        if values and clean(values[0]):
            return Found(clean(values[0]), Source.jsonld(found[1], "publisher"))
    found_meta = lookups.meta(page, "dc.publisher", "dcterms.publisher")
    if found_meta:
        return found_meta
    return Found(page.host, _HOST) if page.host else None


def section(page: Analysis) -> Found[str] | None:
    """Section from ``article:section`` or JSON-LD ``articleSection``."""
    found_meta = lookups.meta(page, "article:section", "section", "parsely-section", "category")
    if found_meta:
        return found_meta
    found_ld = lookups.jsonld(page, "articleSection")
    if found_ld:
        return found_ld
    return None


def _tag(raw: str) -> str | None:
    """One cleaned tag; ``None`` for identifiers and slugs that are not topics."""
    tag = _TAG_PREFIX.sub("", clean(schema.unescape(raw)))
    if not tag or _NOT_TAG.match(tag) or len(tag) > _MAX_TAG:
        return None
    return tag


def _split_words(values: list[str]) -> tuple[str, ...]:
    words = values[0].split(",") if len(values) == 1 else values
    return tuple(t for t in (_tag(x) for x in words[:100]) if t)


def tags(page: Analysis) -> Found[tuple[str, ...]] | None:
    """Tags from ``article:tag``, JSON-LD ``keywords`` or ``keywords`` meta."""
    values = page.meta.get("article:tag")
    if values:
        words = _split_words(values)
        if words:
            return Found(words, Source.meta("article:tag"))
    found = schema.article_object(page)
    if found:
        words = _split_words(schema.strings(found[0].get("keywords")))
        if words:
            return Found(words, Source.jsonld(found[1], "keywords"))
    for key in ("news_keywords", "keywords", "parsely-tags"):
        meta = page.meta.get(key)
        if meta:
            words = _split_words(meta[:1])
            if words:
                return Found(words, Source.meta(key))
    return None


def language(page: Analysis) -> Found[str] | None:
    """The declared language (``<html lang>``, ``og:locale``, JSON-LD ``inLanguage``), else a
    cheap detection from the text (``None`` when unsure)."""
    return declared_language(page) or detect_language(page)


def paywalled(page: Analysis) -> Found[bool] | None:
    """Whether the page declares a paywall (``isAccessibleForFree: false``, known markers)."""
    return paywall_rules.paywalled(page)


def not_article_reason(page: Analysis) -> str | None:
    """Why the page is not an article, or ``None``: a listing URL (tag, category, author
    pages), else a main text that is a list of teasers (:mod:`newsparse.extract.body.listing`)."""
    url_value = page.canonical_url
    if url_value:
        path = urlsplit(url_value).path
        if _LISTING_PATH.search(path):
            return f"the URL path {path!r} is a listing page"
    return listing.not_article_reason(page)
