"""BBC News (bbc.com, bbc.co.uk).

Layout eras: the Next.js layout of the page captured 2024-08-01 (published 2022, updated
2024), an article of ``data-component`` blocks (``text-block``, ``subheadline-block``, ``tags``;
figures, ad slots and link lists beside them), in ``fixtures/bbc/2024-explainer``; its span is
not known from the pages we have. Other layouts fall back field by field (``site_fallback``).
"""

from __future__ import annotations

from newsparse import kit

__all__ = ["BBC"]

_BLOCKS = "//article/div[@data-component='{}']"


class BBC(kit.SiteAdapter):
    """BBC News: text and subheadline blocks in order (link lists to other stories, captions
    and credits left out), the topic tags at the foot of the article."""

    name = "bbc"
    domains = ("bbc.com", "bbc.co.uk")
    eras = (
        "2024 Next.js data-component layout (as captured), HTML",
    )
    title_path = "jsonld:headline"
    subtitle_path = "meta:og:description"
    authors_path = (_BLOCKS.format("byline-block"), "jsonld:author")
    published_path = "jsonld:datePublished"
    body_path = (
        _BLOCKS.format("text-block") + "//p | " + _BLOCKS.format("text-block")
        + "//li[not(a)] | " + _BLOCKS.format("subheadline-block") + "//h2"
    )
    tags_path = _BLOCKS.format("tags") + "//a"
