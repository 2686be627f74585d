"""Relative dates by the headline, counted back from the fetch time (never from today)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse

BODY = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"
FETCHED = dt.datetime(2024, 5, 3, 10, 30, tzinfo=dt.timezone.utc)


def page(line: str, lang: str = "de") -> str:
    return (f"<html lang='{lang}'><head><title>Ein Titel für Tests</title></head><body>"
            f"<article><h1>Ein Titel für Tests</h1><p>{line}</p>{BODY}</article></body></html>")


@pytest.mark.parametrize(("line", "fetched", "expected"), [
    ("vor 3 Stunden", FETCHED, dt.date(2024, 5, 3)),
    ("vor 12 Stunden", FETCHED, dt.date(2024, 5, 2)),  # before 10:30 UTC: the day before
    ("2 days ago", FETCHED, dt.date(2024, 5, 1)),
    ("il y a 2 jours", dt.date(2024, 5, 3), dt.date(2024, 5, 1)),  # days need only the day
    ("hace 1 semana", FETCHED, dt.date(2024, 4, 26)),
    ("3 ore fa", FETCHED, dt.date(2024, 5, 3)),
    ("Gestern, 14:07 Uhr", FETCHED, dt.date(2024, 5, 2)),
    ("5時間前", FETCHED, dt.date(2024, 5, 3)),
])
def test_relative_date_counted_back_from_the_fetch_time(
        line: str, fetched: dt.date, expected: dt.date) -> None:
    article = parse(page(line), adapter="generic", fetched=fetched)
    assert article.published == expected
    assert type(article.published) is dt.date  # never a made-up clock time
    assert article.provenance["published"] == "html:relative"


@pytest.mark.parametrize(("line", "fetched"), [
    ("vor 3 Stunden", None),  # no fetch time: never counted from today
    ("vor 3 Stunden", dt.date(2024, 5, 3)),  # hours from a fetch day alone: ambiguous
    ("Hier steht gestern nichts", FETCHED),  # a day word without a clock
    ("Die Polizei hatte vor 2 Wochen mitgeteilt, dass die Ermittlungen noch lange nicht "
     "abgeschlossen seien und weitere Zeugen gesucht würden.", FETCHED),  # prose, no date line
])
def test_no_relative_date(line: str, fetched: dt.date | None) -> None:
    assert parse(page(line), adapter="generic", fetched=fetched).published is None


def test_an_absolute_date_comes_first() -> None:
    article = parse(page("vor 3 Stunden | 02.05.2024"), adapter="generic", fetched=FETCHED)
    assert article.published == dt.date(2024, 5, 2)
    assert article.provenance["published"] == "html:near-headline"
