"""The paywall state a page declares: schema.org ``isAccessibleForFree`` and known meta markers.

Only declarations count for :attr:`Article.paywalled`; paywall-looking markup (a "paywall"
container, a subscribe prompt) is a hint for the ``teaser_suspected`` warning, because many free
articles carry an empty paywall container in their template.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsparse.extract import schema
from newsparse.extract.classes import with_attribute_matching
from newsparse.found import Found, Source
from newsparse.jsonld import types_of

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["paywall_markup", "paywalled"]

_FALSE = frozenset({"false", "no", "0", "False"})
_TRUE = frozenset({"true", "yes", "1"})
# Meta tags whose value declares a locked article: (key, values meaning "locked").
_META_MARKERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("article:content_tier", frozenset({"locked", "premium", "subscriber", "subscription"})),
    ("isaccessibleforfree", _FALSE),
    ("paywall", _TRUE | frozenset({"hard", "subscription", "locked"})),
    ("article:paywall", _TRUE),
    ("content-paywall", _TRUE),
    ("access", frozenset({"subscription", "subscriber", "premium", "registration"})),
    ("cxenseparse:paywall", _TRUE),
)
_MARKUP_CLASS = re.compile(
    "paywall|Paywall|premium-content|subscriber-only|plus-content|article-locked|regwall"
)
_MARKUP_ID = re.compile("paywall")


def _free_flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("false", "no", "0"):
            return False
        if text in ("true", "yes", "1"):
            return True
    return None


def paywalled(page: Analysis) -> Found[bool] | None:
    """``(True, source)`` when the page declares the article locked, ``(False, source)`` when it
    declares it free, ``None`` when it says nothing."""
    for obj, kind in schema.article_objects(page)[:1]:
        free = _free_flag(obj.get("isAccessibleForFree"))
        if free is not None:
            return Found(not free, Source.jsonld(kind, "isAccessibleForFree"))
        parts = obj.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and _free_flag(part.get("isAccessibleForFree")) is False:
                return Found(True, Source.jsonld(kind, "hasPart.isAccessibleForFree"))
    for obj in page.jsonld[:20]:  # the declaration may sit on the WebPage object instead
        free = _free_flag(obj.get("isAccessibleForFree"))
        if free is not None:
            kinds = types_of(obj) or ("Thing",)
            return Found(not free, Source.jsonld(kinds[0], "isAccessibleForFree"))
    for key, locked in _META_MARKERS:
        for value in page.meta.get(key, ())[:1]:
            if value.strip().lower() in locked:
                return Found(True, Source.meta(key))
    return None


def paywall_markup(page: Analysis) -> bool:
    """Whether the page carries paywall-looking markup (a hint, not a declaration)."""
    if page.kind != "html":
        return False
    return bool(
        with_attribute_matching(page, _MARKUP_CLASS)
        or with_attribute_matching(page, _MARKUP_ID, "id")
    )
