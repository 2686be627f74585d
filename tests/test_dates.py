"""Date parsing and the page's published/modified cascade (timezones, fetch time, traps)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsparse import parse
from newsparse.extract.dates import parse_date, parse_epoch
from newsparse.extract.publication_dates import after_fetch

BODY = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"


def page(head: str = "", body: str = "") -> str:
    return (f"<html lang='en'><head><title>A headline for tests</title>{head}</head><body>"
            f"<article><h1>A headline for tests</h1>{body}{BODY}</article></body></html>")


def ld(obj: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def utc(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-04-28T13:53:25+02:00", dt.datetime(2023, 4, 28, 13, 53, 25, tzinfo=utc(2))),
    ("2023-04-28T13:53:25Z", dt.datetime(2023, 4, 28, 13, 53, 25, tzinfo=dt.timezone.utc)),
    ("2023-04-28T13:53:25", dt.date(2023, 4, 28)),  # no zone: the day only, never a guess
    ("2023-04-28", dt.date(2023, 4, 28)),
    ("April 28, 2023 1:53 PM EDT", dt.datetime(2023, 4, 28, 13, 53, tzinfo=utc(-4))),
    ("Fri 28 Apr 2023 13.53 BST", dt.datetime(2023, 4, 28, 13, 53, tzinfo=utc(1))),
    ("2024-05-15 09:00 KST", dt.datetime(2024, 5, 15, 9, 0, tzinfo=utc(9))),
    ("Published 3:04 PM EST, Mon May 1, 2023", dt.datetime(2023, 5, 1, 15, 4, tzinfo=utc(-5))),
    ("05. November 2024 15:36 Uhr", dt.date(2024, 11, 5)),
    ("Stand: 28.04.2023 16:15 Uhr", dt.date(2023, 4, 28)),
    ("12.3.2024", dt.date(2024, 3, 12)),  # dotted dates are day-first
    ("28 avril 2024 à 15h20", dt.date(2024, 4, 28)),
    ("14 de marzo de 2025", dt.date(2025, 3, 14)),
    # "ET" follows daylight saving: EDT in May, EST in January.
    ("10:00 AM ET May 3, 2024", dt.datetime(2024, 5, 3, 10, 0, tzinfo=utc(-4))),
    ("10:00 AM ET Jan 3, 2024", dt.datetime(2024, 1, 3, 10, 0, tzinfo=utc(-5))),
    ("2024-05-03T15:47:42-04:00[America/New_York]",
     dt.datetime(2024, 5, 3, 15, 47, 42, tzinfo=utc(-4))),
    ("May 3, 2024 10:00 XYZ", dt.date(2024, 5, 3)),  # an unknown zone name gives the day
    # milliseconds after a colon, as some CMSes write them (homify.de's JSON-LD)
    ("2022-01-10T22:06:08:684Z", dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc)),
])
def test_parse_date_keeps_the_precision_given(text: str, expected: dt.date) -> None:
    got = parse_date(text)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime) and got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", [
    "tel. 0171 2345678", "Call 555-1234 now", "April 28", "28.04.", "version 2.3.4",
    "", "2023-13-45", "9999-01-01", "Room 101, 12 Main Street",
])
def test_parse_date_rejects_what_is_not_clearly_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_epoch_seconds_and_milliseconds() -> None:
    moment = dt.datetime(2023, 4, 28, 12, 0, tzinfo=dt.timezone.utc)
    assert parse_epoch(moment.timestamp()) == moment
    assert parse_epoch(moment.timestamp() * 1000) == moment


def test_after_fetch_allows_time_zone_slack_for_plain_days() -> None:
    fetched = dt.datetime(2024, 5, 1, 23, 0, tzinfo=dt.timezone.utc)
    assert not after_fetch(dt.date(2024, 5, 2), fetched)  # a day ahead in Asia is fine
    assert after_fetch(dt.date(2024, 5, 5), fetched)
    assert after_fetch(dt.datetime(2024, 5, 2, 1, 0, tzinfo=dt.timezone.utc), fetched)
    assert not after_fetch(dt.datetime(2024, 5, 2, 7, 0, tzinfo=utc(9)), fetched)
    assert not after_fetch(dt.date(2030, 1, 1), None)


def test_jsonld_date_wins_over_meta_and_keeps_its_offset() -> None:
    html = page(
        ld({"@type": "NewsArticle", "headline": "A headline for tests",
            "datePublished": "2024-05-03T15:47:42+02:00"})
        + "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"
    )
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2024, 5, 3, 15, 47, 42, tzinfo=utc(2))
    assert article.provenance["published"] == "jsonld:NewsArticle.datePublished"


def test_date_after_fetch_is_rejected_and_the_next_source_used() -> None:
    html = page(
        ld({"@type": "NewsArticle", "headline": "A headline for tests",
            "datePublished": "2031-01-01T00:00:00Z"})
        + "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"
    )
    article = parse(html, adapter="generic", fetched=dt.date(2024, 5, 2))
    assert article.published == dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)
    assert article.provenance["published"] == "meta:article:published_time"
    codes = [(w.code, w.field) for w in article.warnings]
    assert ("date_after_fetch", "published") in codes


def test_date_in_a_script_or_a_teaser_is_never_taken() -> None:
    html = page(body=(
        "<script>var published = '2020-01-01T00:00:00Z';</script>"
        "<aside class='related'><time datetime='2019-05-05'>5 May 2019</time></aside>"
        "<p>Call us on 0171 2345678.</p>"
    ))
    article = parse(html, adapter="generic")
    assert article.published is None


def test_time_element_and_url_fallbacks_are_flagged() -> None:
    html = page(body="<time datetime='2024-02-03T08:00:00+01:00'>3 Feb</time>")
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2024, 2, 3, 8, 0, tzinfo=utc(1))
    assert article.provenance["published"] == "html:time"
    assert ("fallback_source", "published") in [(w.code, w.field) for w in article.warnings]
    from_url = parse(page(), url="https://example.com/news/2024/02/03/a-story/",
                     adapter="generic")
    assert from_url.published == dt.date(2024, 2, 3)
    assert from_url.provenance["published"] == "url"


@pytest.mark.parametrize("tag", ["time", "TIME", "Time"])
def test_a_time_element_is_read_in_any_case_of_its_tag(tag: str) -> None:
    # HTML tags are case-blind: the parser names them in lower case however they are written
    html = page(body=f"<{tag} datetime='2024-02-03T08:00:00+01:00'>3 Feb</{tag}>")
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2024, 2, 3, 8, 0, tzinfo=utc(1))
    assert article.provenance["published"] == "html:time"
    assert parse(page(body=f"<{tag}>3 Feb</{tag}>"), adapter="generic").published is None


def test_modified_is_read_separately() -> None:
    html = page("<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"
                "<meta property='article:modified_time' content='2024-05-02T11:30:00+00:00'>")
    article = parse(html, adapter="generic")
    assert article.modified == dt.datetime(2024, 5, 2, 11, 30, tzinfo=dt.timezone.utc)
    assert article.provenance["modified"] == "meta:article:modified_time"


def test_masthead_date_and_updated_stamp_are_not_the_publication_date() -> None:
    html = ("<html lang='en-GB'><head><title>A headline for tests</title></head><body>"
            "<header class='site'><span class='date'>Sunday 29 November 2026</span></header>"
            "<article><h1>A headline for tests</h1>"
            "<span class='last-updated'>4 May 2024</span>"
            "<span class='publish-date'>3 May 2024</span>" + BODY + "</article></body></html>")
    article = parse(html, adapter="generic")
    assert article.published == dt.date(2024, 5, 3)
    assert article.provenance["published"] == "html:dateline"


def test_labelled_date() -> None:
    html = page(body="<ul><li><strong>Datum</strong>\n28.04.2023\n</li>"
                     "<li><strong>Autorin/Autor</strong> Roman Example</li></ul>")
    article = parse(html.replace("lang='en'", "lang='de'"), adapter="generic")
    assert article.published == dt.date(2023, 4, 28)
    assert article.provenance["published"] == "html:date-label"
    inline = parse(page(body="<p>Published: 3 May 2024</p>"), adapter="generic")
    assert inline.published == dt.date(2024, 5, 3)


@pytest.mark.parametrize(("body", "expected"), [
    ("<p><b>Veröffentlicht:</b> 03.05.2024</p>", dt.date(2024, 5, 3)),  # label alone: parent
    ("<p>\n  Published 3 May 2024</p>", dt.date(2024, 5, 3)),  # leading white space
    ("<p>Seen <b>here</b>Published: 3 May 2024</p>", None),  # a tail is not a label's text
    ("<p>Datum: kein</p><p>DATE: 4 May 2024</p>", dt.date(2024, 5, 4)),  # first with a date
])
def test_a_date_label_is_an_elements_own_first_text(body: str, expected: dt.date | None) -> None:
    from newsparse import read_page
    from newsparse.extract.analysis import Analysis
    from newsparse.extract.publication_dates import _labelled

    found = next(_labelled(Analysis(read_page(page(body=body)))), None)
    assert (found.value if found else None) == expected


def test_review_drops_a_site_adapters_date_after_fetch() -> None:
    from newsparse import kit, read_page
    from newsparse.adapters.generic import Generic

    class Future(Generic):
        name = "future-test"

        def published(self) -> dt.date | None:
            found = kit.Found(dt.date(2030, 1, 1), kit.Source("site", "future-test:.date"))
            return self.take("published", found)

    source = read_page(page(), fetched=dt.date(2024, 5, 2))
    article = Future(source).extract()
    assert article.published is None
    assert "published" not in article.provenance
    assert ("date_after_fetch", "published") in [(w.code, w.field) for w in article.warnings]


def test_bare_day_gains_the_time_of_a_later_source_but_a_naive_time_does_not() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                    "datePublished": "2024-04-22"})
                + "<meta name='dc.date' content='2024-04-22T06:00+02:00'>")
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2024, 4, 22, 6, 0, tzinfo=utc(2))
    assert article.provenance["published"] == "meta:dc.date"
    naive = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                     "datePublished": "2023-04-28T13:53:25"})
                 + "<meta name='cxenseparse:recs:publishtime' content='2023-04-28T13:53:25Z'>")
    kept = parse(naive, adapter="generic")
    assert kept.published == dt.date(2023, 4, 28)
    assert kept.provenance["published"] == "jsonld:NewsArticle.datePublished"


def test_without_a_fetch_time_a_date_after_now_is_rejected() -> None:
    far = dt.date.today().year + 50
    html = page(f"<meta property='article:published_time' content='{far}-01-01T00:00:00Z'>"
                "<meta name='date' content='2024-05-01'>")
    article = parse(html, adapter="generic")
    assert article.published == dt.date(2024, 5, 1)
    assert ("date_in_future", "published") in [(w.code, w.field) for w in article.warnings]


def test_webpage_object_dates_a_page_without_an_article_object() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://example.org/#website", "name": "Example"},
        {"@type": "WebPage", "@id": "https://example.org/a-story/", "url":
         "https://example.org/a-story/", "datePublished": "2018-02-28T15:07:03+00:00",
         "dateModified": "2020-01-08T10:30:47+00:00"},
    ]}
    article = parse(page(ld(graph)), adapter="generic")
    assert article.published == dt.datetime(2018, 2, 28, 15, 7, 3, tzinfo=dt.timezone.utc)
    assert article.provenance["published"] == "jsonld:WebPage.datePublished"
    assert article.modified == dt.datetime(2020, 1, 8, 10, 30, 47, tzinfo=dt.timezone.utc)
    with_article = parse(page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                                  "datePublished": "2024-05-03"}) + ld(graph)),
                         adapter="generic")
    assert with_article.provenance["published"] == "jsonld:NewsArticle.datePublished"


def test_written_dates_read_without_dateutil_as_dateutil_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fast path for written dates (every month word of every language, with and without a
    weekday, ordinals, dots and commas) gives what the general path gives."""
    import random
    import re

    from newsparse import words
    from newsparse.extract import dates

    rng = random.Random(8)
    texts = []
    for name in words.months():
        for shape in ("{M} {d}, {y}", "{M}. {d} {y}", "{d} {M} {y}", "{d}. {M} {y}",
                      "{W}, {M} {d}th, {y}", "{W} {d} {M}, {y}"):
            month = rng.choice([name, name.capitalize(), name.upper()])
            day, year = rng.choice([1, 9, 10, 29, 30, 31]), rng.choice([1799, 1999, 2024, 2201])
            weekday = rng.choice(words.every("weekdays")).capitalize()
            texts.append(shape.format(M=month, d=day, y=year, W=weekday))
    fast = [dates.parse_date(t) for t in texts]
    assert sum(1 for t in texts if dates._WRITTEN.fullmatch(t)) == len(texts)
    monkeypatch.setattr(dates, "_WRITTEN", re.compile(r"(?!)"))
    slow = [dates.parse_date(t) for t in texts]
    differ = [(t, f, s) for t, f, s in zip(texts, fast, slow, strict=True) if f != s]
    assert not differ, differ[:10]
    assert sum(d is not None for d in fast) > len(texts) // 3


@pytest.mark.parametrize("kind", ["HowTo", "Recipe"])
def test_a_howto_or_recipe_object_dates_a_page_without_an_article_object(kind: str) -> None:
    html = page(head=ld({"@context": "https://schema.org", "@type": kind, "name": "A how-to",
                         "datePublished": "2022-01-10T22:06:08Z"}))
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc)
    assert article.provenance["published"] == f"jsonld:{kind}.datePublished"
    # an article object, when there is one, is still the page's date
    both = page(head=ld({"@type": kind, "datePublished": "2022-01-10T22:06:08Z"})
                + ld({"@type": "BlogPosting", "datePublished": "2021-03-04T05:06:07Z"}))
    assert parse(both, adapter="generic").provenance["published"] == (
        "jsonld:BlogPosting.datePublished")


def test_a_date_badge_of_parts_without_spaces_is_read_part_by_part() -> None:
    badge = ("<div class='datum'><span class='monat'>Feb</span> <span class='tag'>18</span>"
             "<span class='jahr'>2009</span></div>")
    article = parse(page(body=badge), adapter="generic")
    assert article.published == dt.date(2009, 2, 18)
    assert article.provenance["published"] == "html:dateline"


@pytest.mark.parametrize("seed", range(5))
def test_the_label_search_finds_every_text_the_label_pattern_matches(seed: int) -> None:
    # _label_openings searches the joined texts for a label's first two letters in any case:
    # every text the (case-blind) label pattern matches must open so.
    import random

    from newsparse import words
    from newsparse.extract.publication_dates import _DATE_LABEL, _LABEL_OPENING

    rng = random.Random(seed)
    matched = 0
    for label in words.every("published"):
        assert " " not in label[:2]  # the search's two letters are literal
        for shown in (label, label.upper(), label.title(), label.swapcase(), label[:-1]):
            text = rng.choice(["", " ", "\n\t", "\u00a0", "\u2003"]) + shown + rng.choice(
                ["", ": 3 May 2024", " 03.05.2024", "x", " am 3. Mai"])
            if _DATE_LABEL.match(text):
                matched += 1
                assert _LABEL_OPENING.match("\x00" + text), repr(text)
    assert matched > 60
    for text in ("Dateline", "ERSCHIENEN", "Pub", "x date", "Daily"):
        assert bool(_LABEL_OPENING.match("\x00" + text)) == (text[:2].lower() in (
            "da", "er", "pu"))
