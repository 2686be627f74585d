"""Hankook Ilbo (hankookilbo.com), in Korean.

Layout eras: the layout of the page captured 2025-05-15 (``div[itemprop=articleBody]`` holding
``p.editor-p`` paragraphs and ``h3.editor-tit`` subheadings, the summary lines in ``h2``, the
byline in ``div.writer``), in ``fixtures/hankookilbo/2025-politics``; its span is not known from
the pages we have. Other layouts fall back to the generic extraction field by field. Dates
keep the page's own offset (``+0900``, KST, in JSON-LD and ``article:published_time``).
"""

from __future__ import annotations

import re

from newsparse import kit

__all__ = ["HankookIlbo"]

_BODY = "//@itemprop[.='articleBody']/parent::div"
"""The article body (attribute first: the predicate is tested on itemprop attributes only,
faster than testing every div of this 1,300-element page)."""
# "순천, 광양 구현모 기자 ninek@..." / "홍길동·김철수 기자" / "홍길동 기자 외 2명": names
# before the role word (기자 reporter, 특파원 correspondent, ...), "외 N명" is "and N others".
_NAMES = re.compile(r"([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:선임|수석|전문)?"
                    r"(?:기자|특파원|논설위원|객원기자)")
_OTHERS = re.compile(r"외\s*(\d+)\s*명")


class HankookIlbo(kit.SiteAdapter):
    """Hankook Ilbo: the summary lines as the standfirst and first paragraph, the body's
    paragraphs and subheadings (photos, captions, pull quotes, adverts left out), reporters'
    names without their role word and place."""

    name = "hankookilbo"
    domains = ("hankookilbo.com",)
    eras = (
        "2025 layout (itemprop=articleBody, p.editor-p), HTML",
    )
    title_path = "//h1[@class='title']"  # (the headline as shown: og:title adds the site)
    subtitle_path = _BODY + "/h2"
    lede_path = _BODY + "/h2"
    body_path = _BODY + "/*[self::p or self::h3 or self::h4]"
    drop_path = _BODY + "//div[contains(@class, 'module-quote')]"
    authors_path = "//div[@class='writer']"
    published_path = "jsonld:datePublished"
    tags_path = "meta:news_keywords"
    tags_separator = ","

    def authors(self) -> tuple[str, ...]:
        """Names from ``div.writer``; "외 N명" (N more reporters the page does not name)
        becomes an ``authors_incomplete`` warning, never invented names."""
        bylines = self.select(self.authors_path)
        names = None if bylines is None else tuple(dict.fromkeys(
            n.strip() for b in bylines for m in _NAMES.findall(b) for n in re.split("[·,]", m)))
        for others in _OTHERS.findall(" ".join(bylines or ())):
            self.warn("authors_incomplete", "authors",
                      f"the byline names {len(names or ())} and {others} more reporters (외 "
                      f"{others}명) whom the page does not name")
        return self.site_field("authors", names or None, super().authors) or ()
