"""The hardened HTML parse: page text in, a bounded lxml tree out (or a clear error).

No network, no DTD, no entity expansion; comments and processing instructions dropped; the
:class:`~newsparse.Limits` ceilings (``max_nodes``, ``max_depth``) are checked while or right
after parsing, and every parser error that would leave the tree silently truncated is raised.
:class:`~newsparse.Page` calls :func:`parse_html` once, for its ``tree``.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

import lxml.etree
import lxml.html

from newsparse.decode import has_control_bytes
from newsparse.errors import LimitExceededError, UnsupportedInputError
from newsparse.limits import HTML_PARSER_MAX_DEPTH, Limits
from newsparse.tagscan import too_many_attributes

__all__ = ["parse_html", "parse_utf8"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# A DOCTYPE with an internal subset (entity declarations). The HTML parser never expands or
# fetches entities, but it would show the subset's tail as page text, so it is cut off first.
_DOCTYPE_SUBSET = re.compile(r"\s*<!DOCTYPE\s[^\[>]*\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")
# C0 controls other than tab, line feed, form feed and carriage return: the parser refuses them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]+")
# The bytes are scanned for them with decode.has_control_bytes (memchr), much faster than a regex
# search over a page, or than `in` on a str that needs two bytes per character.
_FEED_CHUNK = 1 << 20
_PLAIN_PARSER_DEPTH = 256
"""Tree levels libxml2 builds without ``huge_tree`` (deeper input is an error)."""
_PLAIN_PARSER_TEXT = 10_000_000
"""libxml2's ceiling on one text node or attribute value without ``huge_tree``."""
_IMPLIED_PER_TAG = 3
_IMPLIED_ONCE = 8
"""Bound on elements per "<" of the markup, and on elements implied once (measured: libxml2
builds at most one element per "<" plus html, head and body, on pages and on stray end tags,
bare text in tables, heads and selects; the bound leaves a wide margin)."""


# Every element is a plain HtmlElement, chosen in C: lxml.html's own lookup calls a Python
# function for each element proxy (to give forms and inputs their own classes, unused here).
_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser(huge: bool = True, **kwargs: Any) -> lxml.html.HTMLParser:
    """A fresh HTML parser: no network, no DTD, no entities; comments and PIs dropped.

    ``huge`` (libxml2's ``huge_tree``) lifts the parser's 256-level and 10 MB-text ceilings;
    our own :class:`Limits` (input size, ``max_nodes``, ``max_depth``) bound the work
    instead, and every parser error that truncates the tree is raised.
    """
    parser = lxml.html.HTMLParser(  # type: ignore[call-arg]  # stubs lack default_doctype
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
        default_doctype=False,
        collect_ids=False,
        **kwargs,
    )
    parser.set_element_class_lookup(_CLASSES)
    return parser


class _Parsers(threading.local):
    """This thread's two parsers, made once: a parser is reused from page to page (making
    one cost about a hundredth of parsing a page; its error log is cleared by each parse), and
    never shared between threads, where lxml would make them wait for each other."""

    def __init__(self) -> None:
        self.plain = _parser(huge=False, encoding="utf-8")
        self.huge = _parser(encoding="utf-8")


_PARSERS = _Parsers()


@functools.lru_cache(maxsize=8)
def _deeper_than(depth: int) -> lxml.etree.XPath:
    # Each step selects the elements one level deeper, so the walk visits every element once.
    return lxml.etree.XPath("boolean(/*" + "/*" * depth + ")")


def _markup(text: str) -> str:
    """The page text as the HTML parser should see it: no XML declaration, no DTD subset
    (control characters go in :func:`_utf8`)."""
    markup = _XML_DECL.sub("", text, count=1)
    subset = _DOCTYPE_SUBSET.match(markup)
    if subset:
        end = _SUBSET_END.search(markup, subset.end())
        if end:
            markup = markup[end.end():]
    return markup


def _utf8(markup: str, encoded: bytes | None = None) -> bytes:
    """``markup`` without control characters, encoded as UTF-8 for the parser (which then
    skips its own conversion of the text); ``encoded`` is ``markup`` encoded already, without
    control characters."""
    if encoded is not None:
        return encoded
    data = markup.encode("utf-8", "replace")
    if has_control_bytes(data):
        data = _CONTROLS.sub("", markup).encode("utf-8", "replace")
    return data


# HTML5 void elements the parser (HTML 4 era) does not know: it would read everything after
# one as its content, up to the end of the parent (an <embed> before the text swallowed the
# article; 250 <wbr> in one paragraph nested 250 levels deep).
_VOID_START = re.compile(rb"<(?=[EeSsTtWw][MmOoRrBb])((?i:embed|source|track|wbr))\b[^<>]*>")
# (The look-ahead at the first two letters turns most "<" away at once: the search took 0.064
# of lxml's parse on the trafeval pages with the first letter alone, 0.055 with both.)


def _close_voids(data: bytes) -> bytes:
    """Close each HTML5 void start tag right where it is (``<wbr>`` becomes ``<wbr></wbr>``;
    an end tag already there is then a stray one, which the parser drops)."""
    return _VOID_START.sub(rb"\g<0></\1>", data)


def _count_lt(data: bytes) -> int:
    """The number of "<" in ``data``. ``bytes.count`` tests every byte; ``replace`` finds each
    "<" with memchr and copies the runs between them: on the 493 set pages over 133 KB (news
    pages, a "<" every 108 bytes at the median: long scripts, JSON and CSS) it took 0.020 of
    lxml's parse against count's 0.051 (max 0.050 against 0.162). On dense markup ("<p>x</p>"
    repeated) it is several times slower than count, but still a small part of parsing it."""
    return len(data) - len(data.replace(b"<", b""))


def _check_attributes(data: bytes, source: str, limits: Limits) -> None:
    """Refuse an element with more than ``max_attributes`` attributes before parsing: libxml2
    compares each new attribute with all earlier ones of its element (square time, inside one
    C call). The markup is read as the HTML5 tokenizer reads it (:mod:`newsparse.tagscan`):
    quoted ``<`` and ``>`` in values, script text and comments do not fool the count."""
    if too_many_attributes(data, limits.max_attributes):
        raise LimitExceededError(source, "max_attributes", None, limits.max_attributes,
                                 note=" on one element")


def parse_html(
    text: str, *, source: str, limits: Limits, encoded: bytes | None = None
) -> lxml.html.HtmlElement:
    """Parse the page ``text`` into an HTML document, within ``limits``.

    ``encoded``, when the caller has it, is ``text`` encoded as UTF-8 without control
    characters: the parser reads it instead of encoding the text again. Raises
    :class:`LimitExceededError` for a page over ``max_nodes`` or ``max_depth`` and
    :class:`UnsupportedInputError` for a page the parser cannot read whole; ``source`` names
    the input in both.
    """
    markup = _markup(text)
    data = _close_voids(_utf8(markup, encoded if markup is text else None))
    opened = _opened(data, source, limits)
    if opened > limits.max_nodes:
        _precount(_CONTROLS.sub("", markup), source, limits)
    # Without huge_tree, libxml2 refuses (with an error) exactly the trees deeper than 256
    # levels, the default max_depth, so the tree needs no depth walk afterwards; a page
    # under 10 MB holds no text node over its 10 MB ceiling. Any other ceiling it reports
    # sends the page to the huge_tree parse.
    if limits.max_depth == _PLAIN_PARSER_DEPTH and len(data) < _PLAIN_PARSER_TEXT:
        parser = _PARSERS.plain
        root = _parse(data, parser, source)
        limited = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
        if not limited:
            _check_size(root, opened, source, limits, depth_checked=True)
            return root
        if all("depth" in e.message.lower() for e in limited):
            raise LimitExceededError(source, "max_depth", None, _PLAIN_PARSER_DEPTH)
    parser = _PARSERS.huge
    root = _parse(data, parser, source)
    _check_errors(parser, source, limits)
    _check_size(root, opened, source, limits)
    return root


# White space as a str pattern's \s reads it (str.isspace), written as UTF-8 bytes: the byte
# patterns below then match the UTF-8 bytes of a text exactly where the str patterns above
# match the text (none of the letters of "xml" and "doctype" has a non-ASCII case form).
_SPACE_UTF8 = (rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80|"
               rb"\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)")
_XML_DECL_UTF8 = re.compile(rb"%s*<\?xml[^>]*\?>" % _SPACE_UTF8, re.IGNORECASE)
_DOCTYPE_SUBSET_UTF8 = re.compile(rb"%s*<!DOCTYPE%s[^\[>]*\[" % (_SPACE_UTF8, _SPACE_UTF8),
                                  re.IGNORECASE)
_LOGGED_ERRORS = 100
"""libxml2 reports at most this many errors of a parse (the rest are dropped unseen)."""


def parse_utf8(
    data: bytes, *, source: str, limits: Limits
) -> tuple[lxml.html.HtmlElement | None, bool]:
    """:func:`parse_html` for a page given as its bytes, which hold no control byte: the tree
    ``parse_html`` makes from their text when they are UTF-8, without decoding them, and
    whether the parse proved them UTF-8 (libxml2 reported every error, and no byte that is
    not UTF-8). The tree is ``None`` where the bytes alone cannot give that tree cheaply (a
    DTD subset, a page that needs the element count while parsing, a parser limit reached,
    limits other than the default depth): the caller then parses the text. Raises as
    ``parse_html`` does, for the page as UTF-8."""
    if limits.max_depth != _PLAIN_PARSER_DEPTH or len(data) >= _PLAIN_PARSER_TEXT:
        return None, False
    declaration = _XML_DECL_UTF8.match(data)
    if declaration:
        data = data[declaration.end():]
    if _DOCTYPE_SUBSET_UTF8.match(data):
        return None, False
    data = _close_voids(data)
    opened = _opened(data, source, limits)
    if opened > limits.max_nodes:
        return None, False
    parser = _PARSERS.plain
    root = _parse(data, parser, source)
    errors = parser.error_log
    proved = len(errors) < _LOGGED_ERRORS
    for entry in errors:
        name = entry.type_name
        if name == "ERR_RESOURCE_LIMIT":
            return None, False
        if name == "ERR_INVALID_ENCODING":
            proved = False
    _check_size(root, opened, source, limits, depth_checked=True)
    return root, proved


def _opened(data: bytes, source: str, limits: Limits) -> int:
    """An upper bound of the elements the UTF-8 ``data`` can open, after raising
    :class:`LimitExceededError` for a page over ``max_attributes``: the checks both parses
    make before parsing."""
    # Every "<" may open an element (UTF-8 has no "<" byte inside a character): a page with
    # fewer bytes than the limits allow elements needs no count (a pass over the bytes).
    opened = len(data)
    if opened * _IMPLIED_PER_TAG + _IMPLIED_ONCE > limits.max_nodes:
        opened = _count_lt(data)
    if len(data) >= 2 * limits.max_attributes:
        _check_attributes(data, source, limits)
    return opened


def _parse(
    data: bytes, parser: lxml.html.HTMLParser, source: str
) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnsupportedInputError(source, f"cannot parse the HTML ({exc})") from None


def _precount(markup: str, source: str, limits: Limits) -> None:
    """Count elements while parsing incrementally and stop as soon as there are more than
    ``max_nodes``, so a page of millions of tiny elements never builds its whole tree."""
    limit = limits.max_nodes
    parser = lxml.etree.HTMLPullParser(events=("start",), no_network=True, huge_tree=True)
    count = 0
    for offset in range(0, len(markup), _FEED_CHUNK):
        parser.feed(markup[offset:offset + _FEED_CHUNK])
        count += sum(1 for _ in parser.read_events())
        if count > limit:
            raise LimitExceededError(source, "max_nodes", None, limit)


def _check_errors(parser: lxml.html.HTMLParser, source: str, limits: Limits) -> None:
    """Raise if the parser stopped early: its tree would be silently incomplete."""
    for entry in parser.error_log:
        if entry.type_name != "ERR_RESOURCE_LIMIT":
            continue
        if "depth" in entry.message.lower():
            ceiling = min(limits.max_depth, HTML_PARSER_MAX_DEPTH)
            note = f" (the HTML parser itself stops at {HTML_PARSER_MAX_DEPTH} levels)"
            raise LimitExceededError(source, "max_depth", None, ceiling, note=note)
        raise UnsupportedInputError(source, f"the HTML parser gave up: {entry.message.strip()}")


def _check_size(
    root: lxml.html.HtmlElement,
    opened: int,
    source: str,
    limits: Limits,
    *,
    depth_checked: bool = False,
) -> None:
    """Raise if the tree has more than ``max_nodes`` elements or is deeper than
    ``max_depth`` (unless the parser checked that); ``opened`` is the number of "<" in
    the parsed markup."""
    limit = limits.max_nodes
    # Every element starts at a "<" of the markup except the few the parser implies (html,
    # head, body, at most one paragraph per tag): a page with few "<" cannot exceed the
    # limit, and the count, a walk over the whole tree, is then skipped.
    if opened * _IMPLIED_PER_TAG + _IMPLIED_ONCE > limit:
        count = int(root.xpath("count(//*)"))
        if count > limit:
            raise LimitExceededError(source, "max_nodes", count, limit)
    depth = limits.max_depth
    if not depth_checked and depth < HTML_PARSER_MAX_DEPTH and _deeper_than(depth)(root):
        raise LimitExceededError(source, "max_depth", None, depth)
