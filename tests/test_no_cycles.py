"""A parse leaves no reference cycles behind: its objects, and the lxml tree they hold, are
freed by reference counting when the parse ends, not by a later garbage collection (whose
passes would traverse and free them in the middle of the next parses)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.extract.analysis import Analysis
from newsparse.extract.body.textmap import TextMap
from newsparse.htmlparse import parse_html
from newsparse.limits import Limits
from newsparse.page import Page

ROOT = Path(__file__).resolve().parent.parent
_PAGE = """<html><head><title>A headline - Site</title>
<meta property="og:title" content="A headline"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>A headline</h1><p class="byline">By Jane Doe</p>
<time datetime="2024-05-03">3 May 2024</time>
<div class="content"><div class="inner">
<p>The first paragraph of the article holds a sentence long enough to count as prose.</p>
<p>The second paragraph holds another sentence, with <a href="/x">a link</a> inside it.</p>
<div class="share-bar"><p>Share this article with your friends and family today.</p></div>
</div><p>A closing paragraph sits outside the inner box but inside the content.</p></div>
</article><footer><p>Copyright 2024 The Site. All rights reserved by the site owner.</p></footer>
</body></html>"""


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector paused and emptied: what :func:`gc.collect` then finds is only what
    the test made."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_text_map_frees_its_nodes(collector_off: None) -> None:
    tree = parse_html(_PAGE, source="<test>", limits=Limits())
    mapped = TextMap(tree)
    body = mapped.body
    assert body is not None and body.kids  # nodes that point at each other
    assert any(node.parent is not None for node in mapped.nodes.values())
    del mapped, body
    assert gc.collect() == 0


def test_parse_leaves_no_cycles(collector_off: None) -> None:
    article = newsparse.parse(_PAGE, url="https://example.com/2024/05/03/a-headline")
    assert article.title == "A headline"
    assert article.paragraphs
    del article
    gc.collect()  # whatever a first parse builds once (caches, the registry) is made now
    for _ in range(2):
        newsparse.parse(_PAGE, url="https://example.com/2024/05/03/a-headline")
        assert gc.collect() == 0



_SITE_PAGES = ("fixtures/apnews/2023-wire-story", "fixtures/voa/2024-ap-story",
               "fixtures/guardian/2020-frontend",
               "fixtures/generic/real-date-in-lede-prose-creativecommons")


@pytest.mark.publisher_page(*_SITE_PAGES)
@pytest.mark.parametrize("case", _SITE_PAGES)
def test_site_pages_leave_no_cycles(case: str, collector_off: None) -> None:
    # Readers kept for a second field and left waiting held the page's Analysis, and through
    # it the tree, in a reference cycle: a site adapter's page has its declared dates read
    # only as far as asked (the JSON-LD modified date decides, its <meta> dates are never
    # read); a page without a date by its headline has its page-wide date scan read up to
    # the first date (BodyText.shared_scan).
    folder = ROOT / case
    raw = (folder / "input.html").read_bytes()
    url = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["url"]
    newsparse.parse(raw, url=url)
    gc.collect()
    for _ in range(2):
        before = _parse_objects()
        article = newsparse.parse(raw, url=url)
        assert article.adapter == case.split("/")[1]
        del article
        # (gc.collect() may find nothing here even with the cycle: it finalizes the waiting
        # reader first, which frees the rest by reference counting, so the parse's live
        # objects are looked for instead)
        assert _parse_objects() <= before
        gc.collect()


def test_a_page_in_a_language_outside_latin1_leaves_no_cycles(collector_off: None) -> None:
    # Language detection tries the sample as Latin-1 with an error handler that raises on a
    # letter of another script: the raised error's traceback held the handler's frame, which
    # held the error, and through the frames of the callers the parse's Analysis and tree.
    page = _PAGE.replace("The first paragraph", "Pierwszy akapit: Łódź, źdźbło, żółć. The first")
    article = newsparse.parse(page)
    assert article.paragraphs
    del article
    gc.collect()
    for _ in range(2):
        before = _parse_objects()
        newsparse.parse(page)
        assert _parse_objects() <= before
        gc.collect()


def _parse_objects() -> set[int]:
    """The ids of the pages and analyses alive now (other tests may keep some)."""
    return {id(o) for o in gc.get_objects() if isinstance(o, (Analysis, Page))}
