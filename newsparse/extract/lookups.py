"""Look-ups every finder makes, generic or a site's: the first ``<meta>`` value, the first value
of the page's JSON-LD article object, each with its :class:`~newsparse.found.Source`.

Published for adapter authors in :mod:`newsparse.kit`; the generic metadata finders use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.extract import schema
from newsparse.found import Found, Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["jsonld", "meta"]


def meta(page: Analysis, *keys: str) -> Found[str] | None:
    """The first non-empty ``<meta>`` value among ``keys`` (lower-case ``property``, ``name`` or
    ``itemprop``), HTML entities decoded and text cleaned, with its source ``meta:KEY``."""
    for key in keys:
        for value in page.meta.get(key, ())[:1]:
            text = clean(schema.unescape(value))
            if text:
                return Found(text, Source.meta(key))
    return None


def jsonld(page: Analysis, *keys: str) -> Found[str] | None:
    """The first non-empty string among ``keys`` of the page's JSON-LD article object (a
    ``{"name": ...}`` object gives its name), cleaned, with its source ``jsonld:TYPE.KEY``."""
    found = schema.article_object(page)
    if not found:
        return None
    obj, kind = found
    for key in keys:
        values = schema.strings(obj.get(key))
        if values and clean(values[0]):
            return Found(clean(values[0]), Source.jsonld(kind, key))
    return None
