"""What a finder found: :class:`Found` (value, :class:`Source`, notes), the result of every
field finder, generic or a site adapter's.

A finder returns everything it knows at once: the value, where it came from and its doubts
(notes, as :class:`~newsparse.ArticleWarning` s). The adapter's assembly step collects them:
the source becomes the field's provenance, the notes become the article's warnings.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

import attrs

from newsparse.article import ArticleWarning

__all__ = ["STRUCTURED", "Found", "Source", "SourceKind", "first", "site_source"]

SourceKind = Literal["jsonld", "meta", "microdata", "markup", "site", "url", "text", "detected"]
"""Where a value came from: the page's JSON-LD, its ``<meta>`` tags, schema.org microdata
(``itemprop``), other visible markup, a site adapter's own rule, a URL (the caller's, the
page's), plain text, or a detection (the language)."""

STRUCTURED: frozenset[SourceKind] = frozenset({"jsonld", "meta", "microdata"})
"""The kinds a publisher declares for machines (not read off the visible page)."""

T_co = TypeVar("T_co", covariant=True)


@attrs.frozen
class Source:
    """A value's origin: its :data:`SourceKind` and its name in the article's provenance
    (``jsonld:NewsArticle.datePublished``, ``meta:og:title``, ``html:h1``)."""

    kind: SourceKind
    name: str

    def __str__(self) -> str:
        return self.name

    @classmethod
    def jsonld(cls, type_name: str, key: str) -> Source:
        """``key`` of the page's JSON-LD object of type ``type_name``."""
        return cls("jsonld", f"jsonld:{type_name}.{key}")

    @classmethod
    def meta(cls, key: str) -> Source:
        """The ``<meta>`` tag named ``key``."""
        return cls("meta", f"meta:{key}")

    @classmethod
    def microdata(cls, prop: str) -> Source:
        """The element with ``itemprop=prop``."""
        return cls("microdata", f"microdata:{prop}")

    @classmethod
    def markup(cls, name: str) -> Source:
        """Visible markup, named as in the provenance (``html:h1``, ``byline``)."""
        return cls("markup", name)


_SITE_SOURCES: dict[str, Source] = {}
_SITE_SOURCES_MAX = 512


def site_source(name: str) -> Source:
    """``Source("site", name)``: a site adapter's own rule named ``name`` in the provenance
    (``site:apnews.title``, ``adapter:voa``). Made once per process for each name (a frozen
    value: every parse of the site shares it) instead of once per field of every parse; at
    most 512 kept at once."""
    source = _SITE_SOURCES.get(name)
    if source is None:
        if len(_SITE_SOURCES) >= _SITE_SOURCES_MAX:
            _SITE_SOURCES.clear()
        source = _SITE_SOURCES[name] = Source("site", name)
    return source


@attrs.frozen
class Found(Generic[T_co]):
    """A finder's result: ``value``, its ``source`` and ``notes`` (doubts, as warnings).

    ``source`` ``None`` means the adapter's own rule (recorded as ``adapter:<name>``). A
    finder that rejected every candidate may return a ``Found`` whose value is ``None``, to
    pass its notes on.
    """

    value: T_co
    source: Source | None = None
    notes: tuple[ArticleWarning, ...] = ()


def first(*candidates: Found[T_co] | None) -> Found[T_co] | None:
    """The first candidate that holds a value (``None`` and empty values are skipped)."""
    for candidate in candidates:
        if candidate is not None and candidate.value not in (None, "", ()):
            return candidate
    return None
