"""The published and modified dates of an HTML page, from the most trusted source that has one.

Order of trust: JSON-LD of the page's article, ``article:*``/Dublin Core/other ``<meta>`` tags,
``itemprop`` microdata, ``<time>`` elements outside teasers, visible date lines near the
headline, and last a ``/2024/05/03/`` date in the page's own URL. Only targeted nodes are parsed
(never scripts, phone numbers or free text), and a date after the page's fetch time (or, when
that is unknown, after the current time) is rejected with a note, so the next source is tried.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import attrs
import lxml.etree
import lxml.html

from newsparse import words
from newsparse.article import ArticleWarning
from newsparse.extract import schema, titles
from newsparse.extract.classes import with_attribute_matching
from newsparse.extract.dates import parse_date, parse_epoch
from newsparse.extract.declared_dates import (
    GENERIC_META,
    abbr_dates,
    declared_elsewhere,
    meta_dates,
    meta_form,
    rdfa_dates,
    url_day,
    url_month,
)
from newsparse.extract.relative_dates import relative_day
from newsparse.extract.thread_dates import opening_post_date
from newsparse.extract.thresholds import MAX_DATE_TEXT
from newsparse.extract.visible_authors import in_foreign_context
from newsparse.extract.visible_dates import (
    article_header,
    headline_element,
    page_dates,
    update_marker,
    visible_dates,
)
from newsparse.found import STRUCTURED, Found, Source
from newsparse.jsonld import types_of
from newsparse.page import after_fetch
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis
    from newsparse.extract.visible_dates import BodyText

__all__ = ["after_fetch", "find_published", "modified", "published"]

_DATE_CLASS = re.compile("date|Date|publish|datum|Datum|timestamp|dateline|meta")
_NOT_DATE_TAGS = frozenset({"script", "style", "body", "html"})
_UPDATED = re.compile(words.alternation(words.every("updated")), re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_TIME = Source.markup("html:time")
# "//body/descendant::time", the elements of "//body//time" in the same order, compiled
# once: about a quarter faster (libxml2 walks the descendant axis without the step between).
_TIMES = lxml.etree.XPath("//body/descendant::time[@datetime or @pubdate or @itemprop]")
_ABBR = Source.markup("html:abbr")
_RELATIVE = Source.markup("html:relative")
_DATELINE = Source.markup("html:dateline")
_DATE_LABEL_SOURCE = Source.markup("html:date-label")
_URL = Source("url", "url")
_NEAR_HEADLINE = Source.markup("html:near-headline")
_PAGE_TEXT = Source.markup("html:page-text")
_OPENING_POST = Source.markup("html:opening-post")


@attrs.frozen
class _Candidate:
    """A date found on the page; ``clock``: its structured value had a time of day (or is not
    text); ``structured``: declared for machines (JSON-LD, meta, microdata, ``<time>``)."""

    value: dt.date
    source: Source
    clock: bool = True
    structured: bool = attrs.field()

    @structured.default
    def _declared(self) -> bool:
        return self.source.kind in STRUCTURED


_LABEL_INITIALS = frozenset(label[0] for label in words.every("published"))
# A text node after another opening with a label's first two letters: "\x00", blanks, the
# letters in any case (see _label_openings); the separator leads, so the search skips from one
# to the next. A text the case-blind label pattern matches opens so (a superset of it). The
# first letter is tested by a class first: the alternation is tried only there. The blanks
# are taken at once ("(?=(\s*))\1", an atomic group in Python 3.10): no blank is a letter of
# the class, so giving some back never matched (see visible_authors._LABEL_OPENING).
_LABEL_OPENING = re.compile(
    r"\x00(?=(\s*))\1(?=(?i:[" + re.escape("".join(sorted(_LABEL_INITIALS))) + r"]))(?i:"
    + "|".join(sorted({re.escape(label[:2]) for label in words.every("published")})) + ")"
)
_DATE_LABEL = re.compile(
    r"^\s*(?:" + words.alternation(words.every("published")) + r")\s*:?\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _from_value(value: Any) -> dt.date | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_epoch(value)
    for text in schema.strings(value)[:3]:
        day = parse_date(text)
        if day:
            return day
    return None


def _language(page: Analysis) -> str:
    root = page.tree
    return (root.get("lang") or "").lower() if root.tag == "html" else ""


def _time_elements(page: Analysis, updated: bool) -> Iterator[_Candidate]:
    if "time" not in page.date_tags:
        return
    times = cast(list[lxml.html.HtmlElement], _TIMES(page.tree))[:20]
    head = headline_element(page) if times else None
    for el in times:
        if in_foreign_context(el) or _site_chrome(el, head):
            continue
        label = f"{el.get('itemprop', '')} {clean(el.text_content())}"
        classes = el.get("class", "")
        parent = el.getparent()
        if parent is not None:
            label += f" {clean(parent.text or '')}"
            classes += f" {parent.get('class', '')}"
        if (bool(_UPDATED.search(label)) or update_marker(classes)) != updated:
            continue
        day = parse_date(el.get("datetime") or clean(el.text_content()))
        if day:
            yield _Candidate(day, _TIME, structured=True)


def _site_chrome(el: lxml.html.HtmlElement, head: lxml.html.HtmlElement | None) -> bool:
    """Inside the site's own ``<header>`` (today's date in a masthead), not the article's (an
    ``<article>``/``<main>`` around it, or a header holding the headline ``<h1>``)."""
    in_header = False
    for anc in el.iterancestors():
        if anc.tag in ("article", "main"):
            return False
        if anc.tag == "header":
            if article_header(anc, head):
                return False
            in_header = True
    return in_header


def _visible(page: Analysis) -> Iterator[_Candidate]:
    dayfirst = not _language(page).startswith("en-us")
    classed = (
        el for el in with_attribute_matching(page, _DATE_CLASS) if el.tag not in _NOT_DATE_TAGS
    )
    head = headline_element(page)
    for el in itertools.islice(classed, 40):
        shown = el.text_content()
        if _surely_longer(shown, MAX_DATE_TEXT):
            continue  # a container ("date-outer" around a whole post): not cleaned
        text = clean(shown)
        if not text or len(text) > MAX_DATE_TEXT or _UPDATED.search(text):
            continue
        if update_marker(f"{el.get('class', '')} {el.get('id', '')}") or _after_update_label(el):
            continue
        if in_foreign_context(el) or _site_chrome(el, head):
            continue
        day = parse_date(text, dayfirst=dayfirst) or _badge(el, text, dayfirst)
        if day:
            yield _Candidate(day, _DATELINE)


# The characters that are not printable ASCII other than the space (blanks and controls).
_NOT_ASCII_GRAPHIC = bytes(range(0x21)) + b"\x7f"
_LOWER_BOUND_READ = 1024  # characters of a text whose printable ASCII is counted


def _surely_longer(text: str, limit: int) -> bool:
    """Whether ``clean(text)`` is surely longer than ``limit`` characters, told from the
    printable ASCII characters other than the space among the text's first ones (a whole
    post's text is not cleaned to be found too long for a date). ``False`` when in doubt:
    the text is then cleaned.

    :func:`newsparse.text.clean` keeps each of them as one character of its own unless the
    next character it does not drop (controls are dropped) is not ASCII: it drops controls
    and invisible characters (none printable ASCII), collapses white space (never all of it
    between two other characters), repairs mojibake (sequences of characters U+0080 and
    above, so a repair may put a combining mark after a character) and composes (NFC joins
    a character and the combining mark after it, no ASCII character is the second of a
    composition, and a composed letter may be part of mojibake). Each character that is not
    ASCII follows at most one such character, and the head's last one may be followed by
    one after the head: those are not counted."""
    if len(text) <= limit:
        return False
    head = text[:_LOWER_BOUND_READ]
    ascii_head = head.encode("ascii", "ignore")
    if len(ascii_head) <= limit:
        return False
    at_risk = len(head) - len(ascii_head) + 1
    return len(ascii_head.translate(None, _NOT_ASCII_GRAPHIC)) - at_risk > limit


def _after_update_label(el: lxml.html.HtmlElement) -> bool:
    """Whether the text just before ``el`` in its parent labels it as an update ("page
    revision: 8, last edited: <span class="odate">17 Jun 2018</span>")."""
    before = el.getprevious()
    parent = el.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else None)
    return bool(_UPDATED.search(text[-40:])) if text else False


def _badge(el: lxml.html.HtmlElement, text: str, dayfirst: bool) -> dt.date | None:
    """A date badge whose parts are child elements with no space between them
    (``<span>Feb</span> <span>18</span><span>2009</span>`` reads "Feb 182009"): the parts
    read apart, when the whole did not parse."""
    if len(el) == 0 or not any(ch.isdigit() for ch in text):
        return None
    parts = clean(" ".join(el.itertext()))
    return parse_date(parts, dayfirst=dayfirst) if parts != text else None


def _labelled(page: Analysis) -> Iterator[_Candidate]:
    """"Datum 28.04.2023", "<strong>Published:</strong> 3 May 2024": a date after a label.

    Read from the body's text nodes (:attr:`Analysis.body_text`, read once per parse)
    instead of a walk over every element: only an element's own first text (not a tail)
    that opens with a label counts, as ``el.text`` did."""
    nodes = page.body_text
    if nodes is None:
        return
    dayfirst = not _language(page).startswith("en-us")
    # A bare label takes its parent's text: read once per parent, however many labels it has.
    parents: dict[lxml.html.HtmlElement, str] = {}
    for index in _label_openings(nodes):
        match = _DATE_LABEL.match(nodes.texts[index])
        if not match:
            continue
        node = nodes.node(index)
        el = node.getparent()
        if not node.is_text or el is None:
            continue  # a tail, or a comment's text: never an element's own label
        rest = clean(match.group(1)) or clean(el.tail or "")
        if not rest:
            parent = el.getparent()
            if parent is None:
                rest = ""
            elif parent in parents:
                rest = parents[parent]
            else:
                rest = _DATE_LABEL.sub(r"\1", clean(parent.text_content()), count=1)
                parents[parent] = rest
        if not rest or len(rest) > MAX_DATE_TEXT or in_foreign_context(el):
            continue
        day = parse_date(rest, dayfirst=dayfirst)
        if day:
            yield _Candidate(day, _DATE_LABEL_SOURCE)
            return


def _label_openings(nodes: BodyText) -> Iterator[int]:
    """The indexes of the body's short text nodes that may open with a publication label
    (their first letter is a label's), in order: a filter before the label pattern.

    The nodes are joined by ``"\\x00"``, which no text node holds and ``\\s`` does not match:
    one search over the joined text for a separator, blanks and a label's first two letters
    (in any case: only a node the label pattern matches can follow) replaces a Python loop
    over every node; the first node has no separator before it and each hit is checked by
    the exact test."""
    texts, starts = nodes.texts, nodes.starts
    if not texts:
        return
    found = (bisect.bisect_left(starts, hit.start() + 1)
             for hit in _LABEL_OPENING.finditer(nodes.joined))
    for index in itertools.chain((0,), found):
        text = texts[index]
        if len(text) <= MAX_DATE_TEXT and text.lstrip()[:1].lower() in _LABEL_INITIALS:
            yield index


def _near_headline(page: Analysis, updated: bool = False) -> Iterator[_Candidate]:
    """The printed date nearest the headline that is (``updated``) or is not an update, such
    as "Aktualisiert am 06.05.2024" (see visible_dates)."""
    headline = titles.title(page)
    bound = page.page.fetch_bound
    day = bound.date() if isinstance(bound, dt.datetime) else bound
    for found in visible_dates(page, headline.value if headline else None, day):
        if found.updated == updated:
            yield _Candidate(found.value, _NEAR_HEADLINE)
            return


# A how-to or a recipe is the page's own work as an article is: its date is the post's.
# "data-date", "data-published", "data-publish-date", "data-pubdate": never an update's.
_DATE_ATTRIBUTE = re.compile(r"data-(?:date|pub(?:lish(?:ed)?)?-?date|published)$")
_HEADER_ATTRIBUTE = Source.markup("html:header-attribute")


def _header_attribute(page: Analysis) -> Iterator[_Candidate]:
    """A date the article's own ``<header>`` (the one holding the headline ``<h1>``) carries
    in a ``data-date``-like attribute, as a timeline or badge script shows it ("18. März
    2020"): the page's machine-readable date where no element prints it as text."""
    if not page.holds("data-"):
        return
    head = headline_element(page)
    header = next((anc for anc in head.iterancestors("header")), None) if head is not None else None
    if header is None or not article_header(header, head):
        return
    for el in header.iter():
        for name, value in el.items():
            if _DATE_ATTRIBUTE.match(name) and not in_foreign_context(el):
                day = parse_date(value)
                if day:
                    yield _Candidate(day, _HEADER_ATTRIBUTE)
                    return


_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage", "HowTo",
                         "Recipe"})


def _page_wide(page: Analysis) -> Iterator[_Candidate]:
    """Last, the first date printed anywhere in the body (not an update, not in navigation)."""
    bound = page.page.fetch_bound
    day = bound.date() if isinstance(bound, dt.datetime) else bound
    for found in page_dates(page, day):
        if not found.updated:
            yield _Candidate(found.value, _PAGE_TEXT)
            return


def _page_wide_update(page: Analysis) -> Iterator[_Candidate]:
    """Last, on a page that declares no date at all, the first date printed anywhere in the
    body under an update label ("Letzte Änderung: 14.01.2022", "Aktualisiert: 30.12.2016",
    "last edited 2019-11-10"): a page that shows only an update date has that modified date
    (its published date stays unknown). A page with declared dates is left to them: a
    labelled date far from the headline may be another story's there, and so is a page that
    shows a published date anywhere: the update date is read only where the page shows no
    other date (the published date's scan over the body then read it already: the two share
    that scan, see :meth:`.BodyText.shared_scan`)."""
    shown = page.published
    if shown is not None and shown.value is not None:
        return
    if any(_declared(page, "datePublished")) or any(_declared(page, "dateModified")):
        return
    bound = page.page.fetch_bound
    day = bound.date() if isinstance(bound, dt.datetime) else bound
    for found in page_dates(page, day):
        if found.updated:
            yield _Candidate(found.value, _PAGE_TEXT)
            return


def _page_object(page: Analysis, key: str) -> tuple[dict[str, Any], str] | None:
    """Without an article object, the JSON-LD ``WebPage`` that describes this page (Yoast and
    similar plugins date the post there), or the ``HowTo``/``Recipe`` that is its content."""
    for obj in page.jsonld:
        kinds = [t for t in types_of(obj) if t in _PAGE_TYPES]
        if kinds and obj.get(key) and (schema.same_page(obj, page) or len(page.jsonld) <= 4):
            return obj, kinds[0]
    return None


class _Declared:
    """The page's dates under one JSON-LD key, best first, read only as far as they are asked
    for and kept for the next to ask: the first mostly decides (a site adapter's page then
    never has its ``<meta>`` dates read for its modified date). It holds no reference to the
    page (:attr:`Analysis.declared_dates` holds it): a suspended reader that did kept every
    site page's Analysis and tree alive in a reference cycle until a garbage collection."""

    def __init__(self, ld_key: str) -> None:
        self._key = ld_key
        self._read: list[_Candidate] = []
        self._stage = 0  # the readers run so far (_STAGES)

    def candidates(self, page: Analysis) -> Iterator[_Candidate]:
        """The dates, the ones read before first, reading the next stage when asked for."""
        read = self._read
        index = 0
        while True:
            if index == len(read):
                if self._stage == len(_STAGES):
                    return
                read.extend(_STAGES[self._stage](page, self._key))
                self._stage += 1
                continue
            yield read[index]
            index += 1


def _declared(page: Analysis, ld_key: str) -> Iterator[_Candidate]:
    """The page's JSON-LD and ``<meta>`` dates under ``ld_key``, best first: read once per
    parse, as far as asked (:attr:`Analysis.declared_dates`; the published date, its
    shown-edition check and the modified date each ask)."""
    found: _Declared | None = page.declared_dates.get(ld_key)
    if found is None:
        found = page.declared_dates[ld_key] = _Declared(ld_key)
    return found.candidates(page)


def _read_declared(page: Analysis, ld_key: str) -> Iterator[_Candidate]:
    """The page's JSON-LD and ``<meta>`` dates: no tree walk, cheap to read in full (the
    stages :class:`_Declared` reads one by one, read at once)."""
    for stage in _STAGES:
        yield from stage(page, ld_key)


def _jsonld_declared(page: Analysis, ld_key: str) -> list[_Candidate]:
    """The date the page's article object (or page object) gives under ``ld_key``."""
    found = schema.article_object(page) or _page_object(page, ld_key)
    if found:
        raw = found[0].get(ld_key)
        day = _from_value(raw)
        if day:
            return [_Candidate(day, Source.jsonld(found[1], ld_key), clock=_has_clock(raw))]
    return []


def _meta_declared(page: Analysis, ld_key: str) -> list[_Candidate]:
    """The dates of the page's date ``<meta>`` tags (published or modified, as ``ld_key``)."""
    return [
        _Candidate(day, Source.meta(key), clock=_has_clock(values[0]))
        for key, values in meta_dates(page, modified=ld_key == "dateModified")
        for value in values[:2]
        if (day := parse_date(value))
    ]


_STAGES = (_jsonld_declared, _meta_declared)


def _microdata(page: Analysis, ld_key: str) -> Iterator[_Candidate]:
    """``itemprop="datePublished"`` (or ``dateModified``) elements, outside JSON-LD twins."""
    # The attribute test below is case-sensitive: a text without the key has no element with
    # it (short of a character reference in the attribute), so one search skips the walk.
    has_microdata = page.holds(ld_key)
    # The elements by their attribute ("//@itemprop[.=…]/..", the same elements in document
    # order): about twice as fast as testing every element ("//*[@itemprop=…]").
    for el in page.tree.xpath(f"//@itemprop[.='{ld_key}']/..")[:3] if has_microdata else ():
        day = parse_date(el.get("content") or el.get("datetime") or clean(el.text_content()))
        if day and not declared_elsewhere(el):
            yield _Candidate(day, Source.microdata(ld_key))


def _machine_markup(page: Analysis, ld_key: str) -> Iterator[_Candidate]:
    """The markup's dates declared for machines (microdata, RDFa, hAtom ``<abbr>``,
    ``<time>``): every one is structured, and every date :func:`_shown_markup` finds after
    them is not (:func:`_with_time` reads no further than these)."""
    yield from _microdata(page, ld_key)
    updated = ld_key == "dateModified"
    for name, day in rdfa_dates(page, modified=updated):
        yield _Candidate(day, Source("microdata", f"rdfa:{name}"))
    if not updated:
        for day in abbr_dates(page):
            yield _Candidate(day, _ABBR, structured=True)
    yield from _time_elements(page, updated)


def _shown_markup(page: Analysis, ld_key: str) -> Iterator[_Candidate]:
    """The dates the page shows (visible date lines, the URL, last the page's text): none
    is structured."""
    if ld_key == "dateModified":
        yield from _near_headline(page, updated=True)
        yield from _page_wide_update(page)
        return
    opening = opening_post_date(page)
    if opening is not None:
        yield _Candidate(opening, _OPENING_POST)
    yield from _visible(page)
    yield from _labelled(page)
    yield from _near_headline(page)
    yield from _header_attribute(page)
    in_url = url_day(page)
    if in_url:
        yield _Candidate(in_url, _URL)
    if page.fetched is not None:
        headline = titles.title(page)
        told = relative_day(page, headline.value if headline else None, page.fetched)
        if told is not None:
            yield _Candidate(told, _RELATIVE)
    yield from _page_wide(page)


def _first(
    page: Analysis, field: str, structured: Iterator[_Candidate], visible: Iterator[_Candidate]
) -> Found[dt.date | None] | None:
    """The first candidate not after the fetch time, of the ``structured`` ones (declared
    for machines) then the ``visible`` ones (none structured): a bare day takes a time from a
    later structured candidate (:func:`_with_time` reads on in ``structured`` only: the
    first visible candidate stopped it, and finding one may scan the page)."""
    notes: list[ArticleWarning] = []
    for candidate in itertools.chain(structured, visible):
        value, source = candidate.value, candidate.source
        if page.page.after_fetch(value):
            code, moment = (("date_after_fetch", "the fetch time") if page.fetched
                            else ("date_in_future", "the current time"))
            notes.append(ArticleWarning(
                code, field, f"{value.isoformat()} from {source} is after {moment} "
                f"{page.page.fetch_bound.isoformat()}; ignored",
            ))
            continue
        if field == "published" and _weak(source):
            shown = _shown_instead(page, value, source) or _specific_instead(page, value, source)
            if shown:
                return Found(shown.value, shown.source, tuple(notes))
        if not isinstance(value, dt.datetime) and not candidate.clock:
            value, source = _with_time(page, value, source, structured)
        return Found(value, source, tuple(notes))
    return Found(None, None, tuple(notes)) if notes else None


# Sources that often carry another date of the page (a CMS's generic "date", a classed
# element, a <time> that is not the article's): the line under the headline overrules them.
def _weak(source: Source) -> bool:
    if source.kind == "meta":
        return meta_form(source.name.removeprefix("meta:")) in GENERIC_META
    return source in (_TIME, _DATELINE)


def _shown_instead(page: Analysis, value: dt.date, source: Source) -> _Candidate | None:
    """The date printed by the headline when it is more than a day away from ``value``."""
    day = value.date() if isinstance(value, dt.datetime) else value
    shown = next(_near_headline(page), None)
    if shown is None:
        return None
    # A day without a clock cannot be a zone's shift of the printed one: a day apart disagrees.
    apart = 0 if not isinstance(value, dt.datetime) and source.kind == "meta" else 1
    return shown if abs((shown.value - day).days) > apart else None


def _specific_instead(page: Analysis, value: dt.date, source: Source) -> _Candidate | None:
    """A CMS's generic ``<meta name="date">`` gives way to the article's own microdata
    ``itemprop="datePublished"`` when that names another day (the generic name often holds
    the page's build or listing date)."""
    if source.kind != "meta":
        return None
    day = _day(value)
    return next((c for c in _microdata(page, "datePublished")
                 if _day(c.value) != day and not page.page.after_fetch(c.value)), None)


def _has_clock(raw: Any) -> bool:
    """Whether a structured value carried a time of day (without a zone), or is not text:
    then another source's zone for the same clock time may be a mislabel, so it is not used."""
    texts = schema.strings(raw) if raw is not None else []
    return not texts or any(_CLOCK.search(text) for text in texts)


def _with_time(
    page: Analysis, day: dt.date, source: Source, rest: Iterator[_Candidate]
) -> tuple[dt.date, Source]:
    """A bare day is replaced by a later structured source giving the same day with a time
    and zone ("2024-05-03" in JSON-LD, "2024-05-03T15:47+02:00" in a meta tag)."""
    for other in rest:
        if not other.structured:
            break
        value = other.value
        same_day = isinstance(value, dt.datetime) and value.date() == day
        if same_day and not page.page.after_fetch(value):
            return value, other.source
    return day, source


def published(page: Analysis) -> Found[dt.date | None] | None:
    """:func:`find_published`, found once per parse (:attr:`Analysis.published`)."""
    return page.published


def find_published(page: Analysis) -> Found[dt.date | None] | None:
    """First publication: JSON-LD ``datePublished``, ``article:published_time`` and other meta,
    microdata, ``<time>``, a visible date line, the URL. A date after the fetch time is
    skipped with a note (the next source is tried); a URL naming only a month leaves it unknown
    with a ``published_month_only`` note. When the declared dates disagree with
    the day the page prints, the printed day decides (see :func:`_as_printed`); a date line
    showing the declared modification's day makes that the published value, with a
    ``published_as_shown`` note (see :func:`_shown_edition`)."""
    declared = list(_declared(page, "datePublished"))
    found = _first(page, "published",
                   itertools.chain(declared, _machine_markup(page, "datePublished")),
                   _shown_markup(page, "datePublished"))
    if found is None or found.value is None or found.source is None:
        return _month_only(page, found)
    if found.source.kind not in ("jsonld", "meta") or "LiveBlog" in found.source.name:
        return found  # a live blog prints its latest entry's day by the headline
    printed = _as_printed(page, found.value, declared)
    notes = found.notes
    if printed is None:
        printed = _shown_edition(page, found.value)
        if printed is None:
            return found
        notes = (*notes, ArticleWarning(
            "published_as_shown", "published",
            f"the page declares {found.value.isoformat()} ({found.source}) but its date line "
            f"shows the day of its declared modification; the shown edition is taken",
        ))
    elif not printed.structured:
        notes = (*notes, ArticleWarning(
            "published_as_printed", "published",
            f"the page declares {found.value.isoformat()} ({found.source}) but prints the day "
            f"{printed.value.isoformat()} ({printed.source}); the printed day is taken",
        ))
    return Found(printed.value, printed.source, notes)


def _month_only(page: Analysis, found: Found[dt.date | None] | None
                ) -> Found[dt.date | None] | None:
    """Without a day, a ``/2019/10/`` URL's month is reported in a warning, never made a day."""
    month = url_month(page)
    if month is None:
        return found
    note = ArticleWarning(
        "published_month_only", "published",
        f"the URL gives the month {month[0]:04d}-{month[1]:02d} but no day; published is unknown",
    )
    notes = found.notes if found is not None else ()
    return Found(None, None, (*notes, note))


# The offsets of newsroom clocks (US west coast to Japan, Korea and eastern Australia): a UTC
# instant names the local day of one of these zones. The full range (-12 to +14) would let
# a mid-afternoon UTC time stand for the next day, which a page then rarely means.
_EARLIEST_ZONE, _LATEST_ZONE = dt.timedelta(hours=-10), dt.timedelta(hours=10)


def _as_printed(page: Analysis, value: dt.date, declared: list[_Candidate]
                ) -> _Candidate | None:
    """The day the page prints, when the declared winner ``value`` names another one.

    * A UTC instant (``…T22:04:00+00:00``) is the newsroom's clock stored in UTC: its UTC
      day may be the day before or after the one the page and its URL give. When the printed
      day (the date line by the headline, else the URL's) is a day that instant falls on in
      a newsroom's zone (UTC-10 to UTC+10), that day is the publication day: the same instant
      written in a local zone among the declared dates when there is one, else the printed
      day as a date
      (no time or zone is invented).
    * Declared instants that disagree among themselves (JSON-LD against
      ``article:published_time``): the one whose day the headline's date line shows wins.
      A value written without a time of day (a print edition's ``<meta name="date">``) is no
      such witness.
    A live blog is left alone: its date line shows the latest entry.
    """
    if isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0):
        witness = _printed_day(page)
        if witness is None or witness.value == value.date():
            return None
        if witness.value in ((value + _EARLIEST_ZONE).date(), (value + _LATEST_ZONE).date()):
            for other in declared:
                local = other.value
                if (isinstance(local, dt.datetime) and local.utcoffset()
                        and local == value and local.date() == witness.value):
                    return other
            return witness
    day = _day(value)
    others = [c for c in declared if c.clock and _day(c.value) != day]
    if not others:
        return None
    shown = next(_near_headline(page), None)
    if shown is None:
        return None
    return next((c for c in others if _day(c.value) == shown.value), None)


def _shown_edition(page: Analysis, value: dt.date) -> _Candidate | None:
    """The declared modification, when the date line by the headline shows its day (with no
    update label) instead of the declared publication day ``value``: the page presents that
    edition as the article's date (a re-published feature, a theme that prints the last
    edit as the post's date), and the reader sees no other. Its declared value is kept.

    A modification within a day of the publication (a correction the same night, shown as
    the story's latest time) leaves the declared publication alone."""
    later = [c for c in _declared(page, "dateModified")
             if _a_day_later(value, c.value) and not page.page.after_fetch(c.value)]
    shown = next(_near_headline(page), None) if later else None  # the scan only when needed
    if shown is None or shown.value == _day(value):
        return None
    return next((c for c in later if _day(c.value) == shown.value), None)


def _a_day_later(first: dt.date, then: dt.date) -> bool:
    """Whether ``then`` is at least a day after ``first`` (as instants when both are aware
    moments, else as calendar days)."""
    if (isinstance(first, dt.datetime) and isinstance(then, dt.datetime)
            and first.utcoffset() is not None and then.utcoffset() is not None):
        return then - first >= dt.timedelta(days=1)
    return (_day(then) - _day(first)).days >= 1


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _printed_day(page: Analysis) -> _Candidate | None:
    """The date line by the headline (not an update), else the day in the URL's path."""
    shown = next(_near_headline(page), None)
    if shown is not None:
        return shown
    in_url = url_day(page)
    return _Candidate(in_url, _URL) if in_url is not None else None


def modified(page: Analysis) -> Found[dt.date | None] | None:
    """Last modification: JSON-LD ``dateModified``, ``article:modified_time`` and similar meta,
    microdata, an "updated" ``<time>``."""
    return _first(page, "modified",
                  itertools.chain(_declared(page, "dateModified"),
                                  _machine_markup(page, "dateModified")),
                  _shown_markup(page, "dateModified"))
