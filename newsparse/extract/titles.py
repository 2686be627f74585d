"""The headline of an HTML page, and the site's name, without "… | Site" decorations.

Sources, in order of trust: ``og:title`` (the headline the publisher shares), JSON-LD
``headline``, ``twitter:title``, Dublin Core ``dc.title``, the page's ``<h1>`` and last the
``<title>`` element. Every candidate loses a site-name prefix or suffix ("Site - …",
"… | Site | Section") when a segment names the site, its host or its section, or when another
source gives the same headline without it, except where the JSON-LD headline (the publisher's
structured declaration) carries that segment too: a segment we cannot name as the site's is
then part of the headline.

Where ``og:title`` and the JSON-LD headline disagree, page signals may overrule the
``og:title``: typographic variants of one headline (straight or curly quotes, hyphen or dash) are
settled by the rendering more sources use; when the ``<title>`` element repeats ``og:title``
(the two are then the page's SEO title, one field of the CMS, and a ``twitter:title`` copying
them is no further witness), the headline the page shows decides: the first ``<h1>`` that repeats
one of the two (outside breadcrumbs); on a page whose ``<h1>`` sits in a breadcrumb (an SEO
copy), the display headline is the next heading: ``og:title`` stays when that heading shows it
(a kicker before it allowed), else the JSON-LD headline wins. Elsewhere a plain ``<h1>``
repeating the JSON-LD headline does not arbitrate alone (on the development corpus publishers
side with ``og:title`` as often as with it), only when a second source (``twitter:title``, the
``title`` meta tag, ``<title>``) agrees and none repeats ``og:title``: it is then the one
dissenting source.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsparse import words
from newsparse.extract import schema
from newsparse.found import Found, Source
from newsparse.jsonld import types_of
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

Candidate = tuple[str, Source]
"""A headline candidate: its text and source."""

__all__ = ["site_names", "strip_site", "title", "title_candidates"]

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|~|\*)\s+|\s*[|·•»｜：]\s*")
_SEP_AFTER = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|~|\*)\s+\S")
_SEP_BEFORE = re.compile(r"\S\s+(?:\||-|–|—|::|·|•|»|«|/|~|\*)\s+$")
_BY = re.compile(r"(?:" + words.alternation(words.every("by")) + r")\s+\w", re.IGNORECASE)
_ALNUM = re.compile(r"[\W_]+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "edu"})
_TYPOGRAPHY = str.maketrans(  # quote and dash variants -> ASCII
    "\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2013\u2014\u2012\u2010\u2011",
    "'" * 7 + '"' * 7 + "-" * 5,
)
_H1 = Source.markup("html:h1")
_TITLE_ELEMENT = Source.markup("html:title")
_OG_TITLE = Source.meta("og:title")
_WITNESSES = frozenset({Source.meta("twitter:title"), Source.meta("title"), _H1, _TITLE_ELEMENT})
_MIN_WITNESSES = 2
_CRUMB_DEPTH = 8
_HEADINGS = ("h1", "h2")
_MAX_TITLE = 400
_SHORT_AFFIX_WORDS = 3
_MAX_AFFIX_WORDS = 6


def _key(text: str) -> str:
    return _ALNUM.sub("", text.casefold())


def site_names(page: Analysis) -> frozenset[str]:
    """Normalised names the page uses for its site: ``og:site_name``, ``application-name``,
    JSON-LD publisher and WebSite names, and the host with and without its suffix (computed
    once per parse by the page's analysis)."""
    return page.site_names


def find_site_names(page: Analysis) -> set[str]:
    """:func:`site_names`, computed."""
    keys: set[str] = set()
    for name in ("og:site_name", "application-name", "apple-mobile-web-app-title",
                 "twitter:site", "publisher", "dc.publisher"):
        for value in page.meta.get(name, ())[:2]:
            keys.add(_key(value.lstrip("@")))
    found = schema.article_object(page)
    if found:
        publisher = schema.resolve(page, found[0].get("publisher"))
        keys.update(_key(v) for v in schema.strings(publisher)[:2])
    for obj in page.jsonld[:20]:
        kinds = schema.ORGANISATION_TYPES.intersection(types_of(obj))
        if kinds and isinstance(obj.get("name"), str):
            keys.add(_key(obj["name"]))
    host = page.host
    if host:
        labels = host.split(".")
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
            labels = labels[:-1]  # news.example.co.uk -> news.example.co
        keys.add(_key(host))
        if len(labels) >= 2:
            keys.add(_key(labels[-2]))
            keys.add(_key(".".join(labels[-2:])))
    return {k for k in keys if len(k) >= 3}


def _names_site(segment: str, sites: frozenset[str]) -> bool:
    if _BY.match(segment) and len(segment.split()) <= _MAX_AFFIX_WORDS:
        return True  # "… | Site | by Jane Doe"
    key = _key(segment)
    if not key or len(segment.split()) > _MAX_AFFIX_WORDS:
        return False
    if any(key == s or (len(s) >= 4 and len(key) >= 3 and (s in key or key in s))
           for s in sites):
        return True
    # A short brand as a word of a short segment: "CNN Politics", "BBC News".
    words = segment.split()
    return len(words) <= _SHORT_AFFIX_WORDS and any(_key(w) in sites for w in words)


def strip_site(text: str, sites: frozenset[str], others: tuple[str, ...] = ()) -> str:
    """Remove leading/trailing segments that name the site (or the section), keeping the rest.

    ``others`` are headlines from other sources: when ``text`` is one of them plus a decoration,
    that headline is returned.
    """
    parts = _SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    for other in others:
        if len(other) < 10 or other == text:
            continue
        if text.startswith(other) and _SEP_AFTER.match(text, len(other)):
            return other
        if text.endswith(other) and _SEP_BEFORE.search(text, 0, len(text) - len(other)):
            return other
    start, end = 0, len(parts)
    while end - start > 1 and _names_site(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and _names_site(parts[start], sites):
        start += 1
    if (start, end) == (0, len(parts)):
        return text
    # Rebuild from the original text so that the kept separators are unchanged.
    spans = [m.span() for m in _SEPARATOR.finditer(text)]
    left = spans[start - 1][1] if start else 0
    right = spans[end - 1][0] if end < len(parts) else len(text)
    return text[left:right].strip()


def _h1s(page: Analysis) -> list[str]:
    """The texts of the page's first ``<h1>`` elements (a logo may be the first)."""
    found: list[str] = []
    for el in page.first_h1s:
        text = clean(el.text_content())
        if text and len(text) <= _MAX_TITLE:
            found.append(text)
    return found


def title_candidates(page: Analysis) -> Iterator[Candidate]:
    """Raw headline candidates ``(text, source)`` in order of trust (not yet stripped)."""
    for key in ("og:title",):
        for value in page.meta.get(key, ())[:1]:
            yield clean(schema.unescape(value)), Source.meta(key)
    found = schema.article_object(page)
    if found:
        obj, kind = found
        for key in ("headline", "name", "alternativeHeadline"):
            values = schema.strings(obj.get(key))
            if values:
                yield clean(values[0]), Source.jsonld(kind, key)
                break
    for key in ("twitter:title", "dc.title", "dcterms.title", "title", "headline"):
        for value in page.meta.get(key, ())[:1]:
            yield clean(schema.unescape(value)), Source.meta(key)
    for h1 in _h1s(page):
        yield h1, _H1
    head = page.title_element
    if head is not None and head.text:
        yield clean(head.text), _TITLE_ELEMENT


def title(page: Analysis) -> Found[str] | None:
    """The headline and its source, without the site's name (computed once per parse by the
    page's analysis)."""
    return page.title


def find_title(page: Analysis) -> Found[str] | None:
    """:func:`title`, computed."""
    sites = site_names(page)
    sections = {_key(v) for v in page.meta.get("article:section", ())[:3]}
    if sections - {""}:
        sites = sites | {k for k in sections if len(k) >= 3}  # "Headline - Politics - Site"
    candidates = [(t, s) for t, s in title_candidates(page) if t and len(t) <= _MAX_TITLE]
    texts = _shorter_versions(candidates, sites)
    for text, source in candidates:
        if _key(text) in sites:
            continue  # the site's own name, not a headline
        stripped = strip_site(text, sites, texts)
        if stripped and _key(stripped) not in sites:
            if source == _OG_TITLE:
                stripped, source = _arbitrated(page, stripped, source, candidates, sites, texts)
            elif source == _TITLE_ELEMENT:
                stripped, source = _heading_shows(page, stripped, source)
            return Found(*_untruncated(stripped, source, candidates, sites, texts))
    return _shown_twice(candidates)


_HEADLINE_WORDS = 4
_HEADING = Source.markup("html:heading")
_MAX_HEADINGS = 20


def _heading_shows(page: Analysis, text: str, source: Source) -> Candidate:
    """A ``<title>`` element (the last resort: no ``<meta>``, JSON-LD or ``<h1>`` headline)
    that still has segments after a separator ("Thread title | iPhone | Forum", the site's
    section path) gives way to an ``<h1>``/``<h2>`` showing its leading segments alone: the
    page's own heading lacks the rest, so the rest is the site's decoration."""
    spans = [m.span() for m in _SEPARATOR.finditer(text)]
    if not spans:
        return text, source
    prefixes = {_key(text[:start]): text[:start].strip() for start, _ in spans if start}
    for number, el in enumerate(page.tree.iter(*_HEADINGS)):
        if number >= _MAX_HEADINGS:
            break
        shown = clean(el.text_content())
        key = _key(shown)
        if key and len(shown.split()) >= 2 and key in prefixes:
            return prefixes[key], _HEADING
    return text, source


def _shown_twice(candidates: list[Candidate]) -> Found[str] | None:
    """A headline that a site-name tag (``application-name``) happens to hold: every candidate
    was discarded as the site's name, but the ``<h1>`` shows it too, and it reads like a
    sentence (site names are short)."""
    titles = {_key(t) for t, s in candidates if s != _H1}
    for text, source in candidates:
        if source == _H1 and _key(text) in titles and len(text.split()) >= _HEADLINE_WORDS:
            return Found(text, source)
    return None


def _shorter_versions(
    candidates: list[Candidate], sites: frozenset[str]
) -> tuple[str, ...]:
    """The candidates that may cut an unknown decoration off another ("Headline - Tagline"
    -> "Headline"): all, except versions shorter than the JSON-LD headline. A segment that
    the publisher's structured headline carries too is part of the headline unless it names
    the site."""
    texts = tuple(t for t, _ in candidates)
    found = _jsonld_candidate(candidates)
    if found is None:
        return texts
    declared = found[0]
    return tuple(t for t in texts if t == declared or strip_site(declared, sites, (t,)) != t)


def _jsonld_candidate(candidates: list[Candidate]) -> Candidate | None:
    """The JSON-LD headline among the candidates, with its source."""
    return next(((t, s) for t, s in candidates if s.kind == "jsonld"), None)


def _arbitrated(
    page: Analysis,
    text: str,
    source: Source,
    candidates: list[Candidate],
    sites: frozenset[str],
    texts: tuple[str, ...],
) -> Candidate:
    """``og:title`` or, where it disagrees, the JSON-LD headline when the page backs the latter:
    a typographic variant most sources share, a display heading under a breadcrumb h1 that
    does not show ``og:title``, or two other sources repeating it and none ``og:title``."""
    other = _jsonld_candidate(candidates)
    if other is None:
        return text, source
    alt = strip_site(other[0], sites, texts)
    if not alt or alt == text or _key(alt) in sites:
        return text, source
    if text.translate(_TYPOGRAPHY) == alt.translate(_TYPOGRAPHY):
        given = [strip_site(t, sites, texts) for t, _ in candidates]
        return (alt, other[1]) if given.count(alt) > given.count(text) else (text, source)
    crumb = _breadcrumb_h1(page)
    if crumb is None and _seo_copy(text, candidates, sites, texts):
        shown = _shown(text, alt, candidates)
        if shown is not None:
            return (text, source) if shown == text else (alt, other[1])
    if crumb is None:
        return _consensus(text, source, alt, other[1], candidates, sites, texts)
    heading = _next_heading(crumb)
    # A display heading "Kicker Headline" shows og:title "Headline" too: og:title stays.
    if heading is None or _key(heading.text_content()).endswith(_key(text)):
        return text, source
    return alt, other[1]


def _seo_copy(
    text: str, candidates: list[Candidate], sites: frozenset[str], texts: tuple[str, ...]
) -> bool:
    """Whether the ``<title>`` element repeats ``og:title`` (without the site's name): both are
    then the page's SEO title, one field of the CMS, and ``twitter:title`` copying them is no
    further witness."""
    return any(
        kind == _TITLE_ELEMENT and _key(strip_site(candidate, sites, texts)) == _key(text)
        for candidate, kind in candidates
    )


def _shown(text: str, alt: str, candidates: list[Candidate]) -> str | None:
    """Which of ``og:title`` (``text``) and the JSON-LD headline (``alt``) the page shows as its
    headline: the first ``<h1>`` that repeats one of them (compared without punctuation), or
    ``None`` when none does."""
    own, other = _key(text), _key(alt)
    for candidate, kind in candidates:
        if kind == _H1:
            key = _key(candidate)
            if key == own:
                return text
            if key == other:
                return alt
    return None


def _consensus(
    text: str,
    source: Source,
    alt: str,
    alt_source: Source,
    candidates: list[Candidate],
    sites: frozenset[str],
    texts: tuple[str, ...],
) -> Candidate:
    """``og:title`` that no other source repeats gives way to the JSON-LD headline that two of
    ``twitter:title``, the ``title`` meta tag, the first ``<h1>`` and ``<title>`` repeat (compared
    without punctuation, so typographic variants and a trailing "…" agree)."""
    own, other = _key(text), _key(alt)
    backing = 0
    heard: set[Source] = set()
    for candidate, kind in candidates:
        if kind not in _WITNESSES or kind in heard:
            continue
        heard.add(kind)  # the first <h1> only
        key = _key(strip_site(candidate, sites, texts))
        if key == own:
            return text, source
        backing += key == other
    return (alt, alt_source) if backing >= _MIN_WITNESSES else (text, source)


def _in_breadcrumb(el: HtmlElement) -> bool:
    for parent in itertools.islice(el.iterancestors(), _CRUMB_DEPTH):
        if parent.tag == "nav":
            return True
        marks = f"{parent.get('class') or ''} {parent.get('id') or ''}"
        if "crumb" in marks.lower():
            return True
    return False


def _breadcrumb_h1(page: Analysis) -> HtmlElement | None:
    """The first ``<h1>`` when it is a breadcrumb's last item (an SEO copy of the headline)."""
    first = page.first_h1s[0] if page.first_h1s else None
    return first if first is not None and _in_breadcrumb(first) else None


def _next_heading(el: HtmlElement) -> HtmlElement | None:
    """The next ``<h1>``/``<h2>`` after ``el`` in document order (the display headline)."""
    node: HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                found = next(sibling.iter(*_HEADINGS), None)
                if found is not None:
                    return found
        node = node.getparent()
    return None


def _untruncated(
    text: str,
    source: Source,
    candidates: list[Candidate],
    sites: frozenset[str],
    texts: tuple[str, ...],
) -> Candidate:
    """A headline cut with "…" is replaced by a later source's complete one that it begins."""
    head = _ELLIPSIS.sub("", text)
    if head == text or len(head) < 10:
        return text, source
    for other, other_source in candidates:
        full = strip_site(other, sites, texts)
        if len(full) > len(head) + 1 and full.startswith(head) and not _ELLIPSIS.search(full):
            return full, other_source
    return text, source
