"""Page: one input, with its tree, ``<meta>`` map, JSON-LD and text lines computed once, lazily."""

from __future__ import annotations

import datetime as dt
import functools
import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.decode import CONTROL_BYTES, Kind, checked_utf8, detect_kind
from newsparse.errors import LimitExceededError, UnsupportedInputError
from newsparse.jsonld import load_jsonld
from newsparse.limits import DEFAULT_LIMITS, HTML_PARSER_MAX_DEPTH, Limits

__all__ = ["Page"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# A DOCTYPE with an internal subset (entity declarations). The HTML parser never expands or
# fetches entities, but it would show the subset's tail as page text, so it is cut off first.
_DOCTYPE_SUBSET = re.compile(r"\s*<!DOCTYPE\s[^\[>]*\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")
# C0 controls other than tab, line feed, form feed and carriage return: the parser refuses them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]+")
# The bytes are scanned for them with decode.CONTROL_BYTES (memchr), much faster than a regex
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
    if any(c in data for c in CONTROL_BYTES):
        data = _CONTROLS.sub("", markup).encode("utf-8", "replace")
    return data


def _valid_url(url: str, *, web: bool = True) -> bool:
    """Whether ``url`` can be split into parts (and, with ``web``, is an http(s) URL)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return not web or parts.scheme in ("http", "https")


class Page:
    """One input page: its text, kind (``"html"`` or ``"text"``), URL and fetch time.

    Adapters read ``tree``, ``meta``, ``jsonld`` and ``lines``; each is computed on first use
    and shared by all field methods.
    """

    def __init__(
        self,
        text: str,
        *,
        kind: Kind | None = None,
        url: str | None = None,
        fetched: dt.datetime | dt.date | None = None,
        source: str = "<str>",
        limits: Limits = DEFAULT_LIMITS,
        encoded: bytes | None = None,
    ) -> None:
        """``encoded``, when the caller has it, is ``text`` as UTF-8 (the bytes it was decoded
        from): the parser reads it instead of encoding the text again."""
        self.source = source
        self.limits = limits
        self.text, encoded = checked_utf8(text, source, encoded)
        self.kind: Kind = kind or detect_kind(self.text)
        # The text's UTF-8 bytes, when the check made them: the parser's input (dropped then).
        self._encoded: tuple[str, bytes] | None = None
        if encoded is not None and self.kind == "html":
            self._encoded = (self.text, encoded)
        if url is not None and not _valid_url(url, web=False):
            raise UnsupportedInputError(source, f"the URL {url!r} is not a valid URL")
        self.url = url
        self.fetched = fetched

    def __repr__(self) -> str:
        return f"Page(source={self.source!r}, kind={self.kind!r}, url={self.url!r})"

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        """The parsed HTML document (raises for a text page, or when a limit is exceeded)."""
        if self.kind != "html":
            raise UnsupportedInputError(self.source, "a text page has no HTML tree")
        markup = _markup(self.text)
        encoded, self._encoded = self._encoded, None
        data = _utf8(markup, encoded[1] if encoded and encoded[0] is markup else None)
        opened = data.count(b"<")  # as in the text: UTF-8 has no "<" byte inside a character
        if opened > self.limits.max_nodes:
            self._precount(_CONTROLS.sub("", markup))
        # Without huge_tree, libxml2 refuses (with an error) exactly the trees deeper than 256
        # levels, the default max_depth, so the tree needs no depth walk afterwards; a page
        # under 10 MB holds no text node over its 10 MB ceiling. Any other ceiling it reports
        # sends the page to the huge_tree parse.
        if self.limits.max_depth == _PLAIN_PARSER_DEPTH and len(data) < _PLAIN_PARSER_TEXT:
            parser = _parser(huge=False, encoding="utf-8")
            root = self._parse(data, parser)
            limited = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
            if not limited:
                self._check_size(root, opened, depth_checked=True)
                return root
            if all("depth" in e.message.lower() for e in limited):
                raise LimitExceededError(self.source, "max_depth", None, _PLAIN_PARSER_DEPTH)
        parser = _parser(encoding="utf-8")
        root = self._parse(data, parser)
        self._check_errors(parser)
        self._check_size(root, opened)
        return root

    def _parse(self, data: bytes, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement:
        try:
            return lxml.html.document_fromstring(data, parser=parser)
        except (lxml.etree.ParserError, ValueError) as exc:
            raise UnsupportedInputError(self.source, f"cannot parse the HTML ({exc})") from None

    def _precount(self, markup: str) -> None:
        """Count elements while parsing incrementally and stop as soon as there are more than
        ``max_nodes``, so a page of millions of tiny elements never builds its whole tree."""
        limit = self.limits.max_nodes
        parser = lxml.etree.HTMLPullParser(events=("start",), no_network=True, huge_tree=True)
        count = 0
        for offset in range(0, len(markup), _FEED_CHUNK):
            parser.feed(markup[offset:offset + _FEED_CHUNK])
            count += sum(1 for _ in parser.read_events())
            if count > limit:
                raise LimitExceededError(self.source, "max_nodes", None, limit)

    def _check_errors(self, parser: lxml.html.HTMLParser) -> None:
        """Raise if the parser stopped early: its tree would be silently incomplete."""
        for entry in parser.error_log:
            if entry.type_name != "ERR_RESOURCE_LIMIT":
                continue
            if "depth" in entry.message.lower():
                ceiling = min(self.limits.max_depth, HTML_PARSER_MAX_DEPTH)
                note = f" (the HTML parser itself stops at {HTML_PARSER_MAX_DEPTH} levels)"
                raise LimitExceededError(self.source, "max_depth", None, ceiling, note=note)
            raise UnsupportedInputError(
                self.source, f"the HTML parser gave up: {entry.message.strip()}"
            )

    def _check_size(
        self, root: lxml.html.HtmlElement, opened: int, *, depth_checked: bool = False
    ) -> None:
        """Raise if the tree has more than ``max_nodes`` elements or is deeper than
        ``max_depth`` (unless the parser checked that); ``opened`` is the number of "<" in
        the parsed markup."""
        limit = self.limits.max_nodes
        # Every element starts at a "<" of the markup except the few the parser implies (html,
        # head, body, at most one paragraph per tag): a page with few "<" cannot exceed the
        # limit, and the count, a walk over the whole tree, is then skipped.
        if opened * _IMPLIED_PER_TAG + _IMPLIED_ONCE > limit:
            count = int(root.xpath("count(//*)"))
            if count > limit:
                raise LimitExceededError(self.source, "max_nodes", count, limit)
        depth = self.limits.max_depth
        if not depth_checked and depth < HTML_PARSER_MAX_DEPTH and _deeper_than(depth)(root):
            raise LimitExceededError(self.source, "max_depth", None, depth)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents keyed by lower-cased ``property``, ``name`` or ``itemprop``."""
        found: dict[str, list[str]] = {}
        if self.kind != "html":
            return found
        for el in self._meta_and_scripts[0]:
            key = el.get("property") or el.get("name") or el.get("itemprop")
            content = el.get("content")
            if key and content and content.strip():
                found.setdefault(key.strip().lower(), []).append(content.strip())
        return found

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """The first ``(key, value)`` among ``keys`` that the page's ``<meta>`` map holds."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None

    @cached_property
    def _meta_and_scripts(
        self,
    ) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
        """The ``<meta>`` and the ``<script>`` elements, in document order, found in one walk
        over the tree (each walk costs about a twentieth of the parse)."""
        metas: list[lxml.html.HtmlElement] = []
        scripts: list[lxml.html.HtmlElement] = []
        for el in self.tree.iter("meta", "script"):
            (metas if el.tag == "meta" else scripts).append(el)
        return metas, scripts

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, flattened across arrays and ``@graph``."""
        if self.kind != "html":
            return []
        scripts = (
            s for s in self._meta_and_scripts[1]
            if (s.get("type") or "").lower() == "application/ld+json"
        )
        return load_jsonld(s.text or "" for s in scripts)

    @cached_property
    def lines(self) -> list[str]:
        """The page's text split into lines (line ends normalised, trailing space kept)."""
        return self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    @cached_property
    def canonical_url(self) -> str | None:
        """The URL given by the caller, else ``<link rel=canonical>``, else ``og:url``."""
        if self.url:
            return self.url
        if self.kind != "html":
            return None
        for href in self.tree.xpath("//link[@rel='canonical']/@href"):
            if isinstance(href, str) and _valid_url(href.strip()):
                return href.strip()
        found = self.meta_first("og:url")
        return found[1] if found and _valid_url(found[1]) else None

    @property
    def host(self) -> str | None:
        """The lower-cased host of :attr:`canonical_url`, without a ``www.`` prefix."""
        url = self.canonical_url
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return None
        return host.removeprefix("www.") or None
