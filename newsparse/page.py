"""Page: one input, with its tree, ``<meta>`` map, JSON-LD and text lines computed once, lazily."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, cast
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.cached import cached_property
from newsparse.decode import Kind, checked_utf8, decode_unwrapped, detect_kind
from newsparse.errors import NewsparseError, UnsupportedInputError
from newsparse.htmlparse import parse_html, parse_utf8
from newsparse.jsonld import load_jsonld
from newsparse.limits import DEFAULT_LIMITS, Limits

__all__ = ["Page", "after_fetch"]


def after_fetch(value: dt.date, fetched: dt.date | None) -> bool:
    """Whether ``value`` lies after the fetch time ``fetched`` (a plain date gets one day of
    slack for time zones; an aware moment five minutes for clock skew). The one rule for
    dates after the fetch time: the finders skip such candidates, the assembly step drops
    such values."""
    if fetched is None:
        return False
    if isinstance(value, dt.datetime) and isinstance(fetched, dt.datetime):
        fetch = fetched if fetched.tzinfo else fetched.replace(tzinfo=dt.timezone.utc)
        return value > fetch + dt.timedelta(minutes=5)
    fetch_day = fetched.date() if isinstance(fetched, dt.datetime) else fetched
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).date() > fetch_day + dt.timedelta(days=1)
    return value > fetch_day + dt.timedelta(days=1)


def _valid_url(url: str, *, web: bool = True) -> bool:
    """Whether ``url`` can be split into parts (and, with ``web``, is an http(s) URL)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return not web or parts.scheme in ("http", "https")


_CANONICAL_HREF = lxml.etree.XPath("//link[@rel='canonical']/@href")
"""Every canonical link's target (compiled once: compiling per call cost about as much as the
look-up)."""

_WALKED = ("meta", "script", "h1", "time", "abbr")
"""The tags of `Page._walked`: the ``<meta>`` map's and the JSON-LD's elements, and those of
two shared analyses (the headline, byline and standfirst finders' first ``<h1>`` elements, the
date finders' guard), each a walk of its own before."""
_FIRST_H1S = 3


class _Walked(NamedTuple):
    """What `Page._walked` finds, in document order."""

    metas: list[lxml.html.HtmlElement]
    scripts: list[lxml.html.HtmlElement]
    h1s: list[lxml.html.HtmlElement]
    date_tags: frozenset[str]


def _walk(tree: lxml.html.HtmlElement, links: list[str] | None) -> _Walked:
    """`Page._walked` by one walk over ``tree``; given ``links``, the ``href`` of every
    ``<link rel=canonical>`` is appended to it in the same walk."""
    metas: list[lxml.html.HtmlElement] = []
    scripts: list[lxml.html.HtmlElement] = []
    h1s: list[lxml.html.HtmlElement] = []
    dated: set[str] = set()
    for el in tree.iter(*_WALKED) if links is None else tree.iter(*_WALKED, "link"):
        tag = el.tag
        if tag == "meta":
            metas.append(el)
        elif tag == "script":
            scripts.append(el)
        elif tag == "h1":
            if len(h1s) < _FIRST_H1S:
                h1s.append(el)
        elif tag != "link":
            dated.add(tag)
        elif links is not None and el.get("rel") == "canonical":
            href = el.get("href")
            if href is not None:
                links.append(href)
    return _Walked(metas, scripts, h1s, frozenset(dated))


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
        self._text, encoded = checked_utf8(text, source, encoded)
        self.kind: Kind = kind or detect_kind(self._text)
        # The text's UTF-8 bytes, when the check made them: the parser's input (dropped then).
        self._encoded: tuple[str, bytes] | None = None
        if encoded is not None and self.kind == "html":
            self._encoded = (self._text, encoded)
        # Page bytes not decoded yet (`from_markup`), and whether they are UTF-8 once known.
        self._markup: bytes | None = None
        self._utf8: bool | None = None
        self._check_url(url)
        self.fetched = fetched

    @classmethod
    def from_markup(
        cls,
        data: bytes,
        *,
        url: str | None = None,
        fetched: dt.datetime | dt.date | None = None,
        source: str = "<bytes>",
        limits: Limits = DEFAULT_LIMITS,
    ) -> Page:
        """An HTML page from bytes that `newsparse.decode.html_markup` accepts: the parser
        reads them as they are, and ``text`` decodes them when first asked for (as
        `newsparse.decode.decode` would), which a site adapter may never do."""
        page = cls.__new__(cls)
        page.source = source
        page.limits = limits
        page.kind = "html"
        page._encoded = None
        page._markup = data
        page._utf8 = None
        page._check_url(url)
        page.fetched = fetched
        return page

    def _check_url(self, url: str | None) -> None:
        if url is not None and not _valid_url(url, web=False):
            raise UnsupportedInputError(self.source, f"the URL {url!r} is not a valid URL")
        self.url = url

    def __repr__(self) -> str:
        return f"Page(source={self.source!r}, kind={self.kind!r}, url={self.url!r})"

    @property
    def text(self) -> str:
        """The page's text (for an HTML page, its markup)."""
        if self._markup is None:
            return self._text
        data = self._markup
        try:
            text, utf8 = data.decode("utf-8"), True
        except UnicodeDecodeError:
            text, utf8 = checked_utf8(decode_unwrapped(data)[0], self.source)[0], False
        self._text, self._utf8, self._markup = text, utf8, None
        return text

    def markup_view(self) -> str | bytes:
        """What a search for ASCII text in `text` may read instead: the page's bytes while
        they are undecoded and the parse proved them UTF-8 (an ASCII string occurs in UTF-8
        bytes exactly where it occurs in their text, and `text` is their UTF-8 decoding),
        else `text` itself (decoded if need be). Spares decoding a page only searched."""
        data = self._markup
        if data is not None and self._utf8:
            return data
        return self.text

    def holds(self, marker: str) -> bool:
        """Whether `text` holds ``marker`` (searched in the page's bytes when
        `markup_view` gives them and ``marker`` is ASCII)."""
        view = self.markup_view()
        if isinstance(view, bytes):
            if marker.isascii():
                return marker.encode("ascii") in view
            view = self.text
        return marker in view

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        """The parsed HTML document (raises for a text page, or when a limit is exceeded)."""
        if self.kind != "html":
            raise UnsupportedInputError(self.source, "a text page has no HTML tree")
        data = self._markup
        if data is not None:
            try:
                root, proved = parse_utf8(data, source=self.source, limits=self.limits)
            except NewsparseError:
                if self._is_utf8():
                    raise
                root = None
            if root is not None and (proved or self._is_utf8()):
                if proved and self._markup is not None:
                    self._utf8 = True  # (as decoding them would find: see markup_view)
                return root
            return parse_html(self.text, source=self.source, limits=self.limits,
                              encoded=data if self._is_utf8() else None)
        encoded, self._encoded = self._encoded, None
        return parse_html(
            self.text,
            source=self.source,
            limits=self.limits,
            encoded=encoded[1] if encoded and encoded[0] is self.text else None,
        )

    def _is_utf8(self) -> bool:
        """Whether the bytes of a `from_markup` page are UTF-8 (decodes them)."""
        self.text  # noqa: B018 - decodes the bytes, and sets _utf8
        return bool(self._utf8)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents keyed by lower-cased ``property``, ``name`` or ``itemprop``."""
        found: dict[str, list[str]] = {}
        if self.kind != "html":
            return found
        for el in self._meta_and_scripts[0]:
            # (the content first: a tag without one, a charset's, is not asked for its key)
            content = el.get("content")
            if content:
                content = content.strip()
                if content:
                    key = el.get("property") or el.get("name") or el.get("itemprop")
                    if key:
                        found.setdefault(key.strip().lower(), []).append(content)
        return found

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """The first ``(key, value)`` among ``keys`` that the page's ``<meta>`` map holds."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None

    @property
    def _meta_and_scripts(
        self,
    ) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
        """The ``<meta>`` and the ``<script>`` elements, in document order (`_walked`)."""
        walked = self._walked
        return walked.metas, walked.scripts

    @cached_property
    def _walked(self) -> _Walked:
        """The elements looked up by tag, found in one walk over the tree (each walk costs
        about a twentieth of the parse). When the canonical links are asked for first (a page
        routed without a URL), their walk finds these too."""
        return _walk(self.tree, None)

    @property
    def first_h1s(self) -> list[lxml.html.HtmlElement]:
        """The page's first three ``<h1>`` elements, in document order (a logo may be the
        first), found in the walk that finds the ``<meta>`` elements. Not to be changed."""
        return self._walked.h1s

    @property
    def date_tags(self) -> frozenset[str]:
        """Which of the date elements ``<time>`` and ``<abbr>`` the tree holds, found in the
        walk that finds the ``<meta>`` elements."""
        return self._walked.date_tags

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
    def canonical_links(self) -> list[str]:
        """The ``href`` of every ``<link rel=canonical>``, in document order, as written (read
        once: the routing and an adapter's URL field both look). Asked for before the
        ``<meta>`` map (routing without a URL), they are read in the walk that finds the
        ``<meta>`` and ``<script>`` elements, which is then done; else by one XPath call."""
        if self.kind != "html":
            return []
        if "_walked" in self.__dict__:
            found = cast("list[object]", _CANONICAL_HREF(self.tree))
            return [href for href in found if isinstance(href, str)]
        links: list[str] = []
        self.__dict__["_walked"] = _walk(self.tree, links)
        return links

    @cached_property
    def canonical_url(self) -> str | None:
        """The URL given by the caller, else ``<link rel=canonical>``, else ``og:url``."""
        if self.url:
            return self.url
        if self.kind != "html":
            return None
        for href in self.canonical_links:
            if _valid_url(href.strip()):
                return href.strip()
        found = self.meta_first("og:url")
        return found[1] if found and _valid_url(found[1]) else None

    @property
    def fetch_bound(self) -> dt.date:
        """The latest moment a date on the page can name: the fetch time when known, else now
        (a page cannot have been published after it was read)."""
        if self.fetched is not None:
            return self.fetched
        return dt.datetime.now(dt.timezone.utc)

    def after_fetch(self, value: dt.date) -> bool:
        """Whether ``value`` lies after `fetch_bound` (see `after_fetch`)."""
        return after_fetch(value, self.fetch_bound)

    @property
    def host(self) -> str | None:
        """The lower-cased host of `canonical_url`, without a ``www.`` prefix."""
        url = self.canonical_url
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return None
        return host.removeprefix("www.") or None
