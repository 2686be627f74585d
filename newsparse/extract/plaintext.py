"""Generic reading of plain-text pages: a plain article, a browser copy or a text-browser dump.

The text is read as logical lines (:func:`newsparse.extract.textdump.read_dump`: link markers,
bullets, form fields and hard wrapping undone). The body is the longest run of prose lines
(menus, link lists and footers are short lines around it); the headline is the nearest short
line above it. Mirrors the function names of :mod:`newsparse.extract.metadata` so the adapter
base can use either module for a page's kind. Text carries no markup, so most metadata fields
are ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsparse.article import Block, clean_block
from newsparse.extract.language import detect_text_language
from newsparse.extract.textdump import Line

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "authors", "body", "language", "modified", "not_article_reason", "paywalled", "published",
    "section", "site", "subtitle", "tags", "title", "url",
]


_PROSE_CHARS = 60
_PROSE_WORDS = 8
_SHORT_LINE_COST = 40
_TITLE_WINDOW = 8
_MAX_TITLE_WORDS = 20
_SHORT_TITLE_WORDS = 14
_MAX_TITLE_CHARS = 150
_SENTENCE_END = tuple(".!?…\"'”’»)")
_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}|\b\d{4}\b.*\b\d{1,2}\b|\b\d{1,2}\b.*\b\d{4}\b")


def _prose(line: Line) -> bool:
    text = line.text
    return (
        len(text) >= _PROSE_CHARS and text.count(" ") + 1 >= _PROSE_WORDS
        and (text.endswith(_SENTENCE_END) or len(text) >= 2 * _PROSE_CHARS)
    )


def _body_span(lines: tuple[Line, ...]) -> tuple[int, int] | None:
    """The run of lines with the most prose in it, as ``(first, end)``: each prose line at the
    body's indentation (the one holding the most prose) counts its length, every other line
    costs a little. The largest-sum run, found in one pass."""
    weight: dict[int, int] = {}
    prose = [_prose(line) for line in lines]
    for line, is_prose in zip(lines, prose, strict=True):
        if is_prose:
            weight[line.indent] = weight.get(line.indent, 0) + len(line.text)
    if not weight:
        return None
    indent = max(weight, key=lambda k: weight[k])
    best: tuple[int, int, int] | None = None
    total, start = 0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0, i
        good = prose[i] and line.indent == indent
        total += len(line.text) if good else -_SHORT_LINE_COST
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, i + 1)
    if best is None:
        return None
    first, end = best[1], best[2]
    while first < end and not prose[first]:
        first += 1
    return first, end


def _headline(lines: tuple[Line, ...], first: int) -> int | None:
    """The nearest line above the body that reads as a headline: a few words, not a sentence,
    not a date line, not a byline. A standfirst often sits between: a line of more than
    ``_SHORT_TITLE_WORDS`` words is taken only when no shorter one is near."""
    fallback = None
    for i in range(first - 1, max(first - 1 - _TITLE_WINDOW, -1), -1):
        text = lines[i].text
        words = text.count(" ") + 1
        if (
            3 <= words <= _MAX_TITLE_WORDS and len(text) <= _MAX_TITLE_CHARS
            and not text.endswith(".") and not _DATE_LIKE.search(text)
            and not text.casefold().startswith("by ")
        ):
            if words <= _SHORT_TITLE_WORDS:
                return i
            fallback = i if fallback is None else fallback
    return fallback


Layout = tuple[tuple[Line, ...], int | None, tuple[int, int] | None]
"""A text page's lines, the headline's index and the body's span."""


def _layout(page: Analysis) -> Layout:
    """The page's :data:`Layout`, computed once per parse (kept by the page's analysis)."""
    return page.text_layout


def find_layout(page: Analysis) -> Layout:
    """:func:`_layout`, computed."""
    lines = page.dump_lines
    span = _body_span(lines)
    if span is None:
        return lines, (0 if lines else None), None
    head = _headline(lines, span[0])
    return lines, (0 if head is None else head), span


def title(page: Analysis) -> tuple[str, str] | None:
    """The headline above the body; else the first line."""
    lines, head, span = _layout(page)
    if head is None:
        return (lines[0].text, "text:first-line") if lines else None
    return lines[head].text, ("text:headline" if span else "text:first-line")


def body(page: Analysis) -> tuple[tuple[Block, ...], str] | None:
    """The run of prose lines (with the short lines inside it) after the headline."""
    lines, head, span = _layout(page)
    if span is None:
        first, end = (head + 1 if head is not None else 0), len(lines)
    else:
        first, end = span
        if head is not None and head >= first:
            first = head + 1
    blocks = tuple(
        clean_block("list_item" if line.bullet else "paragraph", line.text)
        for line in lines[first:end]
    )
    return (blocks, "text:paragraphs") if blocks else None


def subtitle(page: Analysis) -> tuple[str, str] | None:
    """Plain text has no marked standfirst."""
    return None


def authors(page: Analysis) -> tuple[tuple[str, ...], str] | None:
    """Plain text has no marked byline; site adapters read their own."""
    return None


def published(page: Analysis) -> tuple[dt.date, str] | None:
    """No generic date rule for text: the first date in a dump is often the copy's date."""
    return None


def modified(page: Analysis) -> tuple[dt.date, str] | None:
    """No generic rule for text."""
    return None


def url(page: Analysis) -> tuple[str, str] | None:
    """The caller's URL, if any."""
    return (page.url, "argument") if page.url else None


def site(page: Analysis) -> tuple[str, str] | None:
    """No generic rule for text."""
    return None


def section(page: Analysis) -> tuple[str, str] | None:
    """No generic rule for text."""
    return None


def tags(page: Analysis) -> tuple[tuple[str, ...], str] | None:
    """No generic rule for text."""
    return None


def language(page: Analysis) -> tuple[str, str] | None:
    """A cheap detection from the text's scripts and stopwords (``None`` when unsure)."""
    lang = detect_text_language(page.text[:8000])
    return (lang, "detected:text") if lang else None


def paywalled(page: Analysis) -> tuple[bool, str] | None:
    """No generic rule for text."""
    return None


def not_article_reason(page: Analysis) -> str | None:
    """Plain text is taken as one article."""
    return None
