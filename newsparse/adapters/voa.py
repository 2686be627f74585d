"""Voice of America (voanews.com).

Layout eras: the layout of the page captured 2024-04-28 (``#article-content`` holding the
``.wsw`` text, the byline in ``.links__item``), in ``fixtures/voa/2024-ap-story``; its span is
not known from the pages we have. Other layouts fall back to the generic extraction field by
field (``site_fallback``).
"""

from __future__ import annotations

from newsparse import kit

__all__ = ["VOA"]


class VOA(kit.SiteAdapter):
    """Voice of America: the ``.wsw`` paragraphs and subheadings (embedded photos, videos and
    the dateline label left out)."""

    name = "voa"
    domains = ("voanews.com",)
    eras = (
        "2024 layout (#article-content .wsw), HTML",
    )
    title_path = "jsonld:headline"
    subtitle_path = "meta:og:description"
    authors_path = (  # (the li inside the div: the div's search is the kit's fastest form)
        "//div[contains(@class, 'publishing-details')]//li[contains(@class, 'links__item')]"
    )
    published_path = "jsonld:datePublished"
    body_path = (  # (attribute first: the predicate is tested on id attributes only)
        "//@id[.='article-content']/parent::div/div[contains(concat(' ', @class, ' '), ' wsw ')]"
        "/*[self::p or self::h2 or self::h3 or self::blockquote or self::ul or self::ol]"
    )
