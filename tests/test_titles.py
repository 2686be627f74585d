"""Choosing between ``og:title`` and the JSON-LD headline when they disagree."""

from __future__ import annotations

import json

import pytest

from newsparse import parse, read_page
from newsparse.extract.analysis import Analysis
from newsparse.extract.titles import title

TEXT = "Enough article text for the body extractor to accept this page, written in English. "
BODY = "<p>" + TEXT * 8 + "</p>"
CURLY = "Mayor\u2019s \u2018quiet\u2019 plan to close the harbour"
STRAIGHT = "Mayor's 'quiet' plan to close the harbour"
SOCIAL = "You won't believe what the mayor plans for the harbour"
EDITED = "Mayor plans to close the harbour by the end of the year"


def page(og: str, headline: str, body: str, head: str = "") -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": headline})
    return (f"<html lang='en'><head><meta property='og:title' content=\"{og}\">{head}"
            f"<script type='application/ld+json'>{data}</script></head>"
            f"<body>{body}<article>{BODY}</article></body></html>")


JSONLD = "jsonld:NewsArticle.headline"
OG = "meta:og:title"
KICKED = f"Harbour closure: {EDITED}"
SITE_TITLE = f"<title>{SOCIAL} | Daily Example</title>"  # <title> copying og:title
EDITED_TITLE = f"<title>{EDITED} | Daily Example</title>"


# (og:title, JSON-LD headline, body before the article, head, expected title, expected source
# or None when the case is about the value only)
CASES = {
    "typographic variant: most sources share it": (
        STRAIGHT, CURLY, f"<h1>{CURLY}</h1>", f"<title>{CURLY}</title>", CURLY, JSONLD),
    "typographic variant: a tie keeps og:title": (
        STRAIGHT, CURLY, f"<h1>{CURLY}</h1>", f"<title>{STRAIGHT}</title>", STRAIGHT, OG),
    "display heading under a breadcrumb h1 picks the headline it shows": (
        SOCIAL, EDITED,
        f"<nav class='breadcrumbs'><ol><li><a href='/'>Home</a></li><li><h1>{SOCIAL}</h1></li>"
        f"</ol></nav><header><hgroup><p>Harbour</p><h2>{EDITED}</h2></hgroup></header>",
        "", EDITED, JSONLD),
    "display heading with a kicker that shows og:title keeps it": (
        SOCIAL, KICKED,
        f"<div class='breadcrumb'><h1>{KICKED}</h1></div><div><div>"
        f"<h2><span class='kicker'>Harbour closure</span>"
        f"<span class='headline'>{SOCIAL}</span></h2></div></div>",
        "", SOCIAL, OG),
    "a heading after an h1 outside breadcrumbs does not arbitrate": (
        SOCIAL, EDITED,
        f"<header><h1>A third wording of the story in the header</h1></header><h2>{EDITED}</h2>",
        "", SOCIAL, None),
    "breadcrumb h1 showing the JSON-LD headline wins when og:title is not shown": (
        SOCIAL, EDITED,
        f"<nav><h1>{EDITED}</h1></nav><h2>A sub-heading inside the article text</h2>",
        "", EDITED, JSONLD),
    "breadcrumb h1 showing og:title keeps it without a display heading": (
        SOCIAL, EDITED, f"<div class='breadcrumb'><h1>{SOCIAL}</h1></div>", "", SOCIAL, None),
    # Publishers split evenly between the two when the h1 repeats the JSON-LD headline.
    "a plain h1 does not overrule og:title": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>", "", SOCIAL, OG),
    # JSON-LD "Kicker: Headline", display heading <span>Kicker</span><span>Headline</span>,
    # og:title another wording that the page does not show.
    "display heading not showing og:title gives the JSON-LD headline": (
        SOCIAL, KICKED,
        f"<nav class='crumbs'><h1>{SOCIAL}</h1></nav>"
        f"<h2><span>Harbour closure</span><span>{EDITED}</span></h2>",
        "", KICKED, None),
    "og:title alone against twitter:title and h1 gives way": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>",
        f"<meta name='twitter:title' content='{EDITED} | Daily Example'>", EDITED, JSONLD),
    "twitter:title agreeing with og:title keeps it": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>", f"<meta name='twitter:title' content=\"{SOCIAL}\">",
        SOCIAL, None),
    "h1 and title element repeating the JSON-LD headline outvote og:title": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>", EDITED_TITLE, EDITED, JSONLD),
    "a twitter:title repeating og:title keeps it against any number": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>",
        f"{EDITED_TITLE}<meta name='twitter:title' content=\"{SOCIAL}\">"
        f"<meta name='title' content='{EDITED}'>", SOCIAL, None),
    # -- issue 10: what the page shows as its headline, before any vote --
    # og:title and <title> are one SEO field; the <h1> shows the JSON-LD headline.
    "the shown h1 decides when the title element copies og:title": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>", SITE_TITLE, EDITED, JSONLD),
    "a twitter:title copying og:title is no second witness": (
        SOCIAL, EDITED, f"<h1>{EDITED}</h1>",
        f"{SITE_TITLE}<meta name='twitter:title' content=\"{SOCIAL}\">", EDITED, None),
    "a shown h1 repeating og:title keeps it": (
        SOCIAL, EDITED, f"<h1>{SOCIAL}</h1>", SITE_TITLE, SOCIAL, None),
    # An <h1> in a breadcrumb is an SEO copy: the breadcrumb rules decide, not the shown rule.
    "a breadcrumb h1 is not the shown headline": (
        SOCIAL, EDITED, f"<nav class='breadcrumb'><h1>{EDITED}</h1></nav><h2>{SOCIAL}</h2>",
        SITE_TITLE, SOCIAL, None),
    "a kicker stays when the page headline shows it": (
        KICKED, KICKED, f"<h1><span class='kicker'>Harbour closure</span>: {EDITED}</h1>", "",
        KICKED, None),
    # og:title "Headline", JSON-LD and <title> "Kicker: Headline", the <h1> the headline alone.
    "a kicker is out when only another source adds it": (
        EDITED, KICKED, f"<h1>{EDITED}</h1>", EDITED_TITLE, EDITED, None),
}


@pytest.mark.parametrize(
    ("og", "headline", "body", "head", "expected", "source"), CASES.values(), ids=CASES.keys()
)
def test_headline_choice(
    og: str, headline: str, body: str, head: str, expected: str, source: str | None
) -> None:
    article = parse(page(og, headline, body, head), adapter="generic")
    assert article.title == expected
    if source is not None:
        assert article.provenance["title"] == source


def test_agreeing_sources_need_no_arbitration() -> None:
    html = page(EDITED, EDITED, f"<nav><h1>{SOCIAL}</h1></nav><h2>{SOCIAL}</h2>")
    found = title(Analysis(read_page(html)))
    assert found is not None and (found.value, str(found.source)) == (EDITED, OG)


def test_section_suffix_and_topic_prefix_of_other_sources_are_cut() -> None:
    # "Topic: Headline | Politics | Site" in <title>, og:title the headline: the headline.
    head = ("<meta property='article:section' content='Politics'>"
            f"<title>Harbour: {EDITED} | Politics | Daily Example</title>")
    html = page(EDITED, EDITED, f"<h1>{EDITED}</h1>", head)
    assert parse(html, adapter="generic").title == EDITED
    suffix = page(f"{EDITED} | Politics", f"{EDITED} | Politics", f"<h1>{EDITED}</h1>",
                  "<meta property='article:section' content='Politics'>")
    assert parse(suffix, adapter="generic").title == EDITED


FORUM_TITLE = "kein App Store mehr über Mobile Daten mit iOS 13 ?"


@pytest.mark.parametrize(("heading", "expected", "source"), [
    # the page's own heading shows the leading segment alone: the rest is the site's path
    (f"<h2 class='Title'>{FORUM_TITLE}</h2>", FORUM_TITLE, "html:heading"),
    (f"<h2>{FORUM_TITLE} | iPhone</h2>", f"{FORUM_TITLE} | iPhone", "html:heading"),
    # a heading showing another text, or a part that is not the start, changes nothing
    ("<h2>Forum</h2>", f"{FORUM_TITLE} | iPhone | Forum", "html:title"),
    ("<h2>iPhone | Forum</h2>", f"{FORUM_TITLE} | iPhone | Forum", "html:title"),
])
def test_a_title_element_gives_way_to_the_heading_showing_its_start(
        heading: str, expected: str, source: str) -> None:
    """Without a <meta>, JSON-LD or <h1> headline, the <title> element ("Thread | iPhone |
    Forum | Site"; as in fixtures/generic/real-forum-opening-post-mactechnews) loses the
    segments that the page's own heading does not show."""
    html = (f"<html lang='de'><head><title>{FORUM_TITLE} | iPhone | Forum | MacTechNews.de"
            f"</title></head><body><h1></h1>{heading}<div>{BODY}</div></body></html>")
    found = title(Analysis(read_page(html.encode(), url="https://www.mactechnews.de/forum/x")))
    assert found is not None
    assert (found.value, str(found.source)) == (expected, source)
