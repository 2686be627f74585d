"""Reading NK News pages saved as plain text: browser copies, text-mode dumps, Blogger reposts.

The page is first turned into logical lines (link markers, button labels and bullet glyphs
removed, hard-wrapped lines joined). The headline is found from the copied ``<title>`` line or
from the byline; the byline gives authors and the publication day; everything above the
headline (Blogger date, header date, logo, navigation) is chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import attrs

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    Byline,
    is_header_date,
    parse_byline,
    parse_day,
    person_name,
    title_suffix,
    undouble,
)
from newsparse.adapters.nknews.parsed import Parsed, listing_path, pro_path
from newsparse.article import BlockKind
from newsparse.extract.text import clean
from newsparse.page import Page

__all__ = ["Line", "logical_lines", "parse", "sniff"]

_LINK_REF = re.compile(r"\[\d+\]")
_ARTEFACT = re.compile(r"\[(?:IMG|INLINE|BUTTON|X|_+)\]|!\[[^\]]*\]\([^)]*\)")
_BUTTON = re.compile(r"\(BUTTON\)\s*")
_BULLET = re.compile(r"^[*•+o◦▪·■]\s+")
_CRAWL_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?:\s+|$)")
_RULE = re.compile(r"^[-_=*~]{3,}$")
_REFERENCE = re.compile(r"^\s*\d+\.\s+\S+$")
_SITE_HEADER = frozenset({
    "nk news north korea news", "nk news - north korea news", "nk news", "nk pro", "nk news logo",
    "nk pro logo", "nk pro banner",
})
_PAGINATION = re.compile(r"^\d+(?:\s+\d+){3,}$")
_DISCLAIMER_HINT = re.compile(r"do not represent (?:the views of|those of) NK News", re.I)
_TERMINAL = tuple(".!?\"”’')]…:;")
_LOOKAHEAD = 40
_WRAP_SLACK = 4


@attrs.frozen
class Line:
    """A logical line of a text dump: cleaned text, whether it carried a bullet glyph."""

    text: str
    bullet: bool = False


def _fills(line: str, following: str, width: int) -> bool:
    """Whether ``following``'s first word would not have fitted on ``line`` (greedy wrapping;
    a few columns of slack for blocks with a narrower right margin)."""
    return len(line.rstrip()) + 1 + len(following.split()[0]) > width - _WRAP_SLACK


def _wrap_width(raw: Sequence[str]) -> int | None:
    """The column a text browser wrapped at, if the dump looks hard-wrapped.

    A line is a wrapped one when the next line's first word would not have fitted on it. The
    dump counts as wrapped when no breakable line is longer than 100 columns, almost every long
    line followed by text is such a line, and many continuations start in lower case (the
    middle of a sentence). Reference lists (``12. https://...``) do not count.
    """
    lines = [line.rstrip() for line in raw if not _REFERENCE.match(line)]
    breakable = [
        line for line in lines if " " in line.strip() and max(map(len, line.split())) < 40
    ]
    width = max(map(len, breakable), default=0)
    if not 0 < width <= 100:
        return None
    pairs = [
        (a, b) for a, b in pairwise(lines)
        if a.strip() and b.strip() and len(a) >= width - 25 and not _BULLET.match(b.strip())
    ]
    fitting = [b for a, b in pairs if _fills(a, b, width)]
    lower = sum(b.strip()[:1].islower() for b in fitting)
    if len(fitting) >= 5 and len(fitting) >= 0.8 * len(pairs) and lower >= len(fitting) * 0.3:
        return width
    return None


def logical_lines(raw_lines: Sequence[str]) -> list[Line]:
    """Clean text-browser artefacts and join hard-wrapped lines into logical lines."""
    raw = list(raw_lines)
    first = next((i for i, line in enumerate(raw) if line.strip()), None)
    if first is not None:
        raw[first] = _CRAWL_PREFIX.sub("", raw[first].lstrip("\ufeff"))
    width = _wrap_width(raw)
    out: list[Line] = []
    previous = ""
    for line in raw:
        stripped = line.strip()
        joinable = bool(previous) and width is not None and _fills(previous, stripped or "x", width)
        previous = line if stripped else ""
        if not stripped:
            continue
        if "(BUTTON)" in stripped:
            if bp.fold(_BUTTON.sub("", stripped)) != "read more":
                continue
            stripped = "Read More"
        stripped = _ARTEFACT.sub("", _LINK_REF.sub("", stripped)).strip()
        bullet = bool(_BULLET.match(stripped))
        text = clean(_BULLET.sub("", stripped))
        if not text:
            continue
        if joinable and not bullet and out:
            out[-1] = Line(f"{out[-1].text} {text}", out[-1].bullet)
        else:
            out.append(Line(text, bullet))
    return out


def _chrome(line: Line) -> bool:
    text = line.text
    return (
        is_header_date(text) or title_suffix(text) is not None or bool(_RULE.match(text))
        or bp.fold(text) in _SITE_HEADER or line.bullet or bp.is_tail(text) or bp.is_ui(text)
    )


def _find_headline(lines: list[Line]) -> tuple[int | None, str | None, int]:
    """(index of the visible headline, headline from the ``<title>`` line, first index after
    the title lines)."""
    from_title, start = None, 0
    for i, line in enumerate(lines[:15]):
        found = title_suffix(line.text)
        if found:
            from_title, start = found, i + 1
    if from_title:
        want = bp.fold(from_title)
        for i in range(start, min(len(lines), start + _LOOKAHEAD)):
            if bp.fold(lines[i].text) == want:
                return i, from_title, start
    return None, from_title, start


def _find_byline(lines: list[Line], start: int, after_headline: bool) -> tuple[int, Byline] | None:
    for i in range(start, min(len(lines), start + (12 if after_headline else _LOOKAHEAD))):
        found = parse_byline(lines[i].text)
        if found:
            return i, found
        if after_headline and i <= start + 2 and is_header_date(lines[i].text):
            # A bare date right under the headline and standfirst is a byline without a name.
            plain = parse_day(lines[i].text)
            if plain:
                return i, Byline((), plain, False)
        if len(lines[i].text) > 300:
            break
    return None


def _last_byline(lines: list[Line], index: int, byline: Byline) -> int:
    """The index of a repeated byline (desktop + mobile copies) shortly after ``index``."""
    last = index
    for i in range(index + 1, min(len(lines), index + 9)):
        again = parse_byline(lines[i].text)
        if again and again.day == byline.day:
            last = i
    return last


def _kind(lines: list[Line], i: int) -> BlockKind:
    line = lines[i]
    if line.bullet:
        return "list_item"
    text = line.text
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    if (
        len(text.split()) <= 12 and len(text) <= 90 and not text.endswith(_TERMINAL)
        and text[:1].isupper() and len(following) > 120
    ):
        return "heading"
    return "paragraph"


def _about_author(lines: list[Line], start: int) -> str | None:
    for i in range(start, len(lines)):
        text = lines[i].text
        more = re.match(r"^(?:View )?more articles by ['‘\"“]?(.+?)['’\"”]?$", text, re.I)
        if more and person_name(undouble(more.group(1))):
            return person_name(undouble(more.group(1)))
        if bp.fold(text) == "about the author":
            for cand in lines[i + 1 : i + 3]:
                name = person_name(undouble(cand.text))
                if name:
                    return name
    return None


def listing_reason(lines: list[Line]) -> str | None:
    """Why a text dump is a listing, an author page or a blog digest rather than one article."""
    texts = [line.text for line in lines]
    digest = sum(bp.fold(t).startswith("visit nk news for more") for t in texts)
    if digest >= 2 or sum(t.count("Visit NK News for more") for t in texts) >= 2:
        return "a blog digest of several NK News feed items"
    if any(bp.fold(t).startswith("photo stories archive") for t in texts):
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


def _above_byline(lines: list[Line], byline: int) -> list[int]:
    """Indexes of the headline and standfirst right above a byline (at most two lines of four
    words or more; shorter lines above them are kickers or navigation)."""
    found: list[int] = []
    for i in range(byline - 1, max(byline - 3, -1), -1):
        if _chrome(lines[i]) or len(lines[i].text.split()) < 4:
            break
        found.append(i)
    return found[::-1]


def parse(page: Page) -> Parsed:
    """Read an NK News text dump."""
    lines = logical_lines(page.lines)
    reason = listing_path(page.url) or listing_reason(lines)
    h, from_title, start = _find_headline(lines)
    byline = _find_byline(lines, (h + 1) if h is not None else start, h is not None)
    title: tuple[str, str] | None = None
    subtitle: tuple[str, str] | None = None
    section: tuple[str, str] | None = None
    if h is not None:
        title = (lines[h].text, "text:headline")
        end = byline[0] if byline else h + 2
        between = [ln.text for ln in lines[h + 1 : end] if not _chrome(ln)][:2]
        if between and (byline or _standfirst(between[0])) and not between[0].endswith("."):
            subtitle = (" ".join(between if byline else between[:1]), "text:standfirst")
        top = h
    elif byline:
        above = _above_byline(lines, byline[0])
        top = above[0] if above else byline[0]
        if above:
            title = (lines[top].text, "text:headline")
        if len(above) == 2:
            subtitle = (lines[above[1]].text, "text:standfirst")
    else:
        top = next((i for i, ln in enumerate(lines) if not _chrome(ln)), 0)
        if lines:
            title = (lines[top].text, "text:first-line")
        if top + 2 < len(lines) and _standfirst(lines[top + 1].text):
            subtitle = (lines[top + 1].text, "text:standfirst")
    if title is None and from_title:
        title = (from_title, "text:title-line")
    if 0 < top < len(lines) and _is_kicker(lines, top - 1):
        section = (lines[top - 1].text, "text:kicker")
    body_from = top + 1 + (subtitle is not None)
    if byline:
        body_from = max(body_from, _last_byline(lines, byline[0], byline[1]) + 1)
    body_lines = lines[body_from:]
    units = [bp.Unit(ln.text, _kind(body_lines, i)) for i, ln in enumerate(body_lines)]
    body = bp.clean_body(units)
    authors: tuple[tuple[str, ...], str] | None = None
    if byline and byline[1].authors:
        authors = (byline[1].authors, "byline")
    else:
        name = _about_author(lines, body_from)
        authors = ((name,), "text:about-the-author") if name else None
    paywall = "text:prompt" if body.paywalled else ("url:/pro/" if pro_path(page.url) else None)
    return Parsed(
        body=body, title=title, subtitle=subtitle, authors=authors,
        published=(byline[1].day, "byline") if byline else None,
        modified=(body.updated, "text:update-note") if body.updated else None,
        section=section, paywall_source=paywall, not_article=reason,
    )


def _standfirst(text: str) -> bool:
    """A one-sentence standfirst: short, no closing full stop, no caption or prompt."""
    return (
        len(text) < 250 and len(text.split()) >= 4 and not text.endswith(".")
        and not bp.paywall_prompt(text) and not bp.is_tail(text) and "|" not in text
    )


def _is_kicker(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    before_is_chrome = i == 0 or _chrome(lines[i - 1])
    return (
        before_is_chrome and not _chrome(lines[i]) and len(text.split()) <= 4 and len(text) <= 40
        and not text.endswith(_TERMINAL) and text[:1].isupper()
    )


def sniff(page: Page) -> float:
    """How much a text dump looks like an NK News page (0 to 1)."""
    lines = logical_lines(page.lines[:400])
    head = [ln.text for ln in lines[:40]]
    text = page.text
    score = 0.0
    if any(title_suffix(t) for t in head[:15]):
        score += 0.6
    if any(bp.fold(t) in _SITE_HEADER - {"nk news", "nk pro"} for t in head):
        score += 0.4
    if "Visit NK News for more" in text:
        score += 0.6
    if re.search(r"©\s*(?:\d{4},?\s*)?Korea Risk Group", text):
        score += 0.3
    if _DISCLAIMER_HINT.search(text):
        score += 0.4
    if any(parse_byline(t) for t in head) and any(is_header_date(t) for t in head):
        score += 0.2
    return min(score, 1.0)
