"""Reading nknews.org HTML as served (the WordPress ``nknews`` theme, 2019 markup).

The article block is ``div.content-wrapper``: ``.content-title``, ``.content-subtitle`` and a
``.content-meta`` byline that appears twice (desktop and mobile). The full text sits in the
hidden ``#fullContent`` next to a visible ``#excerptContent`` teaser; the header date, sidebars,
related articles, the author box and modal dialogs are never read as body.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import lxml.html

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews.byline import (
    find_date,
    parse_byline,
    parse_day,
    person_name,
    split_authors,
    strip_title_suffix,
    title_suffix,
    undouble,
)
from newsparse.adapters.nknews.parsed import Parsed, listing_path, nknews_host, pro_path
from newsparse.adapters.nknews.textdump import parse_text
from newsparse.article import BlockKind
from newsparse.extract.archived import original_url
from newsparse.extract.dates import parse_date
from newsparse.extract.textdump import element_text
from newsparse.page import Page
from newsparse.text import clean

__all__ = ["parse", "sniff"]

_SKIP = frozenset({
    "script", "style", "noscript", "figure", "figcaption", "iframe", "button", "form", "svg",
    "aside", "nav", "footer", "select", "template", "dialog",
})
_SKIP_CLASS = re.compile(
    r"wp-caption|read_more|excerpt|share|social|related|sidebar|author|modal|newsletter|"
    r"leaky_paywall|paywall|subscribe|advert|ad-slot",
    re.IGNORECASE,
)
_PROMPT_CLASS = re.compile(r"leaky_paywall|paywall|pro-teaser|subscribe-prompt", re.I)
_KIND: dict[str, BlockKind] = {
    "p": "paragraph", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "blockquote": "quote", "li": "list_item",
}
_LISTING_BODY = re.compile(r"\b(?:archive|category|tag|author|search|blog|home)\b")


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _first_text(root: lxml.html.HtmlElement, xpath: str) -> str | None:
    for el in root.xpath(xpath):
        text = clean(el.text_content())
        if text:
            return text
    return None


def _walk(container: lxml.html.HtmlElement) -> list[bp.Unit]:
    """Text blocks under ``container`` in document order, skipping figures, widgets, prompts."""
    out: list[bp.Unit] = []
    stack = list(reversed(container))
    while stack:
        child = stack.pop()
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        marker = f"{child.get('class', '')} {child.get('id', '')}"
        if marker.strip() and _SKIP_CLASS.search(marker):
            continue
        kind = _KIND.get(child.tag)
        if kind is None:
            stack.extend(reversed(child))
            continue
        text = clean(child.text_content())
        if text:
            if kind == "paragraph" and _strong_only(child):
                kind = "heading"
            out.append(bp.Unit(text, kind))
    return out


def _strong_only(p: lxml.html.HtmlElement) -> bool:
    """A ``<p>`` whose whole text is bold and short reads as a subheading."""
    text = clean(p.text_content())
    bold = clean(" ".join(b.text_content() for b in p.iter("strong", "b")))
    return bool(text) and bold == text and len(text.split()) <= 12 and text[-1:] not in ".!?"


@attrs.frozen
class Layout:
    """Where one kind of nknews.org page keeps its article, as XPath selectors (data, not code).

    ``authors`` and ``day`` are read inside the ``byline`` element; ``time`` is an attribute
    holding a full timestamp. ``body`` lists containers in order of preference.
    """

    name: str
    wrapper: str
    title: str
    byline: str
    body: tuple[str, ...]
    authors: str
    day: str | None = None
    subtitle: str | None = None
    time: str | None = None
    section: str | None = None
    tags: str | None = None


LAYOUTS = (
    # The WordPress theme as served (2019 markup, research note §d).
    Layout(
        "theme", wrapper=f"//*[{_has_class('content-wrapper')}]",
        title=f".//*[{_has_class('content-title')}]",
        subtitle=f".//*[{_has_class('content-subtitle')}]",
        byline=f".//*[{_has_class('content-meta')}]",
        authors=".//a[contains(@href, 'content_author')]",
        day=".//span", body=("//*[@id='fullContent']", f"//*[{_has_class('editor-content')}]"),
    ),
    # The AMP page (/amp/), AMP for WordPress' classic template.
    Layout(
        "amp", wrapper=f"//article[{_has_class('amp-wp-article')}]",
        title=f".//h1[{_has_class('amp-wp-title')}]", byline=f".//*[{_has_class('amp-wp-byline')}]",
        authors=f".//*[{_has_class('amp-wp-author')}]", time=".//time/@datetime",
        body=(f".//*[{_has_class('amp-wp-article-content')}]",),
        section=f".//*[{_has_class('amp-wp-tax-category')}]//a",
        tags=f".//*[{_has_class('amp-wp-tax-tag')}]//a",
    ),
    # The print view (/print/), the WP-Print plugin's template: "Posted By <u>Name</u> On
    # <date> @ <time> In <category> | No Comments".
    Layout(
        "print", wrapper="//*[@id='Outline']", title=".//*[@id='BlogTitle']",
        byline=".//*[@id='BlogDate']", authors=".//u", body=(".//*[@id='BlogContent']",),
    ),
)
_PRINTED_FROM = re.compile(r"Article printed from NK News[^:\n]{0,40}: https?://(?:www\.)?nknews\.org")
_PRINT_SECTION = re.compile(r"\bIn (?P<section>[^|]{1,80}?)\s*\|\s*(?:No|\d+) Comments?")


def _body(root: lxml.html.HtmlElement, layout: Layout) -> tuple[bp.BodyResult, str]:
    """The cleaned body and where it came from (the teaser only when nothing else is there)."""
    for xpath in layout.body:
        found = root.xpath(xpath)
        if found:
            units = _walk(found[0])
            if units:
                return bp.clean_body(units), f"nknews:{_label(xpath)}"
    teaser = _first_text(root, f"//*[@id='excerptContent']//*[{_has_class('excerpt-text')}]")
    if teaser:
        body = attrs.evolve(bp.clean_body([bp.Unit(teaser)]), teaser=True)
        return body, "nknews:#excerptContent"
    return bp.BodyResult(()), "nknews:none"


def _label(xpath: str) -> str:
    """A short CSS-like name for a selector, for provenance (``#fullContent``, ``.meta a``)."""
    found = re.findall(r"@id='([^']+)'|' (\S+) '\)|(?<=/)(a|u|span|h1|time)\b", xpath)
    return " ".join(f"#{i}" if i else (f".{c}" if c else t) for i, c, t in found)


def _authors(
    wrapper: lxml.html.HtmlElement, layout: Layout
) -> tuple[tuple[str, ...], str] | None:
    meta = wrapper.xpath(layout.byline)
    if meta:
        links = meta[0].xpath(layout.authors)
        names = split_authors(" | ".join(clean(a.text_content()) for a in links))
        if names:
            return names, f"nknews:{_label(layout.byline)} {_label(layout.authors)}"
        byline = parse_byline(meta[0].text_content())
        if byline and byline.authors:
            return byline.authors, f"nknews:{_label(layout.byline)}"
    box = _first_text(wrapper, f"//*[{_has_class('single-content-author')}]//h4")
    name = person_name(undouble(box)) if box else None
    return ((name,), "nknews:.single-content-author h4") if name else None


def _byline_day(wrapper: lxml.html.HtmlElement, layout: Layout) -> tuple[dt.date, str] | None:
    for meta in wrapper.xpath(layout.byline)[:1]:
        if layout.time:
            for value in meta.xpath(layout.time) or wrapper.xpath(layout.time):
                day = parse_date(str(value))
                if day:
                    return day, f"nknews:{_label(layout.byline)} time"
        for span in meta.xpath(layout.day) if layout.day else ():
            day = parse_day(span.text_content())
            if day:
                return day, f"byline:{_label(layout.byline)} span"
        text = clean(meta.text_content())
        byline = parse_byline(text)
        if byline:
            return byline.day, f"byline:{_label(layout.byline)}"
        written = find_date(text)
        day = parse_day(written) if written else None
        if day:
            return day, f"byline:{_label(layout.byline)}"
    if layout.time:
        for value in wrapper.xpath(layout.time):
            day = parse_date(str(value))
            if day:
                return day, "nknews:time"
    return None


def _texts(wrapper: lxml.html.HtmlElement, xpath: str | None) -> tuple[str, ...]:
    if not xpath:
        return ()
    return tuple(t for t in (clean(el.text_content()) for el in wrapper.xpath(xpath)) if t)


def _section(wrapper: lxml.html.HtmlElement, layout: Layout) -> tuple[str, str] | None:
    found = _texts(wrapper, layout.section)
    if found:
        return found[0], f"nknews:{_label(layout.section or '')}"
    if layout.name == "print":
        for meta in wrapper.xpath(layout.byline)[:1]:
            match = _PRINT_SECTION.search(clean(meta.text_content()))
            if match:
                return match.group("section"), f"nknews:{_label(layout.byline)}"
    return None


def _layout(root: lxml.html.HtmlElement) -> tuple[Layout, lxml.html.HtmlElement] | None:
    for layout in LAYOUTS:
        found = root.xpath(layout.wrapper)
        if found:
            return layout, found[0]
    return None


def parse(page: Page) -> Parsed:
    """Read an nknews.org HTML page (the theme, its AMP page, its print view)."""
    root = page.tree
    found = _layout(root)
    if found is None:
        return _without_layout(page)
    layout, wrapper = found
    title_text = _first_text(wrapper, layout.title)
    title = (title_text, f"nknews:{_label(layout.title)}") if title_text else _head_title(page)
    sub = _first_text(wrapper, layout.subtitle) if layout.subtitle else None
    body, body_source = _body(wrapper if layout.name != "theme" else root, layout)
    published = _meta_date(page, "article:published_time") or _byline_day(wrapper, layout)
    modified = _meta_date(page, "article:modified_time", "og:updated_time")
    if modified is None and body.updated:
        modified = (body.updated, "nknews:update-note")
    tags = _texts(wrapper, layout.tags)
    return Parsed(
        body=body, title=title,
        subtitle=(sub, f"nknews:{_label(layout.subtitle or '')}") if sub else None,
        authors=_authors(wrapper, layout), published=published, modified=modified,
        body_source=body_source, section=_section(wrapper, layout),
        tags=(tags, f"nknews:{_label(layout.tags or '')}") if tags else None,
        paywall_source=_paywall(page, wrapper, body),
        not_article=_not_article(page, title_text),
    )


def _head_title(page: Page) -> tuple[str, str] | None:
    meta = page.meta_first("og:title", "twitter:title")
    head = meta[1] if meta else _first_text(page.tree, "//title")
    if not head:
        return None
    return strip_title_suffix(head), f"meta:{meta[0]}" if meta else "html:title"


def _paywall(page: Page, wrapper: lxml.html.HtmlElement, body: bp.BodyResult) -> str | None:
    prompt = any(_PROMPT_CLASS.search(el.get("class", "")) for el in wrapper.iter("div"))
    if body.paywalled or prompt:
        return "html:paywall-prompt"
    if pro_path(page.canonical_url):
        return "url:/pro/"
    return None


def _without_layout(page: Page) -> Parsed:
    """A page without any known article markup: a blog post that reposts an NK News article
    (its post body read as NK News text, the blog's chrome and dates never), else nothing
    (the adapter then falls back to the generic body)."""
    root = page.tree
    for xpath in _REPOST_BODY:
        posts = root.xpath(xpath)
        if len(posts) == 1:
            parsed = parse_text(element_text(posts[0]), None)
            return attrs.evolve(parsed, body_source="nknews:repost " + parsed.body_source)
    return Parsed(body=bp.BodyResult(()), body_source="nknews:none", title=_head_title(page),
                  paywall_source=_paywall(page, root, bp.BodyResult(())),
                  not_article=_not_article(page, None))


# Blog posts: Blogger's post body, WordPress' entry content (one post per page).
_REPOST_BODY = (
    f"//*[{_has_class('post-body')}]", f"//*[{_has_class('entry-content')}]",
)


def _meta_date(page: Page, *keys: str) -> tuple[dt.date, str] | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            day = parse_date(value)
            if day:
                return day, f"meta:{key}"
    return None


def _not_article(page: Page, title_text: str | None) -> str | None:
    found = listing_path(page.canonical_url)
    if found:
        return found
    classes = " ".join(page.tree.xpath("//body/@class"))
    if _LISTING_BODY.search(classes) and "single" not in classes.split():
        return f"a WordPress listing page (body class {clean(classes)!r})"
    if title_text is None and "Photo Stories Archive" in page.text:
        return "the Photo Stories listing, not an article"
    return None


def sniff(page: Page) -> float:
    """How much an HTML page without a known URL looks like nknews.org (0 to 1)."""
    site = page.meta_first("og:site_name")
    if site and clean(site[1]).startswith(("NK News", "NK PRO", "NK Pro")):
        return 0.9
    if "/wp-content/themes/nknews/" in page.text:
        return 0.8
    # An archived copy, an AMP page or a print view links back to the article it shows.
    link = page.canonical_url or ""
    if nknews_host(original_url(link) or link) or _PRINTED_FROM.search(page.text):
        return 0.7
    # A blog post that reposts an article keeps its NK News <title> as the post title.
    head = page.meta_first("og:title", "twitter:title")
    titles = [head[1]] if head else page.tree.xpath("//title/text()")[:1]
    if any(title_suffix(str(t)) for t in titles):
        return 0.6
    return 0.0
