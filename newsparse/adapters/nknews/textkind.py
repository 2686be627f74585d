"""What kind of text dump a page is: an NK News page at all (sniffing), and if so, one article
or a listing, an author page, the Photo Stories archive or a blog digest of feed items."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    HEADER_DATE,
    Byline,
    ReadByline,
    byline_memo,
    may_be_byline,
    parse_byline,
)
from newsparse.extract.textdump import Line
from newsparse.page import Page

__all__ = ["claims", "listing_reason", "sniff"]

# Sniffing reads the head of the raw text with a few scans:
# a copied ``<title>`` line with the site's suffix, a line that only NK News pages carry ("NK
# News" or "NK Pro" alone are too common to count), a byline under a header date.
_HEAD = 4000
_TITLE_SPAN = 1500
_TITLE_LINE = re.compile(
    r"\S[ \t]+[|–—-][ \t]+(?:NK ?News(?:[ \t]*[-–—][ \t]*North Korea News)?|NK PRO|NK Pro)"
    r"[ \t\r]*$",
    re.MULTILINE,
)


class _LinePattern:
    """A pattern for a whole line (``^...$`` in multi-line mode), searched as a match at the
    text's start or a search from a newline, the only places where ``^`` matches: the search
    then scans for the newline in C instead of trying the pattern at every character (about
    3 times faster over a dump's 4,000-character head)."""

    def __init__(self, line: str, flags: int = 0) -> None:
        self._first = re.compile(line, re.MULTILINE | flags)
        self._after_newline = re.compile(f"\n(?:{line})", re.MULTILINE | flags)

    def search(self, text: str) -> bool:
        """Whether a line of ``text`` (from its start) matches."""
        return bool(self._first.match(text) or self._after_newline.search(text))

    def first_line(self, text: str) -> int | None:
        """The number of the first line of ``text`` that matches (0 for the first), or
        ``None``."""
        if self._first.match(text):
            return 0
        found = self._after_newline.search(text)
        return None if found is None else text.count("\n", 0, found.start()) + 1


_SITE_MARK = _LinePattern(
    r"[ \t*•]*(?:\[\d{1,4}\])?(?:NK News:? -? ?North Korea News|NK News Logo|NK Pro Logo|"
    r"NK Pro Banner)[ \t\r]*$",
    re.IGNORECASE,
)
# The 2019 theme prints the byline twice (desktop and mobile copies) a few lines apart, ends
# the article with a "Featured image: <credit>" note and captions photos "... | Photo: <credit>".
_LINK_MARK = re.compile(r"^[ \t]*(?:\[\d{1,4}\])?")
_TWIN_GAP = 8
_END_NOTE = re.compile(r"^[ \t]*Featured image(?::| by) [^\n]{1,80}$", re.MULTILINE)
_CAPTION = re.compile(r" \| (?:Photo|Image): ")
_HEADER_LINE = _LinePattern(rf"[ \t]*{HEADER_DATE}[ \t\r]*$")
_MORE_BY = re.compile(r"^(?:View )?More articles by\b", re.IGNORECASE)
_PAGINATION = re.compile(r"^\d+(?:\s+\d+){3,}$")
_DISCLAIMER_HINT = re.compile(r"do not represent (?:the views of|those of) NK News", re.I)
# (Searched only in a text whose lower-case form holds "not repre" (see _not_repre): no
# character but those letters' own cases matches them case-insensitively, and a plain
# substring test is several times faster than the case-insensitive pattern over the text.)
_FOR_MORE = b"r m"
"""The ``"r m"`` of ``"for more"``. No code point outside ASCII case-folds to anything holding
``r``, ``m`` or a space (checked over every code point), so each match of ``"visit nk news for
more"`` in a case-folded text has an ``"r m"`` in some case, at its own place, in the text:
fewer than two of them rule out two matches without case-folding the text. They are counted in
the text's UTF-8 bytes, ASCII-lower-cased (no other byte becomes ASCII): two C passes and one
count, about half the time of counting each of the four cases in the text."""
_TAIL_LINE = _LinePattern(bp.TAIL, re.IGNORECASE)
"""A line of a text that is :func:`~.boilerplate.is_tail` (the lines hold no line break)."""
_FOOTER = re.compile(r"©\s*(?:\d{4},?\s*)?Korea Risk Group")


def listing_reason(
    lines: list[Line], read_byline: Callable[[str], Byline | None] = parse_byline
) -> str | None:
    """Why a text dump is a listing, an author page or a blog digest rather than one article
    (``read_byline``: :func:`~.byline.parse_byline`, or the parse's memo of it: it reads a
    byline only in a line that :func:`~.byline.may_be_byline`)."""
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    if joined.encode("utf-8", "surrogatepass").lower().count(_FOR_MORE) >= 2 and (
        joined.casefold().count("visit nk news for more") >= 2
    ):
        return "a blog digest of several NK News feed items"
    # (one pass for the line tests below, in place of one generator each; the reasons are
    # given in the same order)
    more_by = paged = False
    dated = 0  # (the lines that may be bylines: every byline read below is one of them)
    for number, t in enumerate(texts):
        first = t[:1]
        if first in "Pp" and t[:21].casefold() == "photo stories archive":
            return "the Photo Stories listing, not an article"
        if t[-1:].isdigit():
            dated += may_be_byline(t)
            paged = paged or (first.isdigit() and _PAGINATION.match(t) is not None)
        if not more_by and number < 60 and first in "VvMm" and _MORE_BY.match(t):
            more_by = True
    if more_by and any(bp.fold(t) == "about the author" for t in texts[:15]):
        return "an author page (About the author and a list of their articles)"
    if paged:
        return "a listing page (pagination links)"
    if dated < 3:
        return None  # (fewer than three bylines, wherever the page tail starts)
    bylines = 0
    # (one search for the first line of the page tail, when each text is one line of
    # ``joined``; else one match per line)
    if joined.count("\n") == len(texts) - 1:
        tail = _TAIL_LINE.first_line(joined)
    else:
        tail = next((i for i, text in enumerate(texts) if bp.is_tail(text)), None)
    for text in texts if tail is None else texts[:tail]:
        if text[-1:].isdigit():
            found = read_byline(text)
            bylines += bool(found and found.authors)
    if bylines >= 3:
        return f"a listing of {bylines} articles (one byline each)"
    return None


def sniff(page: Page) -> float:
    """How much a text dump looks like an NK News page (0 to 1): the weights of the signs
    found, added in order until they reach 1 (most dumps show the first two)."""
    return _scored(page, 1.0)


def claims(page: Page, threshold: float) -> bool:
    """``sniff(page) >= threshold``, found sooner: the signs are looked for only until their
    score reaches ``threshold`` (the score of more signs is never lower: see :func:`_score`),
    so a dump that shows one heavy sign is claimed without looking for the others."""
    return _scored(page, threshold) >= threshold


def _scored(page: Page, enough: float) -> float:
    """The score of :func:`sniff`, or, once the signs found reach ``enough``, their score."""
    text = page.text
    head = text[:_HEAD]
    dated: list[list[tuple[str, int]]] = []  # (the year lines, read once if a sign needs them)
    read_byline = byline_memo()  # (the twin and header-date signs read the same lines)

    def year_lines() -> list[tuple[str, int]]:
        if not dated:
            dated.append(_year_lines(head))
        return dated[0]

    signs: tuple[Callable[[], object], ...] = (
        lambda: _title_line(head[:_TITLE_SPAN]),
        lambda: _SITE_MARK.search(head),
        lambda: "Visit NK News for more" in text,
        lambda: _FOOTER.search(text),  # the publisher's own copyright line
        lambda: _not_repre(text) and _DISCLAIMER_HINT.search(text),
        lambda: _twin_byline(year_lines(), read_byline),
        lambda: _end_note(text),
        lambda: _CAPTION.search(text),
        lambda: _HEADER_LINE.search(head) and any(read_byline(t) for t, _ in year_lines()),
    )
    found = [False] * len(signs)
    for i in _CHEAP_FIRST:
        if signs[i]():
            found[i] = True
            score = _score(found)
            if score >= enough:
                return score
    return _score(found)


_WEIGHTS = (0.6, 0.4, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.2)
"""The weight of each sign of :func:`sniff`, in the signs' order."""
_CHEAP_FIRST = (2, 3, 7, 1, 6, 0, 4, 5, 8)
"""The order :func:`sniff` tries its signs in: the cheapest first (the common ones among them
early), the byline signs, which split the head into lines and read bylines, last."""


def _score(found: list[bool]) -> float:
    """The weights of the signs found, added in the signs' order, as 1 once they reach 1.

    Adding a positive weight never lowers a float sum (rounding is monotonic), so once the
    signs found so far reach 1 in this order, every larger set of signs does too: the score
    does not depend on the order in which :func:`sniff` looks for them."""
    score = 0.0
    for weight, sign in zip(_WEIGHTS, found, strict=True):
        if sign:
            score += weight
            if score >= 1.0:
                return 1.0
    return score


def _end_note(text: str) -> bool:
    """Whether a line of ``text`` is a "Featured image" end note: only the lines that hold
    the words are matched (a multi-line search tries the pattern at every character)."""
    at = text.find("Featured image")
    while at != -1:
        if _END_NOTE.match(text, text.rfind("\n", 0, at) + 1):
            return True
        at = text.find("Featured image", at + 1)
    return False


def _not_repre(text: str) -> bool:
    """``"not repre" in text.lower()``, without lower-casing the whole text: no character
    outside ASCII lower-cases to any character of ``"not repre"`` (checked over every code
    point), so a match is nine ASCII characters, which its UTF-8 bytes, ASCII-lower-cased (two C
    passes, about half the time of four case-variant searches), show the same way."""
    return b"not repre" in text.encode("utf-8", "surrogatepass").lower()


def _title_line(head: str) -> bool:
    """Whether a line of ``head`` is a copied ``<title>`` with the site's suffix. Every suffix
    holds "NK": only the lines where a search finds it, and that end like a suffix, are tried
    (the pattern tried at every character was the costliest sign; splitting the head into lines
    and testing each one's end, the next)."""
    at = head.find("NK")
    while at != -1:
        end = head.find("\n", at)
        end = len(head) if end == -1 else end
        line = head[head.rfind("\n", 0, at) + 1 : end]
        if line.rstrip(" \t\r").endswith(("News", "PRO", "Pro")) and _TITLE_LINE.search(line):
            return True
        at = head.find("NK", end)
    return False


def _twin_byline(dated: list[tuple[str, int]], read_byline: ReadByline = parse_byline) -> bool:
    """Whether one byline line shows twice a few lines apart (``dated``: the lines that end in
    a year, with their line numbers)."""
    for i, (text, number) in enumerate(dated):
        for other, at in dated[i + 1 :]:
            if at - number > _TWIN_GAP:
                break
            if other == text and read_byline(text):
                return True
    return False


def _year_lines(head: str) -> list[tuple[str, int]]:
    """The lines of ``head`` that end in a year (four decimal digits, then perhaps spaces, tabs
    or a carriage return), without that end and without a leading link mark, with their line
    numbers. Splitting ``head`` and testing each line's end is several times faster than a
    multi-line pattern, which is tried at every character."""
    found: list[tuple[str, int]] = []
    for number, line in enumerate(head.split("\n")):
        end = line.rstrip(" \t\r")
        if end[-4:].isdecimal() and len(end) >= 4:
            mark = _LINK_MARK.match(end)
            found.append((end[mark.end() if mark else 0 :], number))
    return found
