"""What is not article text: tags, class/id markers, hidden elements and stock labels.

These are generic conventions of web page templates (``share``, ``related``, ``newsletter`` ...),
never rules for one site. A marker only *suggests* boilerplate:
:mod:`newsparse.extract.body.textmap` ignores a marker on an element that holds most of the
page's text (a WordPress ``<article>``
carrying ``category-comments`` is still the article).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import lxml.html

from newsparse import words
from newsparse.extract.thresholds import TERMINAL_PUNCTUATION

__all__ = [
    "HARD_TAGS", "INLINE_TAGS", "MARKER_ATTRIBUTES", "SKIP_TAGS", "SOFT_TAGS", "TITLE_TAGS",
    "echoes_title", "is_byline", "is_date_line", "is_hidden", "is_marked", "is_stock_label",
    "kind_of_tag", "marker_of", "names_chrome", "names_comments", "names_consent", "read_marker",
]

# Never text of the article: code, controls and media.
HARD_TAGS = frozenset({
    "script", "style", "template", "svg", "math", "button", "select", "option", "textarea",
    "input", "iframe", "object", "embed", "video", "audio", "canvas", "map", "picture", "img",
    "head", "title", "label", "dialog",
})
# Page chrome and captions (the corpus convention and ours: captions and credits describe a
# picture, they are not the article). Like class markers, these are overruled when the element
# holds most of the page's text: broken markup can leave an article inside an unclosed <aside>.
SOFT_TAGS = frozenset({"nav", "aside", "footer", "figure", "figcaption", "menu"})
SKIP_TAGS = HARD_TAGS | SOFT_TAGS

# Text-level elements: their text joins the surrounding paragraph.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr", "nobr", "acronym",
})

TITLE_TAGS = frozenset({"h1"})

_KINDS = {
    "p": "paragraph", "pre": "paragraph", "div": "paragraph", "td": "paragraph",
    "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "list_item", "dd": "list_item", "dt": "list_item", "blockquote": "quote",
}


def kind_of_tag(tag: str) -> str | None:
    """The block kind an element of this tag starts (``None``: it inherits its parent's)."""
    return _KINDS.get(tag)


# Class/id words of page chrome. A word matches at the start of a class token or after "-", "_"
# or a lower-to-upper case change ("c-article__share-bar", "relatedLinks", "StyledNewsletter").
_WORDS = (
    "share", "sharing", "social", "related", "newsletter", "subscri", "abonn", "comment",
    "disqus", "advert", "anzeige", "dsgvo", "rgpd", "privacy-notice", "privacy-banner",
    "sponsor", "promo", "sidebar", "cookie", "consent", "gdpr",
    "byline", "author", "breadcrumb", "caption", "credit", "copyright", "tags", "taglist",
    "keyword", "recommend", "popular", "most-read", "mostread", "trending", "outbrain",
    "taboola", "plista", "recirc", "read-more", "readmore", "more-stories", "more-articles",
    "also-read", "further-read", "modal", "popup", "overlay", "login",
    "signup", "sign-up", "register", "pagination", "pager", "toolbar", "skip-link", "sr-only",
    "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "a11y", "tooltip",
    "gallery", "slideshow", "carousel", "player", "rating", "print-only", "follow", "navigation",
    "navbar", "menu", "footer", "masthead", "dateline", "timestamp", "twitter-tweet",
    "instagram-media", "tiktok-embed", "embed", "fb-post", "fb-video", "fb-xfbml", "meter",
    "donat", "teaser-list", "inline-teaser", "teaser-box", "contentad", "ad-container", "ad-slot",
    "adslot", "adunit", "ad-unit", "ad-wrapper", "adwrapper", "nativead", "native-ad", "autor",
    "factbox", "fact-box", "faktabox", "faktaboks", "infobox", "info-box", "lightbox", "sns",
    "poll", "quiz", "media", "linklist", "link-list", "read-next", "readnext", "up-next",
    "next-article", "nextarticle", "topic-list", "topics",
)
# Not "paywall": publishing systems put the article text itself in a "paywall" container (the
# part a script may later hide), often on pages whose footer and teaser lists together hold more
# marked text than the article; paywall prompts are caught by "subscri", "abonn", "meter" and
# their stock labels instead.
# Words that start like a chrome word but name content ("shared-header", "commentary").
_FALSE_FRIENDS = ("shared", "commentar", "promoted")  # Drupal's node--promoted: a state
# ... except these: Jetpack's share and like widgets on WordPress blogs ("sharedaddy").
_NOT_FRIENDS = ("sharedaddy",)
_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _word in _WORDS:
    _BY_PREFIX[_word[:2]] = (*_BY_PREFIX.get(_word[:2], ()), _word)
# Where a word may start: at the start of a name part, or at a lower-to-upper case change.
_WORD_STARTS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]|(?<=[a-z])[A-Z]")
# Name parts split at separators and case changes ("adWrapper" -> "ad", "Wrapper"); a piece
# with a digit is a generated identifier ("block-id-n1AuAdJlVL"), not split at case changes.
_PIECES = re.compile(r"[A-Za-z0-9]+")
_PARTS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_DIGIT = re.compile(r"\d")
_WHOLE_PARTS = frozenset({"ad", "ads", "meta", "bio"})
_COMMENT_WORDS = ("comment", "disqus")
# Utility classes that hide an element on every screen size.
_HIDING_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "invisible", "hide"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def names_chrome(marker: str) -> bool:
    """Whether a ``class``/``id`` value names page chrome (``c-share-bar``, ``relatedLinks``)."""
    # Only the words sharing the first two letters are tried at each possible word start: a
    # regex alternation of all words is several times slower on the many class names of a page.
    lower = marker.lower().replace("_", "-")
    for start in _WORD_STARTS.finditer(marker):
        at = start.start()
        words = _BY_PREFIX.get(lower[at:at + 2])
        if words and lower.startswith(words, at) and (
            not lower.startswith(_FALSE_FRIENDS, at) or lower.startswith(_NOT_FRIENDS, at)
        ):
            return True
    if ("ad" in lower or "meta" in lower or "bio" in lower) and not _WHOLE_PARTS.isdisjoint(
        _parts(marker)
    ):
        return True
    return not _HIDING_CLASSES.isdisjoint(marker.split())


@functools.lru_cache(maxsize=8192)
def names_comments(marker: str) -> bool:
    """Whether a ``class``/``id`` value names a comment section (``comments``, ``c-comment``,
    ``articleComments``, ``disqus_thread``; not ``commentary``). Readers' comments can outweigh
    a short article, so this marker is not overruled by the amount of text."""
    lower = marker.lower().replace("_", "-")
    for start in _WORD_STARTS.finditer(marker):
        at = start.start()
        if lower.startswith(_COMMENT_WORDS, at) and not lower.startswith(_FALSE_FRIENDS, at):
            return True
    return False


def _parts(marker: str) -> Iterator[str]:
    """Lower-cased name parts of a marker (see ``_PARTS``)."""
    for piece in _PIECES.findall(marker):
        if _DIGIT.search(piece):
            yield piece.lower()
        else:
            yield from (part.lower() for part in _PARTS.findall(piece))


_CONSENT = re.compile(
    r"cookie|consent|gdpr|dsgvo|rgpd|onetrust|privacy-?(?:banner|notice|center)", re.I
)


@functools.lru_cache(maxsize=8192)
def names_consent(marker: str) -> bool:
    """Whether a ``class``/``id`` value names a cookie or privacy-consent layer. Such layers
    are never the article, however much text they hold, so no guard applies to them."""
    return bool(_CONSENT.search(marker))


MARKER_ATTRIBUTES = frozenset({"class", "id", "hidden", "aria-hidden", "style"})
"""The attributes :func:`is_marked` reads: an element with none of them (most inline markup,
``<a href>``, ``<em>``) is not marked, which ``MARKER_ATTRIBUTES.isdisjoint(el.keys())`` tells
in C."""


def is_hidden(el: lxml.html.HtmlElement) -> bool:
    """Whether the element is hidden from readers (``hidden``, ``aria-hidden``, inline style)."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def marker_of(el: lxml.html.HtmlElement) -> str | None:
    """The element's class and id joined, the words boilerplate markers are read from."""
    marker: str | None = el.get("class")
    ident: str | None = el.get("id")
    if ident:
        marker = f"{marker} {ident}" if marker else ident
    return marker


_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
"""The attributes :func:`is_hidden` reads."""


def read_marker(el: lxml.html.HtmlElement) -> tuple[int, str | None]:
    """How the element is marked, with its :func:`marker_of`: 0, no marker; 1, a chrome
    marker or hidden (:func:`is_marked`); 2, a consent layer (:func:`names_consent`).

    The element's attribute names are read once, and only the attributes it has are read
    (each ``get`` costs as much as the list of names): most elements carry a class and
    nothing else :func:`is_hidden` reads."""
    keys = el.keys()
    if MARKER_ATTRIBUTES.isdisjoint(keys):
        return 0, None
    marker: str | None = el.get("class") if "class" in keys else None
    if "id" in keys:
        ident = el.get("id")
        if ident:
            marker = f"{marker} {ident}" if marker else ident
    if marker and names_chrome(marker):
        return (2 if names_consent(marker) else 1), marker
    if _HIDING_ATTRIBUTES.isdisjoint(keys):
        return 0, marker
    return (1 if is_hidden(el) else 0), marker


def is_marked(el: lxml.html.HtmlElement) -> bool:
    """Whether the element's class or id names page chrome, or it is hidden from readers."""
    marker = marker_of(el)
    if marker and names_chrome(marker):
        return True
    return is_hidden(el)


# Labels that stand alone between paragraphs and are never article text (compared
# case-folded, after trimming punctuation).
_STOCK_LABELS = frozenset(words.every("stock_labels"))
_TRIM = " \t\n.:·•|-–—»«›‹()[]"


# A picture credit or copyright line standing alone ("Photo: AFP", "Foto: dpa", "© 2023 ...").
_CREDIT_LINE = re.compile(
    r"^(?:(?:featured|top|header|lead|main|cover|title)[ -])?"
    r"(?:photos?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédits?|illustration|grafik"
    r"|video|copyright\b|©|\(c\)\s*\d{4})\s*[:©]?",
    re.IGNORECASE,
)
_MAX_CREDIT = 120


def is_stock_label(text: str) -> bool:
    """Whether ``text`` is only an advertising/"read more"/share label, a picture credit or a
    copyright line."""
    if len(text) < 40 and text.strip(_TRIM).casefold() in _STOCK_LABELS:
        return True
    return len(text) < _MAX_CREDIT and bool(_CREDIT_LINE.match(text)) and (
        ":" in text[:21] or "©" in text or text[:9].casefold() == "copyright"
    )


_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\.?\s+\w+\s+\d{4}\b|\b\w+\s+\d{1,2},?\s+\d{4}\b|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\b\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti)\b"  # reading/playing time
    r"|\b\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b"  # relative time
    r"|\bvor\s+\d{1,3}\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")
_MAX_DATE_LINE = 70
# Parts of a meta line: "Jane Doe | Published 4 months ago", "News • 3 May 2024".
_META_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_MAX_META_PART_WORDS = 4


def is_date_line(text: str) -> bool:
    """A short line that is a date, time or duration with a label ("Stand: 22.04.2024, 06:00
    Uhr", "Updated May 3, 2024 10:15 am", "Lesezeit: 3 Min.", "3 hours ago"), alone or as
    one part of a meta line of short parts ("Jane Doe | Published 4 months ago"); not a
    sentence."""
    # Every shape of the pattern holds a digit: a line without one is no date line.
    if len(text) > _MAX_DATE_LINE or not _DIGIT.search(text) or not _DATE_OR_TIME.search(text):
        return False
    rest = _DATE_OR_TIME.sub(" ", text)
    if len(_LETTERS.findall(rest)) < 4:
        return True
    parts = _META_SEPARATOR.split(text)
    return (
        len(parts) > 1
        and text[-1] not in TERMINAL_PUNCTUATION
        and all(len(part.split()) <= _MAX_META_PART_WORDS for part in parts)
        and any(_DATE_OR_TIME.search(part) and is_date_line(part) for part in parts)
    )


_TOKENS = re.compile(r"\w+")
_ECHO = 0.5


def echoes_title(text: str, titles: Sequence[str]) -> bool:
    """Whether most of ``text``'s words are words of one of the ``titles``."""
    words = {w.casefold() for w in _TOKENS.findall(text)}
    if not words:
        return False
    for title in titles:
        shared = words & {w.casefold() for w in _TOKENS.findall(title)}
        if len(shared) >= _ECHO * len(words):
            return True
    return False


# A byline standing alone: "By Jane Doe", "Von Max Muster, Berlin", "Par ...", no sentence.
_BYLINE = re.compile(
    r"^(?:" + words.alternation(words.every("by")) + r")\s+[^\W\d_]", re.IGNORECASE
)
_MAX_BYLINE = 100
_BYLINE_END = TERMINAL_PUNCTUATION + '"”»'  # a sentence (or a quotation), not a byline


def is_byline(text: str) -> bool:
    """A byline standing alone ("By Jane Doe", "Von Max Muster, Berlin"), not a sentence."""
    if len(text) > _MAX_BYLINE or text[-1] in _BYLINE_END:
        return False
    match = _BYLINE.match(text)
    return match is not None and text[match.end() - 1].isupper()
