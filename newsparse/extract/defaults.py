"""The generic field finders behind :class:`~newsparse.Adapter`'s default field methods.

:class:`Defaults` names every field finder with its type; it finds nothing, and its two
implementations fill it in: :data:`HTML` (JSON-LD, ``<meta>``, visible markup) and :data:`TEXT`
(headline and blank-line paragraphs of a plain-text page). The adapter picks one by the page's
kind, so every default field call is typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from newsparse.extract import body, metadata, plaintext
from newsparse.extract.language import DETECTED
from newsparse.found import Found, Source

if TYPE_CHECKING:
    from newsparse.article import Block
    from newsparse.extract.analysis import Analysis

__all__ = ["HTML", "TEXT", "Defaults", "HtmlDefaults", "TextDefaults"]


class Defaults:
    """Every field finder, finding nothing: a page kind's defaults override what they read."""

    def not_article_reason(self, page: Analysis) -> str | None:
        """Why the page is not one article, or ``None``."""
        return None

    def title(self, page: Analysis) -> Found[str] | None:
        """The headline."""
        return None

    def subtitle(self, page: Analysis) -> Found[str] | None:
        """The standfirst."""
        return None

    def authors(self, page: Analysis) -> Found[tuple[str, ...]] | None:
        """Person names."""
        return None

    def published(self, page: Analysis) -> Found[dt.date | None] | None:
        """First publication."""
        return None

    def modified(self, page: Analysis) -> Found[dt.date | None] | None:
        """Last modification."""
        return None

    def url(self, page: Analysis) -> Found[str] | None:
        """The canonical URL."""
        return None

    def site(self, page: Analysis) -> Found[str] | None:
        """The publisher's name."""
        return None

    def section(self, page: Analysis) -> Found[str] | None:
        """The section."""
        return None

    def tags(self, page: Analysis) -> Found[tuple[str, ...]] | None:
        """Keywords."""
        return None

    def language(self, page: Analysis) -> Found[str] | None:
        """The language."""
        return None

    def body(self, page: Analysis) -> Found[tuple[Block, ...]] | None:
        """The article text."""
        return None

    def paywalled(self, page: Analysis) -> Found[bool] | None:
        """Whether the page declares a paywall."""
        return None


class HtmlDefaults(Defaults):
    """HTML pages: :mod:`.metadata` (JSON-LD, ``<meta>``, markup) and :mod:`.body`."""

    def not_article_reason(self, page: Analysis) -> str | None:
        """A listing URL or a main text of teasers (:func:`.metadata.not_article_reason`)."""
        return metadata.not_article_reason(page)

    def title(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.title`."""
        return metadata.title(page)

    def subtitle(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.subtitle`."""
        return metadata.subtitle(page)

    def authors(self, page: Analysis) -> Found[tuple[str, ...]] | None:
        """:func:`.metadata.authors`."""
        return metadata.authors(page)

    def published(self, page: Analysis) -> Found[dt.date | None] | None:
        """:func:`.metadata.published`."""
        return metadata.published(page)

    def modified(self, page: Analysis) -> Found[dt.date | None] | None:
        """:func:`.metadata.modified`."""
        return metadata.modified(page)

    def url(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.url`."""
        return metadata.url(page)

    def site(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.site`."""
        return metadata.site(page)

    def section(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.section`."""
        return metadata.section(page)

    def tags(self, page: Analysis) -> Found[tuple[str, ...]] | None:
        """:func:`.metadata.tags`."""
        return metadata.tags(page)

    def language(self, page: Analysis) -> Found[str] | None:
        """:func:`.metadata.language`."""
        return metadata.language(page)

    def body(self, page: Analysis) -> Found[tuple[Block, ...]] | None:
        """:func:`.body.body`."""
        return body.body(page)

    def paywalled(self, page: Analysis) -> Found[bool] | None:
        """:func:`.metadata.paywalled`."""
        return metadata.paywalled(page)


class TextDefaults(Defaults):
    """Plain-text pages (:mod:`.plaintext`): the first line, blank-line paragraphs, the
    caller's URL, a detected language; nothing else is marked in plain text."""

    def not_article_reason(self, page: Analysis) -> str | None:
        """Plain text is taken as one article."""
        return plaintext.not_article_reason(page)

    def title(self, page: Analysis) -> Found[str] | None:
        """:func:`.plaintext.title`."""
        found = plaintext.title(page)
        return None if found is None else Found(found[0], Source("text", found[1]))

    def url(self, page: Analysis) -> Found[str] | None:
        """The caller's URL."""
        found = plaintext.url(page)
        return None if found is None else Found(found[0], metadata.ARGUMENT)

    def language(self, page: Analysis) -> Found[str] | None:
        """:func:`.plaintext.language`."""
        found = plaintext.language(page)
        return None if found is None else Found(found[0], DETECTED)

    def body(self, page: Analysis) -> Found[tuple[Block, ...]] | None:
        """:func:`.plaintext.body`."""
        found = plaintext.body(page)
        return None if found is None else Found(found[0], Source("text", found[1]))


HTML = HtmlDefaults()
"""The defaults for HTML pages."""
TEXT = TextDefaults()
"""The defaults for plain-text pages."""
