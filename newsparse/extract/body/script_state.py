"""The article as a page's script state holds it, read as JSON data (never run).

Pages built with JavaScript frameworks ship the article to the browser as data and may show
little of it in the markup. :func:`state_body` reads the common framework states:

* Next.js ``<script id="__NEXT_DATA__" type="application/json">``;
* Next.js streamed chunks ``self.__next_f.push([1, "..."])`` (the React payload: element rows
  such as ``["$", "p", null, {"children": "..."}]``);
* ``window.__INITIAL_STATE__`` / ``window.__PRELOADED_STATE__`` assignments (Redux-style);
* Arc XP's ``Fusion.globalContent`` (``content_elements`` of type ``text``/``header``).

Only JSON is decoded (:meth:`json.JSONDecoder.raw_decode` at the start of the value, or of a
``JSON.parse("...")`` string); a value that is not plain JSON is skipped. In the decoded data
the article is the heaviest of: a list of typed text elements (``{"type": "text", "content":
...}``), the paragraph elements of a React payload, or a long text under a body-like key
(``articleBody``, ``body``, ``content``, ...; HTML in it is read as markup).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html

from newsparse.article import Block, BlockKind, clean_block, cleaned_block
from newsparse.extract.body.blocks import container_blocks
from newsparse.extract.body.filters import finish
from newsparse.extract.body.textmap import TextMap
from newsparse.extract.body.treetext import weight
from newsparse.text import split_paragraphs

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["assignments", "state_body", "states"]

_STATE_NAMES = ("__INITIAL_STATE__", "__PRELOADED_STATE__", "Fusion.globalContent")
_ASSIGNED = re.compile(
    r"(?:window\.)?(__INITIAL_STATE__|__PRELOADED_STATE__|Fusion\.globalContent)\s*=\s*"
)
_NEXT_PUSH = "self.__next_f.push("
_DECODER = json.JSONDecoder()
_MAX_NODES = 200_000
"""Values visited in one state at most (a state can describe a whole site)."""
_BODY_KEYS = frozenset({
    "articlebody", "body", "bodytext", "bodyhtml", "content", "contenthtml", "content_html",
    "html", "text", "fulltext", "richtext", "story",
})
_TEXT_KEYS = ("content", "text", "html", "value")
_TEXT_TYPES = frozenset({"text", "paragraph", "p", "header", "heading", "quote", "list"})
_HEADING_TYPES = frozenset({"header", "heading"})
_REACT_BLOCKS: dict[str, BlockKind] = {
    "p": "paragraph", "h2": "heading", "h3": "heading", "blockquote": "quote", "li": "list_item",
}
_WRAPPERS = ("model", "data", "props", "attributes")
"""Keys under which a typed element may keep its text one level down (``{"type":
"paragraph", "model": {"text": ...}}``)."""
_MIN_PARAGRAPH = 25
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")


def _decode(text: str, start: int) -> Any:
    """The JSON value at ``start`` (a ``JSON.parse("...")`` string decoded twice), or None."""
    text_at = text[start:start + 20]
    if text_at.startswith("JSON.parse("):
        start += len("JSON.parse(")
    try:
        value, _ = _DECODER.raw_decode(text, start)
    except ValueError:
        return None
    if isinstance(value, str) and value[:1] in ("{", "["):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, (dict, list)) else None


def states(page: Analysis) -> Iterator[tuple[Any, str]]:
    """Every script state of the page as decoded JSON, with its source name."""
    chunks: list[str] = []
    for script in page.tree.iter("script"):
        text = script.text or ""
        if not text:
            continue
        if script.get("id") == "__NEXT_DATA__":
            value = _decode(text, len(text) - len(text.lstrip()))
            if value is not None:
                yield value, "script:__NEXT_DATA__"
            continue
        if _NEXT_PUSH in text:
            chunks.extend(_pushed(text))
            continue
        # A substring test first: the pattern, tried at every position of every script, cost
        # more than the rest of the body's filters together.
        if not any(name in text for name in _STATE_NAMES):
            continue
        for match in assignments(text):
            value = _decode(text, match.end())
            if value is not None:
                yield value, f"script:{match.group(1)}"
    if chunks:
        yield _react_rows("".join(chunks)), "script:self.__next_f"


_WINDOW = "window."


def assignments(text: str) -> Iterator[re.Match[str]]:
    """``_ASSIGNED.finditer(text)``, the pattern tried only where a state's name is.

    Every match holds a name, at its start or after ``window.``; the names are found by
    substring search (in C, fast), the pattern is tried from there. (The pattern's own search
    starts a match at every position of a script of hundreds of kilobytes.)"""
    at = 0  # where the last match ended: the next one starts there or later
    found = {name: text.find(name) for name in _STATE_NAMES}
    while True:
        starts = [start for start in found.values() if start >= 0]
        if not starts:
            return
        start = min(starts)
        for name, where in found.items():  # the next place of the name found at ``start``
            if where == start:
                found[name] = text.find(name, start + 1)
        if start < at:
            continue  # inside the last match
        before = start - len(_WINDOW)
        if before >= at and text.startswith(_WINDOW, before):
            match = _ASSIGNED.match(text, before)
        else:
            match = _ASSIGNED.match(text, start)
        if match is not None:
            at = match.end()
            yield match


def _pushed(text: str) -> Iterator[str]:
    """The strings of ``self.__next_f.push([1, "..."])`` calls."""
    at = text.find(_NEXT_PUSH)
    while at >= 0:
        try:
            value, _ = _DECODER.raw_decode(text, at + len(_NEXT_PUSH))
        except ValueError:
            value = None
        if isinstance(value, list) and len(value) > 1 and isinstance(value[1], str):
            yield value[1]
        at = text.find(_NEXT_PUSH, at + len(_NEXT_PUSH))


def _react_rows(stream: str) -> list[Any]:
    """The JSON rows of a React server payload (``id:value`` lines)."""
    rows: list[Any] = []
    for line in stream.split("\n"):
        colon = line.find(":")
        if 0 < colon < 12 and line[colon + 1:colon + 2] in ("[", "{"):
            value = _decode(line, colon + 1)
            if value is not None:
                rows.append(value)
    return rows


def _html_blocks(markup: str) -> list[Block]:
    """Blocks of an HTML fragment (paragraphs, headings, quotes, list items in order)."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    local = TextMap(root, scope=root)
    if local.body is None:
        return []
    return finish(container_blocks(local, local.body))


def _text_blocks(text: str, kind: BlockKind = "paragraph") -> list[Block]:
    if _TAG.search(text):
        return _html_blocks(text)
    return [cleaned_block(kind, p) for p in split_paragraphs(text.replace("\n", "\n\n"))]


def _item_text(item: dict[str, Any]) -> str | None:
    for holder in (item, *(item.get(k) for k in _WRAPPERS)):
        if isinstance(holder, dict):
            for key in _TEXT_KEYS:
                if isinstance(holder.get(key), str):
                    return str(holder[key])
    return None


def _typed_elements(items: list[Any]) -> list[Block]:
    """Blocks of a list of typed elements (Arc ``content_elements`` and the like)."""
    blocks: list[Block] = []
    for item in items:
        if not isinstance(item, dict) or str(item.get("type", "")).lower() not in _TEXT_TYPES:
            continue
        text = _item_text(item)
        if text and text.strip():
            kind: BlockKind = (
                "heading" if str(item["type"]).lower() in _HEADING_TYPES else "paragraph"
            )
            blocks.extend(_text_blocks(text, kind))
    return blocks


def _react_text(children: Any) -> str:
    """The text of a React element's children (strings and nested inline elements)."""
    if isinstance(children, str):
        return "" if children.startswith("$") else children
    if isinstance(children, list):
        if len(children) == 4 and children[0] == "$" and isinstance(children[3], dict):
            return _react_text(children[3].get("children"))
        return "".join(_react_text(c) for c in children)
    return ""


def _react_block(value: list[Any]) -> Block | None:
    """The block of a paragraph-like React element (``["$", "p", key, {"children": ...}]``),
    or ``None`` when it holds too little text."""
    text = " ".join(_react_text(value[3].get("children")).split())
    if weight(text) >= _MIN_PARAGRAPH or (value[1] != "p" and text):
        return clean_block(_REACT_BLOCKS[value[1]], text)
    return None


def _candidates(data: Any) -> Iterator[list[Block]]:
    """The paragraph-like React elements in order, then each list of typed text elements and
    each long text under a body-like key, in the order of the data.

    One walk over the data, in document order and bounded (:data:`_MAX_NODES` values): the
    React elements are read during it, the others are noted and read after it (as a second
    walk would have found them). The walk keeps an iterator per open dict or list and reads
    the scalars among their values where it meets them (most values are; none is pushed).
    ``data`` is decoded JSON: its values are exactly dicts with string keys, lists, strings,
    numbers, booleans and None, so a value's type tells its kind."""
    react: list[Block] = []
    later: list[Any] = []
    stack: list[Iterator[tuple[str, Any]]] = [iter((("", data),))]
    left = _MAX_NODES
    while stack:
        for key, value in stack[-1]:
            if not left:
                stack.clear()  # as many values read as the bound allows
                break
            left -= 1
            kind = type(value)
            if kind is str:
                if len(value) > 200 and key.lower() in _BODY_KEYS:
                    later.append(value)
            elif kind is dict:
                stack.append(iter(value.items()))
                break
            elif kind is list:
                if (
                    len(value) == 4 and value[0] == "$"
                    and value[1] in _REACT_BLOCKS and isinstance(value[3], dict)
                ):
                    block = _react_block(value)
                    if block is not None:
                        react.append(block)
                elif len(value) >= 2 and isinstance(value[0], dict):
                    later.append(value)
                stack.append(zip(itertools.repeat(""), value))
                break
        else:
            stack.pop()
    yield react
    for value in later:
        if isinstance(value, str):
            yield _text_blocks(value)
            continue
        typed = _typed_elements(value)
        if len(typed) >= 2:
            yield typed


def _weight(blocks: list[Block]) -> int:
    return sum(weight(b.text) for b in blocks if b.kind != "heading")


def state_body(page: Analysis) -> tuple[list[Block], str] | None:
    """The heaviest article text found in the page's script states, and its source."""
    best: tuple[list[Block], str] | None = None
    best_weight = 0
    for data, source in states(page):
        for blocks in _candidates(data):
            size = _weight(blocks)
            if size > best_weight:
                best, best_weight = (blocks, source), size
    return best
