"""Generic body extraction from HTML: find the main text container, emit typed blocks."""

from __future__ import annotations

import re

import lxml.html

from newsparse.article import Block, BlockKind
from newsparse.extract import schema
from newsparse.extract.text import clean, split_paragraphs
from newsparse.page import Page

__all__ = ["blocks_of", "body"]

_DROP_TAGS = (
    "script", "style", "noscript", "nav", "aside", "footer", "form", "button", "figure",
    "figcaption", "iframe", "svg", "select", "template", "dialog",
)
_BOILERPLATE = re.compile(
    r"share|social|related|newsletter|subscribe|comment|advert|promo|sidebar|cookie|"
    r"byline|author-bio|breadcrumb|caption|credit|tags|recommend|popular|most-read|paywall",
    re.IGNORECASE,
)
_KIND: dict[str, BlockKind] = {
    "p": "paragraph", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "blockquote": "quote", "li": "list_item",
}


def _container(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for xpath in ("//*[@itemprop='articleBody']", "//article"):
        found = root.xpath(xpath)
        if found:
            return max(found, key=lambda el: len(el.xpath(".//p")))
    scores: dict[lxml.html.HtmlElement, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(p.text_content())
    return max(scores, key=scores.__getitem__) if scores else None


def _boilerplate(el: lxml.html.HtmlElement) -> bool:
    marker = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(marker.strip()) and bool(_BOILERPLATE.search(marker))


def blocks_of(container: lxml.html.HtmlElement) -> list[Block]:
    """Typed blocks under ``container``, skipping chrome and nested repeats."""
    blocks: list[Block] = []
    for el in container.iter(*_KIND):
        if any(anc.tag in _DROP_TAGS or _boilerplate(anc) for anc in el.iterancestors()):
            continue
        if el.tag != "li" and any(a.tag in _KIND for a in el.iterancestors()):
            continue
        if el.tag == "li" and any(a.tag == "blockquote" for a in el.iterancestors()):
            continue
        text = clean(el.text_content())
        if text:
            blocks.append(Block(kind=_KIND[el.tag], text=text))
    return blocks


def body(page: Page) -> tuple[tuple[Block, ...], str] | None:
    """The article body: the main container's blocks, else JSON-LD ``articleBody``."""
    container = _container(page.tree)
    if container is not None:
        blocks = blocks_of(container)
        if blocks:
            return tuple(blocks), "html:container"
    found = schema.article_object(page)
    if found:
        texts = schema.strings(found[0].get("articleBody"))
        if texts:
            paragraphs = split_paragraphs(texts[0].replace("\n", "\n\n"))
            if paragraphs:
                blocks = [Block(kind="paragraph", text=p) for p in paragraphs]
                return tuple(blocks), f"jsonld:{found[1]}.articleBody"
    return None
