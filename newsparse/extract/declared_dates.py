"""Dates a page declares for machines outside JSON-LD: ``<meta>`` names and its URL's path.

**Meta names.** CMSes write the same name many ways (``article:published_time``,
``article_published_time``, ``article:published:time``, ``publish-date``, ``publish_date``,
``publishdate``): a name is compared with its separators (``:``, ``_``, ``.``, ``-``, spaces)
removed and case folded, so every spelling of a listed name is read. The provenance records the
name as the page wrote it. The lists are in order of trust; the generic ``date``/``dc.date``
come after the names that say "published".

**RDFa and hAtom.** A date property on any element (``<span property="dc:date dc:created"
content="…">``, Drupal's way) and the hAtom ``<abbr class="published" title="2019-06-27T10:21Z">``
of older blog themes; both only when the page holds their marker (RDFa's in its text, an
``<abbr>`` in its tree: no search below ``<body>`` otherwise), never in comments, teasers or
navigation (an article's own ``<footer>`` is allowed: CMSes put the post's date there).

**URL.** A day in the path: ``/2019/10/31/``, ``/2019-10-31-``, ``/20191031-`` (eight digits
between separators, a real calendar day). A month alone (``/2019/10/``) is not a day: it is never
made into one. :func:`url_month` gives it as ``(year, month)``, and the published-date finder
reports it in a ``published_month_only`` warning while ``published`` stays ``None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, AnyStr, cast

import lxml.etree
from lxml.html import HtmlElement

from newsparse.extract.dates import parse_date

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = [
    "GENERIC_META", "MODIFIED_META", "PUBLISHED_META", "abbr_dates", "declared_elsewhere",
    "meta_by_form", "meta_dates", "meta_form", "rdfa_dates", "rdfa_elements", "url_day",
    "url_month",
]

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "og:published_time", "published_time", "published_date",
    "publish-date", "pubdate", "publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "date",
    "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
    "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "rnews:datepublished", "displaydate",
    # read in the trafeval and htmldate pages: after the long-standing names
    "prism.publicationdate", "shareaholic:article_published_time", "cxenseparse:publishtime",
    "cxenseparse:recs:published_time", "vr:published_time", "mediator_published_time",
    "content:publishdate", "content_publisheddate", "published_at", "publisheddate",
    "sw-pubdate",
)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article:modified", "article:updated_time", "modified_time", "last-modified", "lastmod",
    "dcterms.modified", "dc.date.modified", "article.updated", "cxenseparse:recs:updatetime",
    "shareaholic:article_modified_time", "date.modified", "last_updated_date",
)
_SEPARATORS = re.compile(r"[\s:_.\-]+")


_FORMS: dict[str, str] = {}
_FORMS_MAX = 4096


def meta_form(name: str) -> str:
    """A meta name without separators, case folded: the form names are compared in (each
    name's form computed once per process: pages repeat the same few dozen names, and the
    substitution cost several times the look-up)."""
    form = _FORMS.get(name)
    if form is None:
        if len(_FORMS) >= _FORMS_MAX:
            _FORMS.clear()
        form = _FORMS[name] = _SEPARATORS.sub("", name).casefold()
    return form


def _forms(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(meta_form(name) for name in names))


_PUBLISHED_FORMS = _forms(PUBLISHED_META)
GENERIC_META = frozenset(_forms(("date", "dc.date")))
"""Forms of the generic date names: a CMS's "date" is often not the publication's."""
_MODIFIED_FORMS = _forms(MODIFIED_META)


def meta_by_form(page: Analysis) -> dict[str, tuple[str, list[str]]]:
    """The page's ``<meta>`` tags by the :func:`meta_form` of their name: the first name
    written that way (as the page wrote it) and its values."""
    by_form: dict[str, tuple[str, list[str]]] = {}
    for name, values in page.meta.items():
        by_form.setdefault(meta_form(name), (name, values))
    return by_form


def meta_dates(page: Analysis, modified: bool = False) -> Iterator[tuple[str, list[str]]]:
    """``(name as the page wrote it, values)`` of the page's date meta tags, in order of
    trust: the publication names, or with ``modified`` the modification names (the names'
    forms are read once per parse, :attr:`Analysis.meta_forms`)."""
    by_form = page.meta_forms
    for form in _MODIFIED_FORMS if modified else _PUBLISHED_FORMS:
        found = by_form.get(form)
        if found is not None:
            yield found


_RDFA_PUBLISHED = frozenset({
    "dc:date", "dc:created", "dc:issued", "dcterms:date", "dcterms:created", "dcterms:issued",
    "schema:datepublished", "schema:datecreated",
})
_RDFA_MODIFIED = frozenset({"dc:modified", "dcterms:modified", "schema:datemodified"})
_RDFA_PROPERTY = "property="
_RDFA_VALUES = ('"dc', "'dc", '"schema:', "'schema:")  # what one of the markers opens with
_RDFA_PROPERTY_BYTES = _RDFA_PROPERTY.encode("ascii")
_RDFA_VALUES_BYTES = tuple(value.encode("ascii") for value in _RDFA_VALUES)
_MAX_ELEMENTS = 20
# The elements of "//body//…" in the same order, by the descendant axis and compiled once
# (about a quarter faster than the "//" step between, compiled at every call).
_RDFA_ELEMENTS = lxml.etree.XPath("//body/descendant::*[@property and @content]")
_ABBRS = lxml.etree.XPath("//body/descendant::abbr[@title]")


def rdfa_dates(page: Analysis, modified: bool = False) -> Iterator[tuple[str, dt.date]]:
    """``(property, date)`` of RDFa date properties with a ``content`` outside comments."""
    wanted = _RDFA_MODIFIED if modified else _RDFA_PUBLISHED
    for el in page.rdfa_elements:
        names = [name for name in el.get("property", "").lower().split() if name in wanted]
        if not names or declared_elsewhere(el):
            continue
        day = parse_date(el.get("content", ""))
        if day:
            yield names[0], day


def rdfa_elements(page: Analysis) -> list[HtmlElement]:
    """The first elements below ``<body>`` with an RDFa ``property`` and ``content`` (none
    when the page's markup holds no RDFa date marker: no search below ``<body>`` then)."""
    if not _rdfa_marked(page.markup_view()):
        return []
    return cast(list[HtmlElement], _RDFA_ELEMENTS(page.tree))[:_MAX_ELEMENTS]


def _rdfa_marked(markup: str | bytes) -> bool:
    """Whether ``markup`` (the page's text, or its UTF-8 bytes: :meth:`Analysis.markup_view`)
    holds ``property="dc``, ``property='dc``, ``property="schema:`` or ``property='schema:``:
    one search from one ``property=`` to the next (a page has a few dozen, its OpenGraph tags)
    instead of one search over the whole page per marker."""
    if isinstance(markup, bytes):
        return _opens_after(markup, _RDFA_PROPERTY_BYTES, _RDFA_VALUES_BYTES)
    return _opens_after(markup, _RDFA_PROPERTY, _RDFA_VALUES)


def _opens_after(text: AnyStr, prefix: AnyStr, values: tuple[AnyStr, ...]) -> bool:
    """Whether some ``prefix`` in ``text`` is followed by one of ``values``."""
    at = text.find(prefix)
    while at >= 0:
        at += len(prefix)
        if text.startswith(values, at):
            return True
        at = text.find(prefix, at)
    return False


def abbr_dates(page: Analysis) -> Iterator[dt.date]:
    """The hAtom ``<abbr class="published" title="…">`` dates outside comments and teasers."""
    if "abbr" not in page.date_tags:
        return
    for el in cast(list[HtmlElement], _ABBRS(page.tree))[:_MAX_ELEMENTS]:
        if "published" not in el.get("class", "").split() or declared_elsewhere(el):
            continue
        day = parse_date(el.get("title", ""))
        if day:
            yield day


# Where a declared date belongs to something else: a comment, a teaser or a related list. An
# article's own <footer> is not such a place (Drupal and TYPO3 put the post's date there).
_ELSEWHERE = re.compile(
    r"comment|reply|teaser|related|recommend|sidebar|widget|promo(?!ted)|most-?read|popular|"
    r"trending|outbrain|taboola|carousel|slider|read-?more|next-?article|community|"
    r"(?<![a-z])nav|(?<![a-z])menu|(?<![a-z])rail"
)
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "form", "noscript"})
_DEPTH = 12


def declared_elsewhere(el: HtmlElement) -> bool:
    """Whether a machine-readable date (microdata, RDFa, hAtom) sits in a comment, teaser,
    related list or navigation, or describes a Comment (``itemtype``)."""
    for count, anc in enumerate(el.iterancestors()):
        if count >= _DEPTH or anc.tag in ("body", "html"):
            break
        if anc.tag in _ELSEWHERE_TAGS or "Comment" in (anc.get("itemtype") or ""):
            return True
        marker = f"{anc.get('class', '')} {anc.get('id', '')}".lower()
        if marker.strip() and _ELSEWHERE.search(marker):
            return True
        if anc.tag == "article" and anc.getnext() is not None and anc.getnext().tag == "article":
            return True  # one of a list of articles
    return False


_URL_DAY = re.compile(
    r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|-|\.)"
    r"|[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?!\d)")


def _path(page: Analysis) -> str:
    url = page.canonical_url or ""
    start = url.find("//")
    path_at = url.find("/", start + 2) if start >= 0 else 0
    return url[path_at:] if path_at >= 0 else ""


def url_day(page: Analysis) -> dt.date | None:
    """The day in the page URL's path (``/2024/05/03/``, ``/20240503-``), if it names one."""
    match = _URL_DAY.search(_path(page))
    if match:
        groups = [int(g) for g in match.groups() if g is not None]
        year, month, mday = groups
        if mday <= calendar.monthrange(year, month)[1]:
            return dt.date(year, month, mday)
    return None


def url_month(page: Analysis) -> tuple[int, int] | None:
    """``(year, month)`` of a ``/2019/10/`` path that names no day."""
    path = _path(page)
    if _URL_DAY.search(path):
        return None
    match = _URL_MONTH.search(path)
    return (int(match.group(1)), int(match.group(2))) if match else None
