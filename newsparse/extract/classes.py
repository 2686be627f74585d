"""Elements of a page's body found by a pattern in their ``class`` or ``id`` attribute.

libxml2 evaluates ``contains(@class, '...')`` predicates slowly: an XPath testing eight words on
every element takes longer than parsing the page. Collecting the attribute values in one C pass
and testing each distinct value once with a regular expression gives the same elements, in
document order, several times faster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import lxml.html

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["with_attribute_matching"]

def with_attribute_matching(
    page: Analysis, pattern: re.Pattern[str], attribute: str = "class"
) -> list[lxml.html.HtmlElement]:
    """Elements below ``<body>`` whose ``attribute`` (``class`` or ``id``) ``pattern`` finds
    something in (case-sensitive, like XPath ``contains()``), in document order."""
    if page.kind != "html":
        return []
    hits: dict[str, bool] = {}
    found: list[lxml.html.HtmlElement] = []
    for value in page.attribute_values(attribute):
        hit = hits.get(value)
        if hit is None:
            hit = hits[value] = pattern.search(value) is not None
        if hit:
            found.append(value.getparent())  # type: ignore[attr-defined]  # a smart string
    return found
