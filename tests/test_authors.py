"""Author cleaning and the page's author cascade (persons first, organisations, teasers)."""

from __future__ import annotations

import json

import pytest

from newsparse import parse
from newsparse.extract.authors import (
    invert_name,
    is_name_like,
    looks_like_organisation,
    split_byline,
)

BODY = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"


def page(head: str = "", body: str = "", after: str = "") -> str:
    return (f"<html lang='en'><head><title>A headline for tests</title>"
            f"<meta property='og:site_name' content='Daily Example'>{head}</head><body>"
            f"<article><h1>A headline for tests</h1>{body}{BODY}</article>{after}"
            f"</body></html>")


def ld(obj: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Von: Max Mustermann, Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
    ("By JANE DOE & JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ("By Jane Doe jane.doe@example.com", ["Jane Doe"]),
    ("Jane Doe, Senior Correspondent", ["Jane Doe"]),
    ("By Jane Doe | May 1, 2024 10:31", ["Jane Doe"]),
    ("Kommentar von Jan Sellner", ["Jan Sellner"]),
    ("Image: Getty Images/Cultura RF, Emma Mackenzie", ["Emma Mackenzie"]),
    ("By Jane Doe and Jane Doe", ["Jane Doe"]),
    ("By TPN, in News, Portugal", ["TPN"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("By admin", []),
    ("von Gesponserte Inhalte", []),
    ("By Sponsored Content", []),
    ("Par Contenu sponsorisé", []),
])
def test_split_byline(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_invert_name_only_for_two_short_parts() -> None:
    assert invert_name("Doe, Jane") == "Jane Doe"
    assert invert_name("Doe, Jane, Roe") == "Doe, Jane, Roe"
    assert invert_name("Example News, Berlin") == "Example News, Berlin"


@pytest.mark.parametrize(("name", "org"), [
    ("dpa", True), ("AFP", True), ("Reuters Staff", True), ("FOCUS online", True),
    ("nieuwsblad.be", True), ("Daily Example", True), ("Jane Doe", False),
    ("Jacob Cohen", False), ("JÖRG ZSCHOCHE", False), ("Emily Post", False),
    ("The Washington Post", True), ("Associated Press Staff", True),
])
def test_looks_like_organisation(name: str, org: bool) -> None:
    assert looks_like_organisation(name, {"dailyexample"}) is org


def test_is_name_like() -> None:
    assert is_name_like("Jane Doe")
    assert is_name_like("松岡大地")
    assert not is_name_like("capital")
    assert not is_name_like("Heryadi")
    assert is_name_like("Heryadi", single_word=True)
    assert not is_name_like("3 Min")
    assert not is_name_like("Kommentar von")
    assert is_name_like("Ursula von der Leyen")
    assert not is_name_like("this is a sentence about the news")


def test_person_from_meta_beats_organisation_in_jsonld() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                    "author": {"@type": "Organization", "name": "Daily Example"}})
                + "<meta name='author' content='Shany Littman'>")
    article = parse(html, adapter="generic")
    assert article.authors == ("Shany Littman",)
    assert article.provenance["authors"] == "meta:author"


def test_person_named_like_the_site_counts_as_organisation() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                    "author": {"@type": "Person", "name": "Daily Example"}}),
                body="<p class='byline'>By Jane Doe</p>")
    article = parse(html, adapter="generic")
    assert article.authors == ("Jane Doe",)
    assert article.provenance["authors"] == "byline"


def test_organisation_only_when_no_person_and_warned() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                    "author": {"@type": "Organization", "name": "Daily Example"}}))
    article = parse(html, adapter="generic")
    assert article.authors == ("Daily Example",)
    assert "author_is_organisation" in [w.code for w in article.warnings]


def test_graph_and_nested_author_shapes() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://example.com/a", "name": "Daily Example"},
        {"@type": ["NewsArticle"], "headline": "A headline for tests",
         "author": [[{"@type": "Person", "givenName": "Jane", "familyName": "Doe"}],
                    {"@type": "Person", "name": ["John Roe"]},
                    {"@type": "Organization", "name": "Wire Agency"}]},
    ]}
    article = parse(page(ld(graph)), adapter="generic")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.provenance["authors"] == "jsonld:NewsArticle.author"


def test_dublin_core_creators_are_inverted_and_all_kept() -> None:
    html = page("<meta name='dc.creator' content='Doe, Jane'>"
                "<meta name='dc.creator' content='Roe, John'>")
    assert parse(html, adapter="generic").authors == ("Jane Doe", "John Roe")


def test_teaser_and_comment_authors_never_count() -> None:
    teasers = (
        "<aside class='related'><div class='byline'>By Teaser Writer</div></aside>"
        "<div class='comments'><span class='author'>Commenter Person</span></div>"
        "<article class='teaser'><span class='author'>Other Author</span></article>"
    )
    html = page(body="<div class='byline'>By Real Author</div>", after=teasers)
    assert parse(html, adapter="generic").authors == ("Real Author",)
    lonely = page(after=teasers)
    assert parse(lonely, adapter="generic").authors == ()


def test_labelled_byline() -> None:
    html = page(body="<ul><li><strong>Autorin/Autor</strong> Roman Example</li></ul>")
    assert parse(html, adapter="generic").authors == ("Roman Example",)


def test_dateline_beside_full_names_is_not_an_author() -> None:
    html = page("<meta name='author' content='Anna Martel und Lea Wagner, Nairobi'>")
    assert parse(html, adapter="generic").authors == ("Anna Martel", "Lea Wagner")
    mononym = page(ld({"@type": "NewsArticle", "headline": "A headline for tests",
                       "author": {"@type": "Person", "name": "Heryadi"}}))
    assert parse(mononym, adapter="generic").authors == ("Heryadi",)


def test_author_given_by_id_reference_in_a_graph() -> None:
    graph = {"@graph": [
        {"@type": "Article", "headline": "A headline for tests",
         "author": {"@id": "https://example.com/#/schema/person/1"}},
        {"@type": "Person", "@id": "https://example.com/#/schema/person/1", "name": "Jane Doe"},
    ]}
    article = parse(page(ld(graph)), adapter="generic")
    assert article.authors == ("Jane Doe",)
    assert article.provenance["authors"] == "jsonld:Article.author"


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe (dpa)", ["Jane Doe"]),
    ("Jane Doe and John Roe for The Guardian", ["Jane Doe", "John Roe"]),
    ("By Jane Doe in Washington and John Roe in London", ["Jane Doe", "John Roe"]),
    ("Jane Doe für die Zeit", ["Jane Doe"]),
    ("By Jane Doe Staff Writer", ["Jane Doe"]),
    ("Guardian staff reporter", ["Guardian staff reporter"]),
])
def test_places_outlets_and_roles_are_cut(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_bold_paragraph_byline_inside_a_sidebar_plugin_wrapper() -> None:
    html = ("<html lang='en'><head><title>Mining blasts shatter homes</title>"
            "<meta name='author' content='Daily Example'>"
            "<meta property='og:site_name' content='Daily Example'></head><body>"
            "<div class='theiaStickySidebar'><article><h1>Mining blasts shatter homes</h1>"
            "<p><em>Communities cry foul over lost livelihoods</em></p>"
            "<p><strong>Jane Doe/John Roe</strong></p>" + BODY +
            "<p><strong>Key Points Below</strong></p></article></div></body></html>")
    article = parse(html, adapter="generic")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.provenance["authors"] == "byline:bold-paragraph"
    bold_heading = html.replace("<p><strong>Jane Doe/John Roe</strong></p>", "")
    assert parse(bold_heading, adapter="generic").authors == ("Daily Example",)


def test_link_to_an_author_page_is_a_byline_but_topic_links_are_not() -> None:
    html = page(body="<div class='content-meta'><a href='https://example.com/content_author/"
                     "lukas-varga/'>Lukas Varga</a> <span>October 31, 2019</span></div>"
                     "<div class='articleTags'><a href='/person/giorgia-meloni/'>Giorgia Meloni"
                     "</a></div>")
    article = parse(html, adapter="generic")
    assert article.authors == ("Lukas Varga",)
    assert article.provenance["authors"] == "html:author-link"
    topic_only = page(body="<div class='articleTags'><a href='/person/giorgia-meloni/'>"
                           "Giorgia Meloni</a></div>")
    assert parse(topic_only, adapter="generic").authors == ()


@pytest.mark.parametrize("label", ["Written by", "Verfasst von", "Escrito por"])
def test_yoast_written_by_label(label: str) -> None:
    head = (f"<meta name='twitter:label1' content='{label}'>"
            "<meta name='twitter:data1' content='Viktoria Tolstych'>"
            "<meta name='twitter:label2' content='Est. reading time'>"
            "<meta name='twitter:data2' content='3 minutes'>")
    article = parse(page(head), adapter="generic")
    assert article.authors == ("Viktoria Tolstych",)
    assert article.provenance["authors"] == "meta:twitter:data1"
    reading_time_only = parse(page("<meta name='twitter:label1' content='Est. reading time'>"
                                   "<meta name='twitter:data1' content='3 minutes'>"),
                              adapter="generic")
    assert reading_time_only.authors == ()


def test_author_link_may_name_a_person_by_one_name() -> None:
    linked = parse(page(body="<p class='meta'>von <a href='/author/tobi/' rel='author'>Tobi</a>"
                             "</p>"), adapter="generic")
    assert linked.authors == ("Tobi",)
    assert parse(page(body="<p class='byline'>By Tobi</p>"), adapter="generic").authors == ()
    login = parse(page(body="<a href='/author/admin/' rel='author'>admin</a>"),
                  adapter="generic")
    assert login.authors == ()  # a lower-case login name is not a person's name


def test_letters_only_names() -> None:
    from newsparse.kit import is_name_like

    assert is_name_like("Photo: KCNA", single_word=True)  # capitalised words
    assert not is_name_like("Photo: KCNA", single_word=True, letters_only=True)
    assert is_name_like("Jean-Luc O’Neill Jr.", letters_only=True)


def _with_meta_author(value: str) -> str:
    body = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"
    return (f"<html><head><title>A headline</title><meta name='author' content='{value}'>"
            f"</head><body><article><h1>A headline</h1>{body}</article></body></html>")


@pytest.mark.parametrize(("value", "expected"), [
    ("Frankfurt, Germany", ()),  # single words after a comma: a place, not two people
    ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ("Tobi & Andrea", ("Tobi", "Andrea")),  # joined as a list: people
    ("Bild © ARD", ()),  # a picture credit
])
def test_a_meta_author_that_is_a_place_or_a_credit_is_no_person(
        value: str, expected: tuple[str, ...]) -> None:
    assert parse(_with_meta_author(value), adapter="generic").authors == expected


def test_a_sponsored_label_in_a_byline_is_nobody() -> None:
    """A forum's sponsored pseudo-post signs "von Gesponserte Inhalte" (Forumotion, as in
    fixtures/generic/real-forum-opening-post-wolfsrebellen): a label of paid content, not a
    person; the real byline after it is kept."""
    sponsored = page(body="<p class='author'>von Gesponserte Inhalte</p>")
    assert parse(sponsored, adapter="generic").authors == ()
    signed = page(body="<p class='author'>von Erika Musterfrau</p>")
    assert parse(signed, adapter="generic").authors == ("Erika Musterfrau",)
