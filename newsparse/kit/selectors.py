"""Selectors and blocks: what a site adapter's declared selectors find on a page.

A selector is a string, or a tuple of alternatives tried in order (one per layout era; the
first that finds text wins). A string is an XPath expression (elements give their text,
strings are used as they are), ``meta:NAME`` (the page's ``<meta>`` values for NAME) or
``jsonld:KEY`` (the KEY of the page's JSON-LD article object).

Body blocks come from the elements a selector finds: a block element (``p``, ``h2``-``h6``,
``blockquote``, ``li``; a ``ul``/``ol`` stands for its items) is one block, any other element
is a container whose blocks are read by :func:`walk`. Nothing here depends on whether an
element is shown: a full text kept hidden beside a visible teaser is read like any other.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, cast

import lxml.etree
import lxml.html

from newsparse.article import Block, BlockKind, cleaned_block
from newsparse.extract import schema
from newsparse.extract.body.treetext import text_of
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "SKIPPED", "Selector", "SharedSearch", "block_text", "blocks", "compiled", "elements",
    "select", "shared_searches", "walk",
]

Selector = str | tuple[str, ...]
"""An XPath, ``meta:NAME`` or ``jsonld:KEY``; a tuple holds alternatives tried in order."""

_KINDS: dict[str, BlockKind] = {
    "p": "paragraph", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "blockquote": "quote",
}
_LISTS = ("ul", "ol")
SKIPPED = frozenset({
    "script", "style", "noscript", "figure", "figcaption", "iframe", "button", "form", "svg",
    "aside", "nav", "footer", "select", "template", "dialog",
})
"""Tags :func:`walk` never reads inside: code, media and their captions, forms, widgets."""
_TEXT = lxml.etree.XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
    " | descendant::br", regexp=False, smart_strings=False,
)
_HEADING_WORDS = 12
"""A paragraph all in bold of at most this many words, without closing punctuation, is a
subheading (sites that write ``<p><strong>`` for one)."""


_Element = lxml.etree._Element
"""The typed view of an element (lxml-stubs types ``lxml.html.HtmlElement`` as ``Any``)."""
_HTML_ELEMENT: type[_Element] = lxml.html.HtmlElement
"""``lxml.html.HtmlElement`` as a typed class (for ``isinstance``)."""
_COMPILED: dict[str, lxml.etree.XPath] = {}
_COMPILED_MAX = 512


def compiled(path: str) -> lxml.etree.XPath:
    """The XPath for ``path``, compiled once per process (at most 512 kept at once).

    Compiled without what no selector can use and every call of an XPath pays for: the EXSLT
    regular expression functions (lxml registers them in the evaluation context on each call,
    about 2 microseconds, half the cost of a small evaluation; a selector could not name them:
    no namespace prefix is declared for ``re:``), and "smart" strings (a string result that
    knows its element): the kit reads string results as plain text."""
    found = _COMPILED.get(path)
    if found is None:
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        found = _COMPILED[path] = lxml.etree.XPath(
            path, regexp=False, smart_strings=False)
    return found


def _nodes(result: object) -> list[object]:
    """An XPath result as a list: a node-set as it is, a single value as a list of one."""
    return cast("list[object]", result) if isinstance(result, list) else [result]


def _found_elements(result: object) -> list[_Element]:
    """The elements of an XPath result (strings and other values left out)."""
    return [el for el in _nodes(result) if isinstance(el, _HTML_ELEMENT)]


def _string(el: _Element) -> str:
    """The element's text content (lxml.html's ``text_content()``, the XPath string value), read
    by the serializer's text method: one C call, less than half the time of the XPath call."""
    return text_of(el)


def block_text(el: lxml.html.HtmlElement) -> str:
    """The element's text with ``<br>`` as a space (scripts and styles left out), not yet
    cleaned."""
    return _block_text(cast(_Element, el))


_NOT_TEXT = frozenset({"br", "script", "style", "noscript"})


def _block_text(el: _Element) -> str:
    if not len(el) and el.tag not in _NOT_TEXT:  # no child node (the common paragraph)
        # Its one run of text (lxml joins adjacent text nodes): the same as string(), without
        # an XPath call (about a tenth of the time).
        return el.text or ""
    if not _holds_not_text(el):
        return _string(el)  # one C call: no line break or code inside
    return "".join(p if isinstance(p, str) else " " for p in _nodes(_TEXT(el)))


_FEW_DESCENDANTS = 16


def _holds_not_text(el: _Element) -> bool:
    """Whether ``el`` or an element inside it is a ``br``, ``script``, ``style`` or
    ``noscript`` (``el.iter(*tags)``). A paragraph holds a few elements: a plain loop over
    them is several times cheaper than the tag matcher ``iter`` sets up per call, which is
    used past the first few (a large container)."""
    if el.tag in _NOT_TEXT:
        return True
    for count, inner in enumerate(el.iterdescendants()):
        if inner.tag in _NOT_TEXT:
            return True
        if count >= _FEW_DESCENDANTS:
            return next(el.iter(*_NOT_TEXT), None) is not None
    return False


def select(page: Analysis, path: Selector | None) -> list[str] | None:
    """The cleaned texts ``path`` selects (an XPath: elements give their text, ``meta:NAME``,
    or ``jsonld:KEY`` of the article object; a tuple: the first alternative with text), empty
    ones dropped; ``None`` if it matches nothing at all (``[]``: only empty elements)."""
    if not path:
        return None
    if isinstance(path, tuple):  # the first alternative with text; [] if only empties
        matched: list[str] | None = None
        for alternative in path:
            texts = select(page, alternative)
            if texts:
                return texts
            matched = matched if texts is None else texts
        return matched
    found: list[object] | None
    if path.startswith("meta:"):
        found = list(page.meta.get(path[5:].lower(), ()))
    elif path.startswith("jsonld:"):
        article = cast("tuple[dict[str, object], str] | None", schema.article_object(page))
        value = article[0].get(path[7:]) if article else None
        if value is None:
            return None
        # schema.strings has decoded the entities once: a second decoding would turn a
        # written "&amp;lt;" into "<" where the generic finders give "&lt;".
        decoded = [t for t in map(clean, schema.strings(value)) if t]
        return decoded or None
    else:
        found = _nodes(_evaluate(page, path))
    if not found:
        return None
    cleaned = (clean(_block_text(x)) if isinstance(x, _HTML_ELEMENT)
               else clean(schema.unescape(str(x))) for x in found)
    return [t for t in cleaned if t]


def elements(page: Analysis, path: Selector | None) -> list[lxml.html.HtmlElement]:
    """The elements an XPath selector (or its first matching alternative) selects."""
    return _elements(page, path)


def _evaluate(page: Analysis, path: str) -> object:
    """The result of the XPath ``path`` on the page, evaluated once per parse (callers do not
    change it). A path that searches the page from an anchor (``//step/rest``, see
    :func:`anchored`) is evaluated as ``$a0/rest`` on the anchor's elements, and the anchor once
    per parse: selectors that start from the same element (the article's container) search
    the page once between them, not once each."""
    found = page.selected.get(path, _UNSEEN)
    if found is not _UNSEEN:
        if isinstance(found, SharedSearch):
            found = found.search(page, path)
        return found
    plan = _anchored(path)
    if plan is None:
        found = compiled(path)(cast(_Element, page.tree))
    else:
        relative, anchors = plan
        bound: dict[str, lxml.etree._XPathObject] = {}
        for number, anchor in enumerate(anchors):
            nodes = _evaluate(page, anchor)
            if not isinstance(nodes, list) or not all(
                isinstance(node, _ELEMENT) for node in cast("list[object]", nodes)
            ):
                break  # not a set of elements (attributes, strings): no variable holds it
            bound[f"a{number}"] = cast("lxml.etree._XPathObject", nodes)
        else:
            # ``$a0`` alone (an anchor kept for its faster form) selects the anchor's nodes, in
            # the document order they were found in: no second XPath call for them.
            found = bound["a0"] if relative == "$a0" else compiled(relative)(
                cast(_Element, page.tree), **bound)
            page.selected[path] = found
            return found
        found = compiled(path)(cast(_Element, page.tree))
    page.selected[path] = found
    return found


_ELEMENT: type[_Element] = lxml.etree._Element
_PLANS: dict[str, tuple[str, tuple[str, ...]] | None] = {}
_UNSEEN = object()


class SharedSearch:
    """Anchors that search the same elements for the same attribute (``/descendant::div/@k[.
    = 'a']/..`` and ``/descendant::div/@k[. = 'b']/..``), searched once between them: the
    anchors' tests joined by ``or`` select every element either selects, in document order,
    and each anchor's elements are those whose attribute passes its own test, in that order.
    Registered in :attr:`Analysis.selected` under each anchor (see :func:`shared_searches`),
    it is replaced there by the anchors' results when one of them is first evaluated."""

    __slots__ = ("attribute", "path", "tests")

    def __init__(self, path: str, attribute: str, tests: tuple[tuple[str, str, str], ...]):
        self.path = path
        """The joined search."""
        self.attribute = attribute
        self.tests = tests
        """Each anchor with its test (``=``, ``contains``, ``starts-with``) and value."""

    def search(self, page: Analysis, anchor: str) -> list[_Element]:
        """Search the page once, record every anchor's elements, return ``anchor``'s."""
        found = _found_elements(compiled(self.path)(cast(_Element, page.tree)))
        values = [el.get(self.attribute) or "" for el in found]
        for path, test, value in self.tests:
            page.selected[path] = [el for el, text in zip(found, values, strict=True)
                                   if _passes(text, test, value)]
        return cast("list[_Element]", page.selected[anchor])


def _passes(text: str, test: str, value: str) -> bool:
    """XPath's ``. = value``, ``contains(., value)`` or ``starts-with(., value)`` on ``text``."""
    if test == "=":
        return text == value
    return value in text if test == "contains" else text.startswith(value)


def _anchored(path: str) -> tuple[str, tuple[str, ...]] | None:
    """:func:`anchored`, computed once per process for each path."""
    if path not in _PLANS:
        if len(_PLANS) >= _COMPILED_MAX:
            _PLANS.clear()
        _PLANS[path] = anchored(path)
    return _PLANS[path]


def anchored(path: str) -> tuple[str, tuple[str, ...]] | None:
    """``path`` with the anchor of each of its ``|`` branches replaced by a variable
    (``$a0``, ``$a1``, ...) and the anchors, or ``None`` when no branch has one.

    A branch's anchor is its first step when the branch starts with ``//`` (a search of the
    page), with the step after it when the first is an attribute (``//@id[.='x']/parent::div``).
    ``//a[p]/rest`` means ``(//a[p])/rest`` (a path's steps apply left to right), so
    ``$a0/rest`` with ``$a0`` bound to what ``//a[p]`` finds selects the same nodes in the same
    order; branches with the same anchor share one variable, and the branches of a group that
    starts a branch (``(//a/b | //c)/d``) are anchored too. Steps are cut at ``/`` outside
    brackets, parentheses and quotes.

    An anchor is written in the form the XPath engine searches fastest (:func:`_searched`:
    the same elements in the same order); an anchor that the branch does not go on from is
    kept only when it was rewritten so (``//div[@class='x']``)."""
    anchors: list[str] = []
    text = _with_anchors(path, anchors)
    return (text, tuple(anchors)) if anchors else None


def _with_anchors(path: str, anchors: list[str]) -> str:
    """``path`` with its branches' anchors as variables, the anchors appended to ``anchors``."""
    rewritten: list[str] = []
    for branch in _split_top(path, "|"):
        text = branch.strip()
        close = _group_end(text)
        if close is not None:
            rewritten.append(f" ({_with_anchors(text[1:close], anchors)}){text[close + 1:]} ")
            continue
        cut = _anchor(text)
        if cut is None:
            rewritten.append(branch)
            continue
        anchor, rest = cut
        if anchor not in anchors:
            anchors.append(anchor)
        rewritten.append(f" $a{anchors.index(anchor)}{rest} ")
    return "|".join(rewritten).strip()


def _group_end(text: str) -> int | None:
    """The index of the ``)`` closing the ``(`` that ``text`` starts with, or ``None``."""
    if not text.startswith("("):
        return None
    depth = 0
    quote = ""
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if not depth:
                return index if char == ")" else None
    return None


def _split_top(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` character outside brackets, parentheses and quotes
    (``[]`` on a string without unmatched ones)."""
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if depth < 0:
                return [text]
        elif char == separator and not depth:
            parts.append(text[start:index])
            start = index + 1
    if depth or quote:
        return [text]  # not well formed: left to the XPath compiler's error
    parts.append(text[start:])
    return parts


def _anchor(branch: str) -> tuple[str, str] | None:
    """The anchor of a branch in its fastest form and the rest of the branch (see
    :func:`anchored`), or ``None``."""
    if not branch.startswith("//") or branch.startswith("///"):
        return None
    steps = [step.strip() for step in _split_top(branch[2:], "/")]
    if not steps[0]:
        return None
    taken = 1
    if steps[0].startswith(("@", "attribute::")):
        if len(steps) < 2 or not (steps[1] == ".." or steps[1].startswith("parent::")):
            return None
        taken = 2
    anchor = "//" + "/".join(steps[:taken])
    fast = _searched(steps[:taken])
    rest = "/" + "/".join(steps[taken:]) if len(steps) > taken else ""
    if not rest and fast is None:
        return None  # nothing after the anchor and no faster form: evaluated as it is
    return fast or anchor, rest


_NAME = r"[A-Za-z_][\w.-]*"
_LITERAL = r"(?:'[^']+'|\"[^\"]+\")"
_ATTRIBUTE_STEP = re.compile(rf"(?:@|attribute::)({_NAME})((?:\[.*\])?)", re.S)
_PARENT_STEP = re.compile(rf"\.\.|parent::(?:({_NAME})|\*|node\(\))")
_TESTED_STEP = re.compile(
    rf"({_NAME}|\*)\[\s*(?:@({_NAME})\s*=\s*({_LITERAL})"
    rf"|(contains|starts-with)\(\s*@({_NAME})\s*,\s*({_LITERAL})\s*\))\s*\]"
)


def _searched(steps: list[str]) -> str | None:
    """The anchor ``//`` + ``steps`` in the form the XPath engine searches fastest, or
    ``None`` when it has none. ``//`` is ``/descendant-or-self::node()/``: it visits every
    node (text included) and, for ``//tag[test]``, tests each one's children; the forms below
    visit the elements (or the elements of one tag) and test one attribute of each:

    * ``//@name[p]/parent::tag`` (or ``/..``) is ``/descendant::tag/@name[p]/..``: only
      elements have attributes, and an element has one attribute of a name, so ``p`` sees
      the same attributes in the same positions;
    * ``//tag[@name='v']``, ``//tag[contains(@name, 'v')]``, ``//tag[starts-with(@name,
      'v')]`` (``v`` not empty, one test) is ``/descendant::tag/@name[. = 'v']/..`` (and
      ``contains(., 'v')`` ...): the test holds exactly on the elements that have the
      attribute with such a value (an absent attribute is ``''``, which contains no
      non-empty ``v``), and a predicate that is not a number does not count positions."""
    if len(steps) == 2:
        attribute, parent = _ATTRIBUTE_STEP.fullmatch(steps[0]), _PARENT_STEP.fullmatch(steps[1])
        if attribute is None or parent is None:
            return None
        return f"/descendant::{parent.group(1) or '*'}/@{attribute.group(1)}{attribute.group(2)}/.."
    tested = _TESTED_STEP.fullmatch(steps[0])
    if tested is None:
        return None
    tag, equal_name, equal_value, function, name, value = tested.groups()
    if equal_name:
        return f"/descendant::{tag}/@{equal_name}[. = {equal_value}]/.."
    return f"/descendant::{tag}/@{name}[{function}(., {value})]/.."


_SIMPLE_ANCHOR = re.compile(
    rf"/descendant::({_NAME}|\*)/@({_NAME})\[\s*(\.\s*=\s*({_LITERAL})"
    rf"|(contains|starts-with)\(\s*\.\s*,\s*({_LITERAL})\s*\))\s*\]/\.\."
)
"""An anchor searched for one attribute with one test (:func:`_searched`'s forms)."""


def shared_searches(paths: Iterable[str]) -> dict[str, SharedSearch]:
    """The anchors of ``paths`` (XPaths) that share a search with another (the same elements'
    same attribute, see :class:`SharedSearch`), each with its :class:`SharedSearch`."""
    groups: dict[tuple[str, str], dict[str, tuple[str, str, str]]] = {}
    for path in paths:
        plan = _anchored(path)
        for anchor in plan[1] if plan else ():
            match = _SIMPLE_ANCHOR.fullmatch(anchor)
            if match is not None:
                tag, attribute, test, equal, function, value = match.groups("")
                groups.setdefault((tag, attribute), {})[anchor] = (
                    test, function or "=", (equal or value)[1:-1])
    shared: dict[str, SharedSearch] = {}
    for (tag, attribute), tests in groups.items():
        if len(tests) > 1:
            joined = " or ".join(test for test, _, _ in tests.values())
            search = SharedSearch(
                f"/descendant::{tag}/@{attribute}[{joined}]/..", attribute,
                tuple((anchor, function, value) for anchor, (_, function, value)
                      in tests.items()))
            shared.update(dict.fromkeys(tests, search))
    return shared


def _elements(page: Analysis, path: Selector | None) -> list[_Element]:
    for alternative in (path,) if isinstance(path, str) else path or ():
        found = _evaluate(page, alternative)
        if isinstance(found, list) and found:
            return _found_elements(found)
    return []


def _bold_only(el: _Element, text: str) -> bool:
    """Whether a paragraph of cleaned ``text`` is short and all bold (a subheading)."""
    if text[-1:] in ".!?" or len(text.split()) > _HEADING_WORDS:  # (the cheap test first)
        return False
    bold = [_string(b) for b in el.iter("strong", "b")]
    return bool(bold) and clean(" ".join(bold)) == text


def walk(
    container: lxml.html.HtmlElement,
    *,
    skip_class: re.Pattern[str] | None = None,
    dropped: Collection[lxml.html.HtmlElement] = (),
) -> list[Block]:
    """The blocks under ``container`` in document order: each ``p``, ``h2``-``h6``,
    ``blockquote`` and ``li`` is one block (a short all-bold paragraph is a heading), other
    elements are walked into. Never read: the :data:`SKIPPED` tags, elements whose
    ``"class id"`` matches ``skip_class`` (captions, share bars, prompts), elements in
    ``dropped``, and everything inside them. Hidden elements are read like shown ones."""
    return _walk(cast(_Element, container), skip_class,
                 cast("Collection[_Element]", dropped))


def _walk(
    container: _Element, skip_class: re.Pattern[str] | None, dropped: Collection[_Element]
) -> list[Block]:
    out: list[Block] = []
    stack = list(reversed(container))
    while stack:
        child = stack.pop()
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED or (dropped and child in dropped):
            continue
        if skip_class is not None and (child.get("class") or child.get("id")) and (
            skip_class.search(f"{child.get('class', '')} {child.get('id', '')}")
        ):
            continue
        kind = _KINDS.get(tag)
        if kind is None:
            stack.extend(reversed(child))
            continue
        block = _block(kind, child)
        if block is not None:
            if kind == "paragraph" and _bold_only(child, block.text):
                block = cleaned_block("heading", block.text)
            out.append(block)
    return out


def _block(kind: BlockKind, el: _Element) -> Block | None:
    """The element's text as a block of ``kind`` (cleaned once), or ``None`` when nothing is
    left of it (``Block(kind=kind, text=...)``, without attrs' converter and validators)."""
    text = clean(_block_text(el))
    return cleaned_block(kind, text) if text else None


def blocks(
    page: Analysis,
    body: Selector,
    *,
    lede: Selector | None = None,
    drop: Selector | None = None,
    skip_class: re.Pattern[str] | None = None,
) -> tuple[Block, ...] | None:
    """Typed blocks of what ``body`` selects, in reading order, after the standfirst elements
    ``lede`` selects (as paragraphs), without those inside a ``drop`` match; ``None`` when
    ``body`` matches nothing. A selected block element gives one block, its tag the kind
    (``h2``-``h6`` heading, ``li`` list item, ``blockquote`` quote, else paragraph); a
    selected list gives one block per item; any other element holding block elements is a
    container read by :func:`walk` (``skip_class`` passed on), one holding none a paragraph."""
    found = _elements(page, body)
    if not found:
        return None
    dropped = set(_elements(page, drop))
    # Every element inside a dropped one (itself included), found from the dropped elements
    # down (a few small subtrees) instead of from each block up through its ancestors.
    inside = {el for top in dropped for el in top.iter()} if dropped else dropped
    leads = _elements(page, lede)
    lead_set = set(leads)
    out: list[Block] = []
    items: list[_Element] = []
    for el in found:
        if el.tag in _LISTS:
            items.extend(el.iterchildren("li"))
        else:
            items.append(el)
    for el in [*leads, *items] if leads else items:
        if inside and el in inside:
            continue
        lead = el in lead_set
        kind = _KINDS.get(el.tag)
        if not lead and kind is None and next(el.iter(*_KINDS), None) is not None:
            for block in _walk(el, skip_class, dropped):
                if not (out and out[-1].text == block.text):
                    out.append(block)
            continue
        text = clean(_block_text(el))
        if text and not (out and out[-1].text == text):
            out.append(cleaned_block("paragraph" if lead or kind is None else kind, text))
    return tuple(out) or None
