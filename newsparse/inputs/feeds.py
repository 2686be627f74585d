"""RSS (0.9x, 1.0, 2.0) and Atom feeds: every item with content is an article.

The item's link is the article's URL; its title, authors (``author``, ``dc:creator``, Atom
``author/name``), dates (``pubDate``/``dc:date``/Atom ``published``, Atom ``updated`` as the
modified date) and categories (tags) are taken as given. The body comes from
``content:encoded`` or Atom ``content``; an item that has only a ``description``/``summary`` uses
it, with a ``feed_summary_only`` warning (feeds often carry a teaser there). An item with neither
title nor body is skipped. The feed is read as a stream, so a feed of any size stays in bounded
memory; entities are not resolved and nothing is fetched.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from typing import IO

from lxml import etree, html

from newsparse.article import Article, ArticleWarning, Block, BlockKind, cleaned_block
from newsparse.inputs.items import Done, Failure, Input, Skipped
from newsparse.text import clean

__all__ = ["item_article", "read_feed"]

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ITEMS = ("item", f"{_RSS1}item", f"{_ATOM}entry")
_BLOCKS: dict[str, BlockKind] = {
    "p": "paragraph", "div": "paragraph", "pre": "paragraph", "blockquote": "quote",
    "li": "list_item", **{f"h{n}": "heading" for n in range(1, 7)},
}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg", "figure", "nav", "form"}
_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
# "jane@example.com (Jane Doe)". Each run stops where the next part starts ("\S+@\S+" tried
# every split of a long run of "@", square time; issue 13).
_EMAIL_NAME = re.compile(r"^\s*[^\s@]+@[^\s(]+\s*\((.+)\)\s*$")


def _text(element: etree._Element | None) -> str:
    return "".join(str(t) for t in element.itertext()) if element is not None else ""


def _html_blocks(markup: str) -> list[Block]:
    """Body blocks of an HTML fragment: block elements in order, loose text as paragraphs."""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _text_blocks(_TAG.sub(" ", markup))
    blocks: list[Block] = []
    buffer: list[str] = []
    kinds: list[BlockKind] = ["paragraph"]

    def flush() -> None:
        text = clean("".join(buffer))
        buffer.clear()
        if text:
            blocks.append(cleaned_block(kinds[-1], text))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                continue
            if tag in _BLOCKS and element is not root:
                flush()
                kinds.append(_BLOCKS[tag])
            elif tag == "br":
                buffer.append("\n")
            if element.text and isinstance(element.tag, str):
                buffer.append(element.text)
        else:
            if tag in _BLOCKS and element is not root:
                flush()
                kinds.pop()
            if element.tail and element is not root:
                buffer.append(element.tail)
    flush()
    return blocks


def _text_blocks(text: str) -> list[Block]:
    parts = (clean(part) for part in re.split(r"\n\s*\n", text))
    return [cleaned_block("paragraph", part) for part in parts if part]


def _body(element: etree._Element | None, kind: str) -> list[Block]:
    if element is None:
        return []
    if kind == "xhtml":
        markup = "".join(etree.tostring(child, encoding="unicode") for child in element)
        return _html_blocks((element.text or "") + markup)
    raw = _text(element)
    if kind == "text" or not _TAG.search(raw):
        return _text_blocks(raw)
    return _html_blocks(raw)


def _date(value: str) -> dt.date | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom, dc:date) date; a time without a zone keeps the day."""
    value = value.strip()
    if not value:
        return None
    moment: dt.datetime | None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.date()
    return moment


def _plain(element: etree._Element | None) -> str:
    """A title-like value: markup (Atom ``type="html"``, escaped HTML in RSS) removed."""
    raw = _text(element)
    if _TAG.search(raw):
        raw = _TAG.sub(" ", raw)
    return clean(raw)


def _link(item: etree._Element, atom: bool) -> str | None:
    if atom:
        for link in item.iterfind(f"{_ATOM}link"):
            href = link.get("href")
            if link.get("rel", "alternate") == "alternate" and href:
                return str(href)
        return None
    text = clean(_text(item.find("link")) or _text(item.find(f"{_RSS1}link")))
    if text:
        return text
    guid = item.find("guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        return clean(_text(guid)) or None
    return None


def _authors(item: etree._Element, atom: bool) -> list[str]:
    if atom:
        return [_text(a.find(f"{_ATOM}name")) for a in item.iterfind(f"{_ATOM}author")]
    names = [_text(e) for e in item.iterfind(f"{_DC}creator")]
    for author in item.iterfind("author"):
        text = _text(author)
        named = _EMAIL_NAME.match(text)
        names.append(named.group(1) if named else ("" if "@" in text else text))
    return names


def item_article(item: etree._Element) -> Article | None:
    """The :class:`Article` of one feed item (``None`` when it has neither title nor body)."""
    atom = item.tag == f"{_ATOM}entry"
    find = (lambda name: item.find(f"{_ATOM}{name}")) if atom else item.find
    warnings: list[ArticleWarning] = []
    if atom:
        content = item.find(f"{_ATOM}content")
        body = _body(content, content.get("type", "text") if content is not None else "")
        summary = item.find(f"{_ATOM}summary")
        summary_kind = summary.get("type", "text") if summary is not None else ""
        published = _date(_text(find("published")))
        modified = _date(_text(find("updated")))
        tags = [c.get("term", "") for c in item.iterfind(f"{_ATOM}category")]
    else:
        body = _body(item.find(_CONTENT), "html")
        summary = find("description")
        if summary is None:
            summary = item.find(f"{_RSS1}description")
        summary_kind = "html"
        published = _date(_text(find("pubDate")) or _text(item.find(f"{_DC}date")))
        modified = None
        tags = [_text(c) for c in item.iterfind("category")]
        tags += [_text(c) for c in item.iterfind(f"{_DC}subject")]
    if not body and summary is not None:
        body = _body(summary, summary_kind)
        if body:
            warnings.append(ArticleWarning(
                code="feed_summary_only", field="body",
                message="the feed item has no full content; the body is its description/summary"))
    title_element = find("title")
    if title_element is None and not atom:
        title_element = item.find(f"{_RSS1}title")
    title = _plain(title_element)
    if not title and not body:
        return None
    return Article(
        title=title, authors=_authors(item, atom), published=published, modified=modified,
        url=_link(item, atom), tags=tags, body=body, adapter="feed", warnings=warnings,
        provenance={"body": "feed:content" if not warnings else "feed:summary"},
    )


def read_feed(path: str, source: str | IO[bytes] | None = None) -> Iterator[Done | Skipped]:
    """Yield a :class:`Done` article (or error record) for every item of the feed at ``path``
    (read from ``source`` when given), ``PATH#N`` being the N-th item."""
    number = 0
    try:
        events = etree.iterparse(source if source is not None else path, events=("end",),
                                 tag=_ITEMS, resolve_entities=False, no_network=True,
                                 remove_comments=True)
        for _, item in events:
            number += 1
            name = f"{path}#{number}"
            try:
                article = item_article(item)
            except Exception as exc:  # noqa: BLE001 - one bad item is its own error record
                failure = Failure(name, "FeedError", f"{name}: cannot read the feed item ({exc})")
                yield Done(Input(name, b"", output=_output(path), grouped=True), failure)
                continue
            finally:
                item.clear(keep_tail=True)
                while item.getprevious() is not None:
                    parent = item.getparent()
                    if parent is None:
                        break
                    del parent[0]
            if article is None:
                yield Skipped(name, "a feed item without title or content")
            else:
                yield Done(Input(name, b"", url=article.url, output=_output(path), grouped=True),
                           article)
    except (etree.XMLSyntaxError, OSError) as exc:
        name = f"{path}#{number + 1}"
        failure = Failure(name, "FeedError",
                          f"{name}: the feed is not well-formed XML past item {number} ({exc})")
        yield Done(Input(name, b"", output=_output(path), grouped=True), failure)


def _output(path: str) -> str:
    return path.rsplit("/", 1)[-1]
