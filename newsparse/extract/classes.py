"""Elements of a page's body found by a pattern in their ``class`` or ``id`` attribute.

libxml2 evaluates ``contains(@class, '...')`` predicates slowly: an XPath testing eight words on
every element takes longer than parsing the page. Collecting the attribute values in one C pass
and testing each distinct value once with a regular expression gives the same elements, in
document order, several times faster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["CLASSED", "CLASS_VALUES", "JOIN", "values_holding", "with_attribute_matching"]

CLASS_VALUES = lxml.etree.XPath("descendant-or-self::*/@class", smart_strings=False)
"""The ``class`` values of a block (the element it is called on and those below), as plain
strings, in document order."""
CLASSED = lxml.etree.XPath("descendant-or-self::*[@class]")
"""The elements of a block that have a ``class``: one to one with :data:`CLASS_VALUES`."""
JOIN = "\x00"
"""What joins attribute values for one search: never in lxml strings (C strings), nor in any
word searched for."""


def values_holding(joined: str, words: tuple[str, ...]) -> list[int]:
    """The indexes, in order, of the :data:`JOIN`-joined values in ``joined`` that hold one of
    ``words``: those ``re.search("|".join(words), value)`` finds something in (no word holds
    :data:`JOIN`, so no occurrence spans two values). Each word is found by ``str.find``:
    one regular expression of all the words tries them at every character, 3-5x slower."""
    starts: list[int] = []
    for word in words:
        at = joined.find(word)
        while at >= 0:
            starts.append(at)
            at = joined.find(word, at + 1)
    indexes: list[int] = []
    index = last = 0
    for start in sorted(starts):
        index += joined.count(JOIN, last, start)
        last = start
        if not indexes or indexes[-1] != index:
            indexes.append(index)
    return indexes


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
