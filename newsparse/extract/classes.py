"""Elements of a page's body found by a pattern in their ``class`` or ``id`` attribute.

libxml2 evaluates ``contains(@class, '...')`` predicates slowly: an XPath testing eight words on
every element takes longer than parsing the page. Collecting the attribute values in one C pass
and testing each distinct value once with a regular expression gives the same elements, in
document order, several times faster.
"""

from __future__ import annotations

import re
import weakref
from typing import cast

import lxml.etree
import lxml.html

from newsparse.page import Page

__all__ = ["with_attribute_matching"]

_FINDERS = {
    name: lxml.etree.XPath(f"/html/body/descendant::*/@{name}") for name in ("class", "id")
}
_VALUES: weakref.WeakKeyDictionary[Page, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def _values(page: Page, attribute: str) -> list[str]:
    """The page's ``attribute`` values below ``<body>`` (smart strings: each knows its element),
    collected once per page."""
    cached = _VALUES.setdefault(page, {})
    found = cached.get(attribute)
    if found is None:
        found = cached[attribute] = cast(list[str], _FINDERS[attribute](page.tree))
    return found


def with_attribute_matching(
    page: Page, pattern: re.Pattern[str], attribute: str = "class"
) -> list[lxml.html.HtmlElement]:
    """Elements below ``<body>`` whose ``attribute`` (``class`` or ``id``) ``pattern`` finds
    something in (case-sensitive, like XPath ``contains()``), in document order."""
    if page.kind != "html":
        return []
    hits: dict[str, bool] = {}
    found: list[lxml.html.HtmlElement] = []
    for value in _values(page, attribute):
        hit = hits.get(value)
        if hit is None:
            hit = hits[value] = pattern.search(value) is not None
        if hit:
            found.append(value.getparent())  # type: ignore[attr-defined]  # a smart string
    return found
