"""The `Adapter` base class: routing facts as class attributes, one method per field.

The default field methods are the generic extraction (JSON-LD, OpenGraph/meta, visible markup
for HTML; headline/byline/paragraph heuristics for text), so a subclass that declares only
``name`` and ``domains`` already works for its site. A site adapter overrides the fields the
generic extraction gets wrong and falls back with ``super()``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, TypeVar

from newsparse.article import Article, ArticleWarning, Block
from newsparse.assembly import assemble
from newsparse.decode import Kind
from newsparse.errors import NotAnArticleError
from newsparse.extract.analysis import Analysis
from newsparse.extract.defaults import HTML, TEXT, Defaults
from newsparse.fields import FIELDS
from newsparse.found import Found, Source
from newsparse.page import Page

__all__ = ["FIELDS", "Adapter"]

T = TypeVar("T")


class Adapter:
    """Turns one `Page` of a site into an `Article`.

    Class attributes (routing facts):

    * ``name``: short stable identifier, e.g. ``"nknews"``;
    * ``domains``: registrable domains the adapter owns (subdomains included);
    * ``kinds``: the input kinds it reads, ``"html"`` and/or ``"text"``;
    * ``site_name``: the site's name for `Article.site` (``None``: read it from the
      page); ``publisher`` is its old, deprecated name;
    * ``eras``: the layout eras the adapter is known to handle, for the docs, e.g.
      ``("2019-2025 theme (HTML)",)``; empty when not stated.

    Override `sniff` to claim pages that carry no URL (text dumps), `check` to reject
    non-article pages, and any field method (``title``, ``authors``, ``published``, ...).
    Field methods return ``None`` / ``()`` when a value is missing and never raise.
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    kinds: ClassVar[frozenset[Kind]] = frozenset({"html", "text"})
    site_name: ClassVar[str | None] = None
    publisher: ClassVar[str | None] = None
    """Deprecated: the old name of :attr:`site_name`."""
    eras: ClassVar[tuple[str, ...]] = ()

    def __init__(self, page: Page) -> None:
        self.page = page
        self.analysis = Analysis(page)
        """The page as the finders read it, for this parse (computed once, shared)."""
        self.defaults: Defaults = HTML if page.kind == "html" else TEXT
        """The generic finders for the page's kind, behind the default field methods."""
        self.provenance: dict[str, Source] = {}
        self.warnings: list[ArticleWarning] = []
        self.notes: list[ArticleWarning] = []
        """The finders' notes, collected by `take` (warnings once the article is built)."""

    # -- routing -------------------------------------------------------------------------

    @classmethod
    def sniff(cls, page: Page) -> float:
        """How sure this adapter is that a page without a known URL is its own (0 to 1)."""
        return 0.0

    @classmethod
    def claims(cls, page: Page, threshold: float) -> bool:
        """Whether `sniff` scores ``page`` at least ``threshold``. The registry asks this
        instead of the score when no other adapter for the page's kind sniffs (their scores
        are all 0): an override answers exactly ``cls.sniff(page) >= threshold``, only sooner
        (it may stop looking once the threshold is reached)."""
        return cls.sniff(page) >= threshold

    # -- helpers for subclasses ----------------------------------------------------------

    def take(self, field: str, found: Found[T] | None) -> T | None:
        """Record where ``found`` came from under ``field``, keep its notes, return its value."""
        if found is None:
            return None
        self.notes.extend(found.notes)
        if found.value is None:
            return None
        self.provenance[field] = found.source or Source("site", f"adapter:{self.name}")
        return found.value

    def warn(self, code: str, field: str, message: str) -> None:
        """Attach a machine-readable warning to the article being built."""
        self.warnings.append(ArticleWarning(code=code, field=field, message=message))

    def not_article(self, reason: str) -> NotAnArticleError:
        """An error naming this adapter, the input and the reason (for ``raise``)."""
        return NotAnArticleError(self.page.source, f"{reason} (adapter {self.name})")

    # -- checks --------------------------------------------------------------------------

    def check(self) -> None:
        """Raise `NotAnArticleError` if the page is not one article."""
        reason = self.defaults.not_article_reason(self.analysis)
        if reason:
            raise self.not_article(reason)

    # -- fields --------------------------------------------------------------------------

    def title(self) -> str | None:
        """The headline, without the site's name."""
        return self.take("title", self.defaults.title(self.analysis))

    def subtitle(self) -> str | None:
        """The standfirst or description."""
        return self.take("subtitle", self.defaults.subtitle(self.analysis))

    def authors(self) -> tuple[str, ...]:
        """Person names (an organisation only when no person is given)."""
        return self.take("authors", self.defaults.authors(self.analysis)) or ()

    def published(self) -> dt.date | None:
        """When the article was first published."""
        return self.take("published", self.defaults.published(self.analysis))

    def modified(self) -> dt.date | None:
        """When the article was last modified."""
        return self.take("modified", self.defaults.modified(self.analysis))

    def url(self) -> str | None:
        """The article's canonical URL."""
        return self.take("url", self.defaults.url(self.analysis))

    def site(self) -> str | None:
        """The publisher's name."""
        name = self.site_name or self.publisher
        if name:
            return self.take("site", Found(name, Source("site", f"adapter:{self.name}")))
        return self.take("site", self.defaults.site(self.analysis))

    def section(self) -> str | None:
        """The section or category the article is filed under."""
        return self.take("section", self.defaults.section(self.analysis))

    def tags(self) -> tuple[str, ...]:
        """Keywords and topics."""
        return self.take("tags", self.defaults.tags(self.analysis)) or ()

    def language(self) -> str | None:
        """The article's language as a BCP 47 tag (``en``, ``de-AT``)."""
        return self.take("language", self.defaults.language(self.analysis))

    def body(self) -> tuple[Block, ...]:
        """The article text as typed blocks in reading order."""
        return self.take("body", self.defaults.body(self.analysis)) or ()

    def paywalled(self) -> bool:
        """Whether the page shows only part of the article behind a paywall."""
        return bool(self.take("paywalled", self.defaults.paywalled(self.analysis)))

    # -- assembly ------------------------------------------------------------------------

    def extract(self, *, strict: bool = False) -> Article:
        """Run `check` and every field method, and build the Article (see
        `assembly.assemble`; ``strict`` re-raises a field method's error)."""
        return assemble(self, strict=strict)
