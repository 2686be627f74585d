"""Unit tests of the generic body rules added for pages nobody tuned on (issue 9): the main
container, tables, embedded posts, hidden copies, repeated lines, asides and chrome lines."""

from __future__ import annotations

from newsparse.extract.analysis import Analysis
from newsparse.extract.body import body
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
