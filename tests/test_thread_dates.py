"""A forum thread's opening post dates the page (newsparse.extract.thread_dates); readers'
replies, comments under an article and dates in a post's prose never do."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse

TEXT = "Seit dem Update erreiche ich den App Store nur noch im WLAN, wer weiß einen Rat? "
POST = f"<p>{TEXT * 4}</p>"
RECENT = "<ul class='recent'><li><a href='/t9'>Neu</a> 24/03/16, 02:31 pm</li></ul>"


def thread(heading: str, header: str, cls: str = "post", before: str = RECENT,
           replies: int = 2, head: str = "") -> str:
    reply = (f"<div class='{cls}'><div class='head'><b>maculi</b> <span>30.09.19</span></div>"
             f"{POST}</div>")
    return (f"<html lang='de'><head><title>Kein App Store über Mobilfunk | iPhone | Forum"
            f"</title>{head}</head><body>{before}{heading}"
            f"<div class='{cls}'><div class='head'><b>macbacchi</b> {header}</div>{POST}</div>"
            f"{reply * replies}</body></html>")


H2 = "<h2 class='title'>Kein App Store über Mobilfunk</h2>"
TITLE_BAR = ("<div class='bar'><h3>Kein App Store über Mobilfunk</h3>"
             "<div class='tools'><a href='#'>Teilen</a></div></div>")
HIDDEN = "<div style='display: none;'>Registriert 01.01.13</div>"


@pytest.mark.parametrize(("html", "expected"), [
    # the posts are classed as comments (no other finder reads them): the heading's next block
    (thread(H2, "<span>28.09.19</span><span>12:44</span>", cls="MtnComment"),
     dt.date(2019, 9, 28)),
    # no <h1>/<h2>: the title bar's <h3>, then the block after the bar; the profile's hidden
    # registration date is not read, nor the recent-posts list before the thread
    (thread(TITLE_BAR, f"{HIDDEN}von lupa am 26/10/13, 03:48 pm"), dt.date(2013, 10, 26)),
    (thread(H2, "<span>Posted 12 March 2021</span>", cls="message-row"), dt.date(2021, 3, 12)),
])
def test_the_opening_post_dates_a_thread(html: str, expected: dt.date) -> None:
    article = parse(html, adapter="generic")
    assert article.published == expected
    assert article.provenance.get("published") == "html:opening-post"


def test_a_declared_date_comes_first() -> None:
    head = "<meta property='article:published_time' content='2019-10-01T10:00:00+02:00'>"
    article = parse(thread(H2, "<span>28.09.19</span>", head=head), adapter="generic")
    assert article.published == dt.datetime(2019, 10, 1, 10, tzinfo=dt.timezone(
        dt.timedelta(hours=2)))


@pytest.mark.parametrize("html", [
    # a lone block: nothing later bears its class, so it is no thread's first post
    thread(H2, "<span>28.09.19</span>", cls="comment", replies=0, before=""),
    # an article with readers' comments: the block after the heading is the article's text
    ("<html lang='de'><head><title>Kein App Store über Mobilfunk</title></head><body>"
     f"<h2>Kein App Store über Mobilfunk</h2><div class='entry'>{POST}</div>"
     f"<div class='comment'><b>maculi</b> <span>28.09.19</span>{POST}</div>"
     f"<div class='comment'><b>barabas</b> <span>29.09.19</span>{POST}</div></body></html>"),
    # a heading that is not the headline
    thread("<h2>Weitere Themen</h2>", "<span>28.09.19</span>", cls="comment", before=""),
    # a date in the post's prose, not in its header
    thread(H2, f"</div><p>{TEXT * 2} Am 28.09.19 ging es noch.</p><div>", cls="comment",
           before=""),
])
def test_no_thread_no_opening_post_date(html: str) -> None:
    article = parse(html, adapter="generic")
    assert article.provenance.get("published") != "html:opening-post"
    assert article.published is None
