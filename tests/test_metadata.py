"""Titles, site names, language, paywall, provenance and warnings of the generic adapter."""

from __future__ import annotations

import json

import pytest

from newsparse import parse
from newsparse.cli import main
from newsparse.extract.language import detect_text_language, normalise_tag
from newsparse.extract.titles import strip_site

TEXT = "Enough article text for the body extractor to accept this page, written in English. "
BODY = "<p>" + TEXT * 8 + "</p>"


def page(head: str = "", body: str = "", lang: str = " lang='en'", h1: str = "") -> str:
    return (f"<html{lang}><head>{head}</head><body><article>{h1}{body}{BODY}</article>"
            "</body></html>")


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(("text", "expected"), [
    ("Storm hits the coast | Daily Example", "Storm hits the coast"),
    ("Daily Example - Storm hits the coast", "Storm hits the coast"),
    ("Storm hits the coast - Politics - dailyexample.com", "Storm hits the coast - Politics"),
    ("Storm hits the coast | Daily Example | by Jane Doe", "Storm hits the coast"),
    ("Storm - the sequel hits the coast", "Storm - the sequel hits the coast"),
    ("Daily Example", "Daily Example"),
    ("Storm hits the coast | DEX Politics", "Storm hits the coast"),
])
def test_strip_site(text: str, expected: str) -> None:
    assert strip_site(text, frozenset({"dailyexample", "dailyexamplecom", "dex"})) == expected


def test_strip_site_uses_other_sources_for_unknown_suffixes() -> None:
    assert strip_site("Storm hits the coast :: Some Brand", frozenset(),
                      ("Storm hits the coast",)) == "Storm hits the coast"


@pytest.mark.parametrize(("og", "headline", "expected"), [
    # A suffix that the JSON-LD headline lacks is cut (the h1 shows the same headline).
    ("Storm hits the coast - Latest news", "Storm hits the coast", "Storm hits the coast"),
    # A segment that the publisher's structured headline carries too is kept...
    ("Storm hits the coast - Latest news", "Storm hits the coast - Latest news",
     "Storm hits the coast - Latest news"),
    # ... unless it names the site.
    ("Storm hits the coast | Daily Example", "Storm hits the coast | Daily Example",
     "Storm hits the coast"),
])
def test_unknown_title_suffix_is_cut_only_where_the_jsonld_headline_lacks_it(
    og: str, headline: str, expected: str
) -> None:
    html = page(f"<meta property='og:title' content='{og}'>"
                "<meta property='og:site_name' content='Daily Example'>"
                + ld({"@type": "NewsArticle", "headline": headline}),
                h1="<h1>Storm hits the coast</h1>")
    assert parse(html, adapter="generic").title == expected


def test_title_prefers_og_title_and_strips_the_site() -> None:
    html = page("<title>Storm hits the coast | Daily Example</title>"
                "<meta property='og:title' content='Storm hits the coast | Daily Example'>"
                "<meta property='og:site_name' content='Daily Example'>",
                h1="<h1>Storm hits the coast</h1>")
    article = parse(html, adapter="generic")
    assert article.title == "Storm hits the coast"
    assert article.provenance["title"] == "meta:og:title"
    assert article.site == "Daily Example"


def test_title_from_jsonld_decodes_left_over_entities() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "Kohberger&#8217;s &quot;defence&quot;"}))
    article = parse(html, adapter="generic")
    assert article.title == "Kohberger\u2019s \"defence\""
    assert article.provenance["title"] == "jsonld:NewsArticle.headline"


def test_title_falls_back_to_title_element_with_a_warning() -> None:
    html = page("<title>Storm hits the coast - Daily Example</title>",
                h1="<h1>Storm hits the coast</h1>")
    article = parse(html, url="https://www.dailyexample.com/storm", adapter="generic")
    assert article.title == "Storm hits the coast"
    assert article.provenance["title"] == "html:h1"
    assert ("fallback_source", "title") in [(w.code, w.field) for w in article.warnings]


def test_main_article_object_is_chosen_from_a_graph() -> None:
    graph = {"@graph": [
        {"@type": "NewsArticle", "headline": "A teaser", "url": "https://example.com/other"},
        {"@type": "NewsArticle", "headline": "The story", "url": "https://example.com/story",
         "description": "The standfirst.", "articleSection": "World",
         "keywords": "storm, coast", "inLanguage": "en-GB"},
    ]}
    article = parse(page(ld(graph), lang=""), url="https://example.com/story",
                    adapter="generic")
    assert article.title == "The story"
    assert article.subtitle == "The standfirst."
    assert article.section == "World"
    assert article.tags == ("storm", "coast")
    assert article.language == "en-GB"
    assert article.provenance["language"] == "jsonld:NewsArticle.inLanguage"


def test_language_tags_are_normalised() -> None:
    assert normalise_tag("de_DE") == "de-DE"
    assert normalise_tag("EN-us") == "en-US"
    assert normalise_tag("zh-hant-TW") == "zh-Hant-TW"
    assert normalise_tag("x-default!") is None
    article = parse(page("<title>Story</title>", lang=" lang='de_AT'"), adapter="generic")
    assert article.language == "de-AT"


def test_language_detection_when_undeclared() -> None:
    article = parse(page("<title>Story</title>", lang=""), adapter="generic")
    assert (article.language, article.provenance["language"]) == ("en", "detected:text")
    german = ("Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle "
              "Schulen im Land gelten sollen. Das ist nicht das erste Mal, dass sie sich "
              "mit der Frage beschäftigt, und es wird auch nicht das letzte Mal sein.")
    assert detect_text_language(german) == "de"
    assert detect_text_language("日本語の記事です。東京で会議が開かれました。" * 3) == "ja"
    assert detect_text_language("한국어 기사입니다. 서울에서 회의가 열렸습니다." * 3) == "ko"
    assert detect_text_language("Short text") is None


def test_paywall_declaration_and_teaser_warning() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "Locked story",
                    "isAccessibleForFree": "False"}))
    article = parse(html, adapter="generic")
    assert article.paywalled is True
    assert article.provenance["paywalled"] == "jsonld:NewsArticle.isAccessibleForFree"
    assert "teaser_suspected" in [w.code for w in article.warnings]
    free = parse(page(ld({"@type": "NewsArticle", "headline": "Free story",
                          "isAccessibleForFree": True})), adapter="generic")
    assert free.paywalled is False
    assert free.provenance["paywalled"] == "jsonld:NewsArticle.isAccessibleForFree"
    locked = parse(page("<meta property='article:content_tier' content='locked'>"
                        "<title>Tier story</title>"), adapter="generic")
    assert locked.paywalled is True


def test_body_much_shorter_than_the_page_is_flagged() -> None:
    sentence = ("The committee heard from residents who had waited years for the repairs, "
                "and many of them said the delays had changed how they used the street. ")
    article_html = (f"<article><h1>Street repairs</h1><p>First, {sentence}</p>"
                    f"<p>Second, {sentence}</p></article>")
    comments = "".join(f"<p>Reader {i}: {sentence * 2}</p>" for i in range(12))
    flagged = parse(f"<html><body>{article_html}<div class='comments'>{comments}</div>"
                    "</body></html>", adapter="generic")
    assert len(flagged.body) == 2
    assert ("body_shorter_than_page", "body") in [(w.code, w.field) for w in flagged.warnings]
    plain = parse(f"<html><body>{article_html}</body></html>", adapter="generic")
    assert "body_shorter_than_page" not in [w.code for w in plain.warnings]


def test_explain_shows_provenance(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "story.html"
    path.write_text(page("<meta property='og:title' content='Explained story'>"
                         "<meta name='author' content='Jane Doe'>"), encoding="utf-8")
    assert main(["parse", str(path), "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["provenance"]["title"] == "meta:og:title"
    assert data["provenance"]["authors"] == "meta:author"
    assert data["authors"] == ["Jane Doe"]


def test_truncated_social_title_is_completed_from_another_source() -> None:
    html = page("<meta property='og:title' content='Harbour bridge reopens after six weeks…'>",
                h1="<h1>Harbour bridge reopens after six weeks of repairs</h1>")
    article = parse(html, adapter="generic")
    assert article.title == "Harbour bridge reopens after six weeks of repairs"
    assert article.provenance["title"] == "html:h1"


def test_visible_standfirst_beats_meta_description() -> None:
    head = "<meta property='og:title' content='Storm hits the coast'>" \
           "<meta name='description' content='Read the latest news about the storm here.'>"
    body = ("<header><h1>Storm hits the coast</h1>"
            "<p class='article-leadText'>Thousands lost power overnight as the storm reached "
            "the coast earlier than forecast.</p>"
            "<div class='leading-tight'>Not a standfirst but a long line of layout text here."
            "</div></header>")
    html = page(head, body=body)
    article = parse(html, adapter="generic")
    assert article.subtitle == ("Thousands lost power overnight as the storm reached the coast "
                                "earlier than forecast.")
    assert article.provenance["subtitle"] == "html:standfirst"
    teasers = ("<header><h1>Storm hits the coast</h1>"
               "<p class='teaser-summary'>Another story's summary that is long enough.</p>"
               "<h2 class='subtitle'>A sub-heading that is long enough to be taken</h2>"
               "<h2 class='subtitle'>Another sub-heading that is long enough, too</h2></header>")
    plain = parse(page(head, body=teasers), adapter="generic")
    assert plain.subtitle == "Read the latest news about the storm here."
    assert plain.provenance["subtitle"] == "meta:description"


def test_section_segment_is_stripped_from_the_title() -> None:
    html = page("<meta property='og:title' content='Storm hits the coast - Politik - Example.de'>"
                "<meta property='article:section' content='Politik'>")
    article = parse(html, url="https://www.example.de/politik/storm", adapter="generic")
    assert article.title == "Storm hits the coast"
    assert article.section == "Politik"


def test_logo_h1_is_not_the_headline() -> None:
    html = ("<html lang='en'><head><meta property='og:site_name' content='Daily Example'>"
            "</head><body><h1 class='logo'><a href='/'>Daily Example</a></h1><article>"
            "<h1>Storm hits the coast</h1>" + BODY + "</article></body></html>")
    article = parse(html, adapter="generic")
    assert article.title == "Storm hits the coast"


def test_url_prefers_the_same_site_canonical() -> None:
    head = "<title>Story</title><link rel='canonical' href='https://www.example.com/story'>"
    tracked = parse(page(head), url="https://www.example.com/story?utm_source=rss",
                    adapter="generic")
    assert tracked.url == "https://www.example.com/story"
    assert tracked.provenance["url"] == "html:canonical"
    same = parse(page(head), url="https://www.example.com/story", adapter="generic")
    assert same.provenance["url"] == "argument"
    syndicated = parse(page(head.replace("www.example.com", "www.other-paper.com")),
                       url="https://www.example.com/story", adapter="generic")
    assert syndicated.url == "https://www.example.com/story"
    broken = parse(page("<title>Story</title><link rel='canonical' href='http://[broken/x'>"),
                   url="https://www.example.com/story", adapter="generic")
    assert broken.url == "https://www.example.com/story"


def test_tags_drop_identifiers_and_slugs() -> None:
    html = page("<title>Story</title><meta name='keywords' content='98be933f-38cf-4fba-b6c6-"
                "ad438e82010a, Category: Economy, stats-reach-team-all-articles, Covid-19, 2024, "
                "Rhein-Main-Gebiet'>")
    article = parse(html, adapter="generic")
    assert article.tags == ("Economy", "Covid-19", "Rhein-Main-Gebiet")
    assert article.provenance["tags"] == "meta:keywords"


def test_markup_left_in_jsonld_strings_is_removed() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "<b>Storm</b> hits",
                    "description": "<p>Here&#x27;s what we know.</p>"}))
    article = parse(html, adapter="generic")
    assert (article.title, article.subtitle) == ("Storm hits", "Here's what we know.")


def test_paywall_declared_on_the_webpage_object() -> None:
    graph = {"@graph": [{"@type": "NewsArticle", "headline": "Locked story"},
                        {"@type": "WebPage", "isAccessibleForFree": "false"}]}
    article = parse(page(ld(graph)), adapter="generic")
    assert article.paywalled is True
    assert article.provenance["paywalled"] == "jsonld:WebPage.isAccessibleForFree"
