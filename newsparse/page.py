"""Page: one input, with its tree, ``<meta>`` map, JSON-LD and text lines computed once, lazily."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.decode import Kind, check_text, detect_kind
from newsparse.errors import LimitExceededError, UnsupportedInputError
from newsparse.extract.jsonld import load_jsonld
from newsparse.limits import DEFAULT_LIMITS, Limits

__all__ = ["Page"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _parser() -> lxml.html.HTMLParser:
    # No network, no DTD, no entities; comments and processing instructions dropped.
    return lxml.html.HTMLParser(  # type: ignore[call-arg]  # stubs lack default_doctype
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        default_doctype=False,
        collect_ids=False,
    )


_PARSER = _parser()


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
    ) -> None:
        self.source = source
        self.limits = limits
        self.text = check_text(text, source)
        self.kind: Kind = kind or detect_kind(self.text)
        self.url = url
        self.fetched = fetched

    def __repr__(self) -> str:
        return f"Page(source={self.source!r}, kind={self.kind!r}, url={self.url!r})"

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        """The parsed HTML document (raises for a text page)."""
        if self.kind != "html":
            raise UnsupportedInputError(self.source, "a text page has no HTML tree")
        markup = _XML_DECL.sub("", self.text, count=1)
        try:
            root = lxml.html.document_fromstring(markup, parser=_PARSER)
        except (lxml.etree.ParserError, ValueError) as exc:
            raise UnsupportedInputError(self.source, f"cannot parse the HTML ({exc})") from None
        self._check_size(root)
        return root

    def _check_size(self, root: lxml.html.HtmlElement) -> None:
        limit = self.limits.max_nodes
        for count, _ in enumerate(root.iter(), start=1):
            if count > limit:
                raise LimitExceededError(self.source, "max_nodes", count, limit)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents keyed by lower-cased ``property``, ``name`` or ``itemprop``."""
        found: dict[str, list[str]] = {}
        if self.kind != "html":
            return found
        for el in self.tree.iter("meta"):
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
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, flattened across arrays and ``@graph``."""
        if self.kind != "html":
            return []
        scripts = self.tree.xpath(
            "//script[translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
            "='application/ld+json']"
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
            if isinstance(href, str) and href.strip().startswith("http"):
                return href.strip()
        found = self.meta_first("og:url")
        return found[1] if found and found[1].startswith("http") else None

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
