"""Generic body extraction from HTML: the main text container's blocks, or JSON-LD's.

:func:`body` maps the page's text (:mod:`newsparse.extract.body.textmap`), takes the element that
holds nearly all live text as the article, reads its blocks (:mod:`newsparse.extract.body.blocks`)
and falls back to JSON-LD ``articleBody`` when that text is clearly fuller than the markup's.
Text that exists only inside ``<noscript>`` is read like any other markup. When both give
little text, the article is read from the page's script state as JSON data
(:mod:`newsparse.extract.body.script_state`: Next.js, Redux-style states, Arc's Fusion).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import lxml.html

from newsparse.article import Block, cleaned_block
from newsparse.extract import schema
from newsparse.extract.body.blocks import Raw, container_blocks
from newsparse.extract.body.container import headline, main_container
from newsparse.extract.body.filters import finish
from newsparse.extract.body.header_text import lede_nodes
from newsparse.extract.body.script_state import state_body
from newsparse.extract.body.textmap import TextMap, text_map
from newsparse.extract.body.treetext import text_of, weight
from newsparse.extract.signoff import LAST_BLOCKS, is_credit_block
from newsparse.found import Found, Source
from newsparse.text import split_paragraphs

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["blocks_of", "body", "jsonld_body", "markup_body", "markup_raws"]

_JSONLD_PREFERRED = 2.0
"""Use JSON-LD ``articleBody`` when it is this many times heavier than the markup's text (the
markup is then poor: a teaser, a script-rendered page). A JSON-LD text only somewhat longer
than the markup's often holds extra material (captions, the paywalled rest) and loses the
paragraph structure, so the markup wins."""


_STATE_CHECKED = 1500
"""Script state (:mod:`newsparse.extract.body.script_state`) is read when the body found so far
weighs less than this (a few paragraphs: a teaser, a page that a script fills); it is used
when it holds more than ``_JSONLD_PREFERRED`` times as much text."""

_MAIN_TEXT = Source.markup("html:main-text")
_TITLE_SPAN = 3
"""How many leading blocks are compared with the headline."""
_MAX_LEDE = 2
"""Standfirst paragraphs kept in front of a JSON-LD body at most."""


def blocks_of(container: lxml.html.HtmlElement) -> list[Block]:
    """Typed blocks of a known article container (for site adapters that know their markup)."""
    local = TextMap(container, scope=container)
    if local.body is None:
        return []
    return finish(container_blocks(local, local.body))


def markup_raws(page: Analysis) -> list[Raw]:
    """Candidate blocks of the standfirst and main container, before filtering (kept by the
    page's analysis: the not-an-article check reads them too)."""
    return page.markup_raws


def find_markup_raws(page: Analysis) -> list[Raw]:
    """:func:`markup_raws`, computed."""
    mapped = text_map(page)
    container = main_container(mapped)
    if container is None:
        return []
    return container_blocks(
        mapped, container, lede_nodes(mapped, container), sorted(_headlines(page))
    )


def lede_raws(page: Analysis) -> list[Raw]:
    """Candidate blocks of the standfirst alone (text between headline and container)."""
    mapped = text_map(page)
    container = main_container(mapped)
    if container is None:
        return []
    return container_blocks(mapped, None, lede_nodes(mapped, container), sorted(_headlines(page)))


def markup_body(page: Analysis) -> list[Block]:
    """Blocks of the page's main text container, or ``[]``; a headline repeated as one of the
    first blocks is left out (it is the article's title, not its text)."""
    blocks = finish(markup_raws(page))
    if blocks:
        titles = _headlines(page)
        if titles:  # (no headline: no block is one)
            test = _TitleTest(titles)
            blocks[:_TITLE_SPAN] = [b for b in blocks[:_TITLE_SPAN] if not test.is_title(b.text)]
        # A sign-off or editing credit closing the text is no article text (:mod:`.signoff`);
        # a block's text is cleaned already.
        tail = [b for b in blocks[-LAST_BLOCKS:] if not is_credit_block(b.text, cleaned=True)]
        blocks[-LAST_BLOCKS:] = tail
    return blocks


_WORD = re.compile(r"\w+")
_TITLE_SHARE = 0.8
_TITLE_EXTRA_WORDS = 3


class _TitleTest:
    """The page's headlines (keys, see :func:`_key`) and their words, read once for the
    blocks compared with them."""

    def __init__(self, titles: set[str]) -> None:
        self.titles = titles
        self.title_sets = [set(_WORD.findall(title)) for title in titles]
        # A text with more words than any headline allows is none (a paragraph): its words
        # are read only that far.
        self.limit = max((len(words) for words in self.title_sets), default=0) + (
            _TITLE_EXTRA_WORDS
        )

    def is_title(self, text: str) -> bool:
        """The headline itself, or a variant of it: nearly all words are a headline's, and
        there are hardly more of them (a kicker added, punctuation changed)."""
        key = _key(text)
        if key in self.titles:
            return True
        limit = self.limit
        words = [match.group() for match in itertools.islice(_WORD.finditer(key), limit + 1)]
        if not words or len(words) > limit:
            return False
        for title_words in self.title_sets:
            if len(words) > len(title_words) + _TITLE_EXTRA_WORDS:
                continue  # far more words than the headline (a paragraph): nothing to count
            shared = sum(1 for w in words if w in title_words)
            if shared >= _TITLE_SHARE * len(words):
                return True
        return False


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _headlines(page: Analysis) -> set[str]:
    """The page's headline as ``<h1>``, ``og:title`` and JSON-LD ``headline`` give it."""
    found = {_key(text_of(h)) for h in headline(text_map(page))[:1]}
    meta = page.meta_first("og:title", "twitter:title")
    if meta:
        found.add(_key(meta[1]))
    article = schema.article_object(page)
    if article:
        found.update(_key(t) for t in schema.strings(article[0].get("headline"))[:1])
    found.discard("")
    return found


def jsonld_body(page: Analysis) -> Found[tuple[Block, ...]] | None:
    """Paragraphs of the article object's ``articleBody`` (one per line) and its source (kept
    by the page's analysis)."""
    return page.jsonld_body


def find_jsonld_body(page: Analysis) -> Found[tuple[Block, ...]] | None:
    """:func:`jsonld_body`, computed."""
    found = schema.article_object(page)
    if not found:
        return None
    texts = schema.strings(found[0].get("articleBody"))
    if not texts:
        return None
    paragraphs = split_paragraphs(texts[0].replace("\r\n", "\n").replace("\n", "\n\n"))
    if not paragraphs:
        return None
    blocks = tuple(cleaned_block("paragraph", p) for p in paragraphs)
    return Found(blocks, Source.jsonld(found[1], "articleBody"))


def _markup_lede(
    page: Analysis, markup: list[Block], jsonld: tuple[Block, ...]
) -> list[Block]:
    """The markup's standfirst, which ``articleBody`` rarely repeats: the paragraphs the markup
    shows before its first paragraph that ``articleBody`` has too, else the text between the
    headline and the main container."""
    full = " ".join(b.text for b in jsonld)
    lede: list[Block] = []
    for block in markup:
        if block.text[:60] in full:
            return lede[:_MAX_LEDE]
        if block.kind == "paragraph":
            lede.append(block)
    return [b for b in finish(lede_raws(page)) if b.text not in full][:_MAX_LEDE]


def _weight(blocks: Sequence[Block]) -> int:
    # The sum of the blocks' weights, in one pass: a weight adds up over joined texts.
    return weight("".join([b.text for b in blocks]))


def body(page: Analysis) -> Found[tuple[Block, ...]] | None:
    """The article body as typed blocks and where it came from, or ``None``."""
    blocks = markup_body(page)
    fallback = jsonld_body(page)
    size = _weight(blocks)
    if fallback and _weight(fallback.value) > _JSONLD_PREFERRED * size:
        lede = _markup_lede(page, blocks, fallback.value)
        blocks, source = [*lede, *fallback.value], fallback.source
        size = _weight(blocks)
    else:
        source = _MAIN_TEXT
    if size < _STATE_CHECKED:
        state = state_body(page)
        if state and _weight(state[0]) > _JSONLD_PREFERRED * size:
            return Found(tuple(state[0]), Source.markup(state[1]))
    if blocks:
        return Found(tuple(blocks), source)
    return None
