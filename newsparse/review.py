"""Cross-field checks run on an assembled article: machine-readable doubts instead of silence.

:func:`review` looks at the field values and their sources and returns warnings; the one place
that does (:mod:`newsparse.assembly` calls it once, after dropping dates after the fetch
time). Codes:

* ``modified_before_published``: the modification date precedes publication;
* ``author_is_organisation``: only an organisation is given as author;
* ``fallback_source``: a field came from a weaker source (visible markup, the URL) because the
  page's structured data had none;
* ``teaser_suspected``: the page declares a paywall or shows paywall markup, and the body is
  short or cut mid-sentence;
* ``body_shorter_than_page``: the body holds much less text than the page's paragraphs;
* ``missing_title`` / ``missing_body`` (added by the adapter): the page gave no headline or no
  article text; the article holds what was found (a page is refused only on positive evidence
  that it is not an article, or when it has neither headline nor text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import lxml.etree

from newsparse.article import ArticleWarning
from newsparse.extract.authors import looks_like_organisation
from newsparse.extract.body.paywall import paywall_markup
from newsparse.extract.body.textmap import cached_text_map
from newsparse.extract.signoff import SIGNOFF
from newsparse.extract.thresholds import SENTENCE_END
from newsparse.extract.titles import site_names
from newsparse.found import Source, SourceKind

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["review"]

_WEAK: frozenset[SourceKind] = frozenset({"markup", "url", "text", "detected"})
"""Sources weaker than the page's structured data (a ``fallback_source`` warning)."""
_TEASER_CHARS = 1500
_SHORT_RATIO = 0.3
_MIN_PAGE_CHARS = 3000
_END_PUNCTUATION = tuple(SENTENCE_END)


def _moment(value: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)


def _date_order(values: Mapping[str, Any]) -> list[ArticleWarning]:
    published, modified = values.get("published"), values.get("modified")
    # A publishing system often stamps the two a few minutes apart in either order: only a
    # modification well over a day before publication is doubtful.
    if (
        isinstance(published, dt.date)
        and isinstance(modified, dt.date)
        and _moment(published) - _moment(modified) > dt.timedelta(days=1, hours=12)
    ):
        return [ArticleWarning("modified_before_published", "modified",
                               f"modified {modified.isoformat()} precedes published "
                               f"{published.isoformat()}")]
    return []


def _body_chars(values: Mapping[str, Any]) -> tuple[int, str]:
    blocks = values.get("body") or ()
    texts = [getattr(block, "text", "") for block in blocks]
    return sum(len(t) for t in texts), (texts[-1] if texts else "")


_P_TEXTS = lxml.etree.XPath("//p//text()[not(ancestor::script or ancestor::style)]")


def _page_chars(page: Analysis, body_chars: int) -> int | None:
    """Characters of the page's prose paragraphs, or ``None`` when even their raw length could
    not make the body look short. The ``<p>`` elements of the text map when the generic body
    extraction built it (labels and other snippets are not in it); else (a site adapter read
    the body) the text of the ``<p>`` elements, found in one XPath pass: building a text map
    only for this check cost several times the page's parse."""
    built = cached_text_map(page)
    if built is not None:
        texts = [n.text for n in built.texts if n.tag == "p"]
    else:
        found = _P_TEXTS(page.tree)
        texts = [str(t) for t in found] if isinstance(found, list) else []
    if body_chars >= sum(map(len, texts)) * _SHORT_RATIO:
        return None  # normalising white space only shortens the texts
    return sum(len(" ".join(text.split())) for text in texts)


def review(
    page: Analysis,
    values: Mapping[str, Any],
    sources: Mapping[str, Source],
    notes: Sequence[ArticleWarning] = (),
) -> list[ArticleWarning]:
    """Warnings for the article built from ``values`` whose fields came from ``sources``;
    ``notes`` are the finders' own (a doubt they raised is not raised again)."""
    codes = {(note.code, note.field) for note in notes}
    found = _date_order(values)
    authors = values.get("authors") or ()
    signed = sources.get("authors") == SIGNOFF  # initials sign for people ("ssi, dan")
    if authors and not signed and ("author_is_organisation", "authors") not in codes:
        sites = site_names(page) if page.kind == "html" else frozenset()
        if all(looks_like_organisation(name, sites) for name in authors):
            found.append(ArticleWarning(
                "author_is_organisation", "authors",
                f"{', '.join(authors)!r} looks like an organisation, not a person",
            ))
    if page.kind != "html":
        return found
    for field in ("title", "authors", "published"):
        source = sources.get(field)
        if ((f"{field}_as_printed", field) not in codes  # declared, overruled by the page
                and values.get(field) and source is not None and source.kind in _WEAK):
            found.append(ArticleWarning(
                "fallback_source", field,
                f"taken from {source}: the page's structured data and meta tags have none",
            ))
    chars, last = _body_chars(values)
    if chars:
        cut = not last.rstrip().endswith(_END_PUNCTUATION)
        if values.get("paywalled") and chars < _TEASER_CHARS * 2:
            found.append(ArticleWarning(
                "teaser_suspected", "body",
                f"the page declares a paywall and the body has {chars} characters; "
                "it is probably a teaser",
            ))
        elif chars < _TEASER_CHARS and cut and paywall_markup(page):
            found.append(ArticleWarning(
                "teaser_suspected", "body",
                f"paywall markup on the page and a {chars}-character body cut mid-sentence",
            ))
        # A site adapter's selectors name the article: the doubt about the generic choice of
        # container does not apply (and its text map is not built for the site's pages).
        body_source = sources.get("body")
        site_body = body_source is not None and body_source.kind == "site"
        page_chars = None if site_body else _page_chars(page, chars)
        if page_chars and page_chars >= _MIN_PAGE_CHARS and chars < page_chars * _SHORT_RATIO:
            found.append(ArticleWarning(
                "body_shorter_than_page", "body",
                f"the body has {chars} characters, the page's paragraphs {page_chars}",
            ))
    return found
