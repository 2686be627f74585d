"""The Taipei Times (taipeitimes.com): an example of a newsparse adapter in its own package.

Layout era: the archive article page of 2019-2024 (``div.archives`` holding the headline, the
deck in ``h2``, the byline in ``div.name`` and the text as ``p``), seen on
``fixtures/taipeitimes/2024-front-page-agency``. On other layouts each field falls back to
newsparse's generic extraction with a ``site_fallback`` warning.
"""

from __future__ import annotations

from newsparse import kit

__all__ = ["TaipeiTimes"]

_ARTICLE = "//div[@class='archives']"


class TaipeiTimes(kit.SiteAdapter):
    """The generic extraction takes the publisher's JSON-LD name (台北時報) as author, the
    site's slogan as subtitle and its names as tags; this adapter reads the page itself."""

    name = "taipeitimes"
    domains = ("taipeitimes.com",)
    site_name = "Taipei Times"
    subtitle_path = _ARTICLE + "/h2"
    authors_path = _ARTICLE + "//div[@class='name']"
    body_path = _ARTICLE + "/p"

    def authors(self) -> tuple[str, ...]:
        """"AFP, MANILA" / "Staff writer, with CNA": the byline up to its first comma (the
        rest is the dateline or the agency that helped)."""
        bylines = self.select(self.authors_path)
        names = None if bylines is None else tuple(
            name for line in bylines for name in kit.split_byline(line.split(",")[0]))
        return self.site_field("authors", names, super().authors) or ()

    def tags(self) -> tuple[str, ...]:
        """The page's keywords are the site's own names, not topics: no tags."""
        return ()
