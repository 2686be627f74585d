"""Telling a listing (section front, tag or search page) from an article by its text.

An article's main container holds running prose: paragraphs, some of them long, with links
here and there. A listing's holds teasers: many linked headlines, each with at most a short
summary. :func:`listing_reason` measures this on the candidate blocks of the page's main
container (the same ones the body is built from, so the work is shared).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import attrs
import lxml.etree
import lxml.html

from newsparse.extract import schema
from newsparse.extract.body import jsonld_body, markup_raws
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.textmap import text_map
from newsparse.extract.body.treetext import text_of, weight
from newsparse.extract.thresholds import LINK_DENSITY

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "Shape", "declares_article", "linked_headlines", "listing_reason", "not_article_reason",
    "shape_of",
]

_HEADLINE_TAGS = ("h2", "h3", "h4")
_MIN_TEASERS = 6
"""A listing shows at least this many linked headlines."""
_TEASER_WEIGHT = 15
"""A link-dominated block at least this heavy reads as a headline (not "Share" or "More")."""
_FEW = 2
"""At most this many paragraphs count as no prose at all."""
_FREE_SHARE = 0.2
"""Share of paragraphs outside teasers a listing may have (an intro, a notice)."""
_LONG_PARAGRAPH = 400
"""Weight of a paragraph that only articles have (a teaser summary is shorter)."""
_PROSE_ITEM = 100
"""Weight of a list item that is prose of its own (a sentence or more), not a label."""


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
    shape = _shape(raws, stop_at_long=False)
    assert shape is not None  # (only a stop returns None)
    return shape


def _shape(raws: list[Raw], *, stop_at_long: bool) -> Shape | None:
    """:func:`shape_of`; with ``stop_at_long``, ``None`` as soon as a paragraph reaches
    :data:`_LONG_PARAGRAPH` (the longest paragraph is then that long or longer, and the
    container is no listing whatever the rest holds: an article's first long paragraph ends
    the count, which otherwise reads every block of its text)."""
    teasers = paragraphs = longest = prose = captioned = 0
    after_teaser = False
    for raw in raws:
        size = weight(raw.text)
        if size < _TEASER_WEIGHT:
            continue
        # (the block's link density, Raw.link_density, from the weight just taken)
        if min(1.0, raw.links / size) > LINK_DENSITY:
            teasers += 1
            after_teaser = True
            continue
        # A list item counts as a paragraph when it follows a linked headline (a teaser's
        # summary, in a teaser list set as <ul>) or holds a sentence or more (a how-to's step);
        # a short one is a label (a teaser's topic line, a menu entry).
        prose_item = raw.kind == "list_item" and (after_teaser or size >= _PROSE_ITEM)
        if raw.kind in ("paragraph", "quote") or prose_item:
            if stop_at_long and size >= _LONG_PARAGRAPH:
                return None
            paragraphs += 1
            longest = max(longest, size)
            prose += size
            captioned += after_teaser
        after_teaser = False
    return Shape(teasers, paragraphs, longest, prose, captioned)


def listing_reason(raws: list[Raw]) -> str | None:
    """Why the container's blocks look like a list of teasers rather than an article."""
    shape = _shape(raws, stop_at_long=True)
    if shape is None or shape.teasers < _MIN_TEASERS or shape.longest >= _LONG_PARAGRAPH:
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


_FOLLOWING = lxml.etree.XPath(
    "following::*[self::p or self::div or self::h1 or self::h2 or self::h3 or self::h4"
    " or self::li][position() <= 12]"
)
_PROSE = 120
"""Weight of the paragraph that starts an article under its headline."""


def _headline_then_prose(page: Analysis) -> bool:
    """Whether the headline the page declares (a heading showing ``og:title`` or the
    ``<title>``, not a link) is followed by a paragraph of prose before any linked headline:
    a story with a teaser list beside it, not a listing (whose first heading is followed by
    teasers)."""
    heading = text_map(page).declared_heading()
    if heading is None or next(heading.iter("a"), None) is not None:
        return False
    for el in cast(list[lxml.html.HtmlElement], _FOLLOWING(heading)):
        if el.tag in ("h1", "h2", "h3", "h4") and next(el.iter("a"), None) is not None:
            return False
        if el.tag != "p" and el.tag != "div":
            continue
        if next(el.iterancestors("a"), None) is not None:
            return False
        text = text_of(el) if el.tag == "p" or len(el) == 0 else (el.text or "")
        if weight(text) >= _PROSE:
            return True
    return False


def declares_article(page: Analysis) -> bool:
    """Whether the page's own metadata calls it an article: a JSON-LD article object or
    ``og:type`` ``article``. A teaser-like shape is then no evidence against it (an article
    with short paragraphs, a recipe, a photo story, or a body the markup walk missed)."""
    og_type = page.meta_first("og:type")
    if og_type and og_type[1].strip().casefold() == "article":
        return True
    # Several article objects are a list of teasers (an ItemList of articles), unless the
    # first names the page itself.
    found = schema.article_objects(page)
    return len(found) == 1 or (bool(found) and schema.same_page(found[0][0], page))


def linked_headlines(tree: lxml.html.HtmlElement) -> int:
    """Links inside an ``<h2>``-``<h4>`` plus such headings inside a link, in the body.

    One walk with counts of the open headings and links: libxml2 does not close headings
    inside headings, and an XPath such as ``//h2//a`` visits every link once per enclosing
    heading (and merges the node sets in square time)."""
    count = 0
    for body in tree.iter("body"):
        headings = links = 0
        for event, el in lxml.etree.iterwalk(body, events=("start", "end"),
                                             tag=("a", *_HEADLINE_TAGS)):
            step = 1 if event == "start" else -1
            if el.tag == "a":
                count += step == 1 and headings > 0
                links += step
            else:
                count += step == 1 and links > 0
                headings += step
    return count


def not_article_reason(page: Analysis) -> str | None:
    """Why an HTML page is a listing rather than an article, or ``None``.

    A page that declares itself an article (:func:`declares_article`) is one.
    """
    if declares_article(page):
        return None
    fallback = jsonld_body(page)
    if fallback and sum(weight(b.text) for b in fallback.value) >= _LONG_PARAGRAPH:
        return None
    raws = markup_raws(page)
    if raws:
        reason = listing_reason(raws)
        return None if reason is None or _headline_then_prose(page) else reason
    # No running text at all: a page of bare linked headlines is a listing.
    headlines = linked_headlines(page.tree)
    if headlines >= _MIN_TEASERS:
        return f"the page has no running text, only {headlines} linked headlines (a listing)"
    return None
