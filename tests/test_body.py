"""Unit tests of the generic body extraction: text map, block walker, filters, listing check."""

from __future__ import annotations

import json
from collections.abc import Callable

import lxml.html
import pytest

from newsparse import NotAnArticleError, parse
from newsparse.extract.analysis import Analysis
from newsparse.extract.body import blocks_of, body, filters
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.boilerplate import (
    is_byline,
    is_date_line,
    is_marked,
    is_stock_label,
    names_chrome,
    names_comments,
)
from newsparse.extract.body.filters import finish
from newsparse.extract.body.listing import listing_reason
from newsparse.extract.body.textmap import TextMap, weight
from newsparse.page import Page

PROSE = (
    "The council voted on Tuesday to rebuild the old harbour bridge, ending a dispute that had "
    "lasted for more than a decade and divided the town into two camps."
)


def _page(body_html: str, head: str = "") -> Analysis:
    html = f"<html><head>{head}</head><body>{body_html}</body></html>"
    return Analysis(Page(html, url="https://x.example/a"))


def _texts(page: Analysis) -> list[str]:
    found = body(page)
    return [b.text for b in found.value] if found else []


def _kinds(page: Analysis) -> list[tuple[str, str]]:
    found = body(page)
    return [(b.kind, b.text) for b in found.value] if found else []


def _paragraphs(n: int, stem: str = "Paragraph") -> str:
    return "".join(f"<p>{stem} {i}: {PROSE}</p>" for i in range(n))


# -- measures and markers ------------------------------------------------------------------


def test_weight_ignores_space_and_counts_east_asian_characters_three_times() -> None:
    assert weight("ab  c\n d") == 4
    assert weight("東京") == 6
    assert weight("서울 시") == 9


@pytest.mark.parametrize("marker", [
    "c-share-bar", "relatedLinks", "StyledNewsletter", "article__comments", "ad-slot", "hidden",
    "cookie-banner", "author-bio", "sns-list", "most-read", "d-none", "c-bio", "read-next",
    "div-gpt-ad-123", "adWrapper", "topAdSlot",
])
def test_chrome_markers(marker: str) -> None:
    assert names_chrome(marker)


@pytest.mark.parametrize("marker", [
    "article-body", "shadow", "hidden-xs", "story-content", "headline", "download", "lead",
    "article-headers-shared-header-inner", "commentary", "md:hidden", "biography-text",
    "adapter", "metadata-free",
    # Generated identifiers: "Ad" between random letters is no advert.
    "articleBodyBlock block-id-n1AuAdJlVL", "ad300x250x",
])
def test_markers_that_are_not_chrome(marker: str) -> None:
    assert not names_chrome(marker)


@pytest.mark.parametrize(("marker", "expected"), [
    ("comments", True), ("c-comment-list", True), ("articleComments", True),
    ("disqus_thread", True), ("commentary", False), ("recommend", False), ("story-body", False),
])
def test_comment_section_markers(marker: str, expected: bool) -> None:
    assert names_comments(marker) is expected


def test_hidden_elements_are_marked() -> None:
    el = lxml.html.fromstring('<p style="display: none">x</p>')
    assert is_marked(el)
    assert is_marked(lxml.html.fromstring('<p aria-hidden="true">x</p>'))
    assert not is_marked(lxml.html.fromstring('<p class="text">x</p>'))


@pytest.mark.parametrize("text", [
    "Advertisement", "Anzeige", "广告", "Photo: AFP", "Foto: dpa", "© Reuters",
    "Copyright © 2023 The Example Times, LLC.", "Read more", "Featured image: KCNA",
    "Czytaj więcej", "Lesen Sie auch:", "Lire aussi", "Читайте также", "関連記事", "SEE ALSO",
])
def test_stock_labels(text: str) -> None:
    assert is_stock_label(text)


@pytest.mark.parametrize("text", [
    "Advertisers left the platform in large numbers last year.",
    "Images of the flood were shared thousands of times.",
    "Photographers gathered outside the court: nobody came out.",
    "Related parties must declare their interests, the regulator said.",
])
def test_sentences_are_not_stock_labels(text: str) -> None:
    assert not is_stock_label(text)


@pytest.mark.parametrize(("text", "is_date"), [
    ("Stand: 22.04.2024, 06:00 Uhr", True),
    ("Updated May 3, 2024 10:15 am", True),
    ("Lesezeit: 3 Min.", True),
    ("2024年1月5日 10:00", True),
    ("The meeting starts at 10:30 in the town hall.", False),
    ("He was born on 5 May 1990.", False),
    (PROSE + " 12.03.2024", False),
    ("3 hours ago", True),
    ("vor 3 Stunden", True),
    ("Jane van der Berg | Published 4 months ago", True),
    ("News • 3 May 2024", True),
    ("The minister said 3 hours ago that it was over", False),
    ("Politics | Economy | World", False),
])
def test_date_lines(text: str, is_date: bool) -> None:
    assert is_date_line(text) is is_date


# -- main container ------------------------------------------------------------------------


def test_main_container_beats_sidebar_and_footer() -> None:
    page = _page(
        f"<div class='layout'><main><article><h1>Bridge</h1>{_paragraphs(5)}</article></main>"
        f"<div class='sidebar'><p>Sidebar: {PROSE}</p></div></div>"
        f"<footer><p>Footer: {PROSE}</p></footer>"
    )
    texts = _texts(page)
    assert len(texts) == 5
    assert all(t.startswith("Paragraph") for t in texts)


def test_marker_on_the_element_holding_the_text_is_ignored() -> None:
    # A "comments-open" class on the article wrapper must not throw the article away.
    page = _page(f"<div class='post comments-open'>{_paragraphs(4)}</div>"
                 f"<div class='comments'><p>Nice! {PROSE}</p></div>")
    texts = _texts(page)
    assert len(texts) == 4
    assert not any(t.startswith("Nice") for t in texts)


def test_marked_paragraph_wrappers_together_are_the_article() -> None:
    wrapped = "".join(
        f"<div class='article-widget'><p>Part {i}: {PROSE}</p></div>" for i in range(6)
    )
    page = _page(f"<div class='widgets'>{wrapped}</div><div class='other'><p>{PROSE}</p></div>")
    assert sum(t.startswith("Part") for t in _texts(page)) == 6


def test_article_in_a_paywall_container_outweighed_by_marked_chrome_is_kept() -> None:
    # The text sits in a "paywall-article" container; footer and teaser rail together hold
    # more marked text than the article.
    footer = "".join(f"<p>Footer {i}: {PROSE}</p>" for i in range(4))
    rail = "".join(f"<p>Read next {i}: {PROSE}</p>" for i in range(3))
    page = _page(
        f"<main><h1>Bridge</h1><div class='article-body paywall-article'>{_paragraphs(5)}</div>"
        f"<div class='read-next'>{rail}</div></main><footer>{footer}</footer>"
    )
    texts = _texts(page)
    assert len(texts) == 5
    assert all(t.startswith("Paragraph") for t in texts)


def test_paywall_prompt_beside_the_article_is_dropped() -> None:
    prompt = (
        "<div class='paywall-prompt'><div class='subscribe-box'><h3>Keep reading</h3>"
        "<p>Subscribe today for unlimited access to all our journalism, with new stories "
        "every morning and the full archive.</p><a href='/subscribe'>Subscribe now</a></div></div>"
    )
    page = _page(f"<article><h1>Bridge</h1>{_paragraphs(4)}{prompt}</article>")
    texts = _texts(page)
    assert len(texts) == 4
    assert all(t.startswith("Paragraph") for t in texts)


def test_comments_outweighing_a_short_article_are_dropped() -> None:
    comments = "".join(f"<li class='comment'><p>Reader {i}: {PROSE} {PROSE}</p></li>"
                       for i in range(12))
    page = _page(f"<main><article><h1>Bridge</h1>{_paragraphs(2)}</article>"
                 f"<section id='comments'><ol class='comment-list'>{comments}</ol></section>"
                 "</main>")
    texts = _texts(page)
    assert len(texts) == 2
    assert all(t.startswith("Paragraph") for t in texts)


def test_comment_class_on_the_article_holding_the_headline_is_ignored() -> None:
    page = _page(f"<article class='post category-comments'><h1>Bridge</h1>{_paragraphs(4)}"
                 f"</article><div class='more'><p>{PROSE}</p></div>")
    assert len(_texts(page)) == 4


def test_consent_layer_is_dropped_however_long() -> None:
    consent = "".join(f"<p>We and our {i} partners store cookies. {PROSE}</p>" for i in range(8))
    page = _page(
        f"<div id='onetrust-consent-sdk'>{consent}</div><article>{_paragraphs(2)}</article>"
    )
    texts = _texts(page)
    assert texts and all(t.startswith("Paragraph") for t in texts)


def test_headline_branch_wins_over_heavier_teaser_list() -> None:
    teasers = "".join(
        f"<div><h3><a href='/t{i}'>Other story {i}</a></h3><p>Summary {i}: {PROSE}</p></div>"
        for i in range(6)
    )
    page = _page(
        f"<main><div class='story'><h1>Bridge</h1>{_paragraphs(3)}</div>"
        f"<div class='more'>{teasers}</div></main>"
    )
    texts = _texts(page)
    assert texts and all(t.startswith("Paragraph") for t in texts)


def test_article_inside_unclosed_aside_is_still_found() -> None:
    page = _page(f"<aside class='secondary'><article>{_paragraphs(4)}</article></aside>"
                 f"<div><p>{PROSE}</p></div>")
    assert len(_texts(page)) == 4


def test_text_map_keeps_snippets_out() -> None:
    page = _page(f"<ul><li>Home</li><li>News</li></ul>{_paragraphs(2)}")
    mapped = TextMap(page.tree)
    assert all(node.total > 25 for node in mapped.texts)
    assert {n.tag for n in mapped.texts} == {"p"}


# -- blocks --------------------------------------------------------------------------------


def test_block_kinds_in_reading_order() -> None:
    page = _page(
        "<article><h1>Title</h1>"
        f"<p>{PROSE}</p><h2>A subheading</h2><p>Second: {PROSE}</p>"
        "<ul><li>First point of the list, long enough.</li><li>Second point.</li></ul>"
        f"<blockquote><p>Quoted: {PROSE}</p></blockquote></article>"
    )
    assert [k for k, _ in _kinds(page)] == [
        "paragraph", "heading", "paragraph", "list_item", "list_item", "quote",
    ]
    assert "Title" not in _texts(page)


def test_br_pairs_split_paragraphs_and_single_br_joins() -> None:
    page = _page(f"<div class='text'>{PROSE}<br><br>Second: {PROSE}<br>still second.</div>")
    assert _texts(page) == [PROSE, f"Second: {PROSE} still second."]


def test_text_between_nested_blocks_stays_in_order() -> None:
    page = _page(f"<div class='content'>Intro: {PROSE}<h2>Heading</h2>After: {PROSE}</div>")
    texts = _texts(page)
    assert texts == [f"Intro: {PROSE}", "Heading", f"After: {PROSE}"]


def test_span_paragraphs_inside_divs_join_their_links() -> None:
    para = (f"<div class='block'><span>{PROSE} See </span><a href='/x'>the report</a>"
            "<span> for details.</span></div>")
    page = _page(f"<article>{para * 1}{_paragraphs(2)}</article>")
    assert _texts(page)[0] == f"{PROSE} See the report for details."


def test_chrome_inside_the_article_is_dropped() -> None:
    page = _page(
        "<article><h1>Bridge</h1>"
        f"<p>{PROSE}</p>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a></div>"
        "<figure><img src='x.jpg'><figcaption>The bridge at night. Photo: X</figcaption></figure>"
        f"<p>Second: {PROSE}</p>"
        "<p>Read more: <a href='/y'>How the bridge was built in the first place</a></p>"
        "<div class='newsletter'><p>Sign up for our newsletter and get the news daily.</p></div>"
        f"<p class='teaser' hidden>{PROSE}</p>"
        "<p>Advertisement</p>"
        "<h2>More on this topic</h2><ul><li><a href='/1'>A related story with a long title</a>"
        "</li><li><a href='/2'>Another related story with a long title</a></li></ul>"
        "</article>"
    )
    assert _texts(page) == [PROSE, f"Second: {PROSE}"]


def test_visually_hidden_label_inside_a_link_is_dropped() -> None:
    page = _page(f"<article><div class='text'><a href='/v'><span class='hidden'>Play video</span>"
                 f"Watch</a> {PROSE}<p>Second: {PROSE}</p></div></article>")
    assert _texts(page) == [f"Watch {PROSE}", f"Second: {PROSE}"]


@pytest.mark.parametrize(("text", "expected"), [
    ("By Jane Doe and John Roe", True),
    ("Von Nina Muster, Düsseldorf", True),
    ("By the end of the year, prices had doubled.", False),
    ("Bylines are easy to spot", False),
])
def test_byline_lines(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


@pytest.mark.parametrize(("test", "label", "pad"), [
    (is_stock_label, "Photo: AFP", "A"),
    (is_date_line, "Updated May 3, 2024 10:15 am", " "),
    (is_byline, "By Jane Doe", "e"),
])
def test_label_tests_the_filters_skip_on_long_blocks_never_match_them(
    test: Callable[[str], bool], label: str, pad: str
) -> None:
    # The filters run these tests only on blocks shorter than _LABEL_LENGTH: a label test
    # that matched a longer block would be skipped there.
    assert test(label)
    assert not test(label + pad * (filters._LABEL_LENGTH - len(label)))


def test_standfirst_between_headline_and_body_is_the_first_block() -> None:
    page = _page(
        "<article><header><h1>Harbour bridge to be rebuilt</h1>"
        "<h2>Town council: Harbour bridge to be rebuilt</h2>"
        "<p class='standfirst'>After ten years of dispute the council has decided.</p>"
        "<p class='byline'>By Jane Doe</p></header>"
        f"<div class='article-body'>{_paragraphs(4)}</div></article>"
    )
    texts = _texts(page)
    assert texts[0] == "After ten years of dispute the council has decided."
    assert len(texts) == 5


def test_headline_repeated_in_the_container_is_not_body() -> None:
    page = _page(
        f"<div class='story'><div class='kicker'>Harbour bridge to be rebuilt</div>"
        f"{_paragraphs(3)}</div>",
        head="<meta property='og:title' content='Harbour bridge to be rebuilt'>",
    )
    texts = _texts(page)
    assert "Harbour bridge to be rebuilt" not in texts
    assert len(texts) == 3


def test_headline_variant_with_kicker_is_not_body_but_a_short_lede_is() -> None:
    head = "<meta property='og:title' content='Harbour bridge: to be rebuilt'>"
    variant = _page(f"<div class='story'><p>News: Harbour bridge to be rebuilt</p>"
                    f"{_paragraphs(3)}</div>", head=head)
    assert len(_texts(variant)) == 3
    lede = "The harbour bridge will be rebuilt next year, the council decided on Tuesday."
    page = _page(f"<div class='story'><p>{lede}</p>{_paragraphs(3)}</div>", head=head)
    assert _texts(page)[0] == lede


def test_finish_drops_a_cut_copy_of_a_paragraph() -> None:
    raws = [
        Raw("paragraph", PROSE[:80] + "…", 0, "p"),
        Raw("paragraph", PROSE, 0, "p"),
        Raw("paragraph", "A different paragraph that ends open …", 0, "p"),
    ]
    assert [b.text for b in finish(raws)] == [PROSE, "A different paragraph that ends open …"]


def test_finish_drops_repeats_and_orphan_headings() -> None:
    raws = [
        Raw("paragraph", PROSE, 0, "p"),
        Raw("heading", "Section", 0, "h2"),
        Raw("paragraph", PROSE, 0, "p"),
        Raw("heading", "Related", 0, "h2"),
        Raw("list_item", "A linked headline of another story", 30, "li"),
        Raw("heading", "Trailing", 0, "h3"),
    ]
    blocks = finish(raws)
    assert [b.text for b in blocks] == [PROSE]


def test_blocks_of_a_known_container() -> None:
    root = lxml.html.fromstring(
        f"<div><div class='body'><p>{PROSE}</p><div class='related'><p>x {PROSE}</p></div>"
        f"<h3>Sub</h3><p>Short line.</p><p>Last: {PROSE}</p></div></div>"
    )
    container = root.find_class("body")[0]
    assert [b.text for b in blocks_of(container)] == [PROSE, "Sub", "Short line.", f"Last: {PROSE}"]


def test_multilingual_text_is_kept() -> None:
    japanese = "東京都は13日、新しい防災計画を発表した。計画では、首都直下地震に備えた対策を強化。"
    russian = "Президент встретился с премьер-министром Малайзии в Кремле в среду вечером."
    page = _page(f"<article><p>{japanese}</p><p>{russian}</p><p>{PROSE}</p></article>")
    assert _texts(page) == [japanese, russian, PROSE]


# -- JSON-LD and noscript ------------------------------------------------------------------


def _jsonld(text: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "articleBody": text}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_jsonld_article_body_when_markup_is_poor() -> None:
    text = "\n".join(f"Line {i}: {PROSE}" for i in range(4))
    page = _page("<div id='app'><p>Loading the article, please wait.</p></div>",
                 head=_jsonld(text))
    found = body(page)
    assert found is not None
    assert str(found.source) == "jsonld:NewsArticle.articleBody"
    assert found.source is not None and found.source.kind == "jsonld"
    assert [b.text for b in found.value] == [f"Line {i}: {PROSE}" for i in range(4)]


def test_markup_wins_when_it_holds_the_text() -> None:
    text = "\n".join(f"Paragraph {i}: {PROSE}" for i in range(4)) + "\nA caption. Photo: X"
    page = _page(f"<article>{_paragraphs(4)}</article>", head=_jsonld(text))
    found = body(page)
    assert found is not None
    assert str(found.source) == "html:main-text"


def test_noscript_only_text_is_read() -> None:
    page = _page(f"<div id='root'></div><noscript><article>{_paragraphs(3)}</article></noscript>")
    assert len(_texts(page)) == 3


# -- listings ------------------------------------------------------------------------------


def _teaser_raws(n: int) -> list[Raw]:
    raws: list[Raw] = []
    for i in range(n):
        headline = f"Headline number {i} about the budget"
        raws.append(Raw("heading", headline, weight(headline), "h2"))
        raws.append(Raw("paragraph", f"Summary {i}: negotiators met again.", 0, "p"))
    return raws


def test_listing_reason_for_teasers() -> None:
    reason = listing_reason(_teaser_raws(10))
    assert reason is not None and "10 linked headlines" in reason


def test_article_with_link_list_at_the_end_is_not_a_listing() -> None:
    raws = [Raw("paragraph", f"{i} {PROSE}", 0, "p") for i in range(6)]
    raws += [Raw("list_item", f"Related story number {i}", 30, "li") for i in range(12)]
    assert listing_reason(raws) is None


def test_short_paragraph_article_ending_in_teasers_is_not_a_listing() -> None:
    raws = [Raw("paragraph", f"Short paragraph {i} of a tabloid story.", 0, "p") for i in range(8)]
    raws += _teaser_raws(10)
    assert listing_reason(raws) is None


def test_few_teasers_are_not_a_listing() -> None:
    assert listing_reason(_teaser_raws(4)) is None


@pytest.mark.parametrize("summary", ["", "<p>Summary of story {i}: talks went on for hours.</p>"])
def test_section_front_raises_not_an_article(summary: str) -> None:
    teasers = "".join(
        f"<article><h2><a href='/s/{i}'>Story number {i} in the section</a></h2>"
        + summary.format(i=i) + "</article>" for i in range(12)
    )
    html = f"<html><head><title>News</title></head><body><main><h1>News</h1>{teasers}</main></body>"
    with pytest.raises(NotAnArticleError, match="linked headlines"):
        parse(html, url="https://x.example/news/", adapter="generic")


def test_article_passes_the_listing_check() -> None:
    html = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
            f"{_paragraphs(5)}</article></body></html>")
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert len(article.body) == 5
    assert article.provenance["body"] == "html:main-text"
