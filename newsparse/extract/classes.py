"""Elements of a page's body found by a pattern in their ``class`` or ``id`` attribute.

libxml2 evaluates ``contains(@class, '...')`` predicates slowly: an XPath testing eight words on
every element takes longer than parsing the page. Collecting the attribute values in one C pass
and testing each distinct value once with a regular expression gives the same elements, in
document order, several times faster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

import lxml.etree
import lxml.html

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "CLASSED", "CLASS_VALUES", "JOIN", "BodyClasses", "values_holding", "with_attribute_matching",
]

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


class BodyClasses:
    """The ``class`` values of ``<body>`` and of every element below it, in document order,
    read once per parse (:attr:`Analysis.body_classes
    <newsparse.extract.analysis.Analysis.body_classes>`) for every finder that searches
    classes over the whole body (the byline's, the date line's, the paywall's).

    :attr:`values` are plain strings (:data:`CLASS_VALUES`); their elements
    (:attr:`elements`, one to one) and the values joined and lower-cased (:attr:`lowered`)
    are made when first asked for."""

    def __init__(self, body: lxml.html.HtmlElement) -> None:
        self.body = body
        self.values = cast(list[str], CLASS_VALUES(body))
        self._elements: list[lxml.html.HtmlElement] | None = None
        self._lowered: str | None = None
        # "/html/body/descendant::*/@class" is these values without the body's own (the
        # first) when the body is the only one below an ``<html>`` root (as the HTML parser
        # makes it); None when that is not the page's shape.
        root = body.getparent()
        self.below_body: int | None = None
        if root is not None and root.tag == "html" and root.getparent() is None and sum(
                1 for child in root if child.tag == "body") == 1:
            self.below_body = int(body.get("class") is not None)

    @property
    def elements(self) -> list[lxml.html.HtmlElement]:
        """The elements with a ``class``, one to one with :attr:`values`."""
        if self._elements is None:
            self._elements = cast(list[lxml.html.HtmlElement], CLASSED(self.body))
        return self._elements

    @property
    def lowered(self) -> str:
        """The values joined by :data:`JOIN` and lower-cased (each as alone: the separator
        is no letter), for :func:`values_holding`."""
        if self._lowered is None:
            self._lowered = JOIN.join(self.values).lower()
        return self._lowered


def with_attribute_matching(
    page: Analysis, pattern: re.Pattern[str], attribute: str = "class"
) -> list[lxml.html.HtmlElement]:
    """Elements below ``<body>`` whose ``attribute`` (``class`` or ``id``) ``pattern`` finds
    something in (case-sensitive, like XPath ``contains()``), in document order."""
    if page.kind != "html":
        return []
    hits: dict[str, bool] = {}
    found: list[lxml.html.HtmlElement] = []
    shared = page.body_classes if attribute == "class" else None
    if shared is not None and shared.below_body is not None:
        # The body's class values read once (shared with the byline finder): the elements
        # are fetched only on a page where some value matches.
        values = shared.values
        matching = {value: pattern.search(value) is not None for value in dict.fromkeys(values)}
        first = shared.below_body
        indexes = [index for index, value in enumerate(values[first:], first) if matching[value]]
        if not indexes:
            return found
        elements = shared.elements
        return [elements[index] for index in indexes]
    for value in page.attribute_values(attribute):
        hit = hits.get(value)
        if hit is None:
            hit = hits[value] = pattern.search(value) is not None
        if hit:
            found.append(value.getparent())  # type: ignore[attr-defined]  # a smart string
    return found
