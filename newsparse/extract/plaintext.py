"""Generic reading of plain-text pages: first line as headline, blank-line paragraphs as body.

Mirrors the function names of :mod:`newsparse.extract.metadata` so the adapter base can use
either module for a page's kind. Text carries no markup, so most metadata fields are ``None``.
"""

from __future__ import annotations

import datetime as dt

from newsparse.article import Block
from newsparse.extract.language import detect_text_language
from newsparse.page import Page
from newsparse.text import clean, split_paragraphs

__all__ = [
    "authors", "body", "language", "modified", "not_article_reason", "paywalled", "published",
    "section", "site", "subtitle", "tags", "title", "url",
]


def _first_line(page: Page) -> str | None:
    return next((clean(line) for line in page.lines if clean(line)), None)


def title(page: Page) -> tuple[str, str] | None:
    """The first non-empty line."""
    line = _first_line(page)
    return (line, "text:first-line") if line else None


def body(page: Page) -> tuple[tuple[Block, ...], str] | None:
    """Every blank-line separated paragraph after the headline."""
    paragraphs = split_paragraphs(page.text)
    head = _first_line(page)
    if paragraphs and head and paragraphs[0].startswith(head):
        rest = paragraphs[0][len(head):].strip()
        paragraphs = ([rest] if rest else []) + paragraphs[1:]
    if not paragraphs:
        return None
    return tuple(Block(kind="paragraph", text=p) for p in paragraphs), "text:paragraphs"


def subtitle(page: Page) -> tuple[str, str] | None:
    """Plain text has no marked standfirst."""
    return None


def authors(page: Page) -> tuple[tuple[str, ...], str] | None:
    """Plain text has no marked byline; site adapters read their own."""
    return None


def published(page: Page) -> tuple[dt.date, str] | None:
    """No generic date rule for text: the first date in a dump is often the copy's date."""
    return None


def modified(page: Page) -> tuple[dt.date, str] | None:
    """No generic rule for text."""
    return None


def url(page: Page) -> tuple[str, str] | None:
    """The caller's URL, if any."""
    return (page.url, "argument") if page.url else None


def site(page: Page) -> tuple[str, str] | None:
    """No generic rule for text."""
    return None


def section(page: Page) -> tuple[str, str] | None:
    """No generic rule for text."""
    return None


def tags(page: Page) -> tuple[tuple[str, ...], str] | None:
    """No generic rule for text."""
    return None


def language(page: Page) -> tuple[str, str] | None:
    """A cheap detection from the text's scripts and stopwords (``None`` when unsure)."""
    lang = detect_text_language(page.text[:8000])
    return (lang, "detected:text") if lang else None


def paywalled(page: Page) -> tuple[bool, str] | None:
    """No generic rule for text."""
    return None


def not_article_reason(page: Page) -> str | None:
    """Plain text is taken as one article."""
    return None
