"""Reading text and structure from the lxml tree quickly: the helpers every body module uses.

lxml's C-level calls differ a lot in cost. ``tostring(method="text")`` reads an element's text
about three times faster than ``text_content()``; a tag-filtered ``iter`` is fast for one or two
tags but sets up a matcher per call whose cost grows with the number of tags (about 13 µs for
thirty tags, more than a paragraph's whole share of the parse), so "is any of these tags
inside?" is asked with :func:`has_descendant`, which walks the (usually few) descendants.
"""

from __future__ import annotations

from collections.abc import Set

import lxml.etree
import lxml.html

__all__ = ["has_descendant", "text_of", "weight"]


def text_of(el: lxml.html.HtmlElement) -> str:
    """All text inside ``el`` (like ``text_content()``, about three times faster)."""
    return lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def weight(text: str) -> int:
    """Size of ``text`` without white space, in UTF-8 bytes: a Latin letter counts one, most
    other alphabets two, and East Asian characters (a word's worth of meaning each) three."""
    # bytes.translate deletes the three white-space bytes in one C pass (three str.count
    # passes cost twice as much; weight runs on every text element of the page).
    return len(text.encode("utf-8", "replace").translate(None, b" \n\t"))


def has_descendant(el: lxml.html.HtmlElement, tags: Set[str]) -> bool:
    """Whether an element with one of ``tags`` is inside ``el`` (not ``el`` itself)."""
    if not len(el):  # no children (comments count): nothing inside
        return False
    # A plain loop: any() over a generator costs half as much again here.
    for inner in el.iterdescendants():  # noqa: SIM110
        if inner.tag in tags:
            return True
    return False
