"""Choosing between ``og:title`` and the JSON-LD headline when they disagree."""

from __future__ import annotations

import json

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


def test_typographic_variant_most_sources_share_wins() -> None:
    html = page(STRAIGHT, CURLY, f"<h1>{CURLY}</h1>", f"<title>{CURLY}</title>")
    article = parse(html, adapter="generic")
    assert article.title == CURLY
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_typographic_variant_tie_keeps_og_title() -> None:
    html = page(STRAIGHT, CURLY, f"<h1>{CURLY}</h1>", f"<title>{STRAIGHT}</title>")
    article = parse(html, adapter="generic")
    assert article.title == STRAIGHT
    assert article.provenance["title"] == "meta:og:title"


def test_display_heading_under_a_breadcrumb_h1_picks_the_headline_it_shows() -> None:
    body = (f"<nav class='breadcrumbs'><ol><li><a href='/'>Home</a></li>"
            f"<li><h1>{SOCIAL}</h1></li></ol></nav>"
            f"<header><hgroup><p>Harbour</p><h2>{EDITED}</h2></hgroup></header>")
    article = parse(page(SOCIAL, EDITED, body), adapter="generic")
    assert article.title == EDITED
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_display_heading_with_a_kicker_that_shows_og_title_keeps_it() -> None:
    seo = f"Harbour closure: {EDITED}"
    body = (f"<div class='breadcrumb'><h1>{seo}</h1></div><div><div>"
            f"<h2><span class='kicker'>Harbour closure</span>"
            f"<span class='headline'>{SOCIAL}</span></h2></div></div>")
    article = parse(page(SOCIAL, seo, body), adapter="generic")
    assert article.title == SOCIAL
    assert article.provenance["title"] == "meta:og:title"


def test_heading_after_an_h1_outside_breadcrumbs_does_not_arbitrate() -> None:
    body = ("<header><h1>A third wording of the story in the header</h1></header>"
            f"<h2>{EDITED}</h2>")
    article = parse(page(SOCIAL, EDITED, body), adapter="generic")
    assert article.title == SOCIAL


def test_breadcrumb_h1_showing_the_jsonld_headline_wins_when_og_title_is_not_shown() -> None:
    body = f"<nav><h1>{EDITED}</h1></nav><h2>A sub-heading inside the article text</h2>"
    article = parse(page(SOCIAL, EDITED, body), adapter="generic")
    assert article.title == EDITED
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_breadcrumb_h1_showing_og_title_keeps_it_without_a_display_heading() -> None:
    body = f"<div class='breadcrumb'><h1>{SOCIAL}</h1></div>"
    article = parse(page(SOCIAL, EDITED, body), adapter="generic")
    assert article.title == SOCIAL


def test_plain_h1_does_not_overrule_og_title() -> None:
    # Publishers split evenly between the two when the h1 repeats the JSON-LD headline.
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>"), adapter="generic")
    assert article.title == SOCIAL
    assert article.provenance["title"] == "meta:og:title"


def test_agreeing_sources_need_no_arbitration() -> None:
    html = page(EDITED, EDITED, f"<nav><h1>{SOCIAL}</h1></nav><h2>{SOCIAL}</h2>")
    found = title(Analysis(read_page(html)))
    assert found is not None and (found.value, str(found.source)) == (EDITED, "meta:og:title")


def test_display_heading_not_showing_og_title_gives_the_jsonld_headline() -> None:
    # JSON-LD "Kicker: Headline", display heading <span>Kicker</span><span>Headline</span>,
    # og:title another wording that the page does not show.
    seo = f"Harbour closure: {EDITED}"
    body = (f"<nav class='crumbs'><h1>{SOCIAL}</h1></nav>"
            f"<h2><span>Harbour closure</span><span>{EDITED}</span></h2>")
    article = parse(page(SOCIAL, seo, body), adapter="generic")
    assert article.title == seo


def test_og_title_alone_against_twitter_title_and_h1_gives_way() -> None:
    head = f"<meta name='twitter:title' content='{EDITED} | Daily Example'>"
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == EDITED
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_twitter_title_agreeing_with_og_title_keeps_it() -> None:
    head = f"<meta name='twitter:title' content=\"{SOCIAL}\">"
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == SOCIAL


def test_h1_and_title_element_repeating_the_jsonld_headline_outvote_og_title() -> None:
    head = f"<title>{EDITED} | Daily Example</title>"
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == EDITED
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_a_twitter_title_repeating_og_title_keeps_it_against_any_number() -> None:
    head = (f"<title>{EDITED} | Daily Example</title>"
            f"<meta name='twitter:title' content=\"{SOCIAL}\"><meta name='title' content='{EDITED}'>")
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == SOCIAL


# -- issue 10: what the page shows as its headline, before any vote ---------------------------


def test_shown_h1_decides_when_the_title_element_copies_og_title() -> None:
    # og:title and <title> are one SEO field; the <h1> shows the JSON-LD headline.
    head = f"<title>{SOCIAL} | Daily Example</title>"
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == EDITED
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_twitter_title_copying_og_title_is_no_second_witness() -> None:
    head = (f"<title>{SOCIAL} | Daily Example</title>"
            f"<meta name='twitter:title' content=\"{SOCIAL}\">")
    article = parse(page(SOCIAL, EDITED, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == EDITED


def test_shown_h1_repeating_og_title_keeps_it() -> None:
    head = f"<title>{SOCIAL} | Daily Example</title>"
    article = parse(page(SOCIAL, EDITED, f"<h1>{SOCIAL}</h1>", head), adapter="generic")
    assert article.title == SOCIAL


def test_breadcrumb_h1_is_not_the_shown_headline() -> None:
    # An <h1> in a breadcrumb is an SEO copy: the breadcrumb rules decide, not the shown rule.
    head = f"<title>{SOCIAL} | Daily Example</title>"
    body = f"<nav class='breadcrumb'><h1>{EDITED}</h1></nav><h2>{SOCIAL}</h2>"
    article = parse(page(SOCIAL, EDITED, body, head), adapter="generic")
    assert article.title == SOCIAL


def test_section_suffix_and_topic_prefix_of_other_sources_are_cut() -> None:
    # "Topic: Headline | Politics | Site" in <title>, og:title the headline: the headline.
    head = ("<meta property='article:section' content='Politics'>"
            f"<title>Harbour: {EDITED} | Politics | Daily Example</title>")
    html = page(EDITED, EDITED, f"<h1>{EDITED}</h1>", head)
    assert parse(html, adapter="generic").title == EDITED
    suffix = page(f"{EDITED} | Politics", f"{EDITED} | Politics", f"<h1>{EDITED}</h1>",
                  "<meta property='article:section' content='Politics'>")
    assert parse(suffix, adapter="generic").title == EDITED


def test_kicker_stays_when_the_page_headline_shows_it() -> None:
    kicked = f"Harbour closure: {EDITED}"
    body = f"<h1><span class='kicker'>Harbour closure</span>: {EDITED}</h1>"
    assert parse(page(kicked, kicked, body), adapter="generic").title == kicked


def test_kicker_out_when_only_another_source_adds_it() -> None:
    # og:title "Headline", JSON-LD and <title> "Kicker: Headline", the <h1> the headline alone.
    kicked = f"Harbour closure: {EDITED}"
    head = f"<title>{EDITED} | Daily Example</title>"
    article = parse(page(EDITED, kicked, f"<h1>{EDITED}</h1>", head), adapter="generic")
    assert article.title == EDITED
