"""Telling a listing (section front, tag or search page) from an article by its text.

An article's main container holds running prose: paragraphs, some of them long, with links
here and there. A listing's holds teasers: many linked headlines, each with at most a short
summary. :func:`listing_reason` measures this on the candidate blocks of the page's main
container (the same ones the body is built from, so the work is shared).
"""

from __future__ import annotations

from typing import cast

import attrs
import lxml.etree

from newsparse.extract.blocks import Raw
from newsparse.extract.body import jsonld_body, markup_raws
from newsparse.extract.textmap import weight
from newsparse.extract.thresholds import LINK_DENSITY
from newsparse.page import Page

__all__ = ["Shape", "listing_reason", "not_article_reason", "shape_of"]

_LINKED_HEADLINES = lxml.etree.XPath(
    "count(//body//h2//a | //body//h3//a | //body//h4//a | //body//a//h2 | //body//a//h3"
    " | //body//a//h4)"
)
_MIN_TEASERS = 8
"""A listing shows at least this many linked headlines."""
_TEASER_WEIGHT = 15
"""A link-dominated block at least this heavy reads as a headline (not "Share" or "More")."""
_FEW = 2
"""At most this many paragraphs count as no prose at all."""
_FREE_SHARE = 0.2
"""Share of paragraphs outside teasers a listing may have (an intro, a notice)."""
_LONG_PARAGRAPH = 400
"""Weight of a paragraph that only articles have (a teaser summary is shorter)."""


@attrs.frozen
class Shape:
    """What the main container holds: linked headlines, paragraphs and their weights."""

    teasers: int
    paragraphs: int
    longest: int
    prose: int
    captioned: int
    """Paragraphs that come right after a linked headline (a teaser's summary)."""


def shape_of(raws: list[Raw]) -> Shape:
    """Count linked headlines and prose paragraphs among a container's candidate blocks."""
    teasers = paragraphs = longest = prose = captioned = 0
    after_teaser = False
    for raw in raws:
        size = weight(raw.text)
        if size < _TEASER_WEIGHT:
            continue
        if raw.link_density > LINK_DENSITY:
            teasers += 1
            after_teaser = True
            continue
        if raw.kind in ("paragraph", "quote"):
            paragraphs += 1
            longest = max(longest, size)
            prose += size
            captioned += after_teaser
        after_teaser = False
    return Shape(teasers, paragraphs, longest, prose, captioned)


def listing_reason(raws: list[Raw]) -> str | None:
    """Why the container's blocks look like a list of teasers rather than an article."""
    shape = shape_of(raws)
    if shape.teasers < _MIN_TEASERS or shape.longest >= _LONG_PARAGRAPH:
        return None
    # Hardly any prose outside teasers: the paragraphs that are not summaries under linked
    # headlines are at most a short intro. (Teasers merely outnumbering paragraphs is not
    # enough: an article may end in a long list of teasers with summaries.)
    free = shape.paragraphs - shape.captioned
    if free > max(_FEW, _FREE_SHARE * shape.paragraphs):
        return None
    return (
        f"the main text is a list of {shape.teasers} linked headlines with "
        f"{shape.paragraphs} short paragraphs (a section front or listing)"
    )


def not_article_reason(page: Page) -> str | None:
    """Why an HTML page is a listing rather than an article, or ``None``.

    A page whose JSON-LD article object carries a real ``articleBody`` is an article.
    """
    fallback = jsonld_body(page)
    if fallback and sum(weight(b.text) for b in fallback[0]) >= _LONG_PARAGRAPH:
        return None
    raws = markup_raws(page)
    if raws:
        return listing_reason(raws)
    # No running text at all: a page of bare linked headlines is a listing.
    headlines = int(cast(float, _LINKED_HEADLINES(page.tree)))
    if headlines >= _MIN_TEASERS:
        return f"the page has no running text, only {headlines} linked headlines (a listing)"
    return None
