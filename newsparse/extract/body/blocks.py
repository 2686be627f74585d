"""Turning the main container of a :class:`TextMap` into typed blocks in reading order.

The walk visits only the container's text elements and their ancestors. A text element without
nested text elements, ``<br>`` or code inside is read in one C call (``tostring``); any
other element is walked child by child, so that text between nested blocks, ``<br><br>``
breaks and inline markup all land in the right block and order. The candidate blocks
(:class:`Raw`) are then filtered by :func:`newsparse.extract.body.filters.finish`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import lxml.html

from newsparse.extract.body.boilerplate import (
    INLINE_TAGS,
    MARKER_ATTRIBUTES,
    SKIP_TAGS,
    TITLE_TAGS,
    echoes_title,
    is_marked,
    kind_of_tag,
    marker_of,
    read_marker,
)
from newsparse.extract.body.captions import is_picture_box
from newsparse.extract.body.tables import data_row
from newsparse.extract.body.textmap import Node, TextMap
from newsparse.extract.body.treetext import has_descendant, text_of, weight
from newsparse.extract.thresholds import LINK_DENSITY
from newsparse.text import single_spaced

__all__ = ["Raw", "container_blocks"]

# Elements that make a text element's text_content wrong: line breaks, code, controls,
# captions, and blocks too short to be mapped (a short subheading inside a text box).
_SPECIAL = frozenset({
    "br", "script", "style", "template", "button", "select", "textarea", "svg", "figure",
    "figcaption", "aside", "nav", "iframe", "label", "p", "div", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "blockquote", "table", "section", "header",
})
_BREAKS = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


@attrs.define
class Raw:
    """A candidate block before filtering: kind, text, link weight and source tag."""

    kind: str
    text: str
    links: int
    tag: str

    @property
    def link_density(self) -> float:
        """Share of the text's weight inside links."""
        total = weight(self.text)
        return min(1.0, self.links / total) if total else 0.0


def _kind(tag: str, inherited: str) -> str:
    if inherited in ("quote", "list_item"):
        return inherited
    if tag in TITLE_TAGS:
        return "title"
    return kind_of_tag(tag) or inherited


class _Frame:
    """One element whose children the walker is reading: the text gathered since the last
    block ended, the link weight inside it, and what the element's blocks inherit."""

    __slots__ = ("buf", "children", "in_link", "kind", "links", "mapped", "tag")

    def __init__(
        self, el: lxml.html.HtmlElement, kind: str, tag: str, in_link: bool, mapped: bool = True
    ) -> None:
        self.children = iter(el)
        self.kind = kind
        self.tag = tag
        self.in_link = in_link
        self.mapped = mapped  # the element is in the text map
        self.buf: list[str] = [el.text or ""]
        self.links = 0


class _Walker:
    def __init__(self, text_map: TextMap) -> None:
        self.nodes = text_map.nodes
        self.out: list[Raw] = []

    def node(self, node: Node, inherited: str, in_link: bool = False, top: bool = False) -> None:
        """Read the blocks of a mapped element (and of everything inside it); a ``top``
        element (the chosen container) is read whatever its own markers say."""
        frame = self._enter(node, inherited, in_link, top)
        if frame is not None:
            self._walk(frame)

    def _enter(
        self, node: Node, inherited: str, in_link: bool, top: bool = False
    ) -> _Frame | None:
        """Add the blocks of a mapped element that is read whole, or return the frame in which
        its children are to be read (``None`` when it is marked as boilerplate)."""
        el = node.el
        if not top and _left_out(el, marked=not node.checked):
            return None
        tag = node.tag
        kind = _kind(tag, inherited)
        leaf = node.is_text and not node.kids
        # Inside a link, or inside a text element that is mostly link text as a whole (a
        # teaser whose headline and byline the markup splits into several blocks).
        in_link = in_link or tag == "a" or (leaf and node.link_density > LINK_DENSITY)
        if leaf and not has_descendant(el, _SPECIAL):
            text = node.text
            self._add(kind, text, weight(text) if in_link else node.links, tag)
            return None
        return _Frame(el, kind, tag, in_link)

    def _walk(self, top: _Frame) -> None:
        """Read children in document order with an explicit stack (no recursion per tree
        level): the text between nested blocks, ``<br>`` breaks and inline markup land in the
        right block and order. (One loop with the cases inline: it runs for every child of
        every element the walk enters.)"""
        nodes = self.nodes
        stack = [top]
        tails: list[str | None] = []  # the tail of each frame's element but the first
        frame = top
        while True:
            child = next(frame.children, None)
            if child is None:
                stack.pop()
                text = "".join(frame.buf)
                if text and not text.isspace():  # (most gathered runs are white space)
                    self._flush(text, frame.kind, frame.links, frame.tag, frame.in_link)
                if not stack:
                    return
                frame = stack[-1]
                tail = tails.pop()
                if tail:
                    frame.buf.append(tail)
                continue
            tag = child.tag
            if isinstance(tag, str):
                entered = None
                if tag == "tr" and (row := data_row(child)) is not None:
                    # A data table's row: one line, whatever its class says.
                    self._break(frame)
                    self._add("paragraph", row[0], row[1], "tr")
                elif (node := nodes.get(child)) is None:
                    if tag == "br":
                        frame.buf.append("\n")
                    elif _left_out(child):
                        pass
                    elif tag in INLINE_TAGS:
                        # Inline markup with elements inside may hide a label or a caption.
                        # (without children, comments included, the text is the one text
                        # node)
                        text = (child.text or "") if len(child) == 0 else _inline_text(child)
                        frame.buf.append(text)
                        if tag == "a":
                            frame.links += weight(text)
                    elif tag not in SKIP_TAGS:
                        entered = self._unmapped(frame, child, tag)
                elif node.dead:
                    pass
                elif tag in INLINE_TAGS and not node.kids:
                    frame.buf.append(_inline_text(child))
                else:
                    self._break(frame)
                    entered = self._enter(node, frame.kind, frame.in_link)
                if entered is not None:
                    stack.append(entered)
                    tails.append(child.tail)
                    frame = entered
                    continue
            tail = child.tail
            if tail:
                frame.buf.append(tail)

    def _unmapped(self, frame: _Frame, child: lxml.html.HtmlElement, tag: str) -> _Frame | None:
        """A block too short to be mapped (a one-line list item, a short heading): the text
        gathered before it ends, then its text is read; a frame when its children are read
        next."""
        self._break(frame)
        if len(child) == 0:
            # No elements inside (comments count): its one text node is its text, read here
            # as the walk of a frame without children would read it.
            text = child.text
            if text and not text.isspace():
                self._flush(text, _kind(tag, frame.kind), 0, tag, frame.in_link)
            return None
        # One without any text (an icon bar, an image wrapper) gives no block: its elements
        # are not walked. Asked only of a mapped element's children, so no text is serialised
        # twice however such blocks nest.
        if frame.mapped and not text_of(child).strip():
            return None
        return _Frame(child, _kind(tag, frame.kind), tag, frame.in_link, False)

    def _break(self, frame: _Frame) -> None:
        """End the text gathered so far in ``frame``: a nested block begins."""
        buf = frame.buf
        if buf:
            text = "".join(buf)
            if text and not text.isspace():  # (most gathered runs are white space)
                self._flush(text, frame.kind, frame.links, frame.tag, frame.in_link)
            buf.clear()
        frame.links = 0

    def _flush(self, text: str, kind: str, links: int, tag: str, in_link: bool = False) -> None:
        """Add the blocks of the gathered ``text`` (not white space alone): one per run
        between blank lines."""
        pieces = _BREAKS.split(text)
        for piece in pieces:
            if in_link:
                self._add(kind, piece, weight(piece), tag)
            else:
                self._add(kind, piece, links if len(pieces) == 1 else 0, tag)

    def _add(self, kind: str, text: str, links: int, tag: str) -> None:
        # White space only; Block's converter does the full clean-up once, at the end.
        text = single_spaced(text)
        if text:
            self.out.append(Raw(kind, text, links, tag))


def _left_out(el: lxml.html.HtmlElement, marked: bool = True) -> bool:
    """Whether the walker leaves ``el`` out: a picture box, or (if ``marked``) an element
    whose class or id names chrome or that is hidden (:func:`~.boilerplate.read_marker`,
    which tells an element without these attributes, most inline markup, in two C calls)."""
    if marked:
        state, marker = read_marker(el)
        if state:
            return True
    elif MARKER_ATTRIBUTES.isdisjoint(el.keys()):
        return False
    else:
        marker = marker_of(el)
    return is_picture_box(el, marker)


def _inline_text(el: lxml.html.HtmlElement) -> str:
    """Text of an inline element, skipping code and controls, ``<br>`` as a line break (an
    explicit stack: inline markup may nest deeply too)."""
    parts = [el.text or ""]
    stack = [iter(el)]
    tails: list[str | None] = []  # the tail of each element entered below ``el``
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if tails:
                tail = tails.pop()
                if tail:
                    parts.append(tail)
            continue
        tag = child.tag
        if isinstance(tag, str):
            if tag == "br":
                parts.append("\n")
            elif tag not in SKIP_TAGS and (
                MARKER_ATTRIBUTES.isdisjoint(child.keys()) or not is_marked(child)
            ):
                parts.append(child.text or "")
                stack.append(iter(child))
                tails.append(child.tail)
                continue
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def container_blocks(
    text_map: TextMap,
    container: Node | None,
    lede: Sequence[Node] = (),
    titles: Sequence[str] = (),
) -> list[Raw]:
    """Candidate blocks of the ``lede`` elements then of ``container``, before filtering."""
    walker = _Walker(text_map)
    for node in lede:
        walker.node(node, "paragraph")
    # A standfirst set as a subheading is still the standfirst; a subheading that repeats the
    # headline's words is the headline again (a kicker and title variant).
    walker.out = [
        r for r in walker.out if not (r.kind == "heading" and echoes_title(r.text, titles))
    ]
    for raw in walker.out:
        if raw.kind == "heading":
            raw.kind = "paragraph"
    if container is not None:
        # The text map chose the container for the text it holds: a page-wide class on it
        # (``<body class="no-sidebars">``) is no evidence against it.
        walker.node(container, "paragraph", top=True)
    return walker.out
