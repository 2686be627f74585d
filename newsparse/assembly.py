"""The one assembly step: an adapter's field values in, an :class:`~newsparse.Article` out.

:func:`assemble` runs the adapter's check and each field method once, in the model's order.
Each field is isolated: an exception inside one field method gives that field ``None`` and a
``field_error`` warning naming the adapter and the field (with ``strict=True``, as in the tests,
it is raised instead); every value is checked and converted at the boundary by the field's
typed :class:`newsparse.fields.Field` (one typed call per field, so each arrives with the
model's type). Then, in this order and only here: the finders' notes are collected, a
published or modified date after the fetch time is dropped (the one rule,
:func:`newsparse.page.after_fetch`), the cross-field review adds its warnings
(:func:`newsparse.review.review`), and the Article is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from newsparse.article import Article, ArticleWarning, Block, assembled_article
from newsparse.errors import NewsparseError
from newsparse.fields import (
    AUTHORS,
    BODY,
    FIELDS,
    LANGUAGE,
    MODIFIED,
    PAYWALLED,
    PUBLISHED,
    SECTION,
    SITE,
    SUBTITLE,
    TAGS,
    TITLE,
    URL,
    Field,
    Wrong,
)
from newsparse.found import site_source
from newsparse.review import review

if TYPE_CHECKING:
    from newsparse.adapter import Adapter

__all__ = ["assemble"]

T = TypeVar("T")

_EMPTY: tuple[object, ...] = (None, (), "", False)


def _field(adapter: Adapter, field: Field[T], strict: bool) -> T:
    """The value of the field method named ``field.name``, checked; ``None`` (and a warning)
    if it raised. The method is looked up inside the guard, so a field that fails even to be
    read (a raising property) is isolated like one that raises. A filled field whose method
    named no source gets the adapter's own."""
    name = field.name
    provenance = adapter.provenance
    provenance.pop(name, None)
    try:
        # (typed here: the field methods are the Adapter's, looked up by name)
        method: Callable[[], object] = getattr(adapter, name)
        value: object = method()
    except (NewsparseError, RecursionError):
        raise  # a page the adapter refuses, or one that nests too deeply: not a field's fault
    except Exception as exc:
        if strict:
            raise
        provenance.pop(name, None)
        adapter.warn("field_error", name,
                     f"adapter {adapter.name!r} failed on {name}: {type(exc).__name__}: {exc}")
        value = None
    # The check's conversion, called directly: ``checked`` is asked only to raise its error
    # for a value of the wrong type (one call per field less).
    converted = field.convert(value)
    if isinstance(converted, Wrong):
        converted = field.checked(adapter.page.source, adapter.name, value)
    if name not in provenance and converted not in _EMPTY:
        provenance[name] = site_source(f"adapter:{adapter.name}")
    return converted


def _failure(adapter: Adapter, field: str) -> str:
    """`` (the field method failed: ...)`` when it did, else ``""``."""
    for warning in adapter.warnings:
        if warning.code == "field_error" and warning.field == field:
            return f" ({warning.message})"
    return ""


def _missing(adapter: Adapter, title: str | None, body: tuple[Block, ...]) -> str:
    """The headline, ``""`` (with a warning) when none was found. Refuse a page with neither
    headline nor text (and a text page without text); otherwise a missing headline or body is
    a warning. A missing field is no evidence that the page is not an article (only
    :meth:`~newsparse.Adapter.check` gives such evidence): an HTML page with a headline or
    text comes back with what was found."""
    has_title = title is not None and bool(title.strip())
    failed = _failure(adapter, "title") + _failure(adapter, "body")
    if not has_title and not body:
        raise adapter.not_article(
            "no headline and no article text found (an empty page, a bot check or a page "
            "that a script fills)" + failed
        )
    if not body and adapter.page.kind != "html":
        raise adapter.not_article("no article text found" + _failure(adapter, "body"))
    if not has_title:
        adapter.warn("missing_title", "title", "no headline found on the page")
    if not body:
        adapter.warn("missing_body", "body", "no article text found on the page")
    return title if title is not None and has_title else ""


def _late(
    adapter: Adapter, field: str, value: dt.date | None, notes: list[ArticleWarning]
) -> dt.date | None:
    """``value``, or ``None`` when it is after the fetch time (or, when that is unknown, after
    the current time), with a note unless a finder already noted one."""
    page = adapter.page
    if value is None or not page.after_fetch(value):
        return value
    code = "date_after_fetch" if page.fetched else "date_in_future"
    if not any(note.code == code and note.field == field for note in notes):
        moment = "the fetch time" if page.fetched else "the current time"
        notes.append(ArticleWarning(code, field, f"{value.isoformat()} is after {moment}; dropped"))
    return None


def assemble(adapter: Adapter, *, strict: bool = False) -> Article:
    """Check the page, run every field method of ``adapter`` and build the Article."""
    adapter.check()

    # one typed call per field, in the model's order
    title = _field(adapter, TITLE, strict)
    subtitle = _field(adapter, SUBTITLE, strict)
    authors = _field(adapter, AUTHORS, strict)
    published = _field(adapter, PUBLISHED, strict)
    modified = _field(adapter, MODIFIED, strict)
    url = _field(adapter, URL, strict)
    site = _field(adapter, SITE, strict)
    section = _field(adapter, SECTION, strict)
    tags = _field(adapter, TAGS, strict)
    language = _field(adapter, LANGUAGE, strict)
    body = _field(adapter, BODY, strict)
    paywalled = _field(adapter, PAYWALLED, strict)
    headline = _missing(adapter, title, body)
    notes = list({note: None for note in adapter.notes})  # in order, once each
    published = _late(adapter, "published", published, notes)
    modified = _late(adapter, "modified", modified, notes)
    values: dict[str, object] = {
        "title": headline, "subtitle": subtitle, "authors": authors, "published": published,
        "modified": modified, "url": url, "site": site, "section": section, "tags": tags,
        "language": language, "body": body, "paywalled": paywalled,
    }
    notes += review(adapter.analysis, values, adapter.provenance, notes)
    for note in notes:
        adapter.warn(note.code, note.field, note.message)
    sources = {
        field: str(adapter.provenance[field]) for field in FIELDS
        if field in adapter.provenance and values[field] not in (None, (), "")
    }
    # the values are typed by their Field checks: the Article is built without checking them
    # again (its text fields are cleaned as Article(...) cleans them)
    return assembled_article(
        headline, subtitle, authors, published, modified, url, site, section, tags, language,
        body, paywalled, adapter.name, sources, tuple(adapter.warnings),
    )
