"""The main text container of a :class:`TextMap`, and the page's headline.

The container is found by walking down from ``<body>`` while one child holds nearly all of the
current element's live text mass. Where the text splits between children (an article followed
by a teaser list or by the next article), the child holding the headline (the first ``<h1>``
outside menus) wins if it holds a fair share of the text. The walk never enters a paragraph,
quote or list item that has siblings with text, however heavy: one long paragraph of a short
post is not the whole post.
"""

from __future__ import annotations

from newsparse.extract.body.textmap import Node, TextMap, headline

__all__ = ["DESCENT", "headline", "main_container"]

DESCENT = 0.8
"""Walk into a child while it holds at least this share of its parent's text mass."""
_ANCHORED = 0.3
"""Share of the mass the headline's branch needs to be chosen over a heavier sibling."""


def main_container(text_map: TextMap) -> Node | None:
    """The deepest element that still holds nearly all of the page's live text mass."""
    node = text_map.body
    if node is None or node.mass <= 0:
        return None
    while True:
        live = [k for k in node.kids if not k.dead and k.mass > 0]
        if not live:
            return node
        best = max(live, key=_mass)
        if best.mass < DESCENT * node.mass:
            anchored = _headline_child(text_map, node, live)
            # The headline's branch must hold text besides headings: a header block (the
            # headline and a sub-heading) can outweigh a short body beside it.
            # A <header> holds the headline and the standfirst, never the article itself.
            if (
                anchored is None
                or anchored.tag == "header"
                or _prose_mass(anchored) < _ANCHORED * node.mass
            ):
                return node
            best = anchored
        elif best.tag in _PARAGRAPHS and len(live) > 1:
            # A paragraph heavy enough to hold nearly all text is still one paragraph of the
            # article: its sibling paragraphs belong to the same text.
            return node
        elif best.tag in _HEADINGS and not best.kids:
            # A heading alone is a headline, not a text container, however long (a 1 MB
            # <h1> outweighs the paragraphs beside it): its parent holds the article.
            return node
        node = best


def _headline_child(text_map: TextMap, node: Node, live: list[Node]) -> Node | None:
    up: Node | None = None
    for el in headline(text_map):
        found = text_map.nodes.get(el)
        if found is not None:
            up = found
            break
    while up is not None and up.parent is not node:
        up = up.parent
    return up if up is not None and up in live else None


_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "li", "dd", "dt"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _prose_mass(top: Node) -> float:
    """Live mass of ``top``'s subtree outside headings."""
    heads = 0.0
    stack = [top]
    while stack:
        node = stack.pop()
        if node.tag in _HEADINGS:
            heads += node.mass
        else:
            stack.extend(node.kids)
    return top.mass - heads


def _mass(node: Node) -> float:
    return node.mass
