"""The Guardian (theguardian.com).

Layout eras: the "frontend" site of 2014-2020 (``div[itemprop=articleBody]``, seen on
``fixtures/guardian/2020-frontend``) and the "dotcom-rendering" site of 2021-2024
(``[data-gu-name=body]`` holding ``#maincontent``, ``[data-gu-name=standfirst]``, seen on
``fixtures/guardian/2024-dcr``). Other eras fall back to the generic extraction field by field,
with a ``site_fallback`` warning.
"""

from __future__ import annotations

from newsparse.site import SiteAdapter

__all__ = ["Guardian"]


class Guardian(SiteAdapter):
    """The Guardian: the standfirst, the body's paragraphs and subheadings (rich links to other
    stories, pull quotes, captions left out), the keywords as tags."""

    name = "guardian"
    domains = ("theguardian.com", "guardian.co.uk")
    subtitle_path = (
        "//div[@data-gu-name='standfirst']//p | //div[@data-component='standfirst']//p"
    )
    lede_path = subtitle_path
    authors_path = ("//a[@rel='author']", "jsonld:author")
    published_path = "meta:article:published_time"
    body_path = (
        "(//div[@data-gu-name='body']//div[@id='maincontent']/div"
        " | //div[@itemprop='articleBody'])/*[self::p or self::h2 or self::blockquote"
        " or self::ul or self::ol]"
    )
    tags_path = "meta:article:tag"

    def tags(self) -> tuple[str, ...]:
        """``article:tag`` holds the keywords joined by commas."""
        found = self.select(self.tags_path)
        tags = None if found is None else tuple(
            dict.fromkeys(t.strip() for text in found for t in text.split(",") if t.strip()))
        return self.site_field("tags", tags, super().tags) or ()
