"""Dates a page declares outside JSON-LD: meta names in any spelling, RDFa, hAtom, the URL."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse

BODY = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"


def page(head: str = "", body: str = "") -> str:
    return (f"<html lang='de'><head><title>Ein Titel für Tests</title>{head}</head><body>"
            f"<article><h1>Ein Titel für Tests</h1>{body}{BODY}</article></body></html>")


@pytest.mark.parametrize("name", [
    "article:published_time", "article_published_time", "article:published:time",
    "ARTICLE-PUBLISHED-TIME", "og:article:published_time", "prism.publicationDate",
])
def test_every_spelling_of_a_meta_name_is_read(name: str) -> None:
    article = parse(page(f"<meta property='{name}' content='2024-05-03T15:47:00+02:00'>"),
                    adapter="generic")
    assert article.published == dt.datetime(2024, 5, 3, 15, 47,
                                             tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert article.provenance["published"] == f"meta:{name.lower()}"  # as the page wrote it


def test_a_meta_name_outside_the_lists_is_not_a_date() -> None:
    article = parse(page("<meta name='builddate' content='2024-11-05T14:14:19+01:00'>"),
                    adapter="generic")
    assert article.published is None


def test_rdfa_and_hatom_dates() -> None:
    rdfa = ("<span property='dc:date dc:created' content='2019-07-07T18:44:31+02:00' "
            "datatype='xsd:dateTime'></span>")
    article = parse(page(body=rdfa), adapter="generic")
    assert article.published == dt.datetime(2019, 7, 7, 18, 44, 31,
                                             tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert article.provenance["published"] == "rdfa:dc:date"
    abbr = "<p><abbr class='published' title='2019-06-27T10:21:40Z'>jeudi 27 juin</abbr></p>"
    article = parse(page(body=abbr), adapter="generic")
    assert article.published == dt.datetime(2019, 6, 27, 10, 21, 40, tzinfo=dt.timezone.utc)
    assert article.provenance["published"] == "html:abbr"
    capitals = abbr.replace("<abbr", "<ABBR").replace("</abbr>", "</ABBR>")
    assert parse(page(body=capitals), adapter="generic").published == article.published
    # an abbreviation that is not a date, or an hAtom date in a comment, is not taken
    other = ("<p><abbr title='Central European Time'>CET</abbr></p><div class='comments'>"
             "<abbr class='published' title='2019-06-28T10:21:40Z'>28 juin</abbr></div>")
    assert parse(page(body=other), adapter="generic").published is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/news/20191031-a-story", dt.date(2019, 10, 31)),
    ("https://example.com/2019/10/31/a-story/", dt.date(2019, 10, 31)),
    ("https://example.com/2019-10-31-a-story", dt.date(2019, 10, 31)),
    ("https://example.com/news/20191331-a-story", None),  # no month 13
    ("https://example.com/news/20190231-a-story", None),  # no 31 February
    ("https://example.com/item/120191031-a-story", None),  # a longer number, not a date
    ("https://20191031.example.com/a-story", None),  # the host is not the path
])
def test_the_day_in_the_url(url: str, expected: dt.date | None) -> None:
    article = parse(page(), url=url, adapter="generic")
    assert article.published == expected
    if expected:
        assert article.provenance["published"] == "url"


def test_a_month_in_the_url_is_not_a_day() -> None:
    article = parse(page(), url="https://example.com/2019/10/a-story/", adapter="generic")
    assert article.published is None
    notes = [w for w in article.warnings if w.code == "published_month_only"]
    assert len(notes) == 1 and "2019-10" in notes[0].message
    dated = parse(page(), url="https://example.com/2019/10/31/a-story/", adapter="generic")
    assert not [w for w in dated.warnings if w.code == "published_month_only"]


def test_a_declared_date_in_the_articles_own_footer_counts_but_not_in_a_comment() -> None:
    footer = ("<div class='footer'><span class='news-list-date'><time itemprop='datePublished' "
              "datetime='2020-01-27'>27.01.2020</time></span></div>")
    article = parse(page(body=footer), adapter="generic")
    assert article.published == dt.date(2020, 1, 27)
    assert article.provenance["published"] == "microdata:datePublished"
    rdfa = ("<footer><span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00'>"
            "</span></footer>")
    assert parse(page(body=rdfa), adapter="generic").published == dt.datetime(
        2022, 1, 28, 12, 45, 46, tzinfo=dt.timezone.utc)
    comment = ("<div class='comment-list'><div itemscope itemtype='https://schema.org/Comment'>"
               "<time itemprop='datePublished' datetime='2020-02-01'>1. Feb.</time></div></div>")
    assert parse(page(body=comment), adapter="generic").published is None


def test_a_generic_meta_date_gives_way_to_the_articles_microdata() -> None:
    microdata = ("<div class='footer'><time itemprop='datePublished' datetime='2022-01-27'>"
                 "27.01.2022</time></div>")
    head = "<meta name='date' content='2022-01-21T15:38:44+01:00'>"
    article = parse(page(head, microdata), adapter="generic")
    assert article.published == dt.date(2022, 1, 27)
    assert article.provenance["published"] == "microdata:datePublished"
    # the same day (or no microdata): the meta tag, with its time, stays
    same = microdata.replace("2022-01-27", "2022-01-21")
    assert parse(page(head, same), adapter="generic").provenance["published"] == "meta:date"
    assert parse(page(head), adapter="generic").published == dt.datetime(
        2022, 1, 21, 15, 38, 44, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    # a specific meta name is not overruled
    specific = head.replace("name='date'", "property='article:published_time'")
    assert parse(page(specific, microdata), adapter="generic").published == dt.datetime(
        2022, 1, 21, 15, 38, 44, tzinfo=dt.timezone(dt.timedelta(hours=1)))
