"""How much text each text element of a page holds: its weight and its link text's weight.

:func:`measure` reads the elements the text map found (:mod:`.textmap`) in time linear in the
page however they nest: an element with no other found element inside is read in C; so is one
holding others while found elements nest only a few deep (its text serialised once, its link
text gathered by XPath); deeper nests are added up in one walk that reuses what was measured
below.
"""

from __future__ import annotations

from typing import cast

import lxml.etree
import lxml.html

from newsparse.extract.body.treetext import weight
from newsparse.extract.thresholds import SNIPPET_WEIGHT

__all__ = ["Measure", "measure"]

Measure = tuple[str | None, int, int]
"""Text (``None``: not kept), its weight and the weight of its link text."""


_WHITE = b" \n\t"
"""The bytes :func:`~.treetext.weight` leaves out."""
_LINKS_UNREAD = -1
"""Link weight of a snippet not read yet (see ``_leaf_measure``)."""
_NESTED_IN_C = 6
"""Found elements holding others are read in C while none sits inside more than this many
found elements: every part of the page is then serialised a bounded number of times."""


def _links_in(depth: int) -> lxml.etree.XPath:
    """The text nodes inside ``depth`` nested links below the context element."""
    return lxml.etree.XPath("descendant::a/" * depth + "descendant::text()", smart_strings=False)


_LINK_TEXTS = [_links_in(depth) for depth in range(1, 4)]
_NESTED_LINKS = lxml.etree.XPath("boolean(descendant::a/descendant::a)")


def _leaf_measure(el: lxml.html.HtmlElement, snippet_links: bool = True) -> Measure:
    """An element's text, weight and link weight, read in C: its text serialised once as
    UTF-8 (the weight is that text's length without white space bytes; the ``str`` is made
    only for text that may be kept). Without ``snippet_links`` a snippet's links are left
    unread (:data:`_LINKS_UNREAD`): the map keeps no snippet, and a walk that adds it up into
    an element around it reads them then."""
    if not len(el):  # without children (comments included) the text is its one text node
        text = el.text or ""
        return text, weight(text), 0
    raw = lxml.etree.tostring(el, method="text", encoding="utf-8", with_tail=False)
    total = len(raw.translate(None, _WHITE))
    if not snippet_links and total <= SNIPPET_WEIGHT:
        return None, total, _LINKS_UNREAD
    return raw.decode(), total, _link_weight(el)


def _link_weight(el: lxml.html.HtmlElement) -> int:
    """The weight of the link text inside ``el`` (a text inside k nested links k times)."""
    links = 0
    for a in el.iterdescendants("a"):
        if len(a):
            inner = lxml.etree.tostring(a, method="text", encoding="utf-8", with_tail=False)
            links += len(inner.translate(None, _WHITE))
        else:
            links += weight(a.text or "")
    return links


def measure(
    found: list[lxml.html.HtmlElement],
    parents: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] | None = None,
) -> dict[lxml.html.HtmlElement, Measure]:
    """Text, its weight and the weight of link text of every element in ``found``, in time
    linear in the page however the elements nest.

    An element with no other found element inside is read in C (its subtrees are disjoint).
    One holding others keeps no text (``None``: read on demand); it is read in C too while
    found elements nest at most ``_NESTED_IN_C`` deep (each part of the page is then read a
    bounded number of times), else added up in one post-order walk that reuses what was
    measured below it: 250 nested containers over many links do not read the innermost links
    250 times, nor hold 250 copies of the page's text.

    ``parents``, if given, is filled with the parent of every element in ``found`` and of
    each of their ancestors (``None`` above the root): the climb that finds the holders
    meets them all once, and the text map links its nodes by them without asking lxml
    again."""
    wanted = set(found)
    holders: set[lxml.html.HtmlElement] = set()  # elements with a found element inside
    climbed = {} if parents is None else parents
    for el in found:
        up = el.getparent()
        climbed[el] = up
        while up is not None and up not in holders:
            holders.add(up)
            above = up.getparent()
            climbed[up] = above
            up = above
    done: dict[lxml.html.HtmlElement, Measure] = {}
    outermost = _shallow([el for el in found if el in holders], wanted, climbed)
    # Links inside links are rare: one look inside the outermost holders tells whether any
    # holder's link text needs more than one XPath.
    nested_links = outermost is not None and any(_NESTED_LINKS(el) for el in outermost)
    tostring = lxml.etree.tostring
    for el in found:
        if el in done:
            continue
        if el not in holders:
            # ``_leaf_measure(el, snippet_links=False)`` written out: it runs on most found
            # elements (menu entries, paragraphs), and two calls less each are visible.
            if not len(el):  # without children (comments included): its one text node
                text = el.text or ""
                done[el] = (text, len(text.encode("utf-8", "replace").translate(None, _WHITE)), 0)
                continue
            raw = tostring(el, method="text", encoding="utf-8", with_tail=False)
            total = len(raw.translate(None, _WHITE))
            if total <= SNIPPET_WEIGHT:
                done[el] = (None, total, _LINKS_UNREAD)
            else:
                done[el] = (raw.decode(), total, _link_weight(el))
        elif outermost is not None:
            done[el] = _holder_measure(el, nested_links)
        else:
            _add_up_subtree(el, wanted, holders, done)
    return done


def _shallow(
    found_holders: list[lxml.html.HtmlElement],
    wanted: set[lxml.html.HtmlElement],
    parents: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None],
) -> list[lxml.html.HtmlElement] | None:
    """The found holders inside no other found element, or ``None`` when one sits inside
    more than ``_NESTED_IN_C`` found elements. ``parents`` holds the parent of each holder
    and of its ancestors; how many found elements are above an element is worked out once
    for each (from its parent's count), so shared ancestors are not climbed again."""
    above: dict[lxml.html.HtmlElement, int] = {}  # found elements above each element
    outermost: list[lxml.html.HtmlElement] = []
    for el in found_holders:
        path = [el]
        up = parents[el]
        while up is not None and up not in above:
            path.append(up)
            up = parents[up]
        count = 0 if up is None else above[up] + (up in wanted)
        for below in reversed(path):
            above[below] = count
            count += below in wanted
        nested = above[el]
        if nested > _NESTED_IN_C:
            return None
        if not nested:
            outermost.append(el)
    return outermost


def _holder_measure(el: lxml.html.HtmlElement, nested_links: bool = True) -> Measure:
    """(``None``, weight, link weight) of an element holding found elements, read in C: what
    the walk adds up. A text inside k nested links counts k times, as each link's weight
    holds it; without ``nested_links`` (no link holds another) only k = 1 is read."""
    raw = lxml.etree.tostring(el, method="text", encoding="utf-8", with_tail=False)
    total = len(raw.translate(None, _WHITE))
    links = 0
    depth = 1
    while depth == 1 or nested_links:
        finder = _LINK_TEXTS[depth - 1] if depth <= len(_LINK_TEXTS) else _links_in(depth)
        texts = cast(list[str], finder(el))
        if not texts:
            return None, total, links
        links += len("".join(texts).encode("utf-8", "replace").translate(None, _WHITE))
        depth += 1
    return None, total, links


def _add_up_subtree(
    top: lxml.html.HtmlElement,
    wanted: set[lxml.html.HtmlElement],
    holders: set[lxml.html.HtmlElement],
    done: dict[lxml.html.HtmlElement, Measure],
) -> None:
    """Post-order walk below ``top`` with an explicit stack: an element's weight is its text's
    plus its children's and their tails'; its link weight, its children's plus the weight of
    the children that are links. The walk enters only elements holding found elements; the
    others are measured in C. Found elements met on the way are recorded."""
    stack = [iter(top)]
    path = [top]
    sums = [[weight(top.text or ""), 0]]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            el = path.pop()
            total, links = sums.pop()
            if el in wanted:
                done[el] = (None, total, links)
            if sums:
                sums[-1][0] += total + weight(el.tail or "")
                sums[-1][1] += links + (total if el.tag == "a" else 0)
            continue
        if not isinstance(child.tag, str):  # a comment: only its tail is text
            sums[-1][0] += weight(child.tail or "")
            continue
        measured = done.get(child)
        if measured is not None and measured[2] == _LINKS_UNREAD:
            measured = done[child] = _leaf_measure(child)
        elif measured is None and child not in holders:  # nothing found inside: read in C
            measured = _leaf_measure(child)
            if child in wanted:
                done[child] = measured
        if measured is not None:
            total = measured[1]
            sums[-1][0] += total + weight(child.tail or "")
            sums[-1][1] += measured[2] + (total if child.tag == "a" else 0)
            continue
        stack.append(iter(child))
        path.append(child)
        sums.append([weight(child.text or ""), 0])
