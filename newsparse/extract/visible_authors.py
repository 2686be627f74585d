"""Author names from a page's visible markup: microdata, ``rel=author`` links, byline elements
and labelled lines ("By …", "Von: …", "Autor: …").

Teasers, related-article lists, comments and navigation are skipped: the authors of other
articles never count. Each finder returns the raw names of one kind of markup; the caller
cleans and ranks them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, cast

import lxml.html
from lxml import etree

from newsparse import words
from newsparse.extract.authors import is_name_like, looks_like_organisation, split_byline
from newsparse.extract.classes import CLASS_VALUES, CLASSED, JOIN, BodyClasses, values_holding
from newsparse.extract.elements import first_element
from newsparse.found import Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis
    from newsparse.extract.visible_dates import BodyText

__all__ = ["byline_candidates", "header_region", "in_foreign_context"]

# Containers whose author names belong to other articles or to readers.
_FOREIGN = re.compile(
    r"teaser|related|recommend|comment|sidebar|widget|promo(?!ted)|newsletter|more-?from|"
    r"most-?read|popular|trending|outbrain|taboola|footer|further|weitere|mehr-?zum|carousel|"
    r"slider|read-?more|readmore|also-?read|next-?article|(?<![a-z])nav|(?<![a-z])menu|"
    r"breadcrumb|(?<![a-z])rail|reply|community|tags|taglist|keywords",
)  # matched against lower-cased class and id (a case-insensitive pattern is 3x slower)
_MAIN_COLUMN = re.compile(
    r"(?<![\w-])(?:[\w-]*sidebar[\w-]*__(?:main|content|primary)|(?:lay|layout|has|with)-sidebar)"
    r"(?![\w-])"
)  # a sidebar layout's main column, and the layout itself (see _foreign_marker)
_FOREIGN_TAGS = frozenset({"aside", "footer", "nav", "header-nav", "form", "noscript", "script"})
_MAX_BYLINE = 160
_MAX_ELEMENTS = 12
_LABELS = words.every("by") + words.every("author_labels")
_LABEL = re.compile(r"\s*(?:" + words.alternation(_LABELS) + r")(?![^\W\d_])", re.IGNORECASE)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
# Links to an author's page: "/author/jane-doe/", "/content_author/…", "/autoren/…".
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|journalist|journalists|"
    r"journalisten|writer|writers|reporter|reporters|staff|[a-z]+_author)/[^/?#]+/?(?:[?#]|$)",
    re.IGNORECASE,
)
_CLASS_WORDS = ("byline", "author", "autor", "writer", "reporter")  # in lower-cased classes
_HREF_WORDS = ("author", "autor", "auteur", "journalist", "writer", "reporter", "staff")
_LABEL_STARTS = frozenset(label[:2] for label in _LABELS)  # a cheap test before _LABEL
# _LABEL of the labels that begin with each start: a text whose first two letters (white space
# stripped, lower-cased) are that start can match no other label, and the whole case-blind
# alternation costs about 25 us a text (the answer is the same: only whether it matches counts).
_LABEL_BY_START = {
    start: re.compile(
        r"\s*(?:" + words.alternation([la for la in _LABELS if la[:2].lower() == start])
        + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    for start in _LABEL_STARTS
}
_REGION_LIMIT = 800


def _cased(letters: str) -> str:
    """A class of ``letters`` and their upper cases (``[aAfF]``): every character whose lower
    case is one of ``letters`` (no other character lowers to a label's first letter:
    tests/test_byline_groups.py checks every code point)."""
    return "[" + re.escape("".join(dict.fromkeys(
        c + (c.upper() if len(c.upper()) == 1 else "") for c in letters))) + "]"


def _starts_alternation() -> str:
    """The labels' starts as one alternative per first letter, the first letter a plain class
    ("[aA](?i:[ fluv])"): the engine passes over an alternative whose class turns the letter
    away in one test, where it enters and leaves each alternative that opens with a
    case-blind letter (that cost about 250 ns a text tried, as much as the rest of the
    search). Every text whose first two characters lower-cased are a start matches."""
    seconds: dict[str, list[str]] = {}
    for start in sorted(_LABEL_STARTS):
        seconds.setdefault(start[0], []).append(start[1])
    return "|".join(_cased(first) + "(?i:[" + re.escape("".join(rest)) + "])"
                    for first, rest in seconds.items())


_STARTS = _starts_alternation()
# A text node after another that may open with a label: "\x00", blanks, then a whole label
# (as _LABEL tests it) whose first two letters in any case are a label's start: a superset of
# the texts _labelled takes (the two-letter test and then _LABEL_BY_START's label, as no
# start holds a letter whose lower case is longer or depends on the letters around it; see
# _labelled_in_text). The first letter is tested by a class first: the engine tries the
# alternations only there (about 8x faster than an alternation alone), and the labels only
# past one of their starts (_STARTS; "Team", "Vorher", "Bytes": before the labels were tried
# here, about 30 texts of such starts were looked up and tested in Python for each that
# opens with a label). The blanks are taken at once, as an atomic group would
# ("(?=(\s*))\1": Python 3.10 has no "\s*+"): no blank is a letter of the class, so giving
# some back never lets the rest match, and the engine no longer tries it blank by blank
# (most texts between tags are blanks alone; the search over a page's texts takes about half
# the time).
_LABEL_OPENING = re.compile(
    r"\x00(?=(\s*))\1(?=(?i:[" + re.escape("".join(sorted({start[0] for start in _LABEL_STARTS})))
    + r"]))(?=" + _STARTS + ")"
    + r"(?i:" + words.alternation(_LABELS) + r")(?![^\W\d_])"
)
_LABEL_SOURCE = Source.markup("byline:label")
_BOLD_SOURCE = Source.markup("byline:bold-paragraph")
_BOLD_PARAGRAPHS = 6
_MAX_NAME_LINE = 90
_MAX_LEAD_LINE = 150


def in_foreign_context(el: lxml.html.HtmlElement, depth: int = 12) -> bool:
    """Whether ``el`` sits in a teaser, related list, comment, navigation or footer.

    Besides class and id markers, a link that wraps more than the element (a teaser card) and
    an ``<article>`` nested in another one or listed beside others count as teasers. The search
    stops at ``<main>`` and at the ``<article>`` holding the headline: layout wrappers outside
    them ("sticky-sidebar" plugins) do not make the article foreign.
    """
    articles = 0
    for anc in itertools.islice(el.iterancestors(), depth):
        tag = anc.tag
        if tag == "body" or tag == "html":
            break
        if tag in _FOREIGN_TAGS:
            return True
        if tag == "a" and anc.get("rel") != "author" and len(anc.text_content()) > 120:
            return True
        cls, ident = anc.get("class"), anc.get("id")
        if cls is not None or ident is not None:  # (else the marker is blank)
            marker = f"{cls or ''} {ident or ''}".lower()
            if _FOREIGN.search(marker) and _foreign_marker(marker):
                return True
        if tag == "article":
            articles += 1
            sibling = anc.getnext()
            if articles > 1 or (sibling is not None and sibling.tag == "article"):
                return True
            if first_element(anc, "h1") is not None:
                return False  # the headline's own article: wrappers outside it do not matter
        if tag == "main" or anc.get("role") == "main":
            return False
    return False


def _foreign_marker(marker: str) -> bool:
    """Whether a lower-cased class/id ``marker`` that names a foreign word still does once the
    layout's main column is set aside: the BEM element ``sidebar__main`` (the "main" part of a
    sidebar layout block) and the layout around it (``lay-sidebar``, ``has-sidebar``) hold
    the article itself, not a sidebar's teasers."""
    return bool(_FOREIGN.search(_MAIN_COLUMN.sub(" ", marker)))


def _innermost(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Drop elements that contain another element of the list (keep the most specific)."""
    chosen = set(elements)
    parents: set[lxml.html.HtmlElement] = set()
    for el in elements:
        for anc in el.iterancestors():
            if anc in chosen:
                parents.add(anc)
    return [el for el in elements if el not in parents]


# What `_cleans_longer` does not count: white space and controls (the ASCII ones).
_NOT_COUNTED = bytes(range(0x21)) + b"\x7f"


def _cleans_longer(raw: str, limit: int) -> bool:
    """Whether ``clean(raw)`` is surely longer than ``limit``, told without cleaning a long
    text only to measure it: :func:`~newsparse.text.clean` keeps every printable ASCII
    character but the space, each as one character (it drops controls and invisible
    characters, joins white space and composes, and repairs mojibake, all of them other
    characters; a letter followed by combining marks becomes one letter), so more than
    ``limit`` of them among the first ``4 * limit`` characters of ``raw`` say so."""
    if len(raw) <= limit:
        return False
    return len(raw[: 4 * limit].encode("ascii", "ignore").translate(None, _NOT_COUNTED)) > limit


def _texts(elements: list[lxml.html.HtmlElement]) -> list[str]:
    found: list[str] = []
    for el in elements:
        if len(found) >= _MAX_ELEMENTS:
            break
        raw = el.get("content") or el.text_content()
        if _cleans_longer(raw, _MAX_BYLINE):
            continue
        text = clean(raw)
        if text and len(text) <= _MAX_BYLINE and not in_foreign_context(el):
            found.append(text)
    return found


def header_region(page: Analysis, levels: int = 3) -> lxml.html.HtmlElement | None:
    """The block around the page's first ``<h1>``: its ancestor ``levels`` up (below body)."""
    if not page.first_h1s:
        return None
    region = page.first_h1s[0]
    for _ in range(levels):
        parent = region.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        region = parent
    return region


Groups = tuple[
    list[lxml.html.HtmlElement], list[lxml.html.HtmlElement], list[lxml.html.HtmlElement],
    list[lxml.html.HtmlElement], list[lxml.html.HtmlElement],
]
"""(microdata author, rel=author links, author-page links, byline-classed, labelled)
elements, each in document order."""

# The first four groups are found by XPath in C over the whole block. The attribute values
# come back as plain strings (no element objects made) and are searched joined
# (:func:`.classes.values_holding`); only a block where a value holds a word has its elements
# fetched, and only the elements of those values are tested further. An element list one to
# one with the values comes from the values' parents (``@itemprop/..``), or for ``class``,
# which most elements have, from ``*[@class]`` ("[@a='x']" and "not(self::...)" tests run
# slowly in libxml2 on every element, and so does the parent step over many values). The
# labelled elements are found by a walk in Python: an XPath for the elements' first texts
# costs as much as the walk.
_ITEMPROPS = etree.XPath("descendant-or-self::*/@itemprop", smart_strings=False)
_ITEMPROP_PATH = etree.XPath("descendant-or-self::*/@itemprop/..")  # one to one with _ITEMPROPS
_MICRO_PROPS = frozenset({"author", "creator"})
_RELS = etree.XPath("descendant-or-self::a/@rel", smart_strings=False)
_REL_PATH = etree.XPath("descendant-or-self::a/@rel/..")  # one to one with _RELS
_HREFS = etree.XPath("descendant-or-self::a/@href", smart_strings=False)
_HREF_PATH = etree.XPath("descendant-or-self::a/@href/..")  # one to one with _HREFS
_CLASS_NEVER = frozenset({"img", "meta"})


def _elements(found: object) -> list[lxml.html.HtmlElement]:
    return cast(list[lxml.html.HtmlElement], found)


def _micro_elements(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements of no skipped tag with ``itemprop`` "author" or "creator"."""
    props = cast(list[str], _ITEMPROPS(root))
    if "author" not in props and "creator" not in props:
        return []
    return [el for prop, el in zip(props, _elements(_ITEMPROP_PATH(root)), strict=True)
            if prop in _MICRO_PROPS and el.tag not in _SKIP_TAGS]


def _link_elements(
    root: lxml.html.HtmlElement,
) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """(rel=author links, author-page links) among the ``<a>`` elements: a link whose ``rel``
    starts with "author", else one whose lower-cased ``href`` holds an author word and
    the path of an author's page."""
    rels = cast(list[str], _RELS(root))
    rel: list[lxml.html.HtmlElement] = []
    if any(value.startswith("author") for value in rels):
        rel = [el for value, el in zip(rels, _elements(_REL_PATH(root)), strict=True)
               if value.startswith("author")]
    lowered = JOIN.join(cast(list[str], _HREFS(root))).lower()  # each lower-cased, as alone
    found = values_holding(lowered, _HREF_WORDS)
    hrefs = lowered.split(JOIN) if found else []
    pages = [index for index in found if _AUTHOR_PAGE.search(hrefs[index])]
    if not pages:
        return rel, []
    anchors = _elements(_HREF_PATH(root))
    links = [anchors[index] for index in pages]
    return rel, [el for el in links if not (el.get("rel") or "").startswith("author")]


def _classed_elements(
    root: lxml.html.HtmlElement, shared: BodyClasses | None = None
) -> list[lxml.html.HtmlElement]:
    """Elements of no skipped tag (nor ``img``, ``meta``) whose class holds a byline word;
    ``shared``: ``root`` is the page's body, whose classes the parse read already."""
    if shared is not None:
        lowered = shared.lowered
    else:
        lowered = JOIN.join(cast(list[str], CLASS_VALUES(root))).lower()  # each class as alone
    indexes = values_holding(lowered, _CLASS_WORDS)
    if not indexes:
        return []
    elements = shared.elements if shared is not None else _elements(CLASSED(root))
    return [el for el in (elements[index] for index in indexes)
            if el.tag not in _SKIP_TAGS and el.tag not in _CLASS_NEVER]


def _labelled(nodes: Iterable[lxml.html.HtmlElement]) -> Iterator[lxml.html.HtmlElement]:
    """Elements of no skipped tag among ``nodes`` whose own text starts with a byline label,
    found as they are asked for (the reader stops at the first byline line)."""
    for el in nodes:
        text = el.text
        # Cheap first test on two letters before the label pattern (of the labels beginning
        # with them) runs.
        if not text:
            continue
        label = _LABEL_BY_START.get(text.lstrip()[:2].lower())
        if (label is not None and isinstance(el.tag, str) and el.tag not in _SKIP_TAGS
                and label.match(text)):
            yield el


def _labelled_in_text(
    nodes: BodyText, span: tuple[int, int] | None = None
) -> Iterator[lxml.html.HtmlElement]:
    """:func:`_labelled` of the body's elements (``nodes.body.iter()``), or of a block's
    (whose text nodes are the run ``span`` of the body's, :meth:`.BodyText.span_of`), read
    from the body's text nodes joined once (:class:`.visible_dates.BodyText`, shared with
    the date finders) instead of a walk over every element in Python.

    An element's own text (``el.text``) is its first child when that is a text node: the
    parser joins adjacent texts and the tree is never edited, so it is one node, and in
    document order the elements' own texts come in the order of the elements. One search
    over the joined text finds the nodes whose first letter past blanks may open a label
    (the body's first node has no separator before it); the element of each such node is
    looked up, and the element is tested as :func:`_labelled` tests it."""
    first, end = span if span is not None else (0, len(nodes.texts))
    return _labelled_at(nodes, _label_hits(nodes, first, end))


def _label_hits(nodes: BodyText, first: int, end: int) -> Iterator[int]:
    """The indexes, in order, of the texts of the run ``first``-``end`` whose first letter
    past blanks may open a label (:data:`_LABEL_OPENING`), the body's first text always.

    A match starts at the separator before its text and ends inside that text (no part of
    the pattern matches a separator), so the runs of a split of the body's texts find,
    together, what one search over the whole body finds."""
    texts, starts = nodes.texts, nodes.starts
    if first >= end:
        return iter(())
    # From the separator before the run's first node to the end of its last one.
    hits = _LABEL_OPENING.finditer(nodes.joined, max(0, starts[first] - 1),
                                   starts[end - 1] + len(texts[end - 1]))
    found = (bisect.bisect_left(starts, hit.start() + 1) for hit in hits)
    return itertools.chain((0,), found) if first == 0 else found


def _labelled_at(nodes: BodyText, indexes: Iterable[int]) -> Iterator[lxml.html.HtmlElement]:
    """The labelled elements whose own texts are among the texts ``indexes`` (in order)."""
    texts = nodes.texts
    last: lxml.html.HtmlElement | None = None
    for index in indexes:
        text = texts[index]
        label = _LABEL_BY_START.get(text.lstrip()[:2].lower())
        if label is None or not label.match(text):
            continue
        node = nodes.node(index)
        if not node.is_text:
            continue  # a tail
        el = node.getparent()
        if el is None or el is last:
            continue
        last = el
        yield from _labelled((el,))


class _Recorded:
    """An iterator of text indexes that keeps what it gave, and knows when it ran out."""

    def __init__(self, indexes: Iterator[int]) -> None:
        self.seen: list[int] = []
        self.done = False
        self._indexes = indexes

    def __iter__(self) -> Iterator[int]:
        for index in self._indexes:
            self.seen.append(index)
            yield index
        self.done = True


class _BodyGroups:
    """The byline groups of the page's ``<body>``, each found once when first asked for, and
    those of a block below it (the region around the headline) taken from them: an element
    is in the block's group exactly when it is in the body's and below the block (every
    group's test looks at the element alone), in the same document order. So the block and
    then the body, when the block names nobody, cost one XPath pass each, not two; the
    block's run of the body's texts, searched for labels, is not searched again."""

    def __init__(self, page: Analysis, body: lxml.html.HtmlElement) -> None:
        self.page = page
        self.body = body
        self._micro: list[lxml.html.HtmlElement] | None = None
        self._links: tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]] | None = None
        self._classed: list[lxml.html.HtmlElement] | None = None
        self._block: tuple[int, int, _Recorded] | None = None

    def holds(self, block: lxml.html.HtmlElement) -> bool:
        """Whether ``block`` is below the body."""
        return self.body in block.iterancestors("body")

    def micro(self) -> list[lxml.html.HtmlElement]:
        if self._micro is None:
            self._micro = _micro_elements(self.body)
        return self._micro

    def links(self) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
        if self._links is None:
            self._links = _link_elements(self.body)
        return self._links

    def classed(self) -> list[lxml.html.HtmlElement]:
        if self._classed is None:
            self._classed = _classed_elements(self.body, self.page.body_classes)
        return self._classed

    def groups(self) -> Iterator[Iterable[lxml.html.HtmlElement]]:
        """The body's groups (as :func:`_groups` of the body with ``page`` gives them)."""
        yield self.micro()
        yield self.links()[0]
        yield self.links()[1]
        yield self.classed()
        texts = self.page.body_text
        if texts is None:  # (no body: not made then)
            yield _labelled_elements(self.body, None)
            return
        block = self._block
        if block is None or not block[2].done:
            yield _labelled_in_text(texts)
            return
        first, end, seen = block
        yield _labelled_at(texts, itertools.chain(
            _label_hits(texts, 0, first), seen.seen, _label_hits(texts, end, len(texts.texts))
        ))

    def block_groups(
        self, block: lxml.html.HtmlElement, nodes: list[lxml.html.HtmlElement] | None = None
    ) -> Iterator[Iterable[lxml.html.HtmlElement]]:
        """The groups of ``block`` (below the body), or of its first ``nodes`` only."""
        within: set[lxml.html.HtmlElement] | None = set(nodes) if nodes is not None else None

        def kept(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
            if within is not None:
                return [el for el in elements if el in within]
            return [el for el in elements
                    if el is block or block in el.iterancestors(block.tag)]

        yield kept(self.micro())
        yield kept(self.links()[0])
        yield kept(self.links()[1])
        yield kept(self.classed())
        if nodes is not None:
            yield list(_labelled(nodes))
            return
        texts = self.page.body_text
        span = texts.span_of(block) if texts is not None else None
        if texts is None or span is None:
            yield _labelled(block.iter())
            return
        recorded = _Recorded(_label_hits(texts, *span))
        self._block = (*span, recorded)
        yield _labelled_at(texts, recorded)


def _region_labels(
    page: Analysis, region: lxml.html.HtmlElement
) -> Iterator[lxml.html.HtmlElement]:
    """:func:`_labelled` of ``region.iter()`` (a block below the body), from the body's
    texts (:func:`_labelled_in_text`), read only when asked for."""
    texts = page.body_text
    span = texts.span_of(region) if texts is not None else None
    if texts is None or span is None:
        yield from _labelled(region.iter())
    else:
        yield from _labelled_in_text(texts, span)


_NODES = etree.XPath("count(descendant-or-self::node()) - count(descendant::text())")
"""The number of nodes ``block.iter()`` gives (elements, comments, processing instructions)."""


# A block whose labelled elements were found: (its root, its number of nodes, those elements).
Labelled = tuple[lxml.html.HtmlElement, int, list[lxml.html.HtmlElement]]


def _labelled_elements(
    root: lxml.html.HtmlElement, known: Labelled | None
) -> Iterator[lxml.html.HtmlElement]:
    """:func:`_labelled` of ``root.iter()``; a block below ``root`` read before (``known``)
    is not read again: its nodes are one run of ``root``'s document order."""
    if known is None or root not in known[0].iterancestors(root.tag):
        yield from _labelled(root.iter())
        return
    block, size, inside = known
    walk = root.iter()
    yield from _labelled(itertools.takewhile(lambda el: el is not block, walk))
    yield from inside
    for _ in itertools.islice(walk, size - 1):  # the rest of the block's nodes
        pass
    yield from _labelled(walk)


def _groups(
    root: lxml.html.HtmlElement,
    nodes: list[lxml.html.HtmlElement] | None = None,
    *,
    cut: bool = False,
    known: list[Labelled] | None = None,
    page: Analysis | None = None,
    labelled: Iterable[lxml.html.HtmlElement] | None = None,
) -> Iterator[Iterable[lxml.html.HtmlElement]]:
    """The :data:`Groups` of the block ``root``, each found only when asked for: a caller
    that stops at an early group skips the work for the later ones.

    ``nodes``: the block's nodes (``root.iter()``) when listed already; with ``cut``, only
    its first nodes, and the groups hold only elements among them. ``known``: the blocks
    below ``root`` whose labelled elements are known (:func:`_labelled_elements`); a whole
    block's are added to it. ``page``: ``root`` is that page's ``<body>``, and the body's
    classes and texts the parse reads once (:attr:`.Analysis.body_classes`,
    :attr:`.Analysis.body_text`) give its classed and labelled elements. ``labelled``:
    the block's labelled elements, found by the caller."""
    within = set(nodes) if cut and nodes is not None else None

    def kept(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
        return elements if within is None else [el for el in elements if el in within]

    yield kept(_micro_elements(root))
    rel, links = _link_elements(root)
    yield kept(rel)
    yield kept(links)
    shared = page.body_classes if page is not None else None
    yield kept(_classed_elements(root, shared))
    if labelled is not None:
        yield labelled
        return
    if nodes is None:
        texts = page.body_text if page is not None else None
        yield (_labelled_in_text(texts) if texts is not None
               else _labelled_elements(root, known[0] if known else None))
        return
    labels = list(_labelled(nodes))
    if known is not None and not cut:
        known.append((root, len(nodes), labels))
    yield labels


def _microdata(elements: Iterable[lxml.html.HtmlElement]) -> list[str]:
    names: list[str] = []
    # Nested author elements find the same names again: each is read once (the names are
    # made unique later anyway), so the cost stays linear in the page.
    seen: set[lxml.html.HtmlElement] = set()
    for el in itertools.islice(elements, _MAX_ELEMENTS):
        if in_foreign_context(el):
            continue
        inner = el.xpath(".//*[@itemprop='name']")
        targets = inner or [el]
        for target in targets:
            if target in seen:
                continue
            seen.add(target)
            text = clean(target.get("content") or target.text_content())
            if text and len(text) <= _MAX_BYLINE:
                names.append(text)
    return names


def _label_lines(elements: Iterable[lxml.html.HtmlElement]) -> list[str]:
    """Lines that start with a byline word; a bare label ("Autorin/Autor") takes the text
    that follows it inside its parent."""
    lines: list[str] = []
    for el in itertools.islice(elements, _MAX_ELEMENTS * 4):
        if in_foreign_context(el):
            continue
        own = clean(el.text or "")
        raw = el.text_content()
        if _cleans_longer(raw, max(_MAX_BYLINE, len(own) + 1)):
            continue  # (neither a bare label nor a line short enough)
        text = clean(raw)
        if len(own.rstrip(":").split()) <= 1 and len(text) <= len(own) + 1:
            parent = el.getparent()
            if parent is None:
                continue
            text = clean(parent.text_content())
            if not text.lower().startswith(own.lower()):
                continue
            rest = text[len(own):].lstrip(" :")
            text = f"{own.rstrip(':')}: {rest}" if rest else ""
        if text and len(text) <= _MAX_BYLINE and any(
            is_name_like(name) or looks_like_organisation(name) for name in split_byline(text)
        ):
            lines.append(text)
            break
    return lines


def _label_names(labels: Iterable[lxml.html.HtmlElement]) -> list[str]:
    return [n for line in _label_lines(labels) for n in split_byline(line)]


def _link_names(links: Iterable[lxml.html.HtmlElement]) -> list[str]:
    """The texts of author links (``rel=author`` or to an author's page)."""
    return _texts(list(itertools.islice(links, _MAX_ELEMENTS * 2)))


def _classed_names(classed: Iterable[lxml.html.HtmlElement]) -> list[str]:
    return _texts(_innermost(list(itertools.islice(classed, 60))))


_FINDERS: tuple[tuple[Callable[[Iterable[lxml.html.HtmlElement]], list[str]], Source], ...] = (
    (_microdata, Source.microdata("author")),
    (_link_names, Source.markup("html:rel=author")),
    (_link_names, Source.markup("html:author-link")),
    (_classed_names, Source.markup("byline")),
    (_label_names, _LABEL_SOURCE),
)


def _named(
    groups: Iterable[Iterable[lxml.html.HtmlElement]],
) -> Iterator[tuple[list[str], Source]]:
    """The names of each group with its source, in order, read as they are asked for."""
    for (finder, source), group in zip(_FINDERS, groups, strict=True):
        yield finder(group), source


def _bold_paragraph(page: Analysis) -> list[str]:
    """Names set as a bold paragraph of their own just below the headline ("<p><strong>Jane
    Doe</strong></p>"), a common byline on small sites; person names only, and only before the
    article text begins."""
    h1 = page.first_h1s[0] if page.first_h1s else None
    paragraphs = 0
    for el in page.tree.iter("p") if h1 is None else _following(h1, page.tree, "p"):
        paragraphs += 1
        if paragraphs > _BOLD_PARAGRAPHS:
            break
        raw = el.text_content()
        if _cleans_longer(raw, _MAX_LEAD_LINE):
            break  # (as below, without cleaning the paragraph to measure it)
        text = clean(raw)
        if len(text) > _MAX_LEAD_LINE:
            break  # the article text has begun: a bold line below it is a sub-heading
        if not text or len(text) > _MAX_NAME_LINE:
            continue
        bold = next((b for b in el.iter("strong", "b") if clean(b.text_content()) == text), None)
        if bold is None or in_foreign_context(el):
            continue
        names = split_byline(text)
        if names and all(is_name_like(n) and not looks_like_organisation(n) for n in names):
            return names
    return []


def _following(
    el: lxml.html.HtmlElement, root: lxml.html.HtmlElement, tag: str
) -> Iterator[lxml.html.HtmlElement]:
    """The ``tag`` elements that ``root.iter(tag)`` gives after ``el`` (below ``root``): those
    below ``el``, then those in the siblings after ``el`` and after each of its ancestors,
    without reading the ones before it."""
    yield from el.iterdescendants(tag)
    node = el
    while node is not root:
        for sibling in node.itersiblings():
            yield from sibling.iter(tag)
        parent = node.getparent()
        if parent is None:
            return
        node = parent


def byline_candidates(page: Analysis) -> Iterator[tuple[list[str], Source]]:
    """Raw author strings from visible markup, one list per kind of markup, in order of trust.

    The block around the headline is read first (its first nodes); the whole body only when
    that block names nobody. Each kind is looked for only when the caller asks for it.
    """
    region = header_region(page, levels=4)
    body = page.tree.find("body")
    shared = _BodyGroups(page, body) if body is not None else None
    known: list[Labelled] = []
    if region is not None:
        below = shared is not None and shared.holds(region)
        if int(cast(float, _NODES(region))) <= _REGION_LIMIT:
            # The whole block is read: its labelled elements, when asked for, come from the
            # body's texts (and the body's, if read, reuse the block's).
            groups = (shared.block_groups(region) if shared is not None and below
                      else _groups(region, labelled=_region_labels(page, region)))
        else:
            nodes = list(itertools.islice(region.iter(), _REGION_LIMIT + 1))
            cut = len(nodes) > _REGION_LIMIT
            if shared is not None and below and cut:
                groups = shared.block_groups(region, nodes[:_REGION_LIMIT])
            else:
                groups = _groups(region, nodes[:_REGION_LIMIT], cut=cut, known=known)
        seen: list[tuple[list[str], Source]] = []
        named = _named(groups)
        for found in named:
            seen.append(found)
            if found[0]:  # the block names somebody: its kinds are given, the body unread
                yield from seen
                yield from named
                yield _bold_paragraph(page), _BOLD_SOURCE
                return
    if shared is not None:
        yield from _named(shared.groups())
    yield _bold_paragraph(page), _BOLD_SOURCE
