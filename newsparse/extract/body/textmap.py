"""A map of where a page's text is: text-bearing elements, their ancestors and text mass.

One XPath pass (in C) finds the *text elements*: paragraphs, headings, list items, quotes, and
``div``-like elements that hold text themselves. Only these and their ancestors get Python
objects, so the cost follows the amount of text, not the size of the markup. Each text element
contributes its *mass* (its own characters, East Asian characters counted three times, minus
link text; :mod:`newsparse.extract.body.measure`) to every ancestor; boilerplate markers
(:mod:`newsparse.extract.body.boilerplate`) switch a subtree off unless it holds most of the
page's mass. :mod:`newsparse.extract.body.container` then picks the main container from the
map; :mod:`newsparse.extract.body.headline` finds the headline in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import lxml.etree
import lxml.html

from newsparse.extract.body.boilerplate import (
    HARD_TAGS,
    SOFT_TAGS,
    names_comments,
    read_marker,
)
from newsparse.extract.body.headline import (
    declared_heading,
    declared_titles,
    headline,
    matches_title,
)
from newsparse.extract.body.measure import links_inside, measure
from newsparse.extract.body.treetext import text_of, weight
from newsparse.extract.thresholds import LINK_DENSITY, SNIPPET_WEIGHT

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "Node", "TextMap", "cached_text_map", "declared_titles", "headline", "matches_title",
    "text_map", "text_of", "weight",
]

_BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"]
_BOXES = ["div", "section", "article", "td"]
# A span straight inside a box with a sentence of its own carries that box's text (React-style
# "<div><span>text</span><a>link</a></div>" paragraphs); its text joins the box's paragraph.
CARRIER_TAGS = frozenset({"span"})


def _boxes_with_text(scope: str) -> list[lxml.etree.XPath]:
    # Block tags are found with a C-level iter(); boxes need a test for their own text. Each
    # "descendant::tag" step is one fast pass in libxml2 ("//tag", which means
    # "/descendant-or-self::node()/child::tag", is slower), while "self::x or ..." predicates
    # are slower still. The expressions run one by one: a union "a | b" costs a sort of the
    # joined node set into document order, nearly as much as the passes themselves.
    # Sections and articles are few on a page: :func:`text_elements` finds them without
    # XPath.
    parts = [f"{scope}{t}[text()[normalize-space()]]" for t in _BOXES if t not in _FEW_BOXES]
    parts.append(f"{scope}div/span[text()[string-length(normalize-space()) > 40]]")
    return [lxml.etree.XPath(part) for part in parts]


_FEW_BOXES = ("section", "article")
_XPATH_BLANKS = " \t\r\n"
"""The white space of XPath's ``normalize-space()`` (not Python's wider ``str.strip()``)."""


def _has_own_text(el: lxml.html.HtmlElement) -> bool:
    """Whether ``el`` holds a text of its own that is not XPath white space alone (what
    ``[text()[normalize-space()]]`` asks): its text, or a child's tail."""
    text = el.text
    if text and text.strip(_XPATH_BLANKS):
        return True
    for child in el:
        tail = child.tail
        if tail and tail.strip(_XPATH_BLANKS):
            return True
    return False


_WALKED = (*_FEW_BOXES, "td")
"""What the second C walk of :func:`text_elements` finds: the few boxes (tested in Python)
and the first table cell, if any."""


def text_elements(
    top: lxml.html.HtmlElement,
    context: lxml.html.HtmlElement,
    finders: list[lxml.etree.XPath],
    alone: bool = False,
) -> list[lxml.html.HtmlElement]:
    """The text elements in or at ``top``: the block tags in document order, then the boxes
    with text of their own by tag in the order of ``_BOXES`` (each in document order), then
    the carrier spans; ``finders`` (run on ``context``) are the XPaths of ``top``'s scope.
    ``alone``: they find nothing outside ``top`` (the page has one ``<body>``, or ``top`` is
    the scope), so their table-cell pass is skipped when ``top`` holds no ``<td>``.

    One C walk finds the block tags; a second one the sections and articles (few on a page: a
    test of their own text in Python, :func:`_has_own_text`, replaces two XPath passes, as
    ``descendant-or-self::section[text()[normalize-space()]]`` and the same for article
    find them, one after the other) and whether any table cell is there (most pages have
    none, and the cells' XPath pass costs more than the walk)."""
    found: list[lxml.html.HtmlElement] = list(top.iter(*_BLOCK_TAGS))
    sections: list[lxml.html.HtmlElement] = []
    articles: list[lxml.html.HtmlElement] = []
    cells = False
    for el in top.iter(*_WALKED):
        tag = el.tag
        if tag == "td":
            cells = True
            break
        if _has_own_text(el):
            (sections if tag == "section" else articles).append(el)
    if cells:  # a table: the boxes again, without stopping at each of its (many) cells
        sections.clear()
        articles.clear()
        for el in top.iter(*_FEW_BOXES):
            if _has_own_text(el):
                (sections if el.tag == "section" else articles).append(el)
    found.extend(cast(list[lxml.html.HtmlElement], finders[0](context)))  # divs
    found += sections
    found += articles
    if cells or not alone:
        found.extend(cast(list[lxml.html.HtmlElement], finders[1](context)))  # tds
    found.extend(cast(list[lxml.html.HtmlElement], finders[2](context)))  # spans
    return found


_BOXES_WITH_TEXT = _boxes_with_text("/html/body/descendant::")
_BOXES_WITH_TEXT_UNDER = _boxes_with_text("descendant-or-self::")
_BODY = lxml.etree.XPath("/html/body")

_BESIDE_ASIDE = 200
"""Text mass outside a heavy ``<aside>`` (a paragraph or two) for the aside to be a sidebar."""
_GUARD = 0.5
"""A boilerplate marker is ignored on an element holding at least this share of all mass."""


class Node:
    """One text element or ancestor of one: its tree links, flags and text measures."""

    __slots__ = (
        "_links",
        "_text",
        "checked",
        "comments",
        "dead",
        "el",
        "hard",
        "is_text",
        "kids",
        "marked",
        "mass",
        "own",
        "parent",
        "prose",
        "tag",
        "total",
    )

    def __init__(self, el: lxml.html.HtmlElement, parent: Node | None) -> None:
        # (one store per slot, chained where values agree: a node is made for every text
        # element and ancestor, so its construction is a visible share of the map)
        self.el = el
        self.parent = parent
        self.kids: list[Node] = []
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        self.tag: str = tag
        # checked: whether class/id markers were read into ``marked``/``hard``;
        # comments: marked as a comment section (see ``_apply_markers``)
        self.is_text = self.checked = self.comments = False
        self.hard = self.dead = tag in HARD_TAGS
        self.marked = tag in SOFT_TAGS
        self._text: str | None = ""  # text_content, None until read (see ``text``)
        # total: weight of the whole text_content (text elements only); own: weight not
        # inside nested text elements; links: weight of link text inside
        self.total = self.own = self._links = 0
        self.mass = 0.0  # live text mass of the subtree
        self.prose = 0.0  # mass of its own prose (see ``TextMap``), counted while it lives

    @property
    def text(self) -> str:
        """All text inside a text element (``""`` for other nodes). Kept only for elements
        without text elements inside; the others read it from the tree when asked, so nested
        containers never hold copies of each other's text."""
        if self._text is None:
            self._text = text_of(self.el)
        return self._text

    @property
    def links(self) -> int:
        """Weight of the link text inside a text element (0 for other nodes). A text element
        holding others has it read when first asked for: the map needs it only for one with
        prose of its own (see :class:`TextMap`)."""
        links = self._links
        if links < 0:
            links = self._links = links_inside(self.el)
        return links

    @links.setter
    def links(self, value: int) -> None:
        self._links = value

    @property
    def link_density(self) -> float:
        """Share of this text element's weight that sits in links."""
        links = self._links
        if links < 0:
            links = self.links
        return min(1.0, links / self.total) if self.total else 0.0


class TextMap:
    """Text elements of one page, their ancestors, live mass and the main container."""

    def __init__(
        self,
        root: lxml.html.HtmlElement,
        *,
        scope: lxml.html.HtmlElement | None = None,
        titles: tuple[str, ...] = (),
    ) -> None:
        """Map the text of the document ``root``, or only of the element ``scope``;
        ``titles`` are the headlines the page declares (``og:title``, JSON-LD ``headline``)."""
        self.titles = titles
        self._declared: list[lxml.html.HtmlElement | None] | None = None
        self.nodes: dict[lxml.html.HtmlElement, Node] = {}
        self.texts: list[Node] = []
        self.body: Node | None = None
        self.headline: list[lxml.html.HtmlElement] | None = None
        """The headline ``<h1>`` and its ancestors, once :mod:`.container` looked for it."""
        self._pairs: list[tuple[Node, Node]] = []  # every node but the top, with its parent
        if scope is None:
            bodies = cast(list[lxml.html.HtmlElement], _BODY(root))
            if not bodies:
                return
            top = cast(lxml.html.HtmlElement, bodies[0])
            context, finders, alone = root, _BOXES_WITH_TEXT, len(bodies) == 1
        else:
            top = context = scope
            finders, alone = _BOXES_WITH_TEXT_UNDER, True
        found = text_elements(top, context, finders, alone)
        nodes = self.nodes
        body = self.body = Node(top, None)
        nodes[top] = body
        texts = self.texts
        pairs = self._pairs  # every node made, with its parent, in the order made
        parents: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
        # Snippets (labels, dates, menu entries) stay out of the map (measure leaves them
        # out): they carry no mass, and the block walker reads them from the tree if they sit
        # in the article.
        for el, text, total, links in measure(found, parents, holder_links=False):
            node = nodes.get(el)
            if node is None:
                # Make it and its missing ancestors, top down (a loop: pages may nest
                # deeply); none for an element outside ``top``. ``parents`` holds the parent
                # of each (see :func:`.measure.measure`). Markers are read later, only where
                # they matter.
                missing = [el]
                up = parents[el]
                above = None
                while up is not None:
                    above = nodes.get(up)
                    if above is not None:
                        break
                    missing.append(up)
                    up = parents[up]
                if above is None:
                    continue
                for child_el in reversed(missing):
                    made = Node(child_el, above)
                    nodes[child_el] = made
                    above.kids.append(made)
                    pairs.append((made, above))
                    above = made
                node = made
            elif node.is_text:
                continue
            node.is_text = True
            node._text = text
            node.total = node.own = total
            node._links = links
            texts.append(node)
        # Parents before children, as they were made (a node's missing ancestors are made
        # before it, top down); every pass below is linear in the number of nodes. The
        # children of one node keep their order (their masses are added up in it).
        self._order = list(nodes.values())
        # A text element's own weight leaves out the text elements inside it: each is taken
        # from the nearest text element above it (``holder``).
        holder: dict[Node, Node | None] = {body: None}
        for node, parent in pairs:
            up = holder[node] = parent if parent.is_text else holder[parent]
            if up is not None and node.is_text:
                up.own -= node.total
        # Prose counts, snippets do not: a schedule of 300 short items must not outweigh ten
        # paragraphs, so every text element's first SNIPPET_WEIGHT units are free.
        # (the own weight past the free part, times the share outside links; a text element's
        # total is above SNIPPET_WEIGHT, so never 0)
        for node in self.texts:
            if node.own > SNIPPET_WEIGHT:
                density = min(1.0, node.links / node.total)
                if density < LINK_DENSITY:
                    node.prose = (node.own - SNIPPET_WEIGHT) * (1.0 - density)
        self._add_up()
        if self._read_markers():  # a consent layer went: measure again without it
            self._add_up()
        if self._apply_markers(body.mass * _GUARD):  # (else the masses stand as they are)
            self._add_up()

    def __del__(self) -> None:
        # A node and its children point at each other (``parent``, ``kids``): a reference
        # cycle, which reference counting never frees. Left alone, every map (and the tree
        # its nodes hold) would wait for the cyclic garbage collector, whose passes then
        # traverse and free them in the middle of later parses. The map owns its nodes, so
        # when it goes their upward links go too, and everything is freed at once.
        for node in self.__dict__.get("nodes", {}).values():
            node.parent = None

    def _read_markers(self) -> bool:
        """Read class, id and hidden markers of the elements holding prose (the others, link
        lists and empty wrappers, are checked by the block walker if they sit in the article);
        whether a consent layer was found."""
        consent = False
        for node in self._order:
            if node.dead or node.mass <= 0 or node is self.body:
                continue
            parent = node.parent
            if parent is not None and parent.dead:
                node.dead = True
                continue
            node.checked = True
            mark, marker = read_marker(node.el)
            if mark == 2:
                node.hard = node.dead = consent = True
            elif mark == 1:
                node.marked = True
                node.comments = bool(marker) and names_comments(marker or "")
        return consent

    def _apply_markers(self, spared: float) -> bool:
        """Kill the marked nodes that are boilerplate (see below); whether any died."""
        # A marked element is boilerplate unless it holds most of the text, alone or together
        # with the other elements of its class (an article whose every paragraph is marked
        # "paywall", or sits in its own "widget"). A comment section is boilerplate however
        # much text it holds (readers may write more than the article), unless it holds the
        # headline or the page has none: then the marker is a stray class on the article.
        groups: dict[tuple[str, str | None], float] = {}
        total = self.body.mass if self.body is not None else 0.0
        # (shallower first, as a breadth-first order had them: a group's masses are added up
        # in this order)
        marked = [n for n in self._order if n.marked and not n.dead]
        marked.sort(key=_depth)
        if not marked:
            return False
        keys = [(node.tag, node.el.get("class")) for node in marked]
        for node, key in zip(marked, keys, strict=True):
            groups[key] = groups.get(key, 0.0) + node.mass
        heavy_aside = any(n.tag == "aside" and n.mass >= spared for n in marked)
        needs_heads = heavy_aside or any(n.comments for n in marked)
        heads = frozenset(headline(self)) if needs_heads else frozenset()
        # A marked element around the headline the page declares is the article's wrapper
        # (an "author-article" class), not chrome.
        declared = self.declared_heading()
        wrappers = frozenset(declared.iterancestors()) if declared is not None else frozenset()
        killed = False
        for node, key in zip(marked, keys, strict=True):
            if node.el in wrappers and not node.comments:
                continue
            # A comment section, or an <aside> beside some prose, that does not hold the
            # headline is chrome however heavy (a long sidebar beside a short story); one that
            # holds it, or nearly all text, is the article (broken markup can leave the article
            # inside an unclosed aside).
            aside = node.tag == "aside" and total - node.mass >= _BESIDE_ASIDE
            comments = (node.comments or aside) and bool(heads) and node.el not in heads
            small = node.mass < spared and groups[key] < spared
            if comments or small:
                node.dead = killed = True
        return killed

    def _add_up(self) -> None:
        """Pass death down from dead parents, then each live node's mass up: its own prose
        (``prose``) and its live children's mass (parents come before children in
        ``_pairs``: a node's death is settled when it is reached)."""
        top = self.body
        if top is None:
            return
        top.mass = 0.0 if top.dead else top.prose
        for node, parent in self._pairs:
            if parent.dead:
                node.dead = True
                node.mass = 0.0
            else:
                node.mass = 0.0 if node.dead else node.prose
        for node, parent in reversed(self._pairs):
            if not node.dead:
                parent.mass += node.mass

    def declared_heading(self) -> lxml.html.HtmlElement | None:
        """The first ``<h1>``-``<h3>`` that shows a headline the page declares (see
        :func:`headline`), computed once."""
        if self._declared is None:
            self._declared = [declared_heading(self)]
        return self._declared[0]

    @property
    def total(self) -> float:
        """Live text mass of the whole page."""
        return self.body.mass if self.body is not None else 0.0


def _depth(node: Node) -> int:
    """How many nodes are above ``node``."""
    depth = 0
    up = node.parent
    while up is not None:
        depth += 1
        up = up.parent
    return depth


def text_map(page: Analysis) -> TextMap:
    """The page's :class:`TextMap` (built once per parse by the page's analysis)."""
    return page.text_map


def cached_text_map(page: Analysis) -> TextMap | None:
    """The page's :class:`TextMap` if something built it already in this parse, else ``None``."""
    return page.built_text_map
