"""Per-page notes left by the generic extraction for the adapter to turn into warnings.

Field functions return only ``(value, source)``; when they reject a candidate (a date after the
fetch time) or fall back to a weaker source they leave a note here, keyed by the
:class:`~newsparse.Page`. :meth:`Adapter.extract` collects the notes as
:class:`~newsparse.ArticleWarning` s.
"""

from __future__ import annotations

import weakref

from newsparse.page import Page

__all__ = ["Note", "note", "take_notes"]

Note = tuple[str, str, str]
"""``(code, field, message)``."""

_NOTES: weakref.WeakKeyDictionary[Page, dict[Note, None]] = weakref.WeakKeyDictionary()


def note(page: Page, code: str, field: str, message: str) -> None:
    """Record a doubt about ``field`` of ``page`` (repeats are kept once)."""
    _NOTES.setdefault(page, {})[(code, field, message)] = None


def take_notes(page: Page) -> list[Note]:
    """Return and forget the notes recorded for ``page``, in the order they were made."""
    return list(_NOTES.pop(page, {}))
