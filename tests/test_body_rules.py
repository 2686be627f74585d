"""Unit tests of the generic body rules added for pages nobody tuned on (issue 9): the main
container, tables, embedded posts, hidden copies, repeated lines, asides and chrome lines."""

from __future__ import annotations

from newsparse.extract.analysis import Analysis
from newsparse.extract.body import body
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.listing import listing_reason
from newsparse.extract.body.textmap import weight
from newsparse.page import Page

PROSE = (
    "The council voted on Tuesday to rebuild the old harbour bridge, ending a dispute that had "
    "lasted for more than a decade and divided the town into two camps."
)
LONG = " ".join([PROSE] * 6)


def _page(body_html: str, head: str = "") -> Analysis:
    html = f"<html><head>{head}</head><body>{body_html}</body></html>"
    return Analysis(Page(html, url="https://x.example/a"))


def _texts(page: Analysis) -> list[str]:
    found = body(page)
    return [b.text for b in found.value] if found else []


# -- main container ------------------------------------------------------------------------


def test_one_heavy_paragraph_does_not_become_the_container() -> None:
    # A long first paragraph holds over 80% of the text: its short sibling paragraphs (the end
    # of a short blog post) are still the article's.
    page = _page(
        f"<div class='post'><p>{LONG}</p><p>The work starts in May, the mayor said.</p>"
        "<p>We hope you like the new bridge as much as we do.</p></div>"
    )
    texts = _texts(page)
    assert texts[0] == LONG
    assert texts[1:] == [
        "The work starts in May, the mayor said.",
        "We hope you like the new bridge as much as we do.",
    ]


def test_heavy_quote_does_not_become_the_container() -> None:
    page = _page(
        f"<div class='post'><p>A friend sent me this, worth reading in full:</p>"
        f"<blockquote><p>{LONG}</p></blockquote></div>"
    )
    assert _texts(page) == ["A friend sent me this, worth reading in full:", LONG]


def test_header_with_headline_and_standfirst_is_not_the_container() -> None:
    # The header (headline and a long standfirst) outweighs the short body beside it; the
    # body is still the article's text.
    page = _page(
        "<article><header><h1>Bridge to be rebuilt</h1>"
        f"<div class='teaser'><p>{PROSE} {PROSE}</p></div></header>"
        f"<div class='content'>{PROSE} The work starts in May.</div></article>",
        head="<meta property='og:title' content='Bridge to be rebuilt'>",
    )
    texts = _texts(page)
    assert texts[-1] == f"{PROSE} The work starts in May."


# -- captions without figure markup --------------------------------------------------------


def test_picture_box_caption_is_dropped() -> None:
    page = _page(
        f"<div class='post'><p>{PROSE}</p>"
        "<div class='image-box'><img src='a.jpg'><p>The old bridge in 1950. Photo: Archive</p>"
        f"</div><p>Second: {PROSE}</p>"
        "<div class='imginline'><img src='b.jpg'><span>Abbildung: the new bridge</span></div>"
        "</div>"
    )
    assert _texts(page) == [PROSE, f"Second: {PROSE}"]


def test_text_beside_a_picture_in_a_named_box_is_kept_when_long() -> None:
    # A "text with image" block of the article: the box names a picture and holds one, but
    # its text is a paragraph of the article, longer than any caption.
    page = _page(
        f"<div class='post'><p>{PROSE}</p><p>First: {LONG}</p>"
        f"<div class='text-image'><img src='a.jpg'><p>Second: {PROSE} {PROSE} {PROSE}</p>"
        "</div></div>"
    )
    assert _texts(page) == [PROSE, f"First: {LONG}", f"Second: {PROSE} {PROSE} {PROSE}"]


def test_box_named_for_a_picture_without_one_is_kept() -> None:
    page = _page(
        f"<div class='post'><p>{PROSE}</p><div class='photo-essay'><p>Third: {PROSE}</p>"
        "</div></div>"
    )
    assert _texts(page) == [PROSE, f"Third: {PROSE}"]


def test_picture_names() -> None:
    from newsparse.extract.body.captions import names_picture

    assert all(names_picture(m) for m in (
        "image-box center", "imginline", "articlePhoto", "bildtext", "c-picture__credit",
        "rte-image rte-image__imageLeft", "foto-wrap",
    ))
    assert not any(names_picture(m) for m in (
        "bildung-teaser", "imagine-cta", "content", "article-body", "gallerylike",
    ))


# -- share and like widgets ----------------------------------------------------------------


def test_jetpack_share_and_like_widgets_are_chrome() -> None:
    from newsparse.extract.body.boilerplate import names_chrome

    assert names_chrome("sharedaddy sd-block sd-like jetpack-likes-widget-wrapper")
    assert names_chrome("sharedaddy sd-sharing-enabled")
    assert not names_chrome("article-headers-shared-header-inner")
    page = _page(
        f"<article><p>{PROSE}</p><p>Second: {PROSE}</p>"
        "<div class='sharedaddy sd-block sd-like'><h3 class='sd-title'>Gefällt mir:</h3>"
        "<div class='likes-widget-placeholder'><span class='loading'>Wird geladen …</span>"
        "</div></div></article>"
    )
    assert _texts(page) == [PROSE, f"Second: {PROSE}"]


# -- listings ------------------------------------------------------------------------------


def _list_teasers(n: int) -> list[Raw]:
    raws: list[Raw] = []
    for i in range(n):
        headline = f"Headline number {i} about the budget"
        raws.append(Raw("list_item", f"Topic {i}", 0, "div"))
        raws.append(Raw("list_item", headline, weight(headline), "h2"))
        raws.append(Raw("list_item", f"Summary {i}: negotiators met again on Monday.", 0, "p"))
    return raws


def test_teaser_list_set_as_list_items_is_a_listing() -> None:
    reason = listing_reason(_list_teasers(7))
    assert reason is not None and "7 linked headlines with 7 short paragraphs" in reason


def test_five_teasers_are_not_a_listing() -> None:
    assert listing_reason(_list_teasers(5)) is None


def test_list_items_of_an_article_are_still_its_prose() -> None:
    # An article made of list items (a how-to) with a row of teasers under it.
    raws = [Raw("list_item", f"Step {i}: {PROSE}", 0, "li") for i in range(4)]
    raws += _list_teasers(7)[1::3]  # the linked headlines alone
    assert listing_reason(raws) is None


# -- tables --------------------------------------------------------------------------------


def test_data_table_is_one_line_per_row_whatever_its_classes() -> None:
    rows = "".join(
        f"<tr class='player-row'><td>Player {i}</td><td class='player-score'>{3 * i} points"
        f"<img src='x.png'></td><td>Team {i}</td></tr>" for i in range(3)
    )
    hidden = "<tr style='display:none'><td>Secret</td><td>row</td></tr>"
    page = _page(
        f"<article><p>{PROSE}</p><table><thead><tr><th>Name</th><th>Score</th><th>Team</th>"
        f"</tr></thead><tbody>{rows}{hidden}</tbody></table><p>Second: {PROSE}</p></article>"
    )
    assert _texts(page) == [
        PROSE, "Name | Score | Team", "Player 0 | 0 points | Team 0",
        "Player 1 | 3 points | Team 1", "Player 2 | 6 points | Team 2", f"Second: {PROSE}",
    ]


def test_layout_table_is_read_as_its_paragraphs() -> None:
    page = _page(
        "<table><tr><td class='nav'><a href='/'>Home</a></td>"
        f"<td><p>{PROSE}</p><p>Second: {PROSE}</p></td></tr></table>"
    )
    assert _texts(page) == [PROSE, f"Second: {PROSE}"]


# -- embedded posts ------------------------------------------------------------------------


def test_embedded_posts_are_dropped() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p lang='en'>Big news today about the bridge, "
        "read all about it in the paper tomorrow morning!</p>&mdash; Jane (@jane) "
        "<a href='https://twitter.com/jane/status/1'>May 3, 2024</a></blockquote>"
    )
    insta = (
        "<blockquote class='instagram-media'><div><p>A post shared by the harbour office about"
        " the old bridge and its long history in the town</p></div></blockquote>"
    )
    facebook = (
        "<div class='fb-post' data-href='https://facebook.com/x/posts/1'><blockquote>The mayor"
        " wrote on Facebook that the bridge would be rebuilt before the winter.</blockquote></div>"
    )
    page = _page(f"<article><p>{PROSE}</p>{tweet}<p>Second: {PROSE}</p>{insta}{facebook}"
                 f"<p>Third: {PROSE}</p></article>")
    assert _texts(page) == [PROSE, f"Second: {PROSE}", f"Third: {PROSE}"]


# -- asides, hidden copies -----------------------------------------------------------------


def test_heavy_aside_beside_a_short_story_is_chrome() -> None:
    sidebar = "".join(f"<p>Party programme point {i}: {PROSE}</p>" for i in range(8))
    page = _page(
        f"<div class='main'><article><h1>Bridge</h1><p>{PROSE}</p><p>Second: {PROSE}</p>"
        f"</article><aside class='widget'>{sidebar}</aside></div>",
        head="<meta property='og:title' content='Bridge'>",
    )
    assert _texts(page) == [PROSE, f"Second: {PROSE}"]


def test_article_inside_an_aside_holding_nearly_all_text_is_kept() -> None:
    paragraphs = "".join(f"<p>Part {i}: {PROSE}</p>" for i in range(6))
    page = _page(
        "<h1>Bridge</h1><p>Short line.</p>"
        f"<aside class='secondary'><section class='content'>{paragraphs}</section></aside>",
        head="<meta property='og:title' content='Bridge'>",
    )
    assert len(_texts(page)) == 6


def test_hidden_duplicate_copy_is_read_once() -> None:
    paragraphs = "".join(f"<p>Part {i}: {PROSE}</p>" for i in range(5))
    page = _page(
        f"<article><h1>Bridge</h1>{paragraphs}</article>"
        f"<div style='display:none' itemprop='articleBody'>{paragraphs}</div>"
    )
    texts = _texts(page)
    assert len(texts) == 5 and len(set(texts)) == 5


def test_hidden_container_holding_the_only_copy_is_kept() -> None:
    # Streamed React pages put the article in a hidden div and move it in with a script.
    paragraphs = "".join(f"<p>Part {i}: {PROSE}</p>" for i in range(5))
    page = _page(
        "<div id='app'><h1>Bridge</h1><div class='promo'><p>Subscribe now for one euro.</p>"
        f"</div></div><div hidden id='S:0'>{paragraphs}</div>"
    )
    assert len(_texts(page)) == 5


def test_consent_layer_names_and_a_drupal_state_class() -> None:
    from newsparse.extract.body.boilerplate import names_chrome, names_consent

    assert names_chrome("sp-dsgvo sp-dsgvo-popup-overlay") and names_consent("sp-dsgvo")
    assert names_consent("rgpd-banner") and names_chrome("privacy-notice collapsed")
    assert not names_chrome("node node--type-article node--promoted node--view-mode-full")
    assert names_chrome("promo-box")
