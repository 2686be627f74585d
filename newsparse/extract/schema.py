"""Reading schema.org article objects (from JSON-LD) into plain values."""

from __future__ import annotations

from typing import Any

from newsparse.extract.jsonld import types_of
from newsparse.page import Page

__all__ = ["ARTICLE_TYPES", "article_object", "names", "strings"]

ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle",
    "SocialMediaPosting", "DiscussionForumPosting", "Review",
})


def article_object(page: Page) -> tuple[dict[str, Any], str] | None:
    """The page's main article object and its type name, preferring one with a headline."""
    best: tuple[dict[str, Any], str] | None = None
    for obj in page.jsonld:
        kinds = [t for t in types_of(obj) if t in ARTICLE_TYPES]
        if not kinds:
            continue
        if obj.get("headline") or obj.get("name"):
            return obj, kinds[0]
        best = best or (obj, kinds[0])
    return best


def strings(value: Any) -> list[str]:
    """Every string in a JSON-LD value: a string, a list of them, or ``{"name": ...}`` objects."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value[:50] for s in strings(item)]
    if isinstance(value, dict):
        for key in ("name", "@value", "text"):
            if isinstance(value.get(key), str):
                return [value[key]]
    return []


def names(value: Any) -> tuple[list[str], list[str]]:
    """Split a JSON-LD ``author``-like value into (person names, organisation names)."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        if isinstance(item, str):
            people.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                name = " ".join(p for p in (given, family) if isinstance(p, str)) or None
            if not name:
                continue
            kinds = types_of(item)
            (orgs if any("Organization" in k for k in kinds) else people).append(name)
    return people, orgs
