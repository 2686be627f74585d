"""`Page.canonical_links` read in the walk that also finds the ``<meta>`` and ``<script>``
elements (when asked for first, as routing without a URL does) gives what the XPath
``//link[@rel='canonical']/@href`` gives, and that walk's ``<meta>`` and ``<script>`` lists are
those of `Page`'s own walk: held to both, in either order of asking, on the repository's HTML
fixtures and on seeded soups of near misses (other rel values and cases, no href, an empty
href, links in the body, inside other elements, before the head). The first ``<h1>`` elements
and the date tags the same walks find are those of their own walks."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import lxml.etree
import pytest

from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_XPATH = lxml.etree.XPath("//link[@rel='canonical']/@href")


def _reference(page: Page) -> list[str]:
    return [str(href) for href in _XPATH(page.tree)]  # type: ignore[union-attr]


def _check(markup: str | Path) -> None:
    try:
        first = read_page(markup, kind="html")
        first.tree  # noqa: B018 - a page its checks refuse is not read at all
    except NewsparseError:
        return
    links = first.canonical_links  # the walk: asked for first
    assert links == _reference(first)
    metas, scripts = first._meta_and_scripts
    second = read_page(markup, kind="html")
    assert second._meta_and_scripts is not None  # the meta walk first, then the XPath
    assert second.canonical_links == links
    tags = [(el.tag, el.get("name"), el.get("src")) for el in [*metas, *scripts]]
    again = second._meta_and_scripts
    assert tags == [(el.tag, el.get("name"), el.get("src")) for el in [*again[0], *again[1]]]
    assert first.meta == second.meta
    for page in (first, second):  # (the first h1s and the date tags: also in either walk)
        assert page.first_h1s == list(itertools.islice(page.tree.iter("h1"), 3))
        assert page.date_tags == frozenset(el.tag for el in page.tree.iter("time", "abbr"))


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/*/input.htm*")), ids=lambda p: f"{p.parent.parent.name}/"
    f"{p.parent.name}"
)
def test_fixture_pages(path: Path) -> None:
    _check(path)


_LINKS = [
    '<link rel="canonical" href="https://a.example/x">', '<link rel="Canonical" href="/b">',
    '<link rel="canonical alternate" href="/c">', '<link rel=" canonical" href="/d">',
    '<link rel="canonical">', '<link rel="canonical" href="">', '<link href="/e" rel="canonical">',
    '<link rel="alternate" href="/f">', '<link rel="stylesheet" href="/g.css">',
    '<meta name="description" content="d">', '<meta property="og:url" content="/h">',
    '<script>var x = "<link rel=canonical href=/i>";</script>',
    '<script type="application/ld+json">{"url": "/j"}</script>',
    '<h1>a</h1>', '<h1><h1>b</h1></h1>', '<time>t</time>', '<abbr title="x">y</abbr>',
    '<h2>c</h2>', '<TIME>u</TIME>',
]


def _soup(rng: random.Random) -> str:
    head = "".join(rng.choice(_LINKS) for _ in range(rng.randint(0, 4)))
    body = "".join(
        f"<div><p>t</p>{rng.choice(_LINKS)}</div>" if rng.random() < 0.5 else rng.choice(_LINKS)
        for _ in range(rng.randint(0, 4))
    )
    before = rng.choice(_LINKS) if rng.random() < 0.2 else ""
    return f"{before}<html><head><title>t</title>{head}</head><body>{body}</body></html>"


def test_seeded_soups() -> None:
    found = 0
    for seed in range(200):
        markup = _soup(random.Random(seed))
        _check(markup)
        found += bool(read_page(markup, kind="html").canonical_links)
    assert found > 50
