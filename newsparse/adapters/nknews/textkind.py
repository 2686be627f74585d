"""What kind of text dump a page is: an NK News page at all (sniffing), and if so, one article
or a listing, an author page, the Photo Stories archive or a blog digest of feed items."""

from __future__ import annotations

import re

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import is_header_date, parse_byline, title_suffix
from newsparse.adapters.nknews.textlines import Line, logical_lines
from newsparse.page import Page

__all__ = ["listing_reason", "sniff"]

# Lines that only NK News pages carry ("NK News" or "NK Pro" alone are too common to count).
_SITE_MARKS = frozenset({
    "nk news north korea news", "nk news - north korea news", "nk news logo", "nk pro logo",
    "nk pro banner",
})
_PAGINATION = re.compile(r"^\d+(?:\s+\d+){3,}$")
_DISCLAIMER_HINT = re.compile(r"do not represent (?:the views of|those of) NK News", re.I)
_MAX_LINE = 2000
_FOOTER = re.compile(r"©\s*(?:\d{4},?\s*)?Korea Risk Group")


def listing_reason(lines: list[Line]) -> str | None:
    """Why a text dump is a listing, an author page or a blog digest rather than one article."""
    texts = [line.text for line in lines]
    if sum(t.casefold().count("visit nk news for more") for t in texts) >= 2:
        return "a blog digest of several NK News feed items"
    if any(t[:21].casefold() == "photo stories archive" for t in texts):
        return "the Photo Stories listing, not an article"
    if any(re.match(r"^(?:View )?More articles by\b", t, re.I) for t in texts[:60]) and any(
        bp.fold(t) == "about the author" for t in texts[:15]
    ):
        return "an author page (About the author and a list of their articles)"
    if any(_PAGINATION.match(t) for t in texts):
        return "a listing page (pagination links)"
    bylines = 0
    for text in texts:
        if bp.is_tail(text):
            break
        found = parse_byline(text)
        bylines += bool(found and found.authors)
    if bylines >= 3:
        return f"a listing of {bylines} articles (one byline each)"
    return None



def sniff(page: Page) -> float:
    """How much a text dump looks like an NK News page (0 to 1)."""
    # Headlines, bylines and site marks are short: a huge line (a one-line dump) need not be
    # read whole to be scored.
    lines = logical_lines([line[:_MAX_LINE] for line in page.lines[:400]])
    head = [ln.text for ln in lines[:40]]
    text = page.text
    score = 0.0
    if any(title_suffix(t) for t in head[:15]):
        score += 0.6
    if any(bp.fold(t) in _SITE_MARKS for t in head):
        score += 0.4
    if "Visit NK News for more" in text:
        score += 0.6
    if _FOOTER.search(text):  # the publisher's own copyright line: enough on its own
        score += 0.5
    if _DISCLAIMER_HINT.search(text):
        score += 0.4
    if any(parse_byline(t) for t in head) and any(is_header_date(t) for t in head):
        score += 0.2
    return min(score, 1.0)
