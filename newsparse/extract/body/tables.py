"""Rows of data tables, read as one line each.

A data table in an article (results, prices, a schedule) is read one row to a line, the
cells joined with `` | ``, instead of one short block per cell (which the filters then drop
as interface text). A row is a data row when it has two or more cells and no cell holds block
markup (paragraphs, lists, nested tables, line breaks): a layout table, which sets a page's
columns in cells, holds blocks in them and is walked like any other element. Class words on
rows and cells ("player", "rating", "media" in a sports or product table) are not read as
chrome markers; rows hidden from readers are still left out.
"""

from __future__ import annotations

import copy

import lxml.etree
import lxml.html

from newsparse.extract.body.boilerplate import SKIP_TAGS, is_hidden
from newsparse.extract.body.treetext import has_descendant, text_of, weight
from newsparse.text import single_spaced

__all__ = ["CELL_SEPARATOR", "MAX_ROW", "data_row"]

CELL_SEPARATOR = " | "
MAX_ROW = 600
"""Weight of a data row at most: a longer row is a layout row holding running text."""
_CELLS = frozenset({"td", "th"})
_BLOCKS = frozenset({
    "p", "div", "ul", "ol", "li", "table", "br", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "pre", "dl", "form",
})


def data_row(tr: lxml.html.HtmlElement) -> tuple[str, int] | None:
    """The row's text (cells joined) and the weight of its link text, or ``None`` when it is
    not a data row (one cell, blocks inside, or too long) or holds no text."""
    if is_hidden(tr):
        return None
    cells: list[str] = []
    links = 0
    count = 0
    for cell in tr:
        if not isinstance(cell.tag, str):
            continue
        if cell.tag not in _CELLS:
            return None
        count += 1
        if len(cell) == 0:
            # No elements inside (comments count): its one text node is its text, and it
            # holds no blocks, no code and no links.
            if not is_hidden(cell) and (text := single_spaced(cell.text or "")):
                cells.append(text)
            continue
        if has_descendant(cell, _BLOCKS):
            return None
        if is_hidden(cell):
            continue
        text = _cell_text(cell)
        if text:
            cells.append(text)
            for a in cell.iter("a"):
                links += weight(text_of(a))
    if count < 2 or not cells:
        return None
    row = CELL_SEPARATOR.join(cells)
    return (row, links) if weight(row) <= MAX_ROW else None


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    """A cell's text without code, controls, media and captions, white space tidied."""
    if has_descendant(cell, SKIP_TAGS):
        cell = copy.deepcopy(cell)
        lxml.etree.strip_elements(cell, *SKIP_TAGS, with_tail=False)
    return single_spaced(text_of(cell))
