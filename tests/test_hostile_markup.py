"""Bad-input corpus, part 2: deep and huge trees, entity bombs and XXE, broken JSON-LD,
impossible dates, and strings built for catastrophic regex backtracking.

Same rules as part 1 (``test_hostile.py``): each case has an expected outcome, a time bound and
a memory bound, checked in a forked child.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
from pathlib import Path

import pytest
from test_hostile import PARAGRAPHS, article_html, bounded, expect_article, expect_error

from newsparse import Limits, parse

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="bounded runs need os.fork")


def _nested(depth: int, tag: str = "div") -> str:
    deep = "A paragraph at the bottom of a very deep nest of elements, long enough to count."
    return article_html(paragraphs=PARAGRAPHS[:1]).replace(
        "</article>",
        f"<{tag}>" * depth + f"<p>{deep}</p>" + f"</{tag}>" * depth
        + f"<p>{PARAGRAPHS[1]}</p></article>",
    )


# -- deep and huge trees ---------------------------------------------------------------------


def test_100000_deep_nesting_is_refused_by_max_depth() -> None:
    out = bounded(lambda: parse(_nested(100_000)), seconds=5, mb=150)
    expect_error(out, "LimitExceededError", "max_depth", limit="max_depth")


def test_nesting_over_max_depth_is_refused_not_truncated() -> None:
    # libxml2 alone would silently drop everything below level 256; we must not.
    out = bounded(lambda: parse(_nested(300)), seconds=5, mb=100)
    expect_error(out, "LimitExceededError", limit="max_depth")
    out = bounded(lambda: parse(_nested(300), limits=Limits(max_depth=100)), seconds=5, mb=100)
    expect_error(out, "LimitExceededError", "limit of 100", limit="max_depth")


def test_nesting_within_max_depth_keeps_all_text() -> None:
    out = bounded(lambda: parse(_nested(240)), seconds=10, mb=100)
    article = expect_article(out, texts=PARAGRAPHS[:2])
    assert "very deep nest" in article["text"]


def test_nesting_with_a_raised_max_depth_keeps_all_text() -> None:
    # Extraction walks the tree with explicit stacks: a tree as deep as the HTML parser allows
    # gives the whole article, deep paragraph and deep inline markup included.
    out = bounded(lambda: parse(_nested(1500), limits=Limits(max_depth=2000)), seconds=10, mb=200)
    article = expect_article(out, texts=PARAGRAPHS[:2])
    assert "very deep nest" in article["text"]
    spans = "<p>Start of a sentence, " + "<span>" * 900 + "deep inline words" + "</span>" * 900
    bottom = "<p>A paragraph at the bottom"
    page = _nested(900).replace(bottom, spans + ", end.</p>" + bottom)
    out = bounded(lambda: parse(page, limits=Limits(max_depth=2040)), seconds=10, mb=200)
    article = expect_article(out, texts=PARAGRAPHS[:2])
    assert "Start of a sentence, deep inline words, end." in article["text"]


def test_a_million_tiny_paragraphs_is_refused_by_max_nodes() -> None:
    page = "<html><body><h1>Tiny</h1>" + "<p>x</p>" * 1_000_000 + "</body></html>"
    out = bounded(lambda: parse(page), seconds=15, mb=400)
    expect_error(out, "LimitExceededError", "max_nodes", limit="max_nodes")


def test_many_paragraphs_within_max_nodes() -> None:
    # 100,000 paragraphs: linear work takes a few seconds, quadratic work would take hours.
    paragraphs = [f"Paragraph number {i} of a very long live blog about the storm." for i in
                  range(100_000)]
    out = bounded(lambda: parse(article_html(paragraphs=paragraphs)), seconds=40, mb=600)
    expect_article(out, texts=[paragraphs[0]])
    assert out["article"]["blocks"] == 100_000
    assert out["article"]["last"] == paragraphs[-1]


def test_huge_attribute_and_text_values() -> None:
    head = '<meta name="description" content="' + "d" * 12_000_000 + '">'
    page = article_html(head=head).replace("<h1>", '<h1 data-x="' + "a" * 20_000_000 + '">')
    out = bounded(lambda: parse(page), seconds=30, mb=600)
    expect_article(out)
    big = "word " * 2_500_000  # one 12.5 MB text node: above libxml2's own 10 MB ceiling
    out = bounded(lambda: parse(article_html(paragraphs=[big.strip()])), seconds=30, mb=600)
    assert len(expect_article(out, texts=[])["text"]) > 100_000


# -- entities: bombs and XXE -----------------------------------------------------------------

_BOMB = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
)


def _xhtml(subset: str, text: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE html [<!ENTITY lol0 "lol">{subset}]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Storm hits the coast</title>'
        f"</head><body><article><h1>Storm hits the coast</h1><p>{PARAGRAPHS[0]}</p>"
        f"<p>{text}</p></article></body></html>"
    )


def test_billion_laughs_is_not_expanded() -> None:
    page = _xhtml(_BOMB, "Here comes the bomb, &lol9;, which must stay exactly as it is written.")
    for source in (page, page.encode()):
        out = bounded(lambda: parse(source), seconds=5, mb=100)  # noqa: B023 - run at once
        article = expect_article(out, texts=PARAGRAPHS[:1])
        assert "lollol" not in article["text"]
        assert "&lol9;" in article["text"]
        assert "ENTITY" not in article["text"] and "]>" not in article["text"]


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        server.setblocking(False)
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        subset = (
            f'<!ENTITY file SYSTEM "file://{secret}"><!ENTITY web SYSTEM "{url}/entity">'
            f'<!ENTITY % remote SYSTEM "{url}/dtd"> %remote;'
        )
        text = "The file entity &file; and the web entity &web; must stay unread and unexpanded."
        page = _xhtml(subset, text).replace(
            "<!DOCTYPE html [", f'<!DOCTYPE html SYSTEM "{url}/external.dtd" ['
        )
        for source in (page, page.encode()):
            out = bounded(lambda: parse(source), seconds=5, mb=100)  # noqa: B023 - run at once
            article = expect_article(out, texts=PARAGRAPHS[:1])
            assert "TOP-SECRET-MARKER" not in article["text"]
            assert "&file;" in article["text"]
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected: nothing was fetched


def test_no_unsafe_calls_in_the_library() -> None:
    """No XML parser that could resolve entities, no eval/exec, pickle or shelling out."""
    banned = re.compile(
        r"\b(?:XMLParser|etree\.XML|etree\.fromstring|etree\.parse|iterparse|eval|exec|pickle"
        r"|marshal|subprocess|os\.system|os\.popen|shelve)\s*\("
        r"|^\s*(?:import|from)\s+(?:pickle|marshal|subprocess|shelve)\b",
        re.MULTILINE,
    )
    # Audited uses: the feed reader's iterparse resolves no entity and fetches nothing (its
    # call is checked below and by tests/test_batch_formats.py); the worker pool pickles only
    # between the batch process and the workers it started itself.
    allowed = {"newsparse/inputs/feeds.py": ("iterparse",),
               "newsparse/pool.py": ("pickle",)}
    for path in sorted((ROOT / "newsparse").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for found in banned.finditer(path.read_text(encoding="utf-8")):
            call = found.group()
            ok = any(word in call for word in allowed.get(name, ()))
            assert ok, f"{name} uses {call!r}"
    feeds = (ROOT / "newsparse" / "inputs" / "feeds.py").read_text(encoding="utf-8")
    assert "resolve_entities=False, no_network=True" in feeds


# -- JSON-LD ---------------------------------------------------------------------------------


def _with_jsonld(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return article_html(head=scripts)


@pytest.mark.parametrize("block", [
    '{"@type": "NewsArticle", "headline": "Never closed", ',
    "[" * 100_000,
    '{"@type": "NewsArticle", "headline": ' + "[" * 5_000 + '"deep"' + "]" * 5_000 + "}",
    '{"@type": "NewsArticle", "headline": ' + "[" * 900 + '"deep"' + "]" * 900 + "}",
    "{" + '"a": {' * 3_000 + "}" * 3_001,
    '{"a": ' + " ," * 500_000 + "}",
], ids=["unclosed", "100000-brackets", "5000-deep", "900-deep", "3000-deep-objects",
        "comma-run"])
def test_broken_jsonld_falls_back_to_the_markup(block: str) -> None:
    out = bounded(lambda: parse(_with_jsonld(block)), seconds=10, mb=200)
    expect_article(out)


def test_jsonld_huge_numbers_and_nan() -> None:
    block = (
        '{"@type": "NewsArticle", "headline": "Storm hits the coast", "datePublished": 1e999, '
        '"dateModified": NaN, "wordCount": ' + "9" * 100_000 + ', "author": [-Infinity, '
        '{"@type": "Person", "name": "Ana Lima"}], "dateCreated": 99999999999999999999999999}'
    )
    out = bounded(lambda: parse(_with_jsonld(block)), seconds=5, mb=100)
    article = expect_article(out)
    assert article["published"] is None and article["modified"] is None
    assert article["authors"] == ["Ana Lima"]


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0000-01-01", "0000-01-01T00:00:00Z", "99999-12-31",
                                   "2023-02-30", "2023-13-01", "31/02/2023", "1e999",
                                   "-0001-01-01", "9" * 50])
def test_impossible_dates_give_no_date(value: str) -> None:
    head = (f'<meta property="article:published_time" content="{value}">'
            f'<meta name="date" content="{value}">')
    page = article_html(head=head).replace(
        "<h1>", f'<time datetime="{value}">{value}</time><h1>'
    )
    out = bounded(lambda: parse(page), seconds=5, mb=100)
    assert expect_article(out)["published"] is None


def test_possible_date_is_kept_and_a_future_one_dropped() -> None:
    head = '<meta property="article:published_time" content="2024-02-29">'
    out = bounded(lambda: parse(article_html(head=head)), seconds=5, mb=100)
    assert expect_article(out)["published"] == "2024-02-29"
    fetched = dt.date(2024, 1, 1)
    out = bounded(lambda: parse(article_html(head=head), fetched=fetched), seconds=5, mb=100)
    article = expect_article(out)
    assert article["published"] is None
    assert "date_after_fetch" in [w["code"] for w in article["warnings"]]


# -- catastrophic backtracking ---------------------------------------------------------------

_LONG = 100_000


@pytest.mark.parametrize("head,extra", [
    (f'<meta name="author" content="{"a" * _LONG}">', ""),
    (f'<meta name="author" content="By {"Jane " * _LONG}">', ""),
    (f'<meta name="author" content="{"a@" * _LONG}">', ""),
    (f'<meta name="author" content="{"a," * _LONG} and">', ""),
    ("", f'<p class="byline">By {"a" * _LONG}</p>'),
    ("", f'<p class="byline">{"By " * _LONG}</p>'),
    ("", f'<span class="author">{"x." * _LONG}@</span>'),
    (f'<meta property="article:published_time" content="{"1" * _LONG}">', ""),
    (f'<meta property="article:published_time" content="2024-01-01{" " * _LONG}x">', ""),
    (f'<meta name="date" content="{"12 " * _LONG}">', ""),
    ("", f'<time datetime="{"2024-" * _LONG}">{"Jan 1, " * _LONG}</time>'),
    (f'<meta property="og:title" content="{"a | " * _LONG}">', ""),
    (f'<meta property="og:site_name" content="{"- " * _LONG}">', ""),
    ("<meta " * 3_000, ""),
    ("", '<p class="byline">By Jane' + " " * _LONG + "Doe and" + "\n" * _LONG + "x</p>"),
    ('<meta property="og:title" content="Storm' + " " * _LONG + "|" + "\t" * _LONG + 'x">', ""),
    ("", '<div class="author">Author:' + " " * _LONG + ":" + "\n" * _LONG + "</div>"),
], ids=["author-run", "author-names", "author-ats", "author-commas", "byline-run",
        "byline-bys", "author-dots", "date-digits", "date-spaces", "date-numbers",
        "time-repeats", "title-separators", "site-dashes", "meta-charset-scan",
        "byline-white-runs", "title-white-runs", "author-label-white-runs"])
def test_strings_built_for_backtracking_finish_quickly(head: str, extra: str) -> None:
    page = article_html(head=head).replace("<article>", "<article>" + extra)
    data = page.encode("utf-8") + b"\xff"  # invalid UTF-8: the charset scan runs too
    out = bounded(lambda: parse(data), seconds=10, mb=300)
    if "error" in out:  # a page this odd may be refused, but only with a clear error
        expect_error(out, out["error"])
    else:
        expect_article(out, title=out["article"]["title"], texts=[])
