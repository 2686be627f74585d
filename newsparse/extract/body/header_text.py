"""The standfirst: text between the headline and the main container.

Pages put the headline and the standfirst (lede, teaser, summary) in a header above the body
container, so mass descent leaves them out. This module walks the markup from the headline to
the container, in document order, and returns the live text elements it passes. The walk stays
inside the nearest common ancestor of the two and gives up after a bounded number of elements.
"""

from __future__ import annotations

import lxml.html

from newsparse.extract.body.boilerplate import INLINE_TAGS
from newsparse.extract.body.container import headline
from newsparse.extract.body.textmap import Node, TextMap

__all__ = ["lede_nodes"]

_NOT_LEDE = frozenset({"li", "dd", "dt", "ul", "ol", "dl", "h1"})
"""Lists between headline and body are bylines, dates and bullet digests, not the standfirst."""
_MAX_CLIMB = 8
"""Levels above the container the headline's branch may join it (a standfirst is nearby)."""
_MAX_STEPS = 600
"""Elements visited at most between headline and container (keeps a bad guess cheap)."""


def _chain(node: Node) -> list[Node]:
    out: list[Node] = []
    up: Node | None = node
    while up is not None:
        out.append(up)
        up = up.parent
    return out


def _under(node: Node, taken: set[int]) -> bool:
    up = node.parent
    while up is not None:
        if id(up) in taken or up.tag in _NOT_LEDE:
            return True
        up = up.parent
    return False


def lede_nodes(text_map: TextMap, container: Node) -> list[Node]:
    """Live text elements after the first ``<h1>`` and before ``container``, in order."""
    heads_chain = headline(text_map)
    if not heads_chain:
        return []
    h1 = heads_chain[0]
    # The headline's nearest mapped ancestor, and the common ancestor with the container.
    start: Node | None = None
    for el in heads_chain:
        start = text_map.nodes.get(el)
        if start is not None:
            break
    if start is None:
        return []
    ours = _chain(container)
    if start in ours:  # the headline is inside the container: nothing in between
        return []
    mine = set(map(id, ours))
    lca: Node | None = start
    while lca is not None and id(lca) not in mine:
        lca = lca.parent
    if lca is None or ours.index(lca) > _MAX_CLIMB:
        return []  # the headline is far from the text: what lies between is not its standfirst
    heads = set(heads_chain)
    found: list[Node] = []
    taken: set[int] = set()
    steps = 0
    seen_headline = False
    inside_h1: lxml.html.HtmlElement | None = None
    for steps, el in enumerate(lca.el.iter()):
        if steps > _MAX_STEPS or el is container.el:
            break
        if el is h1:
            seen_headline = True
            inside_h1 = el
            continue
        if not seen_headline:
            continue
        if inside_h1 is not None:
            if any(a is inside_h1 for a in el.iterancestors()):
                continue
            inside_h1 = None
        node = text_map.nodes.get(el)
        if node is None or not node.is_text or node.dead or node.tag in _NOT_LEDE:
            continue
        box = node.parent
        if node.tag in INLINE_TAGS and box is not None and box is not lca and box.el not in heads:
            node = box  # a span carrying the text: read its whole box, dateline and all
        if id(node) not in taken and not _under(node, taken):
            found.append(node)
            taken.add(id(node))
    if found and steps > _MAX_STEPS:
        return []
    return found
