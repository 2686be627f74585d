""":class:`SiteAdapter`: an :class:`~newsparse.Adapter` whose site knowledge is data.

A site adapter declares selectors as class attributes, one per field it knows better than the
generic extraction::

    class ExampleTimes(SiteAdapter):
        name = "exampletimes"
        domains = ("example-times.com",)
        body_path = "//div[@itemprop='articleBody']/*[self::p or self::h2]"
        tags_path = "meta:article:tag"

A selector is a string, or a tuple of alternatives tried in order (one per layout era; the
first that finds text wins). A string is an XPath expression (elements give their text,
strings are used as they are), ``meta:NAME`` (the page's ``<meta>`` values for NAME) or
``jsonld:KEY`` (the KEY of the page's JSON-LD article object). Each field works on its own:

* a declared selector that finds text gives the field (provenance ``site:<adapter>.<field>``);
* a declared selector that matches only empty elements says the page has no such value: the
  field is empty (the site's empty standfirst is not replaced by a photo caption);
* a declared selector that matches nothing (a new layout) gives the generic result for that
  field and a ``site_fallback`` warning: a site adapter is never worse than the generic one,
  and a layout change shows in the output and in ``newsparse check``;
* an undeclared field is the generic result.

``body_path`` selects the article's blocks in reading order; the tag gives the kind (``h2`` to
``h6`` heading, ``li`` list item, ``blockquote`` quote, anything else a paragraph), and a
selected ``ul``/``ol`` stands for its items.
``lede_path`` selects standfirst elements put in front of them as paragraphs, and blocks inside
an element that ``drop_path`` matches (captions, pull quotes, prompts) are left out.
When ``body_path`` finds the article the generic text map of the page is never built, which
keeps a site adapter close to the cost of parsing the page.
Write a field method only where logic is needed, with the ``select``/``site_field`` helpers.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TypeVar

import lxml.etree
import lxml.html

from newsparse.adapter import Adapter
from newsparse.article import Block, BlockKind
from newsparse.extract import schema
from newsparse.extract.authors import split_byline
from newsparse.extract.dates import parse_date
from newsparse.found import Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["Selector", "SiteAdapter", "block_text", "blocks", "compiled", "elements", "select"]

T = TypeVar("T")
Selector = str | tuple[str, ...]
"""An XPath, ``meta:NAME`` or ``jsonld:KEY``; a tuple holds alternatives tried in order."""

_KINDS: dict[str, BlockKind] = {
    "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "list_item", "blockquote": "quote",
}
_LISTS = ("ul", "ol")
_TEXT = lxml.etree.XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
    " | descendant::br"
)


@functools.lru_cache(maxsize=512)
def compiled(path: str) -> lxml.etree.XPath:
    """The XPath for ``path``, compiled once per process."""
    return lxml.etree.XPath(path)


def block_text(el: lxml.html.HtmlElement) -> str:
    """The element's text with ``<br>`` as a space (scripts and styles left out), not yet
    cleaned."""
    if next(el.iter("br", "script", "style", "noscript"), None) is None:
        return str(el.text_content())  # one C call: no line break or code inside
    parts: list[object] = _TEXT(el)  # type: ignore[assignment]  # a node-set
    return "".join(p if isinstance(p, str) else " " for p in parts)


def select(page: Analysis, path: Selector | None) -> list[str] | None:
    """The cleaned texts ``path`` selects (an XPath: elements give their text, ``meta:NAME``,
    or ``jsonld:KEY`` of the article object; a tuple: the first alternative with text), empty
    ones dropped; ``None`` if it matches nothing at all (``[]``: only empty elements)."""
    if not path:
        return None
    if isinstance(path, tuple):  # the first alternative with text; [] if only empties
        matched: list[str] | None = None
        for alternative in path:
            texts = select(page, alternative)
            if texts:
                return texts
            matched = matched if texts is None else texts
        return matched
    found: list[object] | None
    if path.startswith("meta:"):
        found = list(page.meta.get(path[5:].lower(), ()))
    elif path.startswith("jsonld:"):
        article = schema.article_object(page)
        value = article[0].get(path[7:]) if article else None
        found = None if value is None else list(schema.strings(value))
    else:
        result = compiled(path)(page.tree)
        found = list(result) if isinstance(result, list) else [result]
    if not found:
        return None
    cleaned = (clean(block_text(x)) if isinstance(x, lxml.html.HtmlElement)
               else clean(schema.unescape(str(x))) for x in found)
    return [t for t in cleaned if t]


def elements(page: Analysis, path: Selector | None) -> list[lxml.html.HtmlElement]:
    """The elements an XPath selector (or its first matching alternative) selects."""
    for alternative in (path,) if isinstance(path, str) else path or ():
        found = compiled(alternative)(page.tree)
        if isinstance(found, list) and found:
            return [el for el in found if isinstance(el, lxml.html.HtmlElement)]
    return []


def blocks(
    page: Analysis,
    body: Selector,
    *,
    lede: Selector | None = None,
    drop: Selector | None = None,
) -> tuple[Block, ...] | None:
    """Typed blocks of the elements ``body`` selects, in reading order, after the standfirst
    elements ``lede`` selects (as paragraphs), without those inside a ``drop`` match; ``None``
    when ``body`` matches nothing. The tag gives the kind (``h2``-``h6`` heading, ``li`` list
    item, ``blockquote`` quote, else paragraph); a selected list gives one item per block."""
    found = elements(page, body)
    if not found:
        return None
    dropped = set(elements(page, drop))
    leads = elements(page, lede)
    out: list[Block] = []
    items = [li for el in found for li in (el.iterchildren("li") if el.tag in _LISTS else [el])]
    for el in [*leads, *items]:
        if dropped and (el in dropped or any(a in dropped for a in el.iterancestors())):
            continue
        text = block_text(el)
        kind = "paragraph" if leads and el in leads else _KINDS.get(el.tag, "paragraph")
        if text.strip():
            block = Block(kind=kind, text=text)  # the model cleans the text
            if not (out and out[-1].text == block.text):
                out.append(block)
    return tuple(out) or None


class SiteAdapter(Adapter):
    """An adapter whose selectors are class attributes; see the module docstring."""

    title_path: ClassVar[Selector | None] = None
    subtitle_path: ClassVar[Selector | None] = None
    authors_path: ClassVar[Selector | None] = None
    published_path: ClassVar[Selector | None] = None
    modified_path: ClassVar[Selector | None] = None
    section_path: ClassVar[Selector | None] = None
    tags_path: ClassVar[Selector | None] = None
    lede_path: ClassVar[Selector | None] = None
    body_path: ClassVar[Selector | None] = None
    drop_path: ClassVar[Selector | None] = None

    # -- helpers -------------------------------------------------------------------------

    def select(self, path: Selector | None) -> list[str] | None:
        """The cleaned texts ``path`` selects (see :func:`select`)."""
        return select(self.analysis, path)

    def site_field(
        self, field: str, found: T | None, fallback: Callable[[], T | None]
    ) -> T | None:
        """``found`` recorded as the site's value; ``None`` (nothing matched) gives the generic
        ``fallback`` and a ``site_fallback`` warning."""
        if found is None:
            self.warn("site_fallback", field, f"{self.name}: the site's {field} selector matched "
                      "nothing on this page (a new layout?); the generic result is used")
            return fallback()
        if found in ((), [], ""):
            return found
        return self.take(field, (found, Source("site", f"site:{self.name}.{field}")))

    def elements(self, path: Selector | None) -> list[lxml.html.HtmlElement]:
        """The elements an XPath selector (or its first matching alternative) selects."""
        return elements(self.analysis, path)

    @functools.cached_property
    def site_blocks(self) -> tuple[Block, ...] | None:
        """The lede and body blocks the selectors find (see :func:`blocks`)."""
        if not self.body_path:
            return None
        return blocks(self.analysis, self.body_path, lede=self.lede_path, drop=self.drop_path)

    def first_date(self, path: Selector | None) -> dt.date | None:
        """The first text ``path`` selects that parses as a date (``None``: none matched)."""
        return next((d for t in self.select(path) or () if (d := parse_date(t))), None)

    # -- fields ----------------------------------------------------------------------------

    def check(self) -> None:
        """A page whose article blocks the site's selectors find is an article."""
        if not self.site_blocks:
            super().check()

    def _first(self, field: str, path: Selector | None, fallback: Callable[[], str | None]) -> (
        str | None
    ):
        if not path:
            return fallback()
        texts = self.select(path)
        return self.site_field(field, None if texts is None else " ".join(texts[:1]), fallback)

    def title(self) -> str | None:
        """The headline."""
        return self._first("title", self.title_path, super().title)

    def subtitle(self) -> str | None:
        """The standfirst (every text the selector finds)."""
        if not self.subtitle_path:
            return super().subtitle()
        texts = self.select(self.subtitle_path)
        return self.site_field("subtitle", None if texts is None else " ".join(texts),
                               super().subtitle) or None

    def section(self) -> str | None:
        """The section."""
        return self._first("section", self.section_path, super().section)

    def authors(self) -> tuple[str, ...]:
        """Bylines split into names."""
        if not self.authors_path:
            return super().authors()
        texts = self.select(self.authors_path)
        names = None if texts is None else tuple(
            dict.fromkeys(n for raw in texts for n in split_byline(raw)))
        return self.site_field("authors", names, super().authors) or ()

    def published(self) -> dt.date | None:
        """The first publication date."""
        if not self.published_path:
            return super().published()
        return self.site_field("published", self.first_date(self.published_path),
                               super().published)

    def modified(self) -> dt.date | None:
        """The last modification."""
        if not self.modified_path:
            return super().modified()
        return self.site_field("modified", self.first_date(self.modified_path),
                               super().modified)

    def tags(self) -> tuple[str, ...]:
        """Topics."""
        if not self.tags_path:
            return super().tags()
        texts = self.select(self.tags_path)
        found = None if texts is None else tuple(dict.fromkeys(texts))
        return self.site_field("tags", found, super().tags) or ()

    def body(self) -> tuple[Block, ...]:
        """The article's blocks in reading order."""
        if not self.body_path:
            return super().body()
        return self.site_field("body", self.site_blocks, super().body) or ()
