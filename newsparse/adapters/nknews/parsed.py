"""What the NK News readers (text dump, HTML) found on a page, each value with its source."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs

from newsparse.adapters.nknews.boilerplate import BodyResult
from newsparse.kit import Found, Source

__all__ = ["NONE", "Parsed", "canonical", "listing_path", "nknews_host", "pro_path", "site"]


def site(name: str) -> Source:
    """The source of a value read by the NK News adapter's own rule (``nknews:...``)."""
    return Source("site", name)


NONE = site("nknews:none")
"""The body source of a page where nothing was found."""
TEXT = Source("text", "text:paragraphs")
"""The body source of text read as paragraphs."""

_LISTING_PATH = re.compile(
    r"^/(?:pro/)?(?:category|tag|content_author|author)/|/page/\d+/?$|^/gallery/?$|^/search/"
)
# The site's static pages (seen in crawls: /in-the-media/, /opportunities/, /about-us/, ...).
_STATIC_PATH = re.compile(
    r"^/(?:in-the-media|opportunities|about-us|about|contact|subscribe|privacy-policy|terms|"
    r"frequently-asked-questions-about-nk-news)/?$"
)


@attrs.frozen
class Parsed:
    """Fields read from one NK News page; ``not_article`` says why the page is no article."""

    body: BodyResult
    body_source: Source = TEXT
    title: Found[str] | None = None
    subtitle: Found[str] | None = None
    authors: Found[tuple[str, ...]] | None = None
    published: Found[dt.date] | None = None
    modified: Found[dt.date] | None = None
    section: Found[str] | None = None
    tags: Found[tuple[str, ...]] | None = None
    paywall_source: Source | None = None
    not_article: str | None = None
    layout: str | None = None
    """The name of the known layout (:mod:`.layouts`) whose headline the page shows."""
    repost: bool = False
    """A blog post reposting an article: the blog's own metadata is not the article's."""


def listing_path(url: str | None) -> str | None:
    """Why an nknews.org URL is no article (category, tag, author, pagination, static page)."""
    if not url:
        return None
    try:
        path = urlsplit(url).path or "/"
    except ValueError:
        return None
    if _LISTING_PATH.search(path):
        return f"the URL path {path!r} is a listing page"
    if _STATIC_PATH.match(path) or path == "/":
        return f"the URL path {path!r} is a static page of the site, not an article"
    return None


def pro_path(url: str | None) -> bool:
    """Whether the URL is an NK Pro page (``/pro/<slug>``)."""
    if not url:
        return False
    try:
        return urlsplit(url).path.startswith("/pro/")
    except ValueError:
        return False


_NOISE = re.compile(r"^(?:t|c|utm_\w+|fbclid|gclid)$")


def canonical(url: str) -> str:
    """An nknews.org URL without cache-busters (``?t=``/``?c=`` epochs) and tracking
    parameters; other URLs unchanged."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not nknews_host(url) or not parts.query:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _NOISE.match(k)]
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))


def nknews_host(url: str) -> bool:
    """Whether ``url`` is on nknews.org (any subdomain, http or https)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return host == "nknews.org" or host.endswith(".nknews.org")
