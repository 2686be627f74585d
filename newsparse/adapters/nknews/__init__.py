"""NK News (nknews.org, NK Pro): the flagship adapter, for HTML as served and text dumps.

Text dumps (browser copies, text-mode browser dumps, Blogger reposts) carry no URL, so
:meth:`NKNews.sniff` claims them by the copied title suffix, the site header, the Korea Risk
Group footer and the byline shapes. The publication date is the byline's day for text and
``article:published_time`` for HTML; the page's header date (the day it was viewed) and a
repost's date are never used. See ``textdump`` and ``markup`` for the two readers.
"""

from __future__ import annotations

import datetime as dt

from newsparse.adapters.nknews import markup, textdump, textkind
from newsparse.adapters.nknews.boilerplate import clean_body
from newsparse.adapters.nknews.parsed import Parsed, canonical, nknews_host
from newsparse.article import Block
from newsparse.cached import cached_property
from newsparse.extract.archived import original_url
from newsparse.extract.language import detect_text_language
from newsparse.kit import Found, SiteAdapter, Source
from newsparse.page import Page

__all__ = ["NKNews"]

_LANGUAGE_SAMPLE = 800
_CANONICAL = Source.markup("html:canonical")
_ARCHIVED = Source.markup("html:canonical archived")
_ARGUMENT = Source("url", "argument")
_DETECTED = Source("detected", "detected:text")
_GENERIC_BODY = Source("site", "html")
"""The provenance of a generic body that recorded none (an empty one)."""


class NKNews(SiteAdapter):
    """nknews.org articles and NK Pro pages, 2012-2025 themes, HTML or text.

    No field is a plain selector: where each kind of page keeps its article is data
    (:mod:`.layouts`), read once per page (:attr:`parsed`); the field methods choose between
    that reading, the page's metadata and the generic result."""

    name = "nknews"
    domains = ("nknews.org",)
    site_name = "NK News"
    eras = (
        "2012-2016 old theme (text)",
        "2017 flattened pages (text)",
        "2019-2025 theme (HTML; browser copies and text dumps)",
        "Blogger reposts (text)",
    )

    @classmethod
    def sniff(cls, page: Page) -> float:
        """Claim NK News text dumps and nknews.org HTML that arrives without a URL."""
        if page.kind == "html":
            return markup.sniff(page)
        return textkind.sniff(page)

    @classmethod
    def claims(cls, page: Page, threshold: float) -> bool:
        """``sniff(page) >= threshold``; a text dump's signs are looked for only until they
        reach it."""
        if page.kind == "html":
            return markup.sniff(page) >= threshold
        return textkind.claims(page, threshold)

    @cached_property
    def parsed(self) -> Parsed:
        """Everything read from the page, computed once for all field methods."""
        if self.page.kind == "html":
            return markup.parse(self.page)
        return textdump.parse_lines(self.analysis.dump_lines, self.page.url)

    def warn(self, code: str, field: str, message: str) -> None:
        """Attach a warning, once per code and field."""
        if not any(w.code == code and w.field == field for w in self.warnings):
            super().warn(code, field, message)

    def check(self) -> None:
        """Listings, tag/author pages, the Photo Stories archive and blog digests are refused;
        HTML without the theme's article markup also gets the generic listing checks, unless
        it is a blog post whose one post body reads as an NK News article (as a page whose
        article the theme's markup holds, it is one; the checks' text map of the page cost
        several times its parse)."""
        if self.parsed.not_article:
            raise self.not_article(self.parsed.not_article)
        read = self.parsed.repost and self.parsed.body.blocks
        if self.page.kind == "html" and self.parsed.layout is None and not read:
            super().check()

    def title(self) -> str | None:
        """The visible headline (the podcast suffix is part of it); else the ``<title>``."""
        return self.take("title", self.parsed.title)

    def subtitle(self) -> str | None:
        """The standfirst under the headline."""
        return self.take("subtitle", self.parsed.subtitle)

    def authors(self) -> tuple[str, ...]:
        """Byline names (``|``-joined, doubled names undone); else the About the Author box;
        else (HTML) the generic authors (JSON-LD, meta)."""
        found = self.take("authors", self.parsed.authors)
        if found or self.page.kind != "html" or self.parsed.repost:
            return found or ()
        return super().authors()

    def published(self) -> dt.date | None:
        """``article:published_time`` in HTML, else the byline day (never the header date);
        else (HTML) the generic date."""
        found = self.take("published", self.parsed.published)
        if found or self.page.kind != "html" or self.parsed.repost:
            return found
        return super().published()

    def modified(self) -> dt.date | None:
        """``article:modified_time`` in HTML, else the day of an "(Updated at ...)" note."""
        return self.take("modified", self.parsed.modified)

    def url(self) -> str | None:
        """The page's nknews.org canonical link (also inside a Wayback Machine capture URL),
        else the caller's URL, without ``?t=``/``?c=`` cache-busters and tracking parameters.
        A blog repost has no URL of the article."""
        if self.page.kind == "html":
            for href in self.page.canonical_links[:1]:
                link = href.strip()
                if nknews_host(link):
                    return self.take("url", Found(canonical(link), _CANONICAL))
                archived = original_url(link)
                if archived and nknews_host(archived):
                    return self.take("url", Found(canonical(archived), _ARCHIVED))
        if self.page.url:
            archived = original_url(self.page.url)
            return self.take("url", Found(canonical(archived or self.page.url), _ARGUMENT))
        if self.parsed.repost:
            return None
        found = super().url()
        return self.take("url", Found(canonical(found), self.provenance["url"])) if found else None

    def section(self) -> str | None:
        """``article:section`` in HTML, else the page's category label (AMP, print view),
        else the kicker line above a text headline."""
        if self.page.kind == "html" and not self.parsed.repost:
            return super().section() or self.take("section", self.parsed.section)
        return self.take("section", self.parsed.section)

    def tags(self) -> tuple[str, ...]:
        """``article:tag`` in HTML, else the tag links of the AMP page."""
        if self.page.kind == "html" and not self.parsed.repost:
            return super().tags() or self.take("tags", self.parsed.tags) or ()
        return self.take("tags", self.parsed.tags) or ()

    def language(self) -> str | None:
        """The HTML's declared language; for text, detected on the article's own text (the
        dump's menus and footer say nothing about it)."""
        if self.page.kind == "html":
            return super().language()
        texts: list[str] = []
        size = 0
        for block in self.parsed.body.blocks:  # (the blocks past the sample are not joined)
            if size > _LANGUAGE_SAMPLE:  # (the texts so far, joined, are longer than the sample)
                break
            texts.append(block.text)
            size += len(block.text) + 1
        sample = " ".join(texts)[:_LANGUAGE_SAMPLE]
        found = detect_text_language(sample) if sample else None
        return self.take("language", Found(found, _DETECTED) if found else None)

    def body(self) -> tuple[Block, ...]:
        """The article's own paragraphs and subheadings; warns when the text looks cut."""
        result = self.parsed.body
        if not result.blocks and self.page.kind == "html":
            return self._generic_body()
        if result.teaser:
            self.warn(
                "teaser_suspected", "body",
                "the text ends mid-sentence: probably a teaser or a paywalled excerpt",
            )
        if not result.blocks:
            return ()
        return self.take("body", Found(result.blocks, self.parsed.body_source)) or ()

    def _generic_body(self) -> tuple[Block, ...]:
        """A page without the theme's article markup: the generic body, cleaned the NK way."""
        blocks = super().body()
        source = self.provenance.get("body", _GENERIC_BODY)
        result = clean_body(blocks)
        if result.teaser:
            self.warn("teaser_suspected", "body", "the text ends mid-sentence")
        return self.take("body", Found(result.blocks, source)) or ()

    def paywalled(self) -> bool:
        """NK Pro URLs, free-article-allowance and subscription prompts, Pro teaser endings."""
        source = self.parsed.paywall_source
        return bool(self.take("paywalled", Found(True, source) if source else None))
