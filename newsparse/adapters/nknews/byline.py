"""NK News bylines, dates, author names and title suffixes, in every shape seen 2012-2025.

Bylines are ``Name Month D, YYYY`` (one or two spaces; ordinal days such as ``September 10th,
2016`` on the old theme), several authors joined by ``|``, and on 2021-2025 pages the name
doubled and glued to the date (``Colin ZwirkoColin ZwirkoNovember 29, 2022``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from newsparse.kit import clean, is_name_like, parse_date, written_date

__all__ = [
    "Byline", "ReadByline", "byline_memo", "is_header_date", "may_be_byline", "parse_byline",
    "parse_day",
    "person_name", "split_authors", "strip_title_suffix", "title_suffix", "undouble",
]

# Written dates are the kit's, in English ("Sept." in the site's feed too): bylines show none
# with a weekday; a header or Blogger date may have one, or be ISO.
_DATE = written_date("en", weekday=False)
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_DAY = re.compile(rf"{written_date('en')}|{_ISO_DAY}")
_DATE_SPAN = 40
"""No written date (``September 10th, 2016``) is longer: a date at the end of a line is looked
for in its last 40 characters only."""
_DATE_AT_END = re.compile(rf"(?P<date>{_DATE})\s*$")
_DATE_ANYWHERE = re.compile(_DATE)
_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b")
# A line that is only a date: the theme's header ("April 06, 2020"), the 2025 long+short pair
# glued together, or a Blogger date header (ISO, "Sunday, September 11, 2016", "Tuesday, 5 May
# 2015").
HEADER_DATE = rf"(?:{written_date('en')}(?:\s*{_DATE})?|{_ISO_DAY})"
_HEADER_DATE = re.compile(rf"^{HEADER_DATE}$")
# Neither pattern starts with a quantifier: one that does is tried from every position of a
# run of white space, square time in the run (issue 13); the white space is stripped instead.
_TITLE_SUFFIX = re.compile(
    r"(?<=\s)(?:\||–|—|-)\s+(?:NK\s?News(?:\s*(?:-|–|—)\s*North Korea News)?|NK PRO|NK Pro)\s*$"
)
_AUTHOR_IMAGE = re.compile(r"\bAuthor Image\b\s*")
_BY = re.compile(r"^By\s+", re.IGNORECASE)
_MAX_NAME = 60


@attrs.frozen
class Byline:
    """A parsed byline line: the author names (possibly none) and the day it shows."""

    authors: tuple[str, ...]
    day: dt.date
    ordinal: bool


def parse_day(text: str) -> dt.date | None:
    """A byline, header or Blogger date (``September 10th, 2016``, ``Mar 20, 2025``,
    ``Sunday, September 11, 2016``, ``5 May 2015``, ``2016-09-11``) as a plain date: the
    kit's :func:`~newsparse.kit.parse_date` of a text that is one such date."""
    text = clean(text)
    if not _DAY.fullmatch(text):
        return None
    day = parse_date(text)
    return day.date() if isinstance(day, dt.datetime) else day


def title_suffix(line: str) -> str | None:
    """The headline of a ``<title>`` line that ends in an NK News suffix, else ``None``."""
    if not line.rstrip().endswith(("News", "NEWS", "PRO", "Pro", "news")):
        return None
    text = clean(line)
    match = _TITLE_SUFFIX.search(text)
    if not match:
        return None
    return text[: match.start()].strip() or None


def strip_title_suffix(title: str) -> str:
    """``"Headline | NK News - North Korea News"`` -> ``"Headline"`` (other titles unchanged)."""
    return title_suffix(title) or clean(title)


def undouble(name: str) -> str:
    """``"Colin ZwirkoColin Zwirko"`` or ``"NK Pro NK Pro"`` -> the name once."""
    text = clean(name)
    half, rest = divmod(len(text), 2)
    if not rest and text[:half] == text[half:]:
        return text[:half]
    words = text.split()
    half, rest = divmod(len(words), 2)
    if words and not rest and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def person_name(text: str) -> str | None:
    """``text`` if it reads as a name, else None: the kit's name check (one word allowed, as
    the site names itself "NK News"; letters only, so lines of a dump that look like names,
    such as "Photo: KCNA", do not pass), at most 60 characters."""
    name = clean(text)
    if len(name) > _MAX_NAME or not is_name_like(name, single_word=True, letters_only=True):
        return None
    return name


def split_authors(text: str) -> tuple[str, ...] | None:
    """The names of a byline head (``"Anton SokolinAnton Sokolin | Colin Zwirko"``).

    Returns ``None`` when any part is not a name, so a sentence ending in a date is never taken
    for a byline.
    """
    head = clean(text)
    if "Author Image" in head:  # (each pattern runs only where it can match)
        head = _AUTHOR_IMAGE.sub(" ", head)
    head = head.strip()
    if head[:1] in ("B", "b"):  # (no other character matches either case-insensitively)
        head = _BY.sub("", head)
    names: list[str] = []
    for part in map(str.strip, head.split("|")):
        if not part:
            continue
        name = person_name(undouble(part))
        if name is None:
            return None
        if name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return tuple(names)


def may_be_byline(line: str) -> bool:
    """Whether ``line`` ends like a byline (a year after a space): :func:`parse_byline` reads
    no other line."""
    tail = line.rstrip()
    return tail[-4:].isdigit() and tail[-5:-4] in (" ", "\u00a0")


def parse_byline(line: str) -> Byline | None:
    """A byline line (names, then the date at the end) or a bare ordinal date line."""
    if not may_be_byline(line):
        return None  # cheap tests first: most lines end in no year, or in no date
    tail = line.rstrip()
    match = _DATE_AT_END.search(tail, max(0, len(tail) - _DATE_SPAN))
    if not match:
        return None
    text = clean(line)
    if text != tail:  # (most bylines are clean already: the same search would find the same)
        match = _DATE_AT_END.search(text, max(0, len(text) - _DATE_SPAN))
    if not match:
        return None
    head = text[: match.start()].strip()
    ordinal = bool(_ORDINAL_DAY.search(match.group("date")))
    names = split_authors(head) if head else ()
    if names is None or (head and not names) or (not head and not ordinal):
        return None
    day = parse_day(match.group("date"))
    return Byline(names, day, ordinal) if day else None


ReadByline = Callable[[str], "Byline | None"]
""":func:`parse_byline`, or the same function remembered for one parse (:func:`byline_memo`)."""

def byline_memo() -> ReadByline:
    """:func:`parse_byline` remembered for one sniff or one parse of a page: they ask about the
    same lines (ungluing, the headline and byline search and the listing check; the twin and
    header-date signs). A pure function of the text; the memo is made by the caller for one
    page and never outlives it (per-page state is never kept at module level)."""
    seen: dict[str, Byline | None] = {}

    def read(text: str) -> Byline | None:
        if not text.rstrip()[-4:].isdigit():
            return None  # (most lines: parse_byline's own first test, without a look-up)
        if text in seen:
            return seen[text]
        found = seen[text] = parse_byline(text)
        return found

    return read


def is_header_date(line: str) -> bool:
    """Whether a line is only a date (the theme's header date or a Blogger date header)."""
    if not line.rstrip()[-2:].isdigit():
        return False  # every form ends in a year or an ISO day
    return bool(_HEADER_DATE.match(clean(line)))


def find_date(text: str) -> str | None:
    """The first ``Month D, YYYY`` date written in ``text``."""
    match = _DATE_ANYWHERE.search(text)
    return match.group(0) if match else None
