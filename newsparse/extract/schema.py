"""Reading schema.org article objects (from JSON-LD) into plain values."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newsparse.jsonld import types_of

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "ARTICLE_TYPES", "ORGANISATION_TYPES", "article_object", "article_objects", "names", "resolve",
    "same_page", "strings", "unescape",
]

ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle",
    "SocialMediaPosting", "DiscussionForumPosting", "Review", "ClaimReview",
})
# Types that describe the page rather than the story; used only when no article object exists.
_WEAK_TYPES = frozenset({"Review", "ClaimReview", "SocialMediaPosting", "DiscussionForumPosting"})
ORGANISATION_TYPES = frozenset({
    "Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization",
    "EducationalOrganization", "NGO", "LocalBusiness", "Brand", "WebSite",
})
# An HTML entity left in a JSON-LD string (the page escaped it twice): "&quot;", "&#8217;".
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape(text: str) -> str:
    """Decode HTML entities and drop HTML tags that a page left inside a JSON-LD or
    ``<meta>`` value (``"<p>Here&#x27;s</p>"`` -> ``"Here's"``)."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _nested(obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield obj
    for key in ("mainEntity", "mainEntityOfPage", "itemListElement"):
        inner = obj.get(key)
        for item in inner[:20] if isinstance(inner, list) else [inner]:
            if isinstance(item, dict) and "@type" in item:
                yield item


def same_page(obj: dict[str, Any], page: Analysis) -> bool:
    """Whether the object's ``url``/``mainEntityOfPage`` names the page itself."""
    target = page.canonical_url
    if not target:
        return False
    want = urlsplit(target)
    for key in ("url", "mainEntityOfPage", "@id"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            try:
                got = urlsplit(value.strip())
            except ValueError:  # "http://[broken" and the like
                continue
            if got.path.rstrip("/") == want.path.rstrip("/") and got.path.strip("/"):
                return True
    return False


def article_objects(page: Analysis) -> list[tuple[dict[str, Any], str]]:
    """Every article-typed JSON-LD object on the page with its type name, best first.

    The page's own article comes first: one whose URL is the page's, then one with a headline
    and a date, then any other; review and social-media objects come last. Computed once per
    parse (:attr:`Analysis.article_objects <.analysis.Analysis.article_objects>`).
    """
    return page.article_objects


def collect_article_objects(page: Analysis) -> list[tuple[dict[str, Any], str]]:
    """:func:`article_objects`, computed (the page's analysis keeps the result)."""
    found: list[tuple[int, int, dict[str, Any], str]] = []
    for index, top in enumerate(page.jsonld):
        for obj in _nested(top):
            kinds = [t for t in types_of(obj) if t in ARTICLE_TYPES]
            if not kinds:
                continue
            kind = next((k for k in kinds if k not in _WEAK_TYPES), kinds[0])
            score = 0
            if kind not in _WEAK_TYPES:
                score += 8
            if same_page(obj, page):
                score += 4
            if obj.get("headline") or obj.get("name"):
                score += 2
            if obj.get("datePublished") or obj.get("author"):
                score += 1
            found.append((-score, index, obj, kind))
    found.sort(key=lambda item: (item[0], item[1]))
    return [(obj, kind) for _, _, obj, kind in found]


def article_object(page: Analysis) -> tuple[dict[str, Any], str] | None:
    """The page's main article object and its type name (see :func:`article_objects`)."""
    found = article_objects(page)
    return found[0] if found else None


def resolve(page: Analysis, value: Any) -> Any:
    """Replace ``{"@id": ...}`` references (Yoast-style ``@graph`` pages) by the objects they
    name elsewhere on the page; anything else is returned unchanged."""
    ids = page.jsonld_ids
    if isinstance(value, list):
        return [resolve(page, item) for item in value[:50]]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        ref = value.get("@id")
        if isinstance(ref, str) and ref in ids:
            return ids[ref]
    return value


def strings(value: Any) -> list[str]:
    """Every string in a JSON-LD value: a string, a list of them, or ``{"name": ...}`` objects.

    HTML entities left in the strings are decoded.
    """
    if isinstance(value, str):
        return [unescape(value)]
    if isinstance(value, list):
        return [s for item in value[:50] for s in strings(item)]
    if isinstance(value, dict):
        for key in ("name", "@value", "text"):
            if isinstance(value.get(key), str):
                return [unescape(value[key])]
    return []


def names(value: Any) -> tuple[list[str], list[str]]:
    """Split a JSON-LD ``author``-like value into (person names, organisation names)."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        if isinstance(item, list):
            sub_people, sub_orgs = names(item)
            people += sub_people
            orgs += sub_orgs
        elif isinstance(item, str):
            people.append(unescape(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, dict):
                name = name.get("@value")
            if not isinstance(name, str) or not name.strip():
                given, family = item.get("givenName"), item.get("familyName")
                name = " ".join(p for p in (given, family) if isinstance(p, str)) or None
            if not name:
                continue
            kinds = types_of(item)
            is_org = any(k in ORGANISATION_TYPES or "Organization" in k for k in kinds)
            (orgs if is_org else people).append(unescape(name))
    return people, orgs
