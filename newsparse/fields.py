"""The article's fields as adapters fill them: their names (read from the model) and the check
that turns what an adapter's field method returns into the model's type.

A field method may return ``None``/``()`` for a missing value, a ``list`` where a tuple is
expected, and any :class:`datetime.date` or aware :class:`datetime.datetime`. Anything else
(a ``str`` where a tuple of names is expected, a naive datetime, an ISO string for a date,
text where body blocks are expected) is an adapter bug: :class:`FieldValueError` names the
adapter, the field and what to return instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from newsparse.article import Article, Block
from newsparse.errors import NewsparseError

__all__ = ["FIELDS", "FieldValueError", "checked"]

_NOT_FIELDS = frozenset({"adapter", "provenance", "warnings"})
FIELDS: tuple[str, ...] = tuple(
    f.name for f in attrs.fields(Article) if f.name not in _NOT_FIELDS
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


_Check = Callable[[Any], tuple[bool, Any]]


def _text(value: Any) -> tuple[bool, Any]:
    return value is None or isinstance(value, str), value


def _names(value: Any) -> tuple[bool, Any]:
    if value is None:
        return True, ()
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return True, tuple(value)
    return False, value


def _date(value: Any) -> tuple[bool, Any]:
    if isinstance(value, dt.datetime):
        return value.tzinfo is not None and value.utcoffset() is not None, value
    return value is None or isinstance(value, dt.date), value


def _blocks(value: Any) -> tuple[bool, Any]:
    if value is None:
        return True, ()
    if isinstance(value, (tuple, list)) and all(isinstance(v, Block) for v in value):
        return True, tuple(value)
    return False, value


def _flag(value: Any) -> tuple[bool, Any]:
    if value is None:
        return True, False
    return isinstance(value, bool), value


_TEXT_WANT = "return a str or None"
_NAMES_WANT = "return a tuple of str, e.g. ('Jane Doe',), or ()"
_DATE_WANT = (
    "return a datetime.date, a datetime.datetime with a timezone, or None (parse text with "
    "newsparse.kit.parse_date; a time without a zone is only a date)"
)
_CHECKS: dict[str, tuple[_Check, str]] = {
    "title": (_text, _TEXT_WANT),
    "subtitle": (_text, _TEXT_WANT),
    "authors": (_names, _NAMES_WANT),
    "published": (_date, _DATE_WANT),
    "modified": (_date, _DATE_WANT),
    "url": (_text, _TEXT_WANT),
    "site": (_text, _TEXT_WANT),
    "section": (_text, _TEXT_WANT),
    "tags": (_names, _NAMES_WANT),
    "language": (_text, _TEXT_WANT),
    "body": (_blocks, "return a tuple of Block, e.g. (Block(kind='paragraph', text=...),)"),
    "paywalled": (_flag, "return a bool"),
}
assert set(_CHECKS) == set(FIELDS), "every Article field needs a check"


def checked(source: str, adapter: str, field: str, value: object) -> Any:
    """``value`` as the model's type for ``field`` (lists become tuples, ``None`` an empty
    tuple or ``False`` where the model has one), or :class:`FieldValueError`."""
    check, want = _CHECKS[field]
    ok, converted = check(value)
    if not ok:
        raise FieldValueError(source, adapter, field, value, want)
    return converted
