"""Archived copies: the original URL of a page replayed by a web archive.

The Wayback Machine serves a capture at ``https://web.archive.org/web/<timestamp>[flag_]/<original
URL>`` and rewrites the page's own links (canonical link included) to that form, so the article's
URL is recoverable from any of them.
"""

from __future__ import annotations

import re

__all__ = ["original_url"]

_WAYBACK = re.compile(
    r"^(?:https?:)?//(?:web\.|www\.)?archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/"
    r"(?P<url>(?:https?:)?//?\S{1,2000})$",
    re.IGNORECASE,
)


def original_url(url: str) -> str | None:
    """The URL a Wayback Machine replay URL archives (``None`` for any other URL)."""
    match = _WAYBACK.match(url.strip())
    if not match:
        return None
    found = match.group("url")
    if found.startswith("//"):
        return "https:" + found
    # The archive may collapse "https://" to "https:/" in a rewritten path.
    return re.sub(r"^(https?):/(?!/)", r"\1://", found, flags=re.IGNORECASE)
