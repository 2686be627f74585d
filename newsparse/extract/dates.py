"""Parsing dates from targeted strings, keeping exactly the precision the page gives.

A string with a day only gives a :class:`datetime.date`. A string with a time and an offset (or a
known zone name) gives an aware :class:`datetime.datetime`. A time without any zone gives the day
only: newsparse never invents a zone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from dateutil import parser as dateutil_parser
from dateutil import tz

from newsparse import words
from newsparse.extract.thresholds import MAX_DATE_TEXT

__all__ = [
    "MAX_YEAR", "MIN_YEAR", "REGIONAL_ZONES", "WRITTEN_DATE", "ZONES", "normalise_date_text",
    "parse_date", "parse_epoch", "written_date",
]

MIN_YEAR = 1800
MAX_YEAR = 2200

# Common zone abbreviations, mapped to their fixed offsets (hours). Ambiguous ones (IST, CST as
# China time, BST as Bangladesh) follow the usage of English-language news sites.
ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "TRT": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "AWST": 8, "ACST": 9.5, "ACDT": 10.5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "WIB": 7, "PHT": 8, "SAST": 2, "CAT": 2,
    "EAT": 3, "WAT": 1, "PKT": 5,
}
_FIXED = {name: tz.tzoffset(name, int(hours * 3600)) for name, hours in ZONES.items()}
# Generic names whose offset depends on daylight saving: resolved with the zone database.
REGIONAL_ZONES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


def _tzinfos(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """dateutil's zone lookup: known abbreviations only; unknown names give no zone."""
    if name is None:
        return None
    key = name.upper()
    if key in _FIXED:
        return _FIXED[key]
    if key in REGIONAL_ZONES:
        return tz.gettz(REGIONAL_ZONES[key])
    return None

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})"
    # the seconds' fraction: ".684", ",684", or ":684" as some CMSes write milliseconds
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+|:\d{3})?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?\s*$"
)
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?", re.I)
_ZONE_NAMES = "|".join(sorted([*ZONES, *REGIONAL_ZONES], key=len, reverse=True))
_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}\b|\b(?:" + _ZONE_NAMES + r")\b)")
_ZONE_ID = re.compile(r"\[[A-Za-z_]+(?:/[A-Za-z_+-]+)*\]\s*$")  # "…-04:00[America/New_York]"

# Month names of other languages, to English (dateutil reads English ones).
_MONTH_NAMES: dict[str, str] = {
    name: calendar.month_name[number] for name, number in words.months(skip=("en",)).items()
}
_MONTH_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True))
    + r")\.?(?![^\W\d_])",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"(?<![^\W\d_])(?:" + words.alternation(words.every("date_fillers"))
    + r")(?![^\W\d_])\.?\s*:?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?<![^\W\d_])(?:" + words.alternation(words.every("weekdays"))
    + r")[a-z]*\.?,?(?![^\W\d_])",
    re.IGNORECASE,
)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})[.h](\d{2})\b(?![.]\d)")

_MONTHS = words.months()
"""Every language's month words (lower case) and their numbers."""


def _cased(names: Iterable[str]) -> str:
    """A pattern for ``names`` as pages write them (lower case, Capitalised, UPPER), as a tree
    of shared prefixes: Python's regular expressions try the branches of a plain alternation
    one by one at every position (a case-blind one slower still), so a search for one of 500
    words cost about 300 us on a line; the tree rejects a position on its first letter."""
    tree: dict[str, dict[str, Any]] = {}
    for name in {v for n in names for v in (n, n.capitalize(), n.upper())}:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word
    return _branches(tree)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    ends = "" in node
    options = [(r"\s+" if char == " " else re.escape(char)) + _branches(child)
               for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    if ends:  # a longer word first, this one when it ends here
        return f"(?:{body})?"
    return body


def _written(groups: bool, languages: Iterable[str] = (), weekday: bool = True) -> str:
    chosen = [words.LANGUAGES[code] for code in languages] or list(words.LANGUAGES.values())
    month = f"(?:{_cased(name for w in chosen for name in w.months)})"
    weekdays = f"(?:{_cased(name for w in chosen for name in w.weekdays)})"
    day, year = r"\d{1,2}", r"\d{4}"

    def name(key: str, body: str) -> str:
        return f"(?P<{key}>{body})" if groups else body

    starts = {v[0] for w in chosen for n in (*w.months, *(w.weekdays if weekday else ()))
              for v in (n, n.upper())}
    return (
        # Where no date can start, one character test instead of every word's first letter.
        rf"(?=[\d{''.join(re.escape(c) for c in sorted(starts))}])"
        + (rf"(?:{weekdays}[^\W\d_]*\.?,?\s+)?" if weekday else "")
        + rf"(?:{name('m1', month)}\.?\s+{name('d1', day)}(?:st|nd|rd|th)?,?\s+{name('y1', year)}"
        rf"|{name('d2', day)}\.?\s+{name('m2', month)}\.?,?\s+{name('y2', year)})"
    )


def written_date(*languages: str, weekday: bool = True) -> str:
    """A written date as a regular expression (no groups; words in lower case, Capitalised
    or UPPER, as pages write them): an optional weekday, then ``September 10th, 2016``,
    ``Sept. 24, 2022`` or ``5 May 2015`` / ``5. Mai 2015``, with the month and weekday words
    of ``languages`` (codes of :mod:`newsparse.words`; every language when none is named:
    :data:`WRITTEN_DATE`); ``weekday=False``: without the weekday. To search long text, name
    the languages: each adds words to try at every position."""
    return _written(groups=False, languages=languages, weekday=weekday)


WRITTEN_DATE = written_date()
"""A written date in any language :mod:`newsparse.words` knows (see :func:`written_date`);
:func:`parse_date` reads a text that is one without dateutil."""
_WRITTEN = re.compile(_written(groups=True))


def _written_date(match: re.Match[str]) -> dt.date | bool | None:
    """The day a whole-text :data:`WRITTEN_DATE` match names (what dateutil would read), or
    ``False`` when its month word is not found as written (case folding that changes letters,
    as of Turkish dotless i: the general path reads it)."""
    year = int(match["y1"] or match["y2"])
    month = _MONTHS.get(" ".join((match["m1"] or match["m2"]).lower().split()))
    if month is None:
        return False
    if not _in_range(year):
        return None
    try:
        return dt.date(year, month, int(match["d1"] or match["d2"]))
    except ValueError:
        return None


def _english_month(match: re.Match[str]) -> str:
    # A word the case-blind pattern matched whose lower case is not the listed word (the
    # Turkish "MAYIS": its dotless i lowers to "i") is left as written.
    english = _MONTH_NAMES.get(match.group(1).lower())
    return match.group() if english is None else f" {english} "


def normalise_date_text(text: str) -> str:
    """Visible date text made readable for the parser: month names in English, filler words
    ("Uhr", "Published", "am") and weekday names dropped, "13.53"/"13h53" times as "13:53"."""
    text = _MONTH_WORD.sub(_english_month, text)
    text = _WEEKDAY.sub(" ", text)
    text = _FILLER.sub(" ", text)
    text = re.sub(r"[|•·,]", " ", text)
    if re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text):
        return re.sub(r"\s+", " ", text).strip()
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    return re.sub(r"\s+", " ", text).strip()


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _moment_in_range(moment: dt.datetime) -> bool:
    """Whether an aware moment lies in ``MIN_YEAR..MAX_YEAR`` in UTC too: an offset moves a
    moment in the first or last hours of the range out of it (``1800-01-01T00:30+14:00``)."""
    return _in_range(moment.astimezone(dt.timezone.utc).year)


def _iso(match: re.Match[str]) -> dt.date | None:
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        day_value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not _in_range(day_value.year):
        return None
    if hour is None or offset is None:
        return day_value
    if offset == "Z":
        zone: dt.tzinfo = dt.timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 23 or minutes > 59:
            return day_value
        zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    try:
        moment = dt.datetime(
            day_value.year, day_value.month, day_value.day,
            int(hour), int(minute), int(second or 0), tzinfo=zone,
        )
    except ValueError:
        return day_value
    return moment if _moment_in_range(moment) else None


def parse_epoch(value: float) -> dt.datetime | None:
    """Seconds (or milliseconds, if larger than 10^11) since 1970 as an aware UTC datetime."""
    if value != value:  # NaN
        return None
    if abs(value) > 1e11:
        value /= 1000
    try:
        moment = dt.datetime.fromtimestamp(value, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if _in_range(moment.year) else None


def parse_date(text: str, *, dayfirst: bool = False) -> dt.date | None:
    """Parse one date string taken from a targeted place (a meta tag, a byline, a ``<time>``).

    Returns ``None`` for anything that is not clearly a date; never guesses a missing day, month
    or year, and never returns a year outside ``MIN_YEAR..MAX_YEAR``.
    """
    if not text or len(text) > MAX_DATE_TEXT:
        return None
    text = _ZONE_ID.sub("", text)
    match = _ISO.match(text)
    if match:
        return _iso(match)
    written = _WRITTEN.fullmatch(text.strip())
    day = _written_date(written) if written else False
    if day is not False:  # the commonest visible shape, read without dateutil (about 30x faster)
        return day  # type: ignore[return-value]  # a date or None, not False
    cleaned = _ORDINAL.sub("", normalise_date_text(text.strip()))
    cleaned = re.sub(r"(?<=\d)\.(?=\s+[A-Za-z])", "", cleaned)  # "5. November" -> "5 November"
    if re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", cleaned):
        dayfirst = True  # dotted dates are day-first wherever they are used
    if sum(ch.isdigit() for ch in cleaned) < 3 or not re.search(r"\d{4}", cleaned):
        return None  # no four-digit year: a missing year is never guessed
    if len(cleaned) == 4 and cleaned.isdigit():
        return None  # a year alone ("2015" in a classed element): no day, as dateutil finds
    sentinel_a = dt.datetime(1111, 1, 1)
    sentinel_b = dt.datetime(1112, 2, 2)
    try:
        first = dateutil_parser.parse(
            cleaned, default=sentinel_a, tzinfos=_tzinfos, dayfirst=dayfirst, fuzzy=False
        )
        second = dateutil_parser.parse(
            cleaned, default=sentinel_b, tzinfos=_tzinfos, dayfirst=dayfirst, fuzzy=False
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None  # some of year/month/day was filled from the default
    if not _in_range(first.year):
        return None
    has_time = bool(_TIME.search(cleaned))
    if has_time and first.tzinfo is not None and _OFFSET.search(cleaned):
        return first if _moment_in_range(first) else None
    return first.date()
