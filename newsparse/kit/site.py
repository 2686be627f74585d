""":class:`SiteAdapter`: an :class:`~newsparse.Adapter` whose site knowledge is data.

A site adapter declares selectors (:data:`~newsparse.kit.Selector`) as class attributes, one
per field it knows better than the generic extraction. Each field works on its own:

* a declared selector that finds text gives the field (provenance ``site:<adapter>.<field>``);
* a declared selector that matches only empty elements says the page has no such value: the
  field is empty (the site's empty standfirst is not replaced by a photo caption);
* a declared selector that matches nothing (a new layout) gives the generic result for that
  field and a ``site_fallback`` warning: a site adapter is never worse than the generic one,
  and a layout change shows in the output and in ``newsparse check``;
* an undeclared field is the generic result.

A field method, where logic is needed, computes its value with the kit and returns
``self.site_field(field, value, super().field)``: the same three outcomes for its value.
When ``body_path`` finds the article the generic text map of the page is never built, which
keeps a site adapter close to the cost of parsing the page.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from typing import ClassVar, TypeVar, cast

import lxml.html

from newsparse.adapter import Adapter
from newsparse.article import Block
from newsparse.extract.authors import split_byline
from newsparse.extract.dates import parse_date
from newsparse.found import Found, site_source
from newsparse.kit.selectors import (
    Selector,
    SharedSearch,
    _elements,
    blocks,
    select,
    shared_searches,
)
from newsparse.page import Page

__all__ = ["SiteAdapter"]

T = TypeVar("T")


class SiteAdapter(Adapter):
    """An adapter whose selectors are class attributes; see the module docstring.

    ``body_path`` selects the article's blocks (or containers of them) in reading order,
    ``lede_path`` standfirst elements put in front of them as paragraphs, and blocks inside an
    element that ``drop_path`` matches (captions, pull quotes, prompts) are left out.
    """

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
    tags_separator: ClassVar[str | None] = None
    """Split each text ``tags_path`` finds at this separator (keywords joined in one
    ``<meta>``: ``"Spain,Fires,Europe"``)."""
    _shared: ClassVar[dict[str, SharedSearch]] = {}
    """The anchors of the class's selectors that share a search (see
    :func:`~newsparse.kit.selectors.shared_searches`), found when the class is made."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        declared = (cls.title_path, cls.subtitle_path, cls.authors_path, cls.published_path,
                    cls.modified_path, cls.section_path, cls.tags_path, cls.lede_path,
                    cls.body_path, cls.drop_path)
        cls._shared = shared_searches(
            alternative for selector in declared for alternative in _alternatives(selector)
            if not alternative.startswith(("meta:", "jsonld:"))
        )

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        if self._shared:
            self.analysis.selected.update(self._shared)

    # -- helpers -------------------------------------------------------------------------

    def select(self, path: Selector | None) -> list[str] | None:
        """The cleaned texts ``path`` selects (see :func:`~newsparse.kit.select`)."""
        return select(self.analysis, path)

    def elements(self, path: Selector | None) -> list[lxml.html.HtmlElement]:
        """The elements an XPath selector (or its first matching alternative) selects."""
        return _elements(self.analysis, path)  # typed; an HtmlElement is an _Element

    def site_field(
        self, field: str, found: T | Found[T] | None, fallback: Callable[[], T | None]
    ) -> T | None:
        """The site's value for ``field``: ``found`` (a value, recorded as
        ``site:<adapter>.<field>``, or a :class:`~newsparse.kit.Found` with its own source);
        an empty value says the page has none; ``None`` (nothing matched) gives the generic
        ``fallback`` and a ``site_fallback`` warning."""
        if isinstance(found, Found):
            hit = cast("Found[T]", found)  # isinstance() alone narrows to Found[Any]
            if hit.value is not None:
                return self.take(field, hit)
            self.notes.extend(hit.notes)
            found = None
        if found is None:
            self.warn("site_fallback", field, f"{self.name}: the site's {field} selector matched "
                      "nothing on this page (a new layout?); the generic result is used")
            return fallback()
        if found in ((), [], ""):
            return found
        return self.take(field, Found(found, site_source(f"site:{self.name}.{field}")))

    @functools.cached_property
    def site_blocks(self) -> tuple[Block, ...] | None:
        """The lede and body blocks the selectors find (see :func:`~newsparse.kit.blocks`)."""
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
        names = None if texts is None else _unique(
            n for raw in texts for n in split_byline(raw))
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
        if texts is not None and self.tags_separator:
            texts = [t.strip() for text in texts for t in text.split(self.tags_separator)]
        found = None if texts is None else _unique(t for t in texts if t)
        return self.site_field("tags", found, super().tags) or ()

    def body(self) -> tuple[Block, ...]:
        """The article's blocks in reading order."""
        if not self.body_path:
            return super().body()
        return self.site_field("body", self.site_blocks, super().body) or ()


def _alternatives(selector: Selector | None) -> tuple[str, ...]:
    """A selector's alternatives."""
    if not selector:
        return ()
    return (selector,) if isinstance(selector, str) else selector


def _unique(texts: Iterable[str]) -> tuple[str, ...]:
    """``texts`` without repeats, in their first order."""
    return tuple(dict.fromkeys(texts, True))
