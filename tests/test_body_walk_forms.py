"""The body walker's and filters' shortcuts against the slower forms they replace.

* :func:`~newsparse.text.single_spaced` is ``" ".join(text.split())`` on
  seeded texts of every kind of white space;
* the walker's ``_left_out`` (the hidden test only with a hiding attribute) is the full
  marker, hidden and picture-box test on seeded elements;
* the walker reads a childless block too short to be mapped in place, as a walk of its frame
  would read it, on seeded soups;
* a data table's row reads a childless cell as its one text node, as the full reading of a
  cell (code stripped, links counted) reads it, on seeded rows;
* the filters' first pass (``_sorted_out``: repeats skipped before the drop tests) keeps what
  the verdict-first form kept, on seeded blocks.
"""

from __future__ import annotations

import random

import lxml.html

from newsparse.extract.body import blocks, filters, tables
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.boilerplate import (
    is_byline,
    is_date_line,
    is_hidden,
    is_stock_label,
    marker_of,
    names_chrome,
)
from newsparse.extract.body.captions import is_picture_box
from newsparse.extract.body.textmap import Node, TextMap
from newsparse.extract.body.treetext import has_descendant, text_of, weight
from newsparse.extract.thresholds import LINK_DENSITY, SENTENCE_END, SNIPPET_WEIGHT
from newsparse.text import single_spaced

_SPACES = [" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "\u2028"]
_WORDS = ["a", "Bridge", "東京", "é", "x.", "–", "\u200b", "12:30", "", "ß"]


def test_single_spaced_is_split_and_join_on_seeded_texts() -> None:
    for seed in range(4000):
        rng = random.Random(seed)
        pieces = [rng.choice(_SPACES if rng.random() < 0.4 else _WORDS) for _ in range(8)]
        text = "".join(pieces[: rng.randrange(9)])
        assert single_spaced(text) == " ".join(text.split()), (seed, text)


_CLASSES = ["", "share-bar", "image-box", "story", "hidden", "imginline", "bildung", "ad", "x"]
_ATTRIBUTES = [
    ("class", None), ("id", None), ("hidden", ""), ("aria-hidden", "true"),
    ("aria-hidden", "false"), ("style", "display: none"), ("style", "color: red"),
    ("href", "/a"), ("title", "t"),
]


def _old_left_out(el: lxml.html.HtmlElement, marked: bool = True) -> bool:
    if blocks.MARKER_ATTRIBUTES.isdisjoint(el.keys()):
        return False
    marker = marker_of(el)
    if marked and ((marker and names_chrome(marker)) or is_hidden(el)):
        return True
    return is_picture_box(el, marker)


def test_left_out_is_the_full_marker_test_on_seeded_elements() -> None:
    for seed in range(3000):
        rng = random.Random(seed)
        el = lxml.html.fromstring("<div>A caption of a picture</div>")
        for name, value in rng.sample(_ATTRIBUTES, rng.randrange(4)):
            el.set(name, value if value is not None else rng.choice(_CLASSES))
        if rng.random() < 0.5:
            el.append(lxml.html.fromstring("<img src='a.jpg'>"))
        for marked in (True, False):
            assert blocks._left_out(el, marked) == _old_left_out(el, marked), (
                seed, lxml.html.tostring(el)
            )


_PROSE = (
    "The council voted on Tuesday to rebuild the old harbour bridge, ending a dispute that had "
    "lasted for more than a decade."
)
_SHORT = ["", "  ", "Short line", "Short line.", "\n\nNext\n \nrun", "x"]
_BLOCK_TAGS = ["li", "h2", "h3", "p", "div", "td", "dd", "col", "hr", "blockquote", "foo"]


def _fragment(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randrange(1, 5)):
        tag = rng.choice(_BLOCK_TAGS)
        cls = rng.choice(["", " class='share'", " class='story'", " hidden"])
        inner = rng.choice(_SHORT)
        if depth and rng.random() < 0.3:
            inner += _fragment(rng, depth - 1)
        elif rng.random() < 0.2:
            inner += rng.choice(["<!-- c -->", "<br>", "<a href='/x'>link</a>", "<img src=a>"])
        tail = rng.choice(["", " ", "tail text", "\n"])
        parts.append(f"<{tag}{cls}>{inner}</{tag}>{tail}")
        if rng.random() < 0.3:
            parts.append(f"<p>{_PROSE}</p>")
    return "".join(parts)


class _FramedWalker(blocks._Walker):
    """The walker before the shortcut: every unmapped block is a frame of its own."""

    def _unmapped(
        self, frame: blocks._Frame, child: lxml.html.HtmlElement, tag: str
    ) -> blocks._Frame | None:
        self._break(frame)
        if frame.mapped and not text_of(child).strip():
            return None
        return blocks._Frame(child, blocks._kind(tag, frame.kind), tag, frame.in_link, False)


def _walked(walker: blocks._Walker, container: Node) -> list[tuple[str, str, int, str]]:
    walker.node(container, "paragraph", top=True)
    return [(r.kind, r.text, r.links, r.tag) for r in walker.out]


def test_childless_short_blocks_are_read_as_their_frames_on_seeded_soups() -> None:
    read = 0
    for seed in range(1500):
        rng = random.Random(seed)
        html = f"<html><body><article><p>{_PROSE}</p>{_fragment(rng, 3)}</article></body></html>"
        mapped = TextMap(lxml.html.document_fromstring(html))
        assert mapped.body is not None
        new = _walked(blocks._Walker(mapped), mapped.body)
        old = _walked(_FramedWalker(mapped), mapped.body)
        assert new == old, (seed, html)
        read += len(new)
    assert read > 3000  # (the soups give blocks to compare)


_TEXTS = [
    _PROSE, _PROSE.upper(), "Advertisement", "By Jane Doe", "Updated May 3, 2024 10:15 am",
    "Short line", "Short line.", "Related stories", "Photo: AFP", "3 hours ago", "Menu",
]
_KINDS = ["paragraph", "heading", "title", "list_item", "quote"]
_TAGS = ["p", "div", "td", "li", "h2", "h1", "tr", "span"]


def _old_verdict(raw: Raw) -> str:
    text = raw.text
    total = weight(text)
    if total and min(1.0, raw.links / total) > LINK_DENSITY:
        return "links"
    if raw.kind == "title" or (len(text) < 120 and (
        is_stock_label(text) or is_date_line(text) or is_byline(text)
    )):
        return "drop"
    short = total < SNIPPET_WEIGHT and not text.rstrip().endswith(tuple(SENTENCE_END))
    if short and raw.kind == "paragraph" and raw.tag not in ("p", "blockquote", "li", "pre", "tr"):
        return "drop"
    return "keep"


def _old_sorted_out(raws: list[Raw]) -> list[Raw | None]:
    kept: list[Raw | None] = []
    seen: set[str] = set()
    for raw in raws:
        verdict = _old_verdict(raw)
        if verdict == "links":
            kept.append(None)
            continue
        if verdict == "drop":
            continue
        key = raw.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(raw)
    return kept


def test_repeats_skipped_before_the_drop_tests_keep_the_same_blocks() -> None:
    for seed in range(3000):
        rng = random.Random(seed)
        raws = []
        for _ in range(rng.randrange(12)):
            text = rng.choice(_TEXTS)
            links = rng.choice([0, 0, 1, weight(text) // 2, weight(text)])
            raws.append(Raw(rng.choice(_KINDS), text, links, rng.choice(_TAGS)))
        assert filters._sorted_out(raws) == _old_sorted_out(raws), (seed, raws)


def _old_data_row(tr: lxml.html.HtmlElement) -> tuple[str, int] | None:
    if is_hidden(tr):
        return None
    cells: list[str] = []
    links = 0
    count = 0
    for cell in tr:
        if not isinstance(cell.tag, str):
            continue
        if cell.tag not in ("td", "th"):
            return None
        count += 1
        if has_descendant(cell, tables._BLOCKS):
            return None
        if is_hidden(cell):
            continue
        text = " ".join(tables._cell_text(cell).split())
        if text:
            cells.append(text)
            for a in cell.iter("a"):
                links += weight(text_of(a))
    if count < 2 or not cells:
        return None
    row = " | ".join(cells)
    return (row, links) if weight(row) <= tables.MAX_ROW else None


_CELLS = [
    "<td></td>", "<td>&nbsp;</td>", "<td> 53,09 \n sec.</td>", "<td hidden>x</td>",
    "<td style='display:none'>y</td>", "<th>Name</th>", "<td><strong>4 x 100 m</strong></td>",
    "<td><a href='/a'>Linked team</a> text</td>", "<td><!-- c --></td>", "<td><p>block</p></td>",
    "<td>a<script>code()</script>b</td>", "<td><small>Greiner, Anja 1992</small></td>",
    "<div>not a cell</div>", "<!-- between -->",
]


def test_childless_cells_are_read_as_the_full_cell_reading_on_seeded_rows() -> None:
    rows = 0
    for seed in range(3000):
        rng = random.Random(seed)
        cells = "".join(rng.choice(_CELLS) for _ in range(rng.randrange(6)))
        hidden = rng.choice(["", " hidden"])
        table = lxml.html.fromstring(f"<table><tr{hidden}>{cells}</tr></table>")
        tr = next(table.iter("tr"))
        found = tables.data_row(tr)
        assert found == _old_data_row(tr), (seed, cells)
        rows += found is not None
    assert rows > 300  # (the rows give lines to compare)
