"""Element look-ups in a parsed page that read no more of the tree than they need."""

from __future__ import annotations

import lxml.html

__all__ = ["first_element"]


def first_element(root: lxml.html.HtmlElement, tag: str) -> lxml.html.HtmlElement | None:
    """``next(root.iter(tag), None)``, searched child by child: lxml's iterator finds the
    following match before it returns one, so for a tag a page has once (``<title>``) it
    reads the whole page; here only the subtree holding the match is read to its end."""
    if root.tag == tag:
        return root
    for child in root:
        found = next(child.iter(tag), None)
        if found is not None:
            return found
    return None
