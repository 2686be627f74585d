"""The date a reader sees next to the headline: one scan of the body's text for date shapes.

Structured sources (JSON-LD, meta tags, microdata, ``<time>``) come first in
:mod:`newsparse.extract.publication_dates`; this module reads the visible page when they say
nothing.
The body's text nodes are joined into one string once and searched with one regular expression
for the shapes dates take in the corpora's languages: ``25.04.2024``, ``25.04.24``,
``25/04/2024``, ``2024-04-25``, ``2024.04.25``, ``25. April 2024``, ``April 25th, 2024``,
``25 de abril de 2024``, ``2024年4月25日``. Only the few matches are then looked at as
elements: dates in scripts, in teasers, comments, navigation and footers, in copyright lines and
in the site's masthead are never taken.

Among the rest, the date closest to the headline wins: printed just above it (kicker, date line)
or in the lines after it (byline, standfirst) and before the article text runs on. A date
labelled as an update ("Updated", "Aktualisiert", "Mis à jour") is a modified date, never the
published one. Day-first or month-first numbers follow the page's language (``en-US`` is
month-first, every other language day-first); a two-digit year is read in the century that puts
it at or before the fetch year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import lxml.etree
import lxml.html

from newsparse import words
from newsparse.extract.visible_authors import in_foreign_context

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "VisibleDate", "article_header", "dates_in", "find_heading", "headline_element",
    "headline_region", "page_dates",
    "update_marker", "visible_dates",
]

_MONTHS = words.months()


def _trie(names: Iterable[str]) -> str:
    """A regular expression matching exactly ``names`` (letters only), as a tree of their
    shared beginnings: at each letter the longer names are tried before the name ending there,
    the order of :func:`.words.alternation` (longest first), but the pattern tries one branch
    per next letter instead of one per name (the month names of every language, about 120,
    were tried one after the other at each word start of the scanned text)."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for letter in name:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(letter) + pattern(rest) for letter, rest in sorted(node.items())
                    if letter]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return inner
        return ("(?:" + inner + ")" if len(branches) == 1 and len(inner) > 1 else inner) + "?"

    return pattern(tree)


_MONTH = r"(?P<mname>" + _trie(_MONTHS) + r")"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_SHAPES = [
    # 25.04.2024 / 25.04.24 / 25/04/2024 / 4/25/2024 (order by language)
    r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./])\s?(?P<b>[01]?\d)(?P=sep)\s?"
    r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d]|\.\d)",
    # 26 | 01 | 2022 (a date line's parts between bars, day first)
    r"(?<![\d|])(?P<pa>[0-3]?\d) ?\| ?(?P<pb>[01]?\d) ?\| ?(?P<py>(?:19|20)\d{2})(?!\d)",
    # 2024-04-25, 2024/04/25, 2024.04.25, 2024. 4. 25.
    r"(?<![\d.])(?P<iy>(?:19|20)\d{2})(?P<isep>[-/.])\s?(?P<im>[01]?\d)(?P=isep)\s?(?P<id>[0-3]?\d)"
    r"(?!\d)",
    # 25. April 2024, 25 de abril de 2024, 25th of April, 2024, 25 avr. 2024, and the two
    # names of a Levantine Arabic date line, "24 نيسان / أبريل 2020"
    _DAY + r"(?:st|nd|rd|th|er|º|°)?\.?(?:\s+(?:de|of))?\s+" + _MONTH
    + r"(?:\s?/\s?" + _trie(_MONTHS) + r")?\.?,?(?:\s+(?:de|del))?\s+" + _YEAR,
    # April 25, 2024, April 25th 2024 (tried at word starts only: the month alternation at
    # every position of a long text was the slowest part of the scan, about 25 us a character)
    r"(?<![^\W\d_])" + _MONTH.replace("mname", "mname2") + r"\.?\s+" + _DAY.replace("day", "day2")
    + r"(?:st|nd|rd|th)?,?\s+" + _YEAR.replace("year", "year2"),
    # 2024年4月25日 (Japanese, Chinese), 2024년 4월 25일 (Korean)
    r"(?P<cy>(?:19|20)\d{2})\s?[年년]\s?(?P<cm>[01]?\d)\s?[月월]\s?(?P<cd>[0-3]?\d)\s?[日일]",
]
_DATE = re.compile(
    "|".join(f"(?:{shape})" for shape in _SHAPES).replace(r"\s", r"[^\S\x00]"),
    re.IGNORECASE,
)


# How a shape may open: a word-start lookbehind, or a day ("[0-3]?\d") or a year
# ("(?:19|20)\d{2}") in a named group, after an optional one-class lookbehind.
_OPENING_ITEM = re.compile(
    r"(?P<word>\(\?<!\[\^\\W\\d_\]\))"
    r"|(?:\(\?<!(?P<behind>\[[^\]]*\])\))?\(\?P<\w+>"
    r"(?:(?P<day>\[0-3\]\?\\d)|(?P<year>\(\?:19\|20\)\\d\{2\}))\)"
)


_MONTH_DAY_OPENING = _MONTH.replace("mname", "mname2") + r"\.?\s+" + _DAY.replace("day", "day2")
# Every month name is words of letters, one blank between two words (at most
# ``_MONTH_WORDS`` words): a lookahead for such words, an optional dot, blanks and a digit
# holds wherever a month name and a day do (none when a name were written otherwise).
_MONTH_WORDS = max(name.count(" ") for name in _MONTHS) + 1
_MONTH_THEN_DAY = (
    r"(?=[^\W\d_]+" + r"(?: [^\W\d_]+)?" * (_MONTH_WORDS - 1) + r"\.?\s+\d)"
    if all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", name) for name in _MONTHS) else ""
)


def _finder(shape: str) -> re.Pattern[str]:
    r"""A pattern that matches at least wherever ``shape`` can start, opening with a
    character class, so that the engine skips in C to the next character that may start it.

    ``_DATE`` opens with lookbehinds and optional items: the engine tried it at every
    character of the scanned text (about 0.6 us each). A shape that opens with a day
    (``[0-3]?\d``) or a year (``(?:19|20)\d{2}``), after an optional lookbehind, is written
    to read that first digit first (the lookbehind then spans it, the second digit is tested
    by a lookbehind on the first); a shape that opens at a word start (``(?<![^\W\d_])``) is
    found from the character before the word (:func:`_date_matches` searches from one
    character earlier); any other shape is its own finder.
    """
    found = _OPENING_ITEM.match(shape)
    if found is None:
        body = shape
    elif found["word"]:
        rest = shape[found.end():]
        # A month name then a day: tested first by its letters, blanks and digit, which
        # fails fast at most word starts, before the month names (case-blind, slow).
        test = _MONTH_THEN_DAY if rest.startswith(_MONTH_DAY_OPENING) else ""
        body = r"[\W\d_]" + test + "(?=" + rest + ")"
    else:
        first, then = ((r"\d", r"(?:(?<=[0-3])\d)?") if found["day"]
                       else ("[12]", r"(?:(?<=1)9|(?<=2)0)\d{2}"))
        behind = f"(?<!{found['behind']}{first})" if found["behind"] else ""
        body = first + behind + then + shape[found.end():]
    return re.compile(body.replace(r"\s", r"[^\S\x00]"), re.IGNORECASE)


def _opens_a_word(shape: str) -> bool:
    found = _OPENING_ITEM.match(shape)
    return found is not None and found["word"] is not None


# (finder, whether it matches one character before the shape's start), one per shape
_FINDERS = [(_finder(shape), _opens_a_word(shape)) for shape in _SHAPES]
# A day's digit after a blank: where a month name then a day ("April 25, 2024") may end.
_DAY_AFTER_BLANK = re.compile(r"\d(?<=[^\S\x00]\d)")


def _reads_month_then_day(shape: str) -> bool:
    """Whether ``shape``'s finder tests a month's words, blanks and a digit first (a month
    name then a day, every month name words of letters): see :func:`_month_day_place`."""
    found = _OPENING_ITEM.match(shape)
    return (bool(_MONTH_THEN_DAY) and found is not None and found["word"] is not None
            and shape[found.end():].startswith(_MONTH_DAY_OPENING))


_MONTH_DAY_FINDER = next(
    (finder for (finder, _), shape in zip(_FINDERS, _SHAPES, strict=True)
     if _reads_month_then_day(shape)), None,
)


# One character of a month's words, and a blank, as the finders read them (the same flags).
_LETTER = re.compile(r"[^\W\d_]", re.IGNORECASE)
_BLANK = re.compile(r"[^\S\x00]", re.IGNORECASE)


def _month_day_place(finder: re.Pattern[str], joined: str, at: int, end: int) -> int:
    """The first place at or after ``at`` (``at`` > 0) where ``finder``, the finder of a month
    name then a day, matches one character before, else ``end``: the same place as
    ``finder.search(joined, at - 1, end).start() + 1``, found from the other end.

    The finder opens at any character that is no letter (a blank, a comma: several per line
    of prose) and reads the word after it; but each match holds a month's words (one word, or
    two with a space between), an optional dot, blanks and a digit. So the digits after a
    blank (few in prose) are found first, the words before each one read back, and the
    finder is tried where they start: nearest digit first, the earlier word first."""
    for hit in _DAY_AFTER_BLANK.finditer(joined, at, end):
        words = hit.start() - 1  # the last blank before the digit
        while words > at and _BLANK.match(joined, words - 1):
            words -= 1
        if words > at and joined[words - 1] == ".":
            words -= 1
        starts: list[int] = []
        for _ in range(_MONTH_WORDS):
            first = words
            while first > at and _LETTER.match(joined, first - 1):
                first -= 1
            if first == words:
                break
            starts.append(first)
            if first - 1 <= at or joined[first - 1] != " ":
                break
            words = first - 1
        for start in reversed(starts):
            if finder.match(joined, start - 1, end):
                return start
    return end


_SKIP = frozenset({"script", "style", "noscript", "template", "option", "select", "textarea",
                   "code", "pre"})
_CHROME = frozenset({"nav", "aside", "footer", "form"})
_UPDATED = re.compile(
    r"(?<![^\W\d_])(?:" + words.alternation(words.every("updated")) + r")", re.IGNORECASE
)
# The hAtom class "updated" that WordPress themes put on the post's one date, beside a date
# class ("entry-date published updated", "vw-post-date updated"): not an update's label.
_HATOM_UPDATED = re.compile(r"(?<![\w-])updated(?![\w-])")
_DATE_CLASS_WORD = re.compile(r"date|publish|time", re.IGNORECASE)
_READERS = re.compile(r"comment|kommentar|reply|respond|disqus|discussion|footer")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_BEFORE = 400  # characters of text before the headline where its date line may stand
_AFTER = 1500  # characters of text after the headline start: byline, standfirst, first lines
_MAX_MATCHES = 60
# A year as every date shape holds one: 19xx/20xx, or two digits after a numeric day and month.
# Written to open with one digit ("(?<=1)9" is "19" once that digit is read): a pattern whose
# first item is a character class lets the regular expression engine skip to the next digit in
# its own loop instead of trying the alternatives at every character (about 4x faster on prose).
_YEARS = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[./][^\S\x00]?\d{1,2}[./][^\S\x00]?\d\d)")
_BEFORE_YEAR = 120  # characters before a year that a date holding it may start at
_AFTER_YEAR = 40  # characters after a year that a date holding it may end at
_LABEL_REACH = 30  # characters of the node before a bare date where its label may stand
_OPENING = 40  # characters into a long text node where a dateline may open it ("BERLIN, 3. Mai")
_PROSE = 120  # characters of a text node beyond which it is running text, not a date line
# Inline elements: a date inside one belongs to the sentence of the block around it.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i",
                     "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
                     "time", "u", "var", "wbr", "br"})
# Blocks that hold running text; a <div> only when it holds nothing but text and inline elements.
_TEXT_BLOCKS = frozenset({"p", "li", "dd", "td", "blockquote", "figcaption", "div"})
_PAGE_LIMIT = 60_000  # characters of body text read by the page-wide scan (linear cost cap)


def update_marker(classes: str) -> bool:
    """Whether an element's ``class``/``id`` marks its date as a modification ("date-updated",
    "aktualisiert"); the hAtom word "updated" beside a date class does not."""
    if not classes or not _UPDATED.search(classes):
        return False
    rest = _HATOM_UPDATED.sub(" ", classes)
    if rest != classes and _DATE_CLASS_WORD.search(rest):
        return bool(_UPDATED.search(rest))
    return True


def headline_element(page: Analysis) -> lxml.html.HtmlElement | None:
    """The heading that shows the page's headline (``None`` when none shows it)."""
    found = page.title
    head = _headline(page, found.value if found else None)
    if head is None or found is None:
        return None
    shown = " ".join(head.text_content().split()).casefold()
    return head if shown == " ".join(found.value.split()).casefold() else None


def article_header(header: lxml.html.HtmlElement, head: lxml.html.HtmlElement | None) -> bool:
    """Whether a ``<header>`` is the article's own: it holds the headline ``<h1>`` ``head``
    (themes such as Hestia put the post's title, author and date in the page's top header;
    a logo in an ``<h1>`` does not make the site's header the article's)."""
    return head is not None and head.tag == "h1" and any(el is head for el in header.iter("h1"))


class VisibleDate:
    """A date printed on the page: its value, its distance from the headline, its label."""

    __slots__ = ("distance", "updated", "value")

    def __init__(self, value: dt.date, distance: int, updated: bool) -> None:
        self.value = value
        self.distance = distance
        self.updated = updated


def _year(text: str, bound: dt.date) -> int | None:
    if len(text) == 4:
        return int(text)
    value = 2000 + int(text)
    return value if value <= bound.year else value - 100


def _value(match: re.Match[str], month_first: bool, bound: dt.date) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["a"]:
            first, second = int(g["a"]), int(g["b"])
            day, month = (second, first) if month_first and g["sep"] == "/" else (first, second)
            if month > 12 >= day:  # "25/04/2024" on a month-first page is still day-first
                day, month = month, day
            year = _year(g["y"], bound)
            return dt.date(year, month, day) if year else None
        if g["pa"]:
            return dt.date(int(g["py"]), int(g["pb"]), int(g["pa"]))
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["mname"]:
            return dt.date(int(g["year"]), _MONTHS[g["mname"].lower()], int(g["day"]))
        if g["mname2"]:
            return dt.date(int(g["year2"]), _MONTHS[g["mname2"].lower()], int(g["day2"]))
        if g["cy"]:
            return dt.date(int(g["cy"]), int(g["cm"]), int(g["cd"]))
    except (ValueError, KeyError):
        return None
    return None


def _headline(page: Analysis, title: str | None) -> lxml.html.HtmlElement | None:
    """:func:`find_heading`, found once per parse and title (:meth:`Analysis.heading`)."""
    return page.heading(title)


def find_heading(page: Analysis, title: str | None) -> lxml.html.HtmlElement | None:
    """The heading that shows the title (else the first ``<h1>``). An ``<h1>`` showing it
    wins over an ``<h2>`` before it that shows it too (the same story's teaser in a list
    above the article)."""
    first = teaser = None
    key = " ".join((title or "").split()).casefold()
    for el in page.tree.iter("h1", "h2"):
        if el.tag == "h1" and first is None:
            first = el
        if key and " ".join(el.text_content().split()).casefold() == key:
            if el.tag == "h1" or first is not None:
                return el
            teaser = teaser if teaser is not None else el
        if el.tag == "h2" and first is not None:
            break
    return teaser if teaser is not None else first


def _refused(owner: lxml.html.HtmlElement, container: lxml.html.HtmlElement,
             strict: bool, head: lxml.html.HtmlElement | None) -> bool:
    """Text in a script, a form field, navigation, comments, a footer or the site's masthead
    (a ``<header>`` outside the article: today's date); when ``strict``, also in a teaser or
    related list."""
    if container.tag in _SKIP or container.tag in _CHROME or owner.tag in _CHROME:
        return True
    masthead = container.tag == "header" and not article_header(container, head)
    for depth, anc in enumerate(container.iterancestors()):
        if anc.tag in ("body", "html"):
            break
        if anc.tag in _SKIP or anc.tag in _CHROME:
            return True
        if anc.tag == "header":
            masthead = masthead or not article_header(anc, head)
        elif anc.tag in ("article", "main"):
            masthead = False  # the article's own header
            break
        marker = f"{anc.get('class', '')} {anc.get('id', '')}"
        if depth < 12 and len(marker) > 1 and _READERS.search(marker.lower()):
            return True
    return masthead or (strict and in_foreign_context(owner))


_BODY_TEXTS = lxml.etree.XPath(".//text()", smart_strings=False)
_BODY_NODES = lxml.etree.XPath(".//text()")
_TEXTS_BEFORE = lxml.etree.XPath("count(preceding::text())")
_HAS_TEXT = lxml.etree.XPath("boolean(.//text())")
_PLUS_ONE = (1).__add__
_NODE_LOOKUPS = 6  # single text-node lookups before all the body's nodes are made at once
_COUNT_TEXTS = lxml.etree.XPath("count(descendant::text())")


# The n-th text node on an axis, as the position on the descendant axis (document order, the
# nodes of ".//text()"), written as a number in the expression ("descendant::text()[57]"):
# libxml2 stops its walk at a literal position (about 2.5x faster than the same position as a
# variable, "[$n]", which it tests on every node to the end of the body).
@functools.lru_cache(maxsize=1024)
def _text_at(axis: str, position: int) -> lxml.etree.XPath:
    """The ``position``-th text node on ``axis`` (``descendant``, ``preceding``,
    ``following``) as a compiled XPath: a pure function of its arguments, compiled once (an
    element's ``.xpath(...)`` sets up and compiles at every call, about 4x the cost)."""
    return lxml.etree.XPath(f"{axis}::text()[{position}]")


class BodyText:
    """The text nodes below ``<body>`` in document order, joined by ``"\x00"`` into one
    string, with where each starts in it: read once per parse (:attr:`Analysis.body_text`),
    shared by the scans near the headline and over the page.

    The texts are plain strings (about a fifth of the cost of lxml's "smart" strings); the
    element that holds a text is looked up only for the few dates found (:meth:`node`).
    """

    def __init__(self, body: lxml.html.HtmlElement) -> None:
        self.body = body
        self.texts = cast(list[str], _BODY_TEXTS(body))
        # Where each text starts: the running sum of the lengths before it, one separator each.
        self.starts = list(itertools.accumulate(map(_PLUS_ONE, map(len, self.texts)), initial=0))
        self.starts.pop()
        self.joined = "\x00".join(self.texts)
        self._nodes: list[Any] | None = None
        self._lookups = 0
        self._before_body: int | None = None
        self._head_at: dict[lxml.html.HtmlElement, int] = {}
        # per heading: the index of its first text, and how many texts it holds (-1: not read)
        self._anchors: dict[lxml.html.HtmlElement, list[int]] = {}
        self._scans: dict[dt.date, tuple[list[VisibleDate], Iterator[VisibleDate]]] = {}

    def shared_scan(self, bound: dt.date, scan: Callable[[], Iterator[VisibleDate]]
                    ) -> Iterator[VisibleDate]:
        """The dates of the page-wide ``scan`` for ``bound``, read lazily once per parse and
        shared: the published date stops at the first plain date, the modified date reads
        on from there to the first update, without scanning the text a second time."""
        entry = self._scans.get(bound)
        if entry is None:
            entry = self._scans[bound] = ([], scan())
        seen, rest = entry
        index = 0
        while True:
            if index < len(seen):
                yield seen[index]
                index += 1
                continue
            found = next(rest, None)
            if found is None:
                return
            seen.append(found)

    def node(self, index: int, near: lxml.html.HtmlElement | None = None) -> Any:
        """The ``index``-th text node as lxml's smart string (it knows its element); with
        ``near``, a heading :meth:`head_at` placed, counted from it (see :meth:`_near`)."""
        if self._nodes is None and near is not None and near in self._anchors:
            return self._near(near, index)
        if self._nodes is None:
            self._lookups += 1
            if self._lookups <= _NODE_LOOKUPS:
                return cast(list[Any], _text_at("descendant", index + 1)(self.body))[0]
            self._nodes = cast(list[Any], _BODY_NODES(self.body))
        return self._nodes[index]

    def _near(self, head: lxml.html.HtmlElement, index: int) -> Any:
        """The ``index``-th text node counted from ``head``: the nearest ones before it, its
        own, then the ones after it (each XPath stops at its literal position, so the walk is
        as long as the distance from the heading, not from the body's start)."""
        anchor = self._anchors[head]
        first = anchor[0]
        if index < first:
            path = _text_at("preceding", first - index)
        else:
            if anchor[1] < 0:
                anchor[1] = int(cast(float, _COUNT_TEXTS(head)))
            step = index - first
            path = (_text_at("descendant", step + 1) if step < anchor[1]
                    else _text_at("following", step - anchor[1] + 1))
        return cast(list[Any], path(head))[0]

    def span_of(self, block: lxml.html.HtmlElement) -> tuple[int, int] | None:
        """The indexes ``(first, end)`` of the text nodes below ``block`` (its descendants):
        one run of the body's; ``None`` when ``block`` is not below ``<body>``."""
        if not any(anc is self.body for anc in block.iterancestors()):
            return None
        if self._before_body is None:
            self._before_body = int(cast(float, _TEXTS_BEFORE(self.body)))
        first = int(cast(float, _TEXTS_BEFORE(block))) - self._before_body
        return first, first + int(cast(float, _COUNT_TEXTS(block)))

    def head_at(self, head: lxml.html.HtmlElement) -> int:
        """Where the first text of ``head`` (its own, else its tail) starts in
        :attr:`joined`; -1 when it has none below ``<body>``."""
        found = self._head_at.get(head)
        if found is None:
            found = self._head_at[head] = self._find_head(head)
        return found

    def _find_head(self, head: lxml.html.HtmlElement) -> int:
        if not any(anc is self.body for anc in head.iterancestors()):
            return -1
        if not head.tail and not _HAS_TEXT(head):
            return -1
        if self._before_body is None:
            self._before_body = int(cast(float, _TEXTS_BEFORE(self.body)))
        # The body's texts before the heading's start tag: its first text (or its tail) is next.
        index = int(cast(float, _TEXTS_BEFORE(head))) - self._before_body
        if not 0 <= index < len(self.starts):
            return -1
        self._anchors[head] = [index, -1]
        return self.starts[index]


def body_text(page: Analysis) -> BodyText | None:
    """The page's :class:`BodyText` (``None`` without a ``<body>``)."""
    body = page.tree.find("body")
    return None if body is None else BodyText(body)


def _window(page: Analysis, head: lxml.html.HtmlElement) -> _Window | None:
    """The :class:`_Window` around ``head``; ``None`` where :meth:`BodyText.head_at` finds
    no place for it (no ``<body>``, the heading not below it, no text from it on)."""
    body = page.tree.find("body")
    if body is None or not any(anc is body for anc in head.iterancestors()):
        return None
    if not head.tail and not _HAS_TEXT(head):
        return None
    return _Window(head, body)


class _Window:
    """The body's text nodes around a heading, as :class:`BodyText` has them (``texts``,
    ``starts``, ``joined``, :meth:`node` from the heading), but only the run the scan by the
    headline reads: from ``_LABEL_REACH`` + 2 characters before the text node holding the
    scan's first character (``_BEFORE`` characters before the heading's first text), or
    from the body's first text, to ``_AFTER`` characters past the heading's first text, or
    to the body's last. Positions and indexes are the window's own: a scan reads them only
    relative to the heading, and where the body's start bounds it, the window starts there
    too. Made when the body's text is not joined already (:attr:`Analysis.built_body_text`):
    the whole body's nodes are read only when another finder asks for them.

    The texts are read by a walk from the heading over its siblings and ancestors' siblings
    (an element's ``text`` and ``tail`` are its text nodes: the parser joins adjacent
    texts, and ``itertext`` gives a subtree's in document order)."""

    def __init__(self, head: lxml.html.HtmlElement, body: lxml.html.HtmlElement) -> None:
        self._head = head
        preceding = _texts_before(head, body)
        preceding.reverse()
        own = list(head.itertext())
        self._own = len(own)
        self.texts = preceding + own + _texts_after(head, body, _length(own))
        self.starts = list(itertools.accumulate(map(_PLUS_ONE, map(len, self.texts)),
                                                initial=0))
        self.starts.pop()
        self.joined = "\x00".join(self.texts)
        self.head_index = len(preceding)
        self.head_at = self.starts[self.head_index]

    def node(self, index: int, near: lxml.html.HtmlElement | None = None) -> Any:
        """The ``index``-th text node of the window as lxml's smart string, looked up from
        the heading (as :meth:`BodyText.node` does with ``near``)."""
        first = self.head_index
        if index < first:
            path = _text_at("preceding", first - index)
        else:
            step = index - first
            path = (_text_at("descendant", step + 1) if step < self._own
                    else _text_at("following", step - self._own + 1))
        return cast(list[Any], path(self._head))[0]


def _length(texts: list[str]) -> int:
    """The length of ``texts`` joined with one separator after each."""
    return sum(map(len, texts)) + len(texts)


def _backward(el: lxml.html.HtmlElement) -> Iterator[str]:
    """The text nodes below ``el`` (not its tail) from the last to the first, read as far
    as asked (an element's children, lazily, from the last; none below a comment)."""
    if not isinstance(el.tag, str):
        return
    stack = [(el, el.iterchildren(reversed=True))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if parent.text:
                yield parent.text
            continue
        if child.tail:
            yield child.tail
        if isinstance(child.tag, str):
            stack.append((child, child.iterchildren(reversed=True)))


def _preceding(head: lxml.html.HtmlElement, body: lxml.html.HtmlElement) -> Iterator[str]:
    """The body's text nodes before ``head``'s start, nearest first."""
    el = head
    while el is not body:
        for sibling in el.itersiblings(preceding=True):
            if sibling.tail:
                yield sibling.tail
            yield from _backward(sibling)
        parent = el.getparent()
        if parent is None:
            return
        if parent.text:
            yield parent.text
        el = parent


def _texts_before(head: lxml.html.HtmlElement, body: lxml.html.HtmlElement) -> list[str]:
    """The body's text nodes before ``head``'s start, nearest first, as far back as the
    window needs (see :class:`_Window`), or all of them."""
    found: list[str] = []
    texts = _preceding(head, body)
    reach = 0  # characters from the start of the last text read to the heading's first text
    for text in texts:
        found.append(text)
        reach += len(text) + 1
        if reach >= _BEFORE:
            break
    else:
        return found
    past = 0  # characters before the text holding the scan's first character
    for text in texts:
        found.append(text)
        past += len(text) + 1
        if past > _LABEL_REACH + 1:
            break
    return found


def _texts_after(head: lxml.html.HtmlElement, body: lxml.html.HtmlElement, read: int
                 ) -> list[str]:
    """The body's text nodes after ``head``'s end, in document order, until ``read`` (the
    length of the heading's own, joined) and theirs pass ``_AFTER`` characters, or all of
    them: the heading's tail, its next siblings' texts and tails, then its parent's tail and
    next siblings', up to the body."""
    found: list[str] = []
    limit = _AFTER + 1
    el = head
    while read <= limit and el is not body:
        tail = el.tail
        if tail:
            found.append(tail)
            read += len(tail) + 1
        for sibling in el.itersiblings():
            if read > limit:
                return found
            if isinstance(sibling.tag, str):
                for text in sibling.itertext():
                    found.append(text)
                    read += len(text) + 1
                    if read > limit:
                        return found
            tail = sibling.tail
            if tail:
                found.append(tail)
                read += len(tail) + 1
        parent = el.getparent()
        if parent is None:
            break
        el = parent
    return found


def _matches(joined: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The date pattern's matches between ``lo`` and ``hi``, searched only around years.

    Every date shape holds a year, four digits (19xx, 20xx) or the two after a numeric day
    and month ("25.04.24"), so the one large pattern (month names of every language) runs
    only in windows around the years, reaching ``_BEFORE_YEAR`` characters before one (the
    day and month names before it) and ``_AFTER_YEAR`` after (a year-first date's month and
    day), merged where they meet, instead of at every position of the text: prose, prices,
    clock times and counts cost one C scan.
    """
    start = end = -1
    for year in _YEARS.finditer(joined, lo, hi):
        left, right = max(lo, year.start() - _BEFORE_YEAR), min(hi, year.end() + _AFTER_YEAR)
        if left <= end:
            end = right
            continue
        if start >= 0:
            yield from _date_matches(joined, start, end)
        start, end = left, right
    if start >= 0:
        yield from _date_matches(joined, start, end)


def _date_matches(joined: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_DATE.finditer(joined, start, end)``, found by the shapes' finders.

    The nearest place any finder matches is the next place ``_DATE`` may match: it is tried
    there alone (the same match as ``finditer`` gives, as no shape starts before it), and
    the search goes on after its end (or after the place, if ``_DATE`` does not match there:
    a finder may match more places than its shape). Each finder's next place is kept until
    the search passes it.
    """
    places = [-1] * len(_FINDERS)
    at = start
    while at < end:
        nearest = end
        for number, (finder, before) in enumerate(_FINDERS):
            place = places[number]
            if place < at:
                if before and at and finder is _MONTH_DAY_FINDER:
                    place = _month_day_place(finder, joined, at, end)
                elif before:  # a word start at the text's start has no character before it
                    hit = finder.search(joined, at - 1, end) if at else None
                    place = hit.start() + 1 if hit else end if at else 0
                else:
                    hit = finder.search(joined, at, end)
                    place = hit.start() if hit else end
                places[number] = place
            nearest = min(nearest, place)
        if nearest >= end:
            return
        match = _DATE.match(joined, nearest, end)
        if match is None:
            at = nearest + 1
            continue
        yield match
        at = match.end()


def _scan(page: Analysis, nodes: BodyText | _Window, head_at: int, span: tuple[int, int],
          bound: dt.date, strict: bool, near: lxml.html.HtmlElement | None = None,
          kept: bool = False) -> Iterator[tuple[int, VisibleDate]]:
    """(offset, date) of every acceptable date in the joined text between ``span``
    (``near``: the heading at ``head_at``, from which the dates' nodes are looked up).
    ``kept``: the iterator is kept by ``nodes`` (:meth:`BodyText.shared_scan`), so it holds
    ``nodes`` weakly and the page not at all (no reference cycle keeps the tree alive)."""
    lang = (page.tree.get("lang") or "").lower()
    month_first = lang.startswith("en-us") or lang == "en"
    lookup = _weak_node(nodes) if kept else nodes.node
    return _scanned(nodes.starts, nodes.joined, nodes.texts, lookup, headline_element(page),
                    month_first, head_at, span, bound, strict, near)


def _weak_node(nodes: BodyText | _Window) -> Callable[[int, lxml.html.HtmlElement | None], Any]:
    """:meth:`BodyText.node` of ``nodes``, holding them weakly."""
    ref = weakref.ref(nodes)

    def node(index: int, near: lxml.html.HtmlElement | None) -> Any:
        found = ref()
        if found is None:
            raise ReferenceError("the page's body text is gone")
        return found.node(index, near)

    return node


def _scanned(starts: list[int], joined: str, texts: list[str],
             lookup: Callable[[int, lxml.html.HtmlElement | None], Any],
             head: lxml.html.HtmlElement | None, month_first: bool, head_at: int,
             span: tuple[int, int], bound: dt.date, strict: bool,
             near: lxml.html.HtmlElement | None) -> Iterator[tuple[int, VisibleDate]]:
    """The body of :func:`_scan`."""
    base = max(0, span[0])
    count = 0
    for match in _matches(joined, base, max(base, span[1])):
        count += 1
        if count > _MAX_MATCHES:
            break
        value = _value(match, month_first, bound)
        if value is None or value.year < 1990 or value > bound:
            continue
        where = match.start()
        index = bisect.bisect_right(starts, where) - 1
        if len(texts[index]) > _PROSE and (not strict or where - starts[index] > _OPENING):
            # inside a sentence: an event's date ("startete am 20.11.08"); by the headline a
            # dateline may open the lede ("BERLIN, 3. Mai 2024 - ..."), page-wide it may not
            continue
        before = joined[max(starts[index], where - 40): where]
        if _COPYRIGHT.search(before):
            continue  # read before the node is looked up (a walk of the body's text nodes)
        node = lookup(index, near)
        owner = node.getparent()
        if owner is None or not isinstance(owner.tag, str):
            continue
        container = owner.getparent() if node.is_tail else owner
        if container is None or _refused(owner, container, strict, head):
            continue
        if _in_running_text(container, texts[index], where - starts[index]):
            continue
        # A label may stand in the node before ("<label>Letzte Änderung:</label> <div>14.01…").
        label = before if joined[starts[index]:where].strip() else joined[
            max(0, starts[index] - _LABEL_REACH): where]
        updated = bool(_UPDATED.search(label)) or update_marker(container.get("class") or "")
        yield where, VisibleDate(value, abs(where - head_at), updated)


def _in_running_text(container: lxml.html.HtmlElement, text: str, offset: int) -> bool:
    """Whether a date ``offset`` characters into the text node ``text`` (held by
    ``container``) stands inside the running text of a paragraph: the block around it (past
    links, bold and other inline elements) is longer than a date line and the date is not at
    its opening (an event's date, "startete nach langer Planung am <b>20.11.2008</b> mit
    einem Fest, ..."; a cited paper's
    "<i>Science</i>; Vol. 371, pp. 260, 15. Januar 2021"); a dateline may open it."""
    block: lxml.html.HtmlElement | None = container
    while block is not None and block.tag in _INLINE:
        block = block.getparent()
    if block is None or block.tag not in _TEXT_BLOCKS:
        return False
    if block.tag == "div" and any(
            isinstance(child.tag, str) and child.tag not in _INLINE for child in block):
        return False
    joined = "".join(block.itertext())
    if len(" ".join(joined.split())) <= _PROSE:  # white space counted once, as shown
        return False
    at = joined.find(text)
    return at >= 0 and len(" ".join(joined[:at + offset].split())) > _OPENING


def headline_region(page: Analysis, title: str | None) -> str | None:
    """The body's text around the headline (its date line, byline and first lines), text
    nodes joined with ``"\x00"``; ``None`` without a headline."""
    head = _headline(page, title)
    nodes = page.body_text if head is not None else None
    head_at = nodes.head_at(head) if nodes is not None and head is not None else -1
    if nodes is None or head_at < 0:
        return None
    return nodes.joined[max(0, head_at - _BEFORE): head_at + _AFTER]


def near_headline(page: Analysis, title: str | None, bound: dt.date) -> list[VisibleDate]:
    """:func:`visible_dates`, computed (the page's Analysis keeps the result): read from the
    body's joined text when a finder read it already, else from the window of it around
    the heading (:class:`_Window`, the same texts where the scan reads)."""
    head = _headline(page, title)
    if head is None:
        return []
    built = page.built_body_text
    nodes: BodyText | _Window | None
    if built is not None:
        nodes, head_at = built, built.head_at(head)
    else:
        window = _window(page, head)
        nodes, head_at = window, (window.head_at if window is not None else -1)
    if nodes is None or head_at < 0:
        return []
    span = (head_at - _BEFORE, head_at + _AFTER)
    found = [date for _, date in _scan(page, nodes, head_at, span, bound, strict=True,
                                       near=head)]
    found.sort(key=lambda d: d.distance)
    return found


def visible_dates(page: Analysis, title: str | None, bound: dt.date) -> Iterator[VisibleDate]:
    """Dates printed near the headline, nearest first (an empty iterator without a headline).

    ``bound`` is the latest day a date may name (the fetch day, else today). Found once per
    parse for a title and bound (:meth:`Analysis.near_headline_dates`).
    """
    yield from page.near_headline_dates(title, bound)


def page_dates(page: Analysis, bound: dt.date) -> Iterator[VisibleDate]:
    """Weaker evidence, for a page whose headline region shows no date: every date printed
    in the body outside scripts, forms and navigation, in reading order."""
    nodes = page.body_text
    if nodes is not None:
        yield from nodes.shared_scan(bound, lambda: (
            date for _, date in _scan(page, nodes, -1, (0, _PAGE_LIMIT), bound, strict=False,
                                      kept=True)))


def dates_in(page: Analysis, text: str, bound: dt.date) -> Iterator[dt.date]:
    """The dates a short ``text`` of the page prints, in order, read as the date line by the
    headline is (the same shapes; day or month first by the page's language; a two-digit year
    in the century that puts it at or before ``bound``; none before 1990 or after ``bound``)."""
    lang = (page.tree.get("lang") or "").lower()
    month_first = lang.startswith("en-us") or lang == "en"
    for match in _DATE.finditer(text):
        value = _value(match, month_first, bound)
        if value is not None and value.year >= 1990 and value <= bound:
            yield value
