"""The one assembly step: an adapter's field values in, an :class:`~newsparse.Article` out.

:func:`assemble` runs the adapter's check and each field method once, in the model's order.
Each field is isolated: an exception inside one field method gives that field ``None`` and a
``field_error`` warning naming the adapter and the field (with ``strict=True``, as in the tests,
it is raised instead); every value is checked and converted at the boundary
(:func:`newsparse.fields.checked`). Then, in this order and only here: the finders' notes are
collected, a published or modified date after the fetch time is dropped (the one rule,
:func:`newsparse.page.after_fetch`), the cross-field review adds its warnings
(:func:`newsparse.review.review`), and the Article is built.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from newsparse.article import Article, ArticleWarning
from newsparse.errors import NewsparseError
from newsparse.fields import FIELDS, checked
from newsparse.found import Source
from newsparse.review import review

if TYPE_CHECKING:
    from newsparse.adapter import Adapter

__all__ = ["assemble"]

_EMPTY: tuple[object, ...] = (None, (), "", False)


def _field(adapter: Adapter, field: str, strict: bool) -> object:
    """The field method's value, checked; ``None`` (and a warning) if it raised."""
    try:
        value = getattr(adapter, field)()
    except (NewsparseError, RecursionError):
        raise  # a page the adapter refuses, or one that nests too deeply: not a field's fault
    except Exception as exc:
        if strict:
            raise
        adapter.provenance.pop(field, None)
        adapter.warn("field_error", field,
                     f"adapter {adapter.name!r} failed on {field}: {type(exc).__name__}: {exc}")
        value = None
    return checked(adapter.page.source, adapter.name, field, value)


def _failure(adapter: Adapter, field: str) -> str:
    """`` (the field method failed: ...)`` when it did, else ``""``."""
    for warning in adapter.warnings:
        if warning.code == "field_error" and warning.field == field:
            return f" ({warning.message})"
    return ""


def _missing(adapter: Adapter, values: dict[str, Any]) -> None:
    """Refuse a page with neither headline nor text (and a text page without text); otherwise
    a missing headline or body is a warning. A missing field is no evidence that the page is
    not an article (only :meth:`~newsparse.Adapter.check` gives such evidence): an HTML page
    with a headline or text comes back with what was found."""
    title = values["title"]
    has_title = isinstance(title, str) and bool(title.strip())
    failed = _failure(adapter, "title") + _failure(adapter, "body")
    if not has_title and not values["body"]:
        raise adapter.not_article(
            "no headline and no article text found (an empty page, a bot check or a page "
            "that a script fills)" + failed
        )
    if not values["body"] and adapter.page.kind != "html":
        raise adapter.not_article("no article text found" + _failure(adapter, "body"))
    if not has_title:
        values["title"] = ""
        adapter.warn("missing_title", "title", "no headline found on the page")
    if not values["body"]:
        adapter.warn("missing_body", "body", "no article text found on the page")


def _late_dates(adapter: Adapter, values: dict[str, Any], notes: list[ArticleWarning]) -> None:
    """Drop a published or modified date after the fetch time (or, when that is unknown,
    after the current time), with a note unless a finder already noted one."""
    page = adapter.page
    noted = {(note.code, note.field) for note in notes}
    for field in ("published", "modified"):
        value = values[field]
        if isinstance(value, dt.date) and page.after_fetch(value):
            values[field] = None
            code = "date_after_fetch" if page.fetched else "date_in_future"
            if (code, field) not in noted:
                moment = "the fetch time" if page.fetched else "the current time"
                notes.append(ArticleWarning(
                    code, field, f"{value.isoformat()} is after {moment}; dropped"
                ))


def assemble(adapter: Adapter, *, strict: bool = False) -> Article:
    """Check the page, run every field method of ``adapter`` and build the Article."""
    adapter.check()
    values: dict[str, Any] = {}
    own = Source("site", f"adapter:{adapter.name}")
    for field in FIELDS:
        adapter.provenance.pop(field, None)
        value = _field(adapter, field, strict)
        if field not in adapter.provenance and value not in _EMPTY:
            adapter.provenance[field] = own
        values[field] = value
    _missing(adapter, values)
    notes = list(dict.fromkeys(adapter.notes))
    _late_dates(adapter, values, notes)
    notes += review(adapter.analysis, values, adapter.provenance, notes)
    for note in notes:
        adapter.warn(note.code, note.field, note.message)
    sources = {
        field: str(adapter.provenance[field]) for field in FIELDS
        if field in adapter.provenance and values[field] not in (None, (), "")
    }
    return Article(adapter=adapter.name, provenance=sources, warnings=adapter.warnings, **values)
