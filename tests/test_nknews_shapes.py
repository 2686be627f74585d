"""The NK News article page saved in every shape researchers keep: each gives the article the
page itself gives (the fields the shape still carries), routed to nknews without a URL.

The shapes are fixtures made by real tools (lynx, w3m, links, elinks, Chromium, Readability,
html2text) or constructed by documented markup (Wayback Machine, AMP, print view, Blogger);
``scripts/render_text_shapes.py`` remakes them and each ``meta.json`` names its tool.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import NotAnArticleError
from newsparse.adapters.nknews import NKNews
from newsparse.registry import SNIFF_THRESHOLD

NK = Path(__file__).resolve().parent.parent / "fixtures" / "nknews"
PAGE = json.loads((NK / "html-2019-hidden-fulltext" / "expected.json").read_text("utf-8"))
FULL_TEXT = [
    "dump-2019-lynx", "dump-2019-lynx-narrow", "dump-2019-lynx-nolist",
    "dump-2019-lynx-nolist-narrow", "dump-2019-w3m", "dump-2019-w3m-narrow", "dump-2019-elinks",
    "dump-2019-elinks-narrow", "copy-page-2019-chromium-read-more", "copy-article-2019-chromium",
    "reader-copy-2019-readability", "save-as-text-2019-html2text", "wayback-html-2019",
    "wayback-dump-2019-lynx", "amp-html-2019", "print-view-html-2019",
]
# links honours the hidden full text's display:none, as a browser does before "Read More".
TEASER_ONLY = ["dump-2019-links", "dump-2019-links-narrow", "copy-page-2019-chromium-as-loaded"]
CHROME = (
    "Related Articles", "Read More", "Edited by", "Featured image", "Sign in", "Korea Risk Group",
    "| Photo:", "About the Author", "Trending", "Subscribe", "Share", "November 06, 2019",
)


def _read(case: str) -> newsparse.Article:
    path = next((NK / case).glob("input.*"))
    page = newsparse.read_page(path)
    resolution = newsparse.default_registry().resolve(page)
    # Pages whose own canonical link names nknews.org route by it; all are claimed by sniffing.
    assert resolution.adapter.name == "nknews" and resolution.rule in ("sniff", "url"), case
    assert NKNews.sniff(page) >= SNIFF_THRESHOLD, case
    return newsparse.parse(path)


@pytest.mark.parametrize("case", FULL_TEXT)
def test_every_full_text_shape_gives_the_page_article(case: str) -> None:
    article = _read(case)
    assert article.title == PAGE["title"]
    assert [(b.kind, b.text) for b in article.body] == [
        (b["kind"], b["text"]) for b in PAGE["body"]
    ]
    text = "\n".join(b.text for b in article.body)
    assert not [c for c in CHROME if c in text]
    assert not article.warnings or {w.code for w in article.warnings} <= {"fallback_source"}
    day = article.published
    assert day is not None
    # The byline shows the day in US time (Oct 31); ISO timestamps and reader mode show UTC.
    shown = day.astimezone(dt.timezone.utc).date() if isinstance(day, dt.datetime) else day
    assert shown in (dt.date(2019, 10, 31), dt.date(2019, 11, 1))
    if case != "reader-copy-2019-readability":  # Readability names the wrong author here
        assert article.authors == ("Lukas Varga",)


@pytest.mark.parametrize("case", [c for c in FULL_TEXT if "reader" not in c and "print" not in c
                                  and "amp" not in c])
def test_shapes_that_show_the_standfirst_keep_it(case: str) -> None:
    assert _read(case).subtitle == PAGE["subtitle"]


@pytest.mark.parametrize("case", ["amp-html-2019", "print-view-html-2019", "wayback-html-2019"])
def test_html_shapes_give_the_article_url_and_section(case: str) -> None:
    article = _read(case)
    assert article.url == PAGE["url"]
    assert article.section == "Analysis"


@pytest.mark.parametrize("case", TEASER_ONLY)
def test_teaser_only_shapes_are_flagged(case: str) -> None:
    article = _read(case)
    assert article.title == PAGE["title"] and article.authors == ("Lukas Varga",)
    assert len(article.body) == 1 and PAGE["body"][0]["text"] in article.body[0].text
    assert "teaser_suspected" in {w.code for w in article.warnings}


@pytest.mark.publisher_page("fixtures/nknews/seed-blogger-repost-2016")
def test_blogger_repost_html_gives_the_article_not_the_blog() -> None:
    seed = newsparse.parse(NK / "seed-blogger-repost-2016" / "input.txt")
    article = _read("repost-blogger-html-2016")
    assert (article.title, article.subtitle, article.authors) == (
        seed.title, seed.subtitle, seed.authors
    )
    assert article.published == dt.date(2016, 9, 10)  # the byline's, not the post's (Sep 11)
    assert article.body == seed.body
    assert article.url is None and article.section is None and article.tags == ()
    text = "\n".join(b.text for b in article.body)
    for chrome in ("Posted by", "No comments", "Labels", "Blog Archive", "Russia Korea Digest",
                   "Email This", "Newer Post"):
        assert chrome not in text


@pytest.mark.parametrize("case", ["not-article-dump-category-lynx",
                                  "not-article-dump-front-page-w3m"])
def test_dumps_of_listing_pages_are_not_articles(case: str) -> None:
    with pytest.raises(NotAnArticleError):
        _read(case)
