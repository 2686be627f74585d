"""Filtering candidate blocks into the article's blocks.

The walker (:mod:`newsparse.extract.body.blocks`) reads every block of the main container;
:func:`finish` drops those that are not article text: the headline, link lists, stock labels
("Advertisement"), dates and bylines standing alone, repeats, cut copies of a paragraph ("...
read more"), teaser summaries, stray interface words and headings left without text.
"""

from __future__ import annotations

import bisect
from typing import cast

from newsparse.article import Block, BlockKind, clean_block
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.boilerplate import is_byline, is_date_line, is_stock_label
from newsparse.extract.body.treetext import weight
from newsparse.extract.thresholds import LINK_DENSITY, SENTENCE_END, SNIPPET_WEIGHT

__all__ = ["finish"]


def _dropped(raw: Raw, total: int) -> bool:
    """Whether a block that is not mostly links (of weight ``total``, or -1 when it is not
    measured yet) is no article text: the headline, a stock label, a date line or a byline
    standing alone, or interface text. (The cheap tests first: a block any of them drops is
    dropped.)"""
    if raw.kind == "title":
        return True
    text = raw.text
    # A bare div/td line lighter than a snippet is interface text, not prose.
    if raw.kind == "paragraph" and raw.tag not in _PROSE_TAGS:
        if total < 0:
            total = weight(text)
        if total < SNIPPET_WEIGHT and not text.rstrip().endswith(_SENTENCE_END):
            return True
    return len(text) < _LABEL_LENGTH and (
        is_stock_label(text) or is_date_line(text) or is_byline(text)
    )


_SENTENCE_END = tuple(SENTENCE_END)
_LABEL_LENGTH = 120
"""Stock labels, credit lines, date lines and bylines are all shorter than this (see
:mod:`.boilerplate`): a longer block is none of them, and the three tests are not run."""
_PROSE_TAGS = ("p", "blockquote", "li", "pre", "tr")
_ELLIPSIS = ("…", "...", "[…]", "(…)")
_PREFIX = 40  # characters a cut copy must share with the full text


class _Longest:
    """Texts sorted, with a range-maximum table of their lengths: whether some text starting
    with a given string is longer than a given length, in logarithmic time."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = sorted(texts)
        level = [len(t) for t in self.texts]
        self.table = [level]
        width = 1
        while 2 * width <= len(level):
            level = [max(level[i], level[i + width]) for i in range(len(level) - width)]
            self.table.append(level)
            width *= 2

    def longer_than(self, start: str, length: int) -> bool:
        size = len(start)
        # Sorted texts that start with ``start`` are one run: their first characters sorted.
        lo = bisect.bisect_left(self.texts, start, key=lambda t: t[:size])
        hi = bisect.bisect_right(self.texts, start, key=lambda t: t[:size])
        if lo >= hi:
            return False
        level = (hi - lo).bit_length() - 1
        row = self.table[level]
        return max(row[lo], row[hi - (1 << level)]) > length


def _drop_cut_copies(kept: list[Raw | None]) -> list[Raw | None]:
    """Drop a block that is the start of another block cut with an ellipsis (a "read more"
    teaser repeating the opening paragraph). Candidates are found by their start, then by a
    search in their sorted texts: linear-logarithmic even when thousands share a start."""
    if not any(r is not None and r.text.endswith(_ELLIPSIS) for r in kept):
        return kept  # no cut copy (most pages): no texts to index
    starts: dict[str, list[str]] = {}
    for raw in kept:
        if raw is not None and len(raw.text) > _PREFIX:
            starts.setdefault(raw.text[:_PREFIX].casefold(), []).append(raw.text.casefold())
    searched: dict[str, _Longest] = {}
    out: list[Raw | None] = []
    for raw in kept:
        if raw is not None and raw.text.endswith(_ELLIPSIS) and len(raw.text) > _PREFIX:
            whole = raw.text.casefold()
            cut = whole.rstrip(".…[]() ")
            key = raw.text[:_PREFIX].casefold()
            others = searched.get(key)
            if others is None:
                others = searched[key] = _Longest(starts.get(key, []))
            # A longer text is never ``whole`` itself.
            if others.longer_than(cut, len(whole)):
                continue
        out.append(raw)
    return out


_TEASERS = 3
"""Linked headlines with a summary each, in a row, that make a teaser list."""
_SUMMARY = 400
"""Weight of a teaser's summary at most (about three lines)."""


def _drop_teaser_summaries(kept: list[Raw | None]) -> list[Raw | None]:
    """Drop the summaries of a teaser list: three or more linked headlines (``None`` here, a
    link-dominated block) in a row, each followed by one short paragraph. The linked titles are
    gone already; their summaries are chrome too, however much text they hold together."""
    out = list(kept)
    run: list[int] = []  # indices of the summaries in the current run
    i = 0
    while i < len(out):
        if out[i] is not None:
            run = _end_run(out, run)
            i += 1
            continue
        while i < len(out) and out[i] is None:
            i += 1
        summary = out[i] if i < len(out) else None
        if summary is None or summary.kind != "paragraph" or weight(summary.text) > _SUMMARY:
            run = _end_run(out, run)
            continue
        nxt = i + 1
        if nxt < len(out) and out[nxt] is not None:  # more than one paragraph: not a teaser
            run = _end_run(out, run)
            i = nxt
            continue
        run.append(i)
        i = nxt
    _end_run(out, run)
    return out


def _end_run(out: list[Raw | None], run: list[int]) -> list[int]:
    if len(run) >= _TEASERS:
        for index in run:
            out[index] = None
    return []


def _sorted_out(raws: list[Raw]) -> list[Raw | None]:
    """The blocks kept, in order, with ``None`` for each link list or teaser (it ends a
    section); the blocks :func:`_dropped` drops and the repeats (compared case-folded) go."""
    kept: list[Raw | None] = []
    seen: set[str] = set()
    for raw in raws:
        text = raw.text
        links = raw.links
        total = -1  # (the weight, measured once if at all: a block without links needs it
        # only when it may be interface text)
        if links:
            total = weight(text)  # (the block's link density, Raw.link_density)
            if total and min(1.0, links / total) > LINK_DENSITY:
                kept.append(None)
                continue
        key = text.casefold()
        # A repeat goes whether it would be dropped or not, so it is not tested (a dropped
        # block is not seen: a later copy of it is tested again, with its own kind and tag).
        if key in seen or _dropped(raw, total):
            continue
        seen.add(key)
        kept.append(raw)
    return kept


def finish(raws: list[Raw]) -> list[Block]:
    """Filter candidate blocks into the article's blocks (see the module docstring)."""
    kept = _drop_teaser_summaries(_drop_cut_copies(_sorted_out(raws)))
    # A heading needs text after it: drop headings followed by nothing, or by blocks that
    # were dropped (a "More on this topic" heading over a link list).
    blocks: list[Block] = []
    following_text = False
    for item in reversed(kept):
        if item is None:
            following_text = False
            continue
        if item.kind == "heading" and not following_text:
            continue
        try:
            block = clean_block(cast(BlockKind, item.kind), item.text)
        except ValueError:  # only invisible characters (a lone BOM): no block
            continue
        following_text = following_text or item.kind != "heading"
        blocks.append(block)
    blocks.reverse()
    return blocks
