"""AP News (apnews.com).

Layout eras: the React layout of the page captured 2023-04-28 (``div.Article[data-key=article]``,
related topics as ``a[data-key=related-tag]``, the byline under the headline card), in
``fixtures/apnews/2023-wire-story``; when it began and ended is not known from the pages we
have. Other layouts fall back to the generic extraction field by field (``site_fallback``).
"""

from __future__ import annotations

from newsparse import kit

__all__ = ["APNews"]


class APNews(kit.SiteAdapter):
    """AP News: the wire story's paragraphs, its related topics as tags, no photo caption as
    standfirst (the lead photo's caption sits where other sites put one)."""

    name = "apnews"
    domains = ("apnews.com",)
    eras = (
        "2023 React layout (div.Article[data-key=article]), HTML",
    )
    title_path = "jsonld:headline"
    # Attribute first (//@data-key[...]/parent::div, not //div[@data-key=...]): the predicate
    # is tested on the page's data-key attributes only, not on every div.
    subtitle_path = "//@data-key[.='card-headline']/parent::div/following-sibling::p[1]"
    authors_path = "//@data-key[.='card-headline']/parent::div/following-sibling::span[1]/span[1]"
    published_path = "jsonld:datePublished"
    body_path = (
        "//@data-key[.='article']/parent::div"
        "/*[self::p or self::h2 or self::h3 or self::blockquote or self::ul or self::ol]"
    )
    tags_path = "//@data-key[.='related-tag']/parent::a"
