"""No article lost: refusals only on positive evidence, missing fields as warnings (issue 9)."""

from __future__ import annotations

import pytest

from newsparse import NotAnArticleError, parse

PROSE = (
    "The council met on Tuesday evening and voted to repair the old bridge before winter, "
    "after engineers warned that the supports had weakened over the last ten years."
)


def _teasers(n: int, summary: bool = True) -> str:
    return "".join(
        f"<article><h2><a href='/s/{i}'>Story number {i} in the section</a></h2>"
        + (f"<p>Summary of story {i}: talks went on.</p>" if summary else "") + "</article>"
        for i in range(n)
    )


def test_page_declaring_an_article_is_not_refused_for_a_teaser_shape() -> None:
    html = (
        "<html><head><title>Bridge</title><meta property='og:type' content='article'>"
        "<meta property='og:title' content='Council votes to repair the bridge'></head>"
        f"<body><main><h1>Council votes to repair the bridge</h1>{_teasers(12)}</main></body>"
    )
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert article.title == "Council votes to repair the bridge"


def test_undeclared_section_front_is_still_refused() -> None:
    html = (
        "<html><head><title>News</title></head>"
        f"<body><main><h1>News</h1>{_teasers(12)}</main></body></html>"
    )
    with pytest.raises(NotAnArticleError, match="linked headlines"):
        parse(html, url="https://x.example/news/", adapter="generic")


def test_story_beside_a_teaser_list_is_an_article() -> None:
    html = (
        "<html><head><title>Council votes to repair the bridge - Herald</title></head>"
        f"<body><main><h2>Council votes to repair the bridge</h2><p>{PROSE}</p>"
        f"<div class='list'>{_teasers(20)}</div></main></body></html>"
    )
    article = parse(html, url="https://x.example/story/1", adapter="generic")
    assert article.paragraphs[0].startswith("The council met")


def test_page_without_text_gives_an_article_with_a_warning() -> None:
    html = (
        "<html><head><title>Council votes to repair the bridge</title>"
        "<meta property='og:type' content='article'></head><body><div id='app'></div></body>"
    )
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert article.body == ()
    assert "missing_body" in [w.code for w in article.warnings]


def test_page_without_headline_gives_an_article_with_a_warning() -> None:
    html = f"<html><body><div><p>{PROSE}</p><p>{PROSE} Again.</p></div></body></html>"
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert article.title == ""
    assert "missing_title" in [w.code for w in article.warnings]


def test_empty_page_is_refused_with_a_reason() -> None:
    html = "<html><head><script src='/challenge.js'></script></head><body></body></html>"
    with pytest.raises(NotAnArticleError, match="no headline and no article text"):
        parse(html, url="https://x.example/news/bridge", adapter="generic")


def test_declared_heading_wins_over_a_logo_h1() -> None:
    html = (
        "<html><head><meta property='og:title' content='Council votes to repair the bridge'>"
        "</head><body><header><h1>The Herald</h1><p>Your local paper since 1870, with "
        "news from the whole valley and beyond, every single day.</p></header>"
        f"<div class='post'><h2>Council votes to repair the bridge</h2><p>{PROSE}</p>"
        f"<p>{PROSE} More.</p></div></body></html>"
    )
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert article.paragraphs[0].startswith("The council met")
    assert not any("local paper" in p for p in article.paragraphs)


def test_teaser_list_beside_the_story_is_chrome() -> None:
    teasers = "".join(
        f"<div><h3><a href='/s/{i}'>Other story number {i} of the day</a></h3>"
        f"<p>Summary {i}: something else happened somewhere else today.</p></div>"
        for i in range(4)
    )
    html = (
        "<html><head><meta property='og:title' content='Council votes to repair the bridge'>"
        f"</head><body><main><h1>Council votes to repair the bridge</h1><p>{PROSE}</p>"
        f"<p>{PROSE} Again.</p>{teasers}</main></body></html>"
    )
    article = parse(html, url="https://x.example/news/bridge", adapter="generic")
    assert len(article.paragraphs) == 2
    assert not any(p.startswith("Summary") for p in article.paragraphs)
