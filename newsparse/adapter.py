"""The :class:`Adapter` base class: routing facts as class attributes, one method per field.

The default field methods are the generic extraction (JSON-LD, OpenGraph/meta, visible markup
for HTML; headline/byline/paragraph heuristics for text), so a subclass that declares only
``name`` and ``domains`` already works for its site. A site adapter overrides the fields the
generic extraction gets wrong and falls back with ``super()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import ModuleType
from typing import ClassVar, TypeVar

from newsparse.article import Article, ArticleWarning, Block
from newsparse.decode import Kind
from newsparse.errors import NotAnArticleError
from newsparse.extract import body as html_body
from newsparse.extract import metadata as html_meta
from newsparse.extract import plaintext
from newsparse.extract.review import review
from newsparse.page import Page

__all__ = ["FIELDS", "Adapter", "Found"]

T = TypeVar("T")
Found = tuple[T, str]
"""A field value with the place it came from, e.g. ``("2016-09-10", "byline")``."""

FIELDS: tuple[str, ...] = (
    "title", "subtitle", "authors", "published", "modified", "url", "site", "section", "tags",
    "language", "body", "paywalled",
)


class Adapter:
    """Turns one :class:`~newsparse.Page` of a site into an :class:`~newsparse.Article`.

    Class attributes (routing facts):

    * ``name``: short stable identifier, e.g. ``"nknews"``;
    * ``domains``: registrable domains the adapter owns (subdomains included);
    * ``kinds``: the input kinds it reads, ``"html"`` and/or ``"text"``;
    * ``publisher``: the site's name for :attr:`Article.site` (``None``: read it from the page).

    Override :meth:`sniff` to claim pages that carry no URL (text dumps), :meth:`check` to reject
    non-article pages, and any field method (``title``, ``authors``, ``published``, ...).
    Field methods return ``None`` / ``()`` when a value is missing and never raise.
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    kinds: ClassVar[frozenset[Kind]] = frozenset({"html", "text"})
    publisher: ClassVar[str | None] = None

    def __init__(self, page: Page) -> None:
        self.page = page
        self.provenance: dict[str, str] = {}
        self.warnings: list[ArticleWarning] = []
        self._generic: ModuleType = html_meta if page.kind == "html" else plaintext

    # -- routing -------------------------------------------------------------------------

    @classmethod
    def sniff(cls, page: Page) -> float:
        """How sure this adapter is that a page without a known URL is its own (0 to 1)."""
        return 0.0

    # -- helpers for subclasses ----------------------------------------------------------

    def take(self, field: str, found: Found[T] | None) -> T | None:
        """Record where ``found`` came from under ``field`` and return its value."""
        if found is None:
            return None
        value, source = found
        self.provenance[field] = source
        return value

    def warn(self, code: str, field: str, message: str) -> None:
        """Attach a machine-readable warning to the article being built."""
        self.warnings.append(ArticleWarning(code=code, field=field, message=message))

    def not_article(self, reason: str) -> NotAnArticleError:
        """An error naming this adapter, the input and the reason (for ``raise``)."""
        return NotAnArticleError(self.page.source, f"{reason} (adapter {self.name})")

    # -- checks --------------------------------------------------------------------------

    def check(self) -> None:
        """Raise :class:`NotAnArticleError` if the page is not one article."""
        reason = self._generic.not_article_reason(self.page)
        if reason:
            raise self.not_article(reason)

    # -- fields --------------------------------------------------------------------------

    def title(self) -> str | None:
        """The headline, without the site's name."""
        return self.take("title", self._generic.title(self.page))

    def subtitle(self) -> str | None:
        """The standfirst or description."""
        return self.take("subtitle", self._generic.subtitle(self.page))

    def authors(self) -> tuple[str, ...]:
        """Person names (an organisation only when no person is given)."""
        return self.take("authors", self._generic.authors(self.page)) or ()

    def published(self) -> dt.date | None:
        """When the article was first published."""
        return self.take("published", self._generic.published(self.page))

    def modified(self) -> dt.date | None:
        """When the article was last modified."""
        return self.take("modified", self._generic.modified(self.page))

    def url(self) -> str | None:
        """The article's canonical URL."""
        return self.take("url", self._generic.url(self.page))

    def site(self) -> str | None:
        """The publisher's name."""
        if self.publisher:
            return self.take("site", (self.publisher, f"adapter:{self.name}"))
        return self.take("site", self._generic.site(self.page))

    def section(self) -> str | None:
        """The section or category the article is filed under."""
        return self.take("section", self._generic.section(self.page))

    def tags(self) -> tuple[str, ...]:
        """Keywords and topics."""
        return self.take("tags", self._generic.tags(self.page)) or ()

    def language(self) -> str | None:
        """The article's language as a BCP 47 tag (``en``, ``de-AT``)."""
        return self.take("language", self._generic.language(self.page))

    def body(self) -> tuple[Block, ...]:
        """The article text as typed blocks in reading order."""
        if self.page.kind == "html":
            return self.take("body", html_body.body(self.page)) or ()
        return self.take("body", plaintext.body(self.page)) or ()

    def paywalled(self) -> bool:
        """Whether the page shows only part of the article behind a paywall."""
        return bool(self.take("paywalled", self._generic.paywalled(self.page)))

    # -- assembly ------------------------------------------------------------------------

    def _review(self, values: dict[str, object]) -> None:
        """Cross-field checks: turn doubts into warnings, drop dates after the fetch time."""
        for code, field, message in review(self.page, values, self.provenance):
            self.warn(code, field, message)
        for field in FIELDS:
            if values[field] in (None, (), "") and field in self.provenance:
                del self.provenance[field]

    def extract(self) -> Article:
        """Run :meth:`check` and every field method, and build the Article."""
        self.check()
        values: dict[str, object] = {}
        for field in FIELDS:
            self.provenance.pop(field, None)
            method: Callable[[], object] = getattr(self, field)
            value = method()
            if field not in self.provenance and value not in (None, (), "", False):
                self.provenance[field] = f"adapter:{self.name}"
            values[field] = value
        title = values["title"]
        has_title = isinstance(title, str) and bool(title.strip())
        if not has_title and not values["body"]:
            raise self.not_article(
                "no headline and no article text found (an empty page, a bot check or a "
                "page that a script fills)"
            )
        # A missing field is no evidence that the page is not an article (only check() gives
        # such evidence): an HTML page with a headline or text comes back with what was
        # found and a warning. A line of plain text alone is not an article.
        if not values["body"] and self.page.kind != "html":
            raise self.not_article("no article text found")
        if not has_title:
            values["title"] = ""
            self.warn("missing_title", "title", "no headline found on the page")
        if not values["body"]:
            self.warn("missing_body", "body", "no article text found on the page")
        self._review(values)
        return Article(
            adapter=self.name,
            provenance={k: self.provenance[k] for k in FIELDS if k in self.provenance},
            warnings=self.warnings,
            **values,  # type: ignore[arg-type]  # keys are exactly the Article fields
        )
