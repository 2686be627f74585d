"""How much text each text element of a page holds: its weight and its link text's weight.

:func:`measure` reads the elements the text map found (:mod:`.textmap`) in time linear in the
page however they nest: every element's weight is read in C, and snippets (most of them) stop
there; an element with no heavier found element inside keeps the text read; one holding
others is read in C too while they nest only a few deep (its link text read link by link);
deeper nests are added up in one walk that reuses what was measured below.
"""

from __future__ import annotations

import lxml.etree
import lxml.html

from newsparse.extract.body.treetext import weight
from newsparse.extract.thresholds import SNIPPET_WEIGHT

__all__ = ["Measure", "links_inside", "measure"]

Measure = tuple[str | None, int, int]
"""Text (``None``: not kept), its weight and the weight of its link text."""


_WHITE = b" \n\t"
"""The bytes :func:`~.treetext.weight` leaves out."""
_NESTED_IN_C = 6
"""Found elements holding others are read in C while none sits inside more than this many
found elements: every part of the page is then serialised a bounded number of times."""
_FREE_BYTES = 1 << 16
"""Bytes of text :func:`measure` serialises before it reads the document's text to bound
them (at ``_NESTED_IN_C`` times that text: nested elements serialise their text again)."""
_UNREAD = -1
"""Weight of an element :func:`measure` did not serialise first (the bound was reached)."""


def _leaf_measure(el: lxml.html.HtmlElement) -> Measure:
    """An element's text, weight and link weight, read in C: its text serialised once as
    UTF-8 (the weight is that text's length without white space bytes)."""
    if not len(el):  # without children (comments included) the text is its one text node
        text = el.text or ""
        return text, weight(text), 0
    raw = lxml.etree.tostring(el, method="text", encoding="utf-8", with_tail=False)
    return raw.decode(), len(raw.translate(None, _WHITE)), _link_weight(el)


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
    *,
    holder_links: bool = True,
) -> list[tuple[lxml.html.HtmlElement, str | None, int, int]]:
    """Each element of ``found`` that weighs more than a snippet, in the order of ``found``,
    with its text (``None``: read on demand), weight and the weight of its link text, in time
    linear in the page however the elements nest.

    Every element's weight is read first, in C (its text serialised once), and snippets (a
    label, a menu entry: most found elements) go no further; nested elements serialise the
    same text again, so once the texts read add up to ``_NESTED_IN_C`` times the document's
    text the rest are only marked unread. Of the elements kept, one with no other kept
    element inside keeps the text read (an unread one is read now: such elements do not
    nest); one holding others keeps none (``None``) and has its link text (and, if unread,
    its weight) read in C while kept elements nest at most ``_NESTED_IN_C`` deep (each part
    of the page is then read a bounded number of times), else all are added up in one
    post-order walk that reuses what was measured below: 250 nested containers over many
    links do not read the innermost links 250 times, nor hold 250 copies of the page's text.
    A snippet inside changes none of these values, only which way they are read.

    Without ``holder_links``, an element holding others that is read in C gets the link
    weight ``-1`` (:func:`links_inside` reads it when asked: the text map needs it only for
    some); the walk gets every link weight whatever it is asked.

    ``parents``, if given, is filled with the parent of every element kept and of each of
    their ancestors (``None`` above the root): the climb that finds the holders meets them
    all once, and the text map links its nodes by them without asking lxml again."""
    tostring = lxml.etree.tostring
    kept: list[lxml.html.HtmlElement] = []
    read: list[str | bytes | None] = []  # the text read: str (no children), UTF-8 or unread
    totals: list[int] = []
    spent = 0  # bytes serialised
    budget = _FREE_BYTES
    bounded = False  # whether the budget was set from the document's text
    for el in found:
        text: str | bytes | None
        if not len(el):  # without children (comments included): its one text node
            text = own = el.text or ""
            total = len(own.encode("utf-8", "replace").translate(None, _WHITE))
        elif spent <= budget:
            text = raw = tostring(el, method="text", encoding="utf-8", with_tail=False)
            total = len(raw.translate(None, _WHITE))
            spent += len(raw)
            if spent > budget and not bounded:
                page = tostring(el.getroottree(), method="text", encoding="utf-8")
                budget = max(budget, _NESTED_IN_C * len(page))
                bounded = True
        else:
            text, total = None, _UNREAD
        if total > SNIPPET_WEIGHT or total == _UNREAD:
            kept.append(el)
            read.append(text)
            totals.append(total)
    wanted = set(kept)
    holders: set[lxml.html.HtmlElement] = set()  # elements with a kept element inside
    climbed = {} if parents is None else parents
    for el in kept:
        up = el.getparent()
        climbed[el] = up
        while up is not None and up not in holders:
            holders.add(up)
            above = up.getparent()
            climbed[up] = above
            up = above
    outermost: list[lxml.html.HtmlElement] | None = []
    if not holders.isdisjoint(wanted):
        outermost = _shallow([el for el in kept if el in holders], wanted, climbed)
    done: dict[lxml.html.HtmlElement, Measure] = {}
    out: list[tuple[lxml.html.HtmlElement, str | None, int, int]] = []
    for el, text, total in zip(kept, read, totals, strict=True):
        links: int
        if el not in holders:
            if text is None:
                text, total, links = _leaf_measure(el)
            elif isinstance(text, str):
                links = 0
            else:
                text, links = text.decode(), _link_weight(el)
        elif outermost is not None:
            if text is None:
                total = len(tostring(el, method="text", encoding="utf-8", with_tail=False)
                            .translate(None, _WHITE))
            text, links = None, _holder_links(el) if holder_links else _UNREAD
        else:
            measured = done.get(el)
            if measured is None:
                _add_up_subtree(el, wanted, holders, done)
                measured = done[el]
            text, total, links = measured
        if total > SNIPPET_WEIGHT:
            out.append((el, text, total, links))
    return out


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


def links_inside(el: lxml.html.HtmlElement) -> int:
    """The weight of the link text inside ``el`` (a text inside k nested links k times), as
    :func:`measure` gives it."""
    return _holder_links(el)


def _holder_links(el: lxml.html.HtmlElement) -> int:
    """The link weight of an element holding found elements: each link's text weighed once
    (:func:`_link_weight`), so a text inside k nested links counts k times, as each link's
    weight holds it. Its cost follows the links: the XPath that read all link texts at once
    (``descendant::a/descendant::text()``) had libxml2 compare every text node found with
    all found before (a descendant step from many links may meet one node twice), a cost
    that grows with the square of the links (40,000 links in one box: 3.5 s)."""
    return _link_weight(el)


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
        if measured is None and child not in holders:  # nothing found inside: read in C
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
