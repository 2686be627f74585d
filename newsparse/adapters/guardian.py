"""The Guardian (theguardian.com).

Layout eras: two, each with a fixture: the page of 2020-01 (``div[itemprop=articleBody]``,
``rel=author`` bylines, no JSON-LD article; ``fixtures/guardian/2020-frontend``) and the page of
2024-02 (``[data-gu-name=body]`` holding ``#maincontent``, ``[data-gu-name=standfirst]``, the
author in JSON-LD; ``fixtures/guardian/2024-dcr``). Other layouts fall back to the generic
extraction field by field (``site_fallback``).
"""

from __future__ import annotations

from newsparse import kit

__all__ = ["Guardian"]


class Guardian(kit.SiteAdapter):
    """The Guardian: the standfirst, the body's paragraphs and subheadings (rich links to other
    stories, pull quotes, captions left out), the keywords as tags."""

    name = "guardian"
    domains = ("theguardian.com", "guardian.co.uk")
    eras = (
        "2020 frontend (itemprop=articleBody), HTML",
        "2024 DCR (data-gu-name=body), HTML",
    )
    title_path = "meta:og:title"  # (the headline, no site name in either era)
    # Attribute first (//@data-gu-name[.='body']/parent::div, not //div[@data-gu-name='body']):
    # the same elements, the predicate tested on those attributes only, not on every div.
    subtitle_path = (
        "//@data-gu-name[.='standfirst']/parent::div//p"
        " | //@data-component[.='standfirst']/parent::div//p"
    )
    lede_path = subtitle_path
    authors_path = ("//@rel[.='author']/parent::a", "jsonld:author")
    published_path = "meta:article:published_time"
    body_path = (
        "(//@data-gu-name[.='body']/parent::div//div[@id='maincontent']/div"
        " | //@itemprop[.='articleBody']/parent::div)/*[self::p or self::h2 or self::blockquote"
        " or self::ul or self::ol]"
    )
    tags_path = "meta:article:tag"
    tags_separator = ","
