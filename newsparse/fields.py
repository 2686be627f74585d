"""The article's fields as adapters fill them: their names (read from the model) and, for each,
a typed :class:`Field` whose check turns what an adapter's field method returns into the
model's type.

A field method may return ``None``/``()`` for a missing value, a ``list`` where a tuple is
expected, and any :class:`datetime.date` or aware :class:`datetime.datetime`. Anything else
(a ``str`` where a tuple of names is expected, a naive datetime, an ISO string for a date,
text where body blocks are expected) is an adapter bug: :class:`FieldValueError` names the
adapter, the field and what to return instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from itertools import repeat
from typing import Generic, NamedTuple, TypeVar, cast

from newsparse.article import Article, Block
from newsparse.errors import NewsparseError

__all__ = [
    "AUTHORS", "BODY", "FIELDS", "LANGUAGE", "MODIFIED", "PAYWALLED", "PUBLISHED", "SECTION",
    "SITE", "SUBTITLE", "TAGS", "TITLE", "URL", "Field", "FieldValueError", "Wrong",
]

_NOT_FIELDS = frozenset({"adapter", "provenance", "warnings"})
FIELDS: tuple[str, ...] = tuple(
    name for name in Article.__match_args__ if name not in _NOT_FIELDS  # attrs: every field
)
"""The :class:`~newsparse.Article` fields an adapter has a method for, in the model's order."""


class FieldValueError(NewsparseError):
    """An adapter's field method returned a value of the wrong type."""

    def __init__(self, source: str, adapter: str, field: str, value: object, want: str) -> None:
        self.adapter = adapter
        self.field = field
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        super().__init__(
            source,
            f"adapter {adapter!r} returned {type(value).__name__} {shown} for {field}; "
            f"{want}",
        )


T_co = TypeVar("T_co", covariant=True)


class Field(NamedTuple, Generic[T_co]):
    """One :class:`~newsparse.Article` field as an adapter fills it: its name, the check that
    turns what the field method returns into the model's type, and what to return instead."""

    name: str
    convert: Callable[[object], T_co | Wrong]
    """The value as the model's type, or :data:`_WRONG` when it has the wrong type."""
    want: str

    def checked(self, source: str, adapter: str, value: object) -> T_co:
        """``value`` as the model's type (lists become tuples, ``None`` an empty tuple or
        ``False`` where the model has one), or :class:`FieldValueError`."""
        converted = self.convert(value)
        if isinstance(converted, Wrong):
            raise FieldValueError(source, adapter, self.name, value, self.want)
        return converted


class Wrong:
    """The type of what a :class:`Field`'s ``convert`` returns for a value of the wrong type
    (``_WRONG``, its one instance)."""


_WRONG = Wrong()


def _items(value: object) -> tuple[object, ...] | None:
    """The items of a tuple or a list, else ``None``."""
    sequence = isinstance(value, (tuple, list))  # a stored test: ``value`` stays an object
    return tuple(cast("Iterable[object]", value)) if sequence else None


_STR = repeat(str)
_BLOCK = repeat(Block)


def _text(value: object) -> str | Wrong | None:
    return value if value is None or isinstance(value, str) else _WRONG


def _sequence(value: object) -> tuple[object, ...] | None:
    """:func:`_items`, and the tuple itself for a tuple (the common return of a field method)."""
    return cast("tuple[object, ...]", value) if type(value) is tuple else _items(value)


def _names(value: object) -> tuple[str, ...] | Wrong:
    if value is None:
        return ()
    items = _sequence(value)
    if items is None:
        return _WRONG
    # (every item tested in C: the tuple of the items that are str, when that is all of them)
    return cast("tuple[str, ...]", items) if all(map(isinstance, items, _STR)) else _WRONG


def _date(value: object) -> dt.date | Wrong | None:
    if isinstance(value, dt.datetime):
        aware = value.tzinfo is not None and value.utcoffset() is not None
        return value if aware else _WRONG
    return value if value is None or isinstance(value, dt.date) else _WRONG


def _blocks(value: object) -> tuple[Block, ...] | Wrong:
    if value is None:
        return ()
    items = _sequence(value)
    if items is None:
        return _WRONG
    return cast("tuple[Block, ...]", items) if all(map(isinstance, items, _BLOCK)) else _WRONG


def _flag(value: object) -> bool | Wrong:
    if value is None:
        return False
    return value if isinstance(value, bool) else _WRONG


_TEXT_WANT = "return a str or None"
_NAMES_WANT = "return a tuple of str, e.g. ('Jane Doe',), or ()"
_DATE_WANT = (
    "return a datetime.date, a datetime.datetime with a timezone, or None (parse text with "
    "newsparse.kit.parse_date; a time without a zone is only a date)"
)
TITLE = Field("title", _text, _TEXT_WANT)
SUBTITLE = Field("subtitle", _text, _TEXT_WANT)
AUTHORS = Field("authors", _names, _NAMES_WANT)
PUBLISHED = Field("published", _date, _DATE_WANT)
MODIFIED = Field("modified", _date, _DATE_WANT)
URL = Field("url", _text, _TEXT_WANT)
SITE = Field("site", _text, _TEXT_WANT)
SECTION = Field("section", _text, _TEXT_WANT)
TAGS = Field("tags", _names, _NAMES_WANT)
LANGUAGE = Field("language", _text, _TEXT_WANT)
BODY = Field("body", _blocks,
             "return a tuple of Block, e.g. (Block(kind='paragraph', text=...),)")
PAYWALLED = Field("paywalled", _flag, "return a bool")
_ALL: tuple[Field[object], ...] = (
    TITLE, SUBTITLE, AUTHORS, PUBLISHED, MODIFIED, URL, SITE, SECTION, TAGS, LANGUAGE, BODY,
    PAYWALLED,
)
assert tuple(field.name for field in _ALL) == FIELDS, "every Article field needs a check"
