"""Relative dates by the headline ("vor 3 Stunden", "2 days ago", "hier à 14h30"), counted back
from the page's fetch time.

Read only in short text nodes around the headline (a date line, not a sentence of the article),
and only when no absolute date was found; "today" and "yesterday" only with a clock after them
("Gestern, 14:07": the bare word is too often something else, as "hier" in German).

Only when the caller gives the fetch time (``fetched=``): never against the current time, which
would make a date up. The result is a day (:class:`datetime.date`), never a time: "3 hours ago"
is not a precise clock time. A count of minutes or hours needs a fetch time with a clock (a
plain fetch day cannot tell whether three hours ago was the day before); days, weeks,
"yesterday" and "today" need only the fetch day. The words are in :mod:`newsparse.words`
(``time_units``, ``ago_before``, ``ago_after``, ``day_words``), every language at once.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsparse import words
from newsparse.extract.visible_dates import headline_region

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["relative_day"]

_UNITS = words.mapping("time_units")
_DAYS = words.mapping("day_words")
_UNIT = r"(?P<unit>" + words.alternation(_UNITS) + r")"
_NUMBER = r"(?P<n>\d{1,3})\s*"
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:" + words.alternation(words.every("ago_before")) + r")\s+" + _NUMBER + _UNIT
    + r"(?:\s*(?:" + words.alternation(words.every("ago_after")) + r"))?"
    r"|" + _NUMBER.replace("n>", "n2>") + _UNIT.replace("unit>", "unit2>") + r"\s*(?:"
    + words.alternation(words.every("ago_after")) + r")"
    # "Gestern, 14:07", "hier à 14h30", "yesterday at 3:15": a day word only with a clock
    r"|(?P<day>" + words.alternation(_DAYS) + r")(?![^\W\d_])[ \t,|]*(?:[^\W\d_]{1,6}[ \t]+)?"
    r"\d{1,2}[:.h]\d{2})(?![^\W\d_])",
    re.IGNORECASE,
)
_DAY_MINUTES = 24 * 60
_LINE = 80  # characters: a date line, not a sentence of the article ("vor 2 Wochen hatte ...")


def relative_day(page: Analysis, title: str | None, fetched: dt.date) -> dt.date | None:
    """The day a relative date by the headline names, counted back from ``fetched``."""
    region = headline_region(page, title)
    if not region:
        return None
    for match in _RELATIVE.finditer(region):
        start = region.rfind("\x00", 0, match.start()) + 1
        end = region.find("\x00", match.end())
        if (end if end >= 0 else len(region)) - start > _LINE:
            continue
        day = _counted_back(match, fetched)
        if day is not None:
            return day
    return None


def _counted_back(match: re.Match[str], fetched: dt.date) -> dt.date | None:
    fetch_day = fetched.date() if isinstance(fetched, dt.datetime) else fetched
    if match.group("day"):
        return fetch_day - dt.timedelta(days=_DAYS[match.group("day").lower()])
    count = int(match.group("n") or match.group("n2"))
    unit = (match.group("unit") or match.group("unit2")).lower()
    minutes = count * _UNITS[" ".join(unit.split())]
    if minutes % _DAY_MINUTES == 0:
        return fetch_day - dt.timedelta(minutes=minutes)
    if not isinstance(fetched, dt.datetime):
        return None  # "3 hours ago" from a fetch day alone: that day or the one before
    return (fetched - dt.timedelta(minutes=minutes)).date()
