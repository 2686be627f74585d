"""Reading NK News pages saved as plain text: browser copies, text-mode dumps, Blogger reposts.

The page is first turned into logical lines (link markers, button labels and bullet glyphs
removed, hard-wrapped lines joined). The headline is found from the copied ``<title>`` line or
from the byline; the byline gives authors and the publication day; everything above the
headline (Blogger date, header date, logo, navigation) is chrome.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    Byline,
    ReadByline,
    byline_memo,
    is_header_date,
    parse_byline,
    parse_day,
    person_name,
    title_suffix,
    undouble,
)
from newsparse.adapters.nknews.parsed import Parsed, listing_path, pro_path
from newsparse.adapters.nknews.textkind import listing_reason
from newsparse.extract.textdump import Line, read_dump
from newsparse.kit import Found, Source, clean
from newsparse.page import Page

__all__ = ["parse", "parse_lines", "parse_text"]

_RULE = re.compile(r"^[-_=*~]{3,}$")
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_SITE_HEADER = frozenset({
    "nknews.org", "www.nknews.org", "nk news north korea news", "nk news - north korea news",
    "nk news", "nk pro", "nk news logo", "nk pro logo", "nk pro banner",
})
_TERMINAL = tuple(".!?\"”’')]…:;")
_LOOKAHEAD = 40
_PARTS = operator.attrgetter("parts")
_MORE_BY = re.compile(r"^(?:View )?more articles by ['‘\"“]?(.+?)['’\"”]?$", re.IGNORECASE)
_HEADLINE = Source("text", "text:headline")
_STANDFIRST = Source("text", "text:standfirst")
_FIRST_LINE = Source("text", "text:first-line")
_KICKER = Source("text", "text:kicker")
_BYLINE = Source.markup("byline")

def _chrome(line: Line) -> bool:
    text = line.text
    return (  # (pure tests: the cheapest first)
        line.bullet or is_header_date(text) or title_suffix(text) is not None
        or bool(_RULE.match(text)) or bp.fold(text) in _SITE_HEADER or bp.is_tail(text)
        or bp.is_ui(text)
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


def _find_byline(
    lines: list[Line], start: int, after_headline: bool, read_byline: ReadByline = parse_byline
) -> tuple[int, Byline] | None:
    end = min(len(lines), start + (12 if after_headline else _LOOKAHEAD))
    # (a byline, a header date and the date under a name all end in a digit: a line that
    # does not, under a line that does not, is passed over without the tests)
    below = start < len(lines) and lines[start].text.rstrip()[-1:].isdigit()
    for i in range(start, end):
        text = lines[i].text
        digit = below
        below = i + 1 < len(lines) and lines[i + 1].text.rstrip()[-1:].isdigit()
        if digit:
            found = read_byline(text)
            if found:
                return i, found
            if after_headline and i <= start + 2 and is_header_date(text):
                # A bare date right under the headline and standfirst is a byline without a
                # name.
                plain = parse_day(text)
                if plain:
                    return i, Byline((), plain, False)
        if below:
            pair = _name_over_date(lines, i)
            if pair:
                return i, pair
        if len(text) > 300:
            break
    return None


def _name_over_date(lines: list[Line], i: int) -> Byline | None:
    """A name alone on its line and a date alone on the next (reader-mode copies)."""
    if i + 1 >= len(lines) or not is_header_date(lines[i + 1].text) or _chrome(lines[i]):
        return None
    name = person_name(undouble(lines[i].text))
    day = parse_day(lines[i + 1].text)
    return Byline((name,), day, False) if name and day else None


def _last_byline(
    lines: list[Line], index: int, byline: Byline, read_byline: ReadByline = parse_byline
) -> int:
    """The index of a repeated byline (desktop + mobile copies) shortly after ``index``."""
    last = index
    for i in range(index + 1, min(len(lines), index + 9)):
        again = read_byline(lines[i].text)
        if (again and again.day == byline.day) or (
            i == index + 1 and parse_day(lines[i].text) == byline.day
        ):
            last = i
    return last


def _units(lines: list[Line]) -> Iterator[bp.Unit]:
    """The body candidates, each with its kind, made as the clean-up reads them (it stops at
    the page tail: the lines after it need no kind). A bulleted line is a list item; a short
    line that ends without a full stop, starts with a capital and stands over a long line is a
    heading; any other line is a paragraph."""
    unit = bp.Unit
    for i, line in enumerate(lines):
        text = line.text
        if line.bullet:
            yield unit(text, "list_item")
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        if (
            len(text) <= 90 and len(after) > 120 and not text.endswith(_TERMINAL)
            and text[:1].isupper() and len(text.split()) <= 12
        ):
            yield unit(text, "heading")
        else:
            yield unit(text, "paragraph")


def _about_author(lines: list[Line]) -> str | None:
    """The name in the About the Author box or its "View more articles by" link."""
    for i in range(len(lines)):
        text = lines[i].text
        more = _MORE_BY.match(text) if text[:4] in ("View", "More", "more") else None
        if more and person_name(undouble(more.group(1))):
            return person_name(undouble(more.group(1)))
        # (case folding makes one to three characters of each: only a text of at most 16
        # characters can fold to "about the author")
        if len(text) <= 16 and text.casefold() == "about the author":
            for cand in lines[i + 1 : i + 3]:
                name = person_name(undouble(cand.text))
                if name:
                    return name
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


class _Top(NamedTuple):
    """Where the article starts: headline, standfirst, kicker, the headline's line (``at``) and
    the first body line (a named tuple: :func:`_locate` makes and changes one per parse,
    several times faster than a frozen class and its ``attrs.evolve``)."""

    title: Found[str] | None
    subtitle: Found[str] | None = None
    section: Found[str] | None = None
    at: int = 0
    body_from: int = 0


def _from_headline(lines: list[Line], h: int, byline: tuple[int, Byline] | None) -> _Top:
    """The visible headline matched the copied ``<title>``; the standfirst sits below it."""
    end = byline[0] if byline else h + 2
    between = [ln.text for ln in lines[h + 1 : end] if not _chrome(ln)][:2]
    subtitle = None
    if between and (byline or _standfirst(between[0])) and not between[0].endswith("."):
        subtitle = Found(" ".join(between if byline else between[:1]), _STANDFIRST)
    return _Top(Found(lines[h].text, _HEADLINE), subtitle, None, h, h + 1 + bool(subtitle))


def _from_byline(lines: list[Line], byline: int) -> _Top:
    """No title line: the headline and standfirst are the lines right above the byline."""
    above = _above_byline(lines, byline)
    if not above and byline > 0 and not _chrome(lines[byline - 1]):
        above = [byline - 1]  # a headline of fewer than four words
    if not above:
        return _Top(None, at=byline, body_from=byline + 1)
    subtitle = Found(lines[above[1]].text, _STANDFIRST) if len(above) == 2 else None
    return _Top(Found(lines[above[0]].text, _HEADLINE), subtitle, None, above[0], byline + 1)


def _without_byline(lines: list[Line]) -> _Top:
    """Neither title line nor byline: the first line that is no chrome or kicker."""
    top, kicker = _top_without_byline(lines)
    if not lines:
        return _Top(None)
    section = Found(lines[kicker].text, _KICKER) if kicker is not None else None
    glued = _glued_standfirst(lines[top].text)
    if glued:
        return _Top(Found(glued[0], _FIRST_LINE), Found(glued[1], _STANDFIRST), section, top,
                    top + 1)
    subtitle = None
    if top + 2 < len(lines) and _standfirst(lines[top + 1].text):
        subtitle = Found(lines[top + 1].text, _STANDFIRST)
    return _Top(Found(lines[top].text, _FIRST_LINE), subtitle, section, top,
                top + 1 + bool(subtitle))


def _locate(
    lines: list[Line], read_byline: ReadByline = parse_byline
) -> tuple[_Top, tuple[int, Byline] | None]:
    """Find the headline block and the byline."""
    h, from_title, start = _find_headline(lines)
    byline = _find_byline(lines, (h + 1) if h is not None else start, h is not None, read_byline)
    if h is not None:
        top = _from_headline(lines, h, byline)
    elif byline:
        top = _from_byline(lines, byline[0])
    else:
        top = _without_byline(lines)
    if top.title is None and from_title:
        top = top._replace(title=Found(from_title, Source("text", "text:title-line")))
    if top.section is None and 0 < top.at < len(lines) and _is_kicker(lines, top.at - 1):
        top = top._replace(section=Found(lines[top.at - 1].text, _KICKER))
    if byline:
        last = _last_byline(lines, byline[0], byline[1], read_byline)
        top = top._replace(body_from=max(top.body_from, last + 1))
    return top, byline


def parse(page: Page) -> Parsed:
    """Read an NK News text dump."""
    return parse_text(page.text, page.url)


def parse_text(text: str, url: str | None) -> Parsed:
    """Read NK News text (a dump, a copy, or the text of a blog post that reposts an article);
    ``url`` is the page's URL if known."""
    return parse_lines(read_dump(text), url)


def parse_lines(dump: tuple[Line, ...], url: str | None) -> Parsed:
    """Read the logical lines of NK News text (:func:`~newsparse.extract.textdump.read_dump`,
    which a parse's analysis computes once)."""
    read_byline = byline_memo()
    lines = _unglue_bylines(list(dump), read_byline)
    top, byline = _locate(lines, read_byline)
    body = bp.clean_body(_units(lines[top.body_from :]))
    if byline and byline[1].authors:
        authors: Found[tuple[str, ...]] | None = Found(byline[1].authors, _BYLINE)
    else:
        # The author box follows the body (flattened pages put it first).
        name = _about_author(lines)
        authors = Found((name,), Source("text", "text:about-the-author")) if name else None
    paywall = (Source("text", "text:prompt") if body.paywalled
               else Source("url", "url:/pro/") if pro_path(url) else None)
    return Parsed(
        body=body, title=top.title, subtitle=top.subtitle, authors=authors,
        published=Found(byline[1].day, _BYLINE) if byline else None,
        modified=(Found(body.updated, Source("text", "text:update-note")) if body.updated
                  else None),
        section=top.section, paywall_source=paywall,
        not_article=listing_path(url) or listing_reason(lines, read_byline),
    )


def _unglue_bylines(lines: list[Line], read_byline: ReadByline = parse_byline) -> list[Line]:
    """Split bylines and captions off the blocks they were joined to: a dump that puts no
    blank line between blocks shows a standfirst's last line and the byline under it (or a
    paragraph's last line and a caption) just as a wrapped line would look."""
    if not any(map(_PARTS, lines)):
        return lines  # (unwrapped dumps: no line was joined from several, nothing to split)
    out: list[Line] = []
    for line in lines:
        parts = line.parts
        if len(parts) < 2:
            out.append(line)  # (most lines: nothing was joined, nothing to split)
            continue
        cuts: set[int] = set()
        for k in range(1, len(parts)):
            if read_byline(parts[k]):
                cuts.update((k, k + 1))
            elif parts[k - 1].endswith(_TERMINAL) and bp.is_caption(" ".join(parts[k:])):
                cuts.add(k)
        cuts.discard(len(parts))
        if not cuts or read_byline(line.text):
            out.append(line)
            continue
        start = 0
        for cut in [*sorted(cuts), len(parts)]:
            piece = parts[start:cut]
            out.append(line._replace(
                text=clean(" ".join(piece)), parts=piece if len(piece) > 1 else (),
                gap=line.gap and start == 0, bullet=line.bullet and start == 0,
            ))
            start = cut
    return out


def _top_without_byline(lines: list[Line]) -> tuple[int, int | None]:
    """(the headline, the kicker above it) when neither a title line nor a byline marks them:
    chrome, a leading About the Author block (flattened pages) and a kicker are skipped."""
    i, kicker = 0, None
    while i < len(lines):
        text = lines[i].text
        if bp.fold(text) == "about the author":
            i += 1
            name = None
            while i < len(lines) and person_name(undouble(lines[i].text)):
                name, i = name or lines[i].text, i + 1
            if name and i < len(lines) and lines[i].text.startswith(name.split()[0]):
                i += 1  # the bio
        elif _chrome(lines[i]):
            i += 1
        elif _short_label(text) and i + 2 < len(lines) and _headline_like(lines[i + 1].text):
            kicker, i = i, i + 1
        else:
            return i, kicker
    return 0, None


def _glued_standfirst(text: str) -> tuple[str, str] | None:
    """Split ``"... : photosShops in the capital ..."`` (flattened pages glue the headline and the
    standfirst) at its one lower-to-upper junction; only lines too long for a headline."""
    if len(text.split()) <= 12:
        return None
    junctions = list(_GLUE.finditer(text))
    if len(junctions) != 1:
        return None
    head, rest = text[: junctions[0].start()], text[junctions[0].start() :]
    return (head, rest) if len(head.split()) >= 3 and len(rest.split()) >= 4 else None


def _headline_like(text: str) -> bool:
    return len(text.split()) >= 4 and len(text) < 250 and not text.endswith(".")


def _short_label(text: str) -> bool:
    return (
        len(text.split()) <= 4 and len(text) <= 40 and not text.endswith(_TERMINAL)
        and text[:1].isupper()
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
    return before_is_chrome and not _chrome(lines[i]) and _short_label(text)
