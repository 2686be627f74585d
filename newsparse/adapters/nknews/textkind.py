"""What kind of text dump a page is: an NK News page at all (sniffing), and if so, one article
or a listing, an author page, the Photo Stories archive or a blog digest of feed items."""

from __future__ import annotations

import re

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import DATE, HEADER_DATE, parse_byline
from newsparse.extract.textdump import Line
from newsparse.page import Page

__all__ = ["listing_reason", "sniff"]

# Sniffing reads the head of the raw text with a few whole-text scans (no line splitting):
# a copied ``<title>`` line with the site's suffix, a line that only NK News pages carry ("NK
# News" or "NK Pro" alone are too common to count), a byline under a header date.
_HEAD = 4000
_TITLE_LINE = re.compile(
    r"\S[ \t]+[|–—-][ \t]+(?:NK ?News(?:[ \t]*[-–—][ \t]*North Korea News)?|NK PRO|NK Pro)"
    r"[ \t\r]*$",
    re.MULTILINE,
)
_SITE_MARK = re.compile(
    r"^[ \t*•]*(?:\[\d{1,4}\])?(?:NK News:? -? ?North Korea News|NK News Logo|NK Pro Logo|"
    r"NK Pro Banner)[ \t\r]*$",
    re.MULTILINE | re.IGNORECASE,
)
_DATED_LINE = re.compile(rf"^[^\n]{{0,200}}?{DATE}[ \t\r]*$", re.MULTILINE)
# The 2019 theme prints the byline twice (desktop and mobile copies) a few lines apart, ends
# the article with a "Featured image: <credit>" note and captions photos "... | Photo: <credit>".
_TWIN_BYLINE = re.compile(
    rf"^[ \t]*(?:\[\d{{1,4}}\])?([^\n]{{3,80}}?{DATE})[ \t\r]*\n(?:[^\n]{{0,200}}\n){{0,6}}?"
    rf"[ \t]*(?:\[\d{{1,4}}\])?\1[ \t\r]*$",
    re.MULTILINE,
)
_END_NOTE = re.compile(r"^[ \t]*Featured image(?::| by) [^\n]{1,80}$", re.MULTILINE)
_CAPTION = re.compile(r" \| (?:Photo|Image): ")
_HEADER_LINE = re.compile(rf"^[ \t]*{HEADER_DATE}[ \t\r]*$", re.MULTILINE)
_PAGINATION = re.compile(r"^\d+(?:\s+\d+){3,}$")
_DISCLAIMER_HINT = re.compile(r"do not represent (?:the views of|those of) NK News", re.I)
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
    text = page.text
    head = text[:_HEAD]
    score = 0.0
    if _TITLE_LINE.search(head, 0, 1500):
        score += 0.6
    if _SITE_MARK.search(head):
        score += 0.4
    if "Visit NK News for more" in text:
        score += 0.6
    if _FOOTER.search(text):  # the publisher's own copyright line: enough on its own
        score += 0.5
    if _DISCLAIMER_HINT.search(text):
        score += 0.4
    twin = _TWIN_BYLINE.search(head)
    if twin and parse_byline(twin.group(1)):
        score += 0.3
    if _END_NOTE.search(text):
        score += 0.2
    if _CAPTION.search(text):
        score += 0.1
    if _HEADER_LINE.search(head) and any(
        parse_byline(m.group(0)) for m in _DATED_LINE.finditer(head)
    ):
        score += 0.2
    return min(score, 1.0)
