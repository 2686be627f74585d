"""Thresholds and character classes shared by several finders, named once.

A finder that needs one of these imports it from here, so the body walker, the text map, the
listing check and the review agree on what "mostly links" or "ends like a sentence" means.
"""

from __future__ import annotations

__all__ = [
    "LINK_DENSITY", "MAX_DATE_TEXT", "SENTENCE_END", "SNIPPET_WEIGHT", "TERMINAL_PUNCTUATION",
]

LINK_DENSITY = 0.5
"""A text with more than this share of its weight inside links is a link or a link list
(navigation, a teaser), not prose."""

SNIPPET_WEIGHT = 25
"""Weight (see :func:`~newsparse.extract.body.textmap.weight`) up to which a text is a snippet (a
label, a date, a menu entry) rather than prose."""

TERMINAL_PUNCTUATION = ".!?…。！？"
"""Characters that end a sentence."""

SENTENCE_END = TERMINAL_PUNCTUATION + "\"'”’»)]:;"
"""Characters a complete sentence may end with: terminal punctuation, then closing quotes and
brackets, or a colon or semicolon before a quotation or list. Text ending otherwise was cut."""

MAX_DATE_TEXT = 80
"""Longest text read as a date (a date line is short; longer text is never parsed)."""
