"""The output model: `Article`, its body `Block`s and `ArticleWarning`s."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, cast

import attrs

from newsparse.text import clean

__all__ = [
    "Article", "ArticleWarning", "Block", "BlockKind", "Provenance", "format_date",
    "parse_iso_date",
]

BlockKind = Literal["paragraph", "heading", "quote", "list_item"]
BLOCK_KINDS: tuple[str, ...] = ("paragraph", "heading", "quote", "list_item")


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean(value)
    return value or None


def _text_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """Clean every item, drop empties and exact repeats, keep the first order."""
    seen: dict[str, None] = {}
    for value in values:
        item = clean(value)
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


def _check_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{attribute.name} must be a date, or a datetime with a timezone, not {value!r}"
            )
        return
    if not isinstance(value, dt.date):
        raise TypeError(f"{attribute.name} must be a date or datetime, not {type(value).__name__}")


def format_date(value: dt.date | None) -> str | None:
    """ISO 8601: "2016-09-10" for a day, "2019-11-01T03:27:09+00:00" for a moment."""
    return None if value is None else value.isoformat()


def parse_iso_date(value: str | None) -> dt.date | None:
    """Inverse of `format_date`."""
    if value is None:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


@attrs.frozen
class Block:
    """One piece of body text in reading order: a paragraph, heading, quote or list item.

    Attributes:
        kind: "paragraph", "heading", "quote" or "list_item".
        text: The block's text, normalised and never empty.
    """

    kind: BlockKind = attrs.field(validator=attrs.validators.in_(BLOCK_KINDS))
    text: str = attrs.field(converter=clean)

    @text.validator
    def _not_empty(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value:
            raise ValueError("a Block needs non-empty text")

    def to_dict(self) -> dict[str, str]:
        """`{"kind": ..., "text": ...}`."""
        return {"kind": self.kind, "text": self.text}


_KINDS = frozenset(BLOCK_KINDS)
_new = object.__new__
_set = object.__setattr__


def clean_block(kind: BlockKind, text: str) -> Block:
    """``Block(kind=kind, text=text)``: the same Block, or the same error, made without
    attrs' generic ``__init__`` (its converter and two validators cost more than the
    cleaning itself; internal callers build many blocks per page)."""
    return cleaned_block(kind, clean(text))


def cleaned_block(kind: BlockKind, text: str) -> Block:
    """`clean_block` for a text that `newsparse.text.clean` returned: it is not cleaned again
    (``clean(clean(s)) == clean(s)`` for every string, so the Block is the same). Only for
    internal callers that hold ``clean``'s output unchanged; any other text goes to
    `clean_block`."""
    if not text or kind not in _KINDS:
        return Block(kind=kind, text=text)  # (raises Block's own error)
    block = _new(Block)
    _set(block, "kind", kind)
    _set(block, "text", text)
    return block


@attrs.frozen
class ArticleWarning:
    """A machine-readable doubt about one field of an article.

    Attributes:
        code: A stable identifier of the kind of doubt, e.g. "date_after_fetch",
            "author_is_organisation", "teaser_suspected".
        field: The `Article` field the doubt is about.
        message: A human-readable explanation naming the values involved.
    """

    code: str
    field: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """`{"code": ..., "field": ..., "message": ...}`."""
        return {"code": self.code, "field": self.field, "message": self.message}


class Provenance(Mapping[str, str]):
    """Where each filled field of an `Article` came from: field name -> source name.

    A read-only mapping (``article.provenance["published"]``), equal to any mapping with the
    same items (a plain ``dict`` included), hashable, and picklable, so an Article stays frozen
    all the way down and crosses process boundaries in batch work.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | None = None) -> None:
        own = dict(items or {})
        for field, source in own.items():
            if not isinstance(field, str) or not isinstance(source, str):
                raise TypeError(
                    f"provenance maps field names to source names (str -> str), not "
                    f"{field!r} -> {source!r}"
                )
        self._items: dict[str, str] = own

    def __getitem__(self, field: str) -> str:
        return self._items[field]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __reduce__(self) -> tuple[type[Provenance], tuple[dict[str, str]]]:
        return Provenance, (self._items,)

    def __repr__(self) -> str:
        return f"Provenance({self._items!r})"


def _blocks(values: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(values)


def _warnings(values: Iterable[ArticleWarning]) -> tuple[ArticleWarning, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """One news article, normalised and typed.

    Dates are a plain `datetime.date` when the page gives only the day, and a timezone-aware
    `datetime.datetime` when it gives a time with an offset; newsparse never invents a time or a
    zone. Text is normalised (whitespace, NBSP, mojibake) but never reworded; a missing value is
    `None` or an empty tuple, never a guess.

    Attributes:
        title: The headline, without the site's name; empty, with a `missing_title` warning,
            when the page shows none.
        subtitle: The standfirst or description shown under the headline.
        authors: Person names in byline order, without "By" or roles; an organisation only
            when the page names no person.
        published: When the article was first published: a `datetime.date` for a day, a
            timezone-aware `datetime.datetime` for a moment.
        modified: When the article was last modified (same rules as `published`).
        url: The article's canonical URL.
        site: The publisher's name, e.g. "NK News".
        section: The section or category the article is filed under.
        tags: Keywords and topics, in page order.
        language: The article's language as a BCP 47 tag ("en", "de-AT").
        body: The article text as typed `Block`s in reading order (paragraphs, headings,
            quotes, list items), without captions, teasers, prompts or page chrome.
        paywalled: True when the page shows only part of the article behind a paywall.
        adapter: The name of the adapter that extracted the article ("generic", "nknews", ...).
        provenance: Where each filled field came from, a read-only `Provenance` mapping, e.g.
            `{"published": "jsonld:NewsArticle.datePublished"}`.
        warnings: Machine-readable doubts about the output (`ArticleWarning`s).
    """

    title: str = attrs.field(converter=clean)
    subtitle: str | None = attrs.field(default=None, converter=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)
    published: dt.date | None = attrs.field(default=None, validator=_check_date)
    modified: dt.date | None = attrs.field(default=None, validator=_check_date)
    url: str | None = attrs.field(default=None, converter=_optional_text)
    site: str | None = attrs.field(default=None, converter=_optional_text)
    section: str | None = attrs.field(default=None, converter=_optional_text)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)
    language: str | None = attrs.field(default=None, converter=_optional_text)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    paywalled: bool = False
    adapter: str = "generic"
    provenance: Provenance = attrs.field(factory=Provenance, converter=Provenance, hash=False)
    warnings: tuple[ArticleWarning, ...] = attrs.field(default=(), converter=_warnings, hash=False)

    def __repr__(self) -> str:
        """Short: title, site, published date and number of body blocks, not the whole text."""
        title = self.title if len(self.title) <= 80 else self.title[:79] + "…"
        published = format_date(self.published)
        return (
            f"Article(title={title!r}, site={self.site!r}, published={published!r}, "
            f"blocks={len(self.body)})"
        )

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of every body block, in reading order."""
        return tuple(block.text for block in self.body)

    @property
    def text(self) -> str:
        """The body as plain text, blocks separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `Article.from_dict` turns it back into an equal Article."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": format_date(self.published),
            "modified": format_date(self.modified),
            "url": self.url,
            "site": self.site,
            "section": self.section,
            "tags": list(self.tags),
            "language": self.language,
            "paywalled": self.paywalled,
            "adapter": self.adapter,
            "body": [block.to_dict() for block in self.body],
            "provenance": dict(self.provenance),
            "warnings": [warning.to_dict() for warning in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an Article from the output of `Article.to_dict`."""
        return cls(
            title=data["title"],
            subtitle=data.get("subtitle"),
            authors=tuple(data.get("authors", ())),
            published=parse_iso_date(data.get("published")),
            modified=parse_iso_date(data.get("modified")),
            url=data.get("url"),
            site=data.get("site"),
            section=data.get("section"),
            tags=tuple(data.get("tags", ())),
            language=data.get("language"),
            body=tuple(
                Block(kind=cast(BlockKind, b["kind"]), text=b["text"])
                for b in data.get("body", ())
            ),
            paywalled=bool(data.get("paywalled", False)),
            adapter=data.get("adapter", "generic"),
            provenance=dict(data.get("provenance", {})),
            warnings=tuple(ArticleWarning(**w) for w in data.get("warnings", ())),
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """The `Article.to_dict` form as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _trusted_provenance(items: dict[str, str]) -> Provenance:
    """``Provenance(items)`` for a dict the caller built from str to str and gives away."""
    provenance = _new(Provenance)
    _set(provenance, "_items", items)
    return provenance


def assembled_article(
    title: str, subtitle: str | None, authors: tuple[str, ...], published: dt.date | None,
    modified: dt.date | None, url: str | None, site: str | None, section: str | None,
    tags: tuple[str, ...], language: str | None, body: tuple[Block, ...], paywalled: bool,
    adapter: str, provenance: dict[str, str], warnings: tuple[ArticleWarning, ...],
) -> Article:
    """``Article(...)`` of the same values, for `newsparse.assembly` only: the text fields are
    cleaned by the same converters, but the checks its typed fields
    (`newsparse.fields.Field`) already made are not made again: the dates are ``None``, a
    ``date`` or an aware ``datetime``, ``body`` a tuple of `Block`, ``warnings`` a tuple of
    `ArticleWarning` and ``provenance`` a fresh dict from field name to source name (kept, not
    copied). An Article built by anyone else goes through ``Article(...)`` and its checks."""
    article = _new(Article)
    _set(article, "title", clean(title))
    _set(article, "subtitle", _optional_text(subtitle))
    _set(article, "authors", _text_tuple(authors) if authors else ())
    _set(article, "published", published)
    _set(article, "modified", modified)
    _set(article, "url", _optional_text(url))
    _set(article, "site", _optional_text(site))
    _set(article, "section", _optional_text(section))
    _set(article, "tags", _text_tuple(tags) if tags else ())
    _set(article, "language", _optional_text(language))
    _set(article, "body", body)
    _set(article, "paywalled", paywalled)
    _set(article, "adapter", adapter)
    _set(article, "provenance", _trusted_provenance(provenance))
    _set(article, "warnings", warnings)
    return article
