"""The analysis of one page for one parse: every reading of the page that several finders
share, computed once, in one visible place.

An :class:`Analysis` is made by the adapter for the page it extracts and handed to every
finder; it lives as long as that parse (nothing is kept in module globals), so two threads
parsing two pages never share anything. Finders read the page through it (``tree``,
``meta``, ``jsonld``, ...) and ask it for the shared analyses below; each is computed on first
use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

import lxml.etree
import lxml.html

from newsparse.cached import cached_property
from newsparse.decode import Kind
from newsparse.extract import body, plaintext, publication_dates, schema, titles, visible_dates
from newsparse.extract.body import textmap
from newsparse.extract.body.textmap import TextMap
from newsparse.extract.classes import BodyClasses
from newsparse.extract.declared_dates import meta_by_form, rdfa_elements
from newsparse.extract.elements import first_element
from newsparse.extract.textdump import Line, read_dump
from newsparse.limits import Limits
from newsparse.page import Page

if TYPE_CHECKING:
    from newsparse.article import Block
    from newsparse.extract.body.blocks import Raw
    from newsparse.extract.plaintext import Layout
    from newsparse.extract.visible_dates import BodyText, VisibleDate
    from newsparse.found import Found

__all__ = ["Analysis"]

_ATTRIBUTE_VALUES = {
    name: lxml.etree.XPath(f"/html/body/descendant::*/@{name}") for name in ("class", "id")
}


class Analysis:
    """One :class:`~newsparse.Page` as the finders read it during one parse.

    The page's own views are passed through (``tree``, ``meta``, ``jsonld``, ``text``, ...);
    the shared analyses are:

    * :attr:`article_objects`: the page's schema.org article objects, best first;
    * :attr:`jsonld_ids`: JSON-LD objects by ``@id``, for resolving references;
    * :attr:`site_names`: the names the page uses for its site;
    * :attr:`first_h1s`: the first ``<h1>`` elements; :attr:`title_element`: the ``<title>``;
    * :attr:`title`: the headline, found once (the subtitle, body and review compare with it);
    * :attr:`published`: the published date, found once (the modified date reads it);
    * :attr:`text_map`: where the page's text is (the body's and the review's base);
    * :attr:`markup_raws`, :attr:`jsonld_body`: the body candidates (the listing check reads
      them too);
    * :attr:`dump_lines`, :attr:`text_layout`: a text page's logical lines, its headline and
      body;
    * :attr:`body_text`, :meth:`near_headline_dates`, :meth:`heading`: the body's text nodes
      joined once, the dates printed near the headline and the heading showing it, for the
      date finders;
    * :meth:`attribute_values`: the ``class``/``id`` values below ``<body>``;
      :attr:`body_classes`: the body's ``class`` values with their elements;
    * :attr:`meta_forms`: the ``<meta>`` tags by their name's form, for the date finders;
      :attr:`rdfa_elements`: the elements with an RDFa date, for the same;
    * :attr:`date_tags`: which date elements (``<time>``, ``<abbr>``) the tree holds;
    * :meth:`holds`: whether the page's text holds a marker.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.selected: dict[str, object] = {}
        """What each XPath of a site adapter's selectors found, by path (each evaluated once
        per parse: a standfirst selector is also the lede of the body)."""

    def __repr__(self) -> str:
        return f"Analysis({self.page!r})"

    # -- the page's own views ----------------------------------------------------------------

    @property
    def tree(self) -> lxml.html.HtmlElement:
        """:attr:`Page.tree <newsparse.Page.tree>`."""
        return self.page.tree

    @property
    def meta(self) -> dict[str, list[str]]:
        """:attr:`Page.meta <newsparse.Page.meta>`."""
        return self.page.meta

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """:meth:`Page.meta_first <newsparse.Page.meta_first>`."""
        return self.page.meta_first(*keys)

    @property
    def jsonld(self) -> list[dict[str, Any]]:
        """:attr:`Page.jsonld <newsparse.Page.jsonld>`."""
        return self.page.jsonld

    @property
    def text(self) -> str:
        """The page's text (markup included for HTML)."""
        return self.page.text

    def markup_view(self) -> str | bytes:
        """:meth:`Page.markup_view <newsparse.Page.markup_view>`."""
        return self.page.markup_view()

    @property
    def lines(self) -> list[str]:
        """:attr:`Page.lines <newsparse.Page.lines>`."""
        return self.page.lines

    @property
    def kind(self) -> Kind:
        """``"html"`` or ``"text"``."""
        return self.page.kind

    @property
    def url(self) -> str | None:
        """The URL the caller gave."""
        return self.page.url

    @property
    def canonical_url(self) -> str | None:
        """:attr:`Page.canonical_url <newsparse.Page.canonical_url>`."""
        return self.page.canonical_url

    @property
    def host(self) -> str | None:
        """:attr:`Page.host <newsparse.Page.host>`."""
        return self.page.host

    @property
    def fetched(self) -> dt.date | None:
        """When the page was fetched, if the caller said."""
        return self.page.fetched

    @property
    def source(self) -> str:
        """The input's name in errors."""
        return self.page.source

    @property
    def limits(self) -> Limits:
        """The page's :class:`~newsparse.Limits`."""
        return self.page.limits

    # -- shared analyses, computed once --------------------------------------------------------

    @cached_property
    def article_objects(self) -> list[tuple[dict[str, Any], str]]:
        """Every article-typed JSON-LD object with its type name, the page's own first."""
        return schema.collect_article_objects(self)

    @cached_property
    def jsonld_ids(self) -> dict[str, dict[str, Any]]:
        """The page's JSON-LD objects by ``@id`` (those with more than an ``@id``)."""
        return {
            obj["@id"]: obj for obj in self.page.jsonld
            if isinstance(obj.get("@id"), str) and len(obj) > 1
        }

    @cached_property
    def first_h1s(self) -> list[lxml.html.HtmlElement]:
        """The page's first three ``<h1>`` elements, in document order (a logo may be the
        first): for the title, byline and standfirst finders (:attr:`Page.first_h1s
        <newsparse.Page.first_h1s>`, found in the page's walk for its ``<meta>`` elements)."""
        return self.page.first_h1s

    @cached_property
    def title_element(self) -> lxml.html.HtmlElement | None:
        """The page's first ``<title>`` element, found once (for the headline, the text map's
        declared titles and the language's fallback) without reading the whole page."""
        return first_element(self.page.tree, "title")

    @cached_property
    def site_names(self) -> frozenset[str]:
        """Normalised names the page uses for its site (see :func:`.titles.site_names`)."""
        return frozenset(titles.find_site_names(self))

    @cached_property
    def title(self) -> Found[str] | None:
        """The headline without the site's name (see :mod:`.titles`)."""
        return titles.find_title(self)

    @cached_property
    def published(self) -> Found[dt.date | None] | None:
        """The published date (see :func:`.publication_dates.find_published`), found once:
        the modified date asks whether the page showed any date but an update's."""
        return publication_dates.find_published(self)

    @cached_property
    def text_map(self) -> TextMap:
        """The page's :class:`~.textmap.TextMap`."""
        return TextMap(self.page.tree, titles=textmap.declared_titles(self))

    @property
    def built_text_map(self) -> TextMap | None:
        """:attr:`text_map` if something built it already in this parse, else ``None``."""
        found = self.__dict__.get("text_map")
        return found if isinstance(found, TextMap) else None

    @cached_property
    def markup_raws(self) -> list[Raw]:
        """Candidate blocks of the standfirst and main container, before filtering."""
        return body.find_markup_raws(self)

    @cached_property
    def jsonld_body(self) -> Found[tuple[Block, ...]] | None:
        """The JSON-LD ``articleBody`` as paragraphs, with its source."""
        return body.find_jsonld_body(self)

    @cached_property
    def dump_lines(self) -> tuple[Line, ...]:
        """The logical lines of a text page (:func:`.textdump.read_dump`)."""
        return read_dump(self.page.text)

    @cached_property
    def text_layout(self) -> Layout:
        """A text page's lines, headline and body span (:func:`.plaintext.find_layout`)."""
        return plaintext.find_layout(self)

    @cached_property
    def body_text(self) -> BodyText | None:
        """The text nodes below ``<body>``, joined once for the date scans
        (:class:`.visible_dates.BodyText`); ``None`` without a ``<body>``."""
        return visible_dates.body_text(self)

    @property
    def built_body_text(self) -> BodyText | None:
        """:attr:`body_text` if something read it already in this parse, else ``None``."""
        found = self.__dict__.get("body_text")
        return found if isinstance(found, visible_dates.BodyText) else None

    @cached_property
    def declared_dates(self) -> dict[str, Any]:
        """The dates the page declares in JSON-LD and ``<meta>`` per JSON-LD key
        (``datePublished``, ``dateModified``), filled by :mod:`.publication_dates` when it
        first reads them (read as far as asked)."""
        return {}

    @cached_property
    def meta_forms(self) -> dict[str, tuple[str, list[str]]]:
        """The ``<meta>`` tags by their name's form, separators removed and case folded
        (:func:`.declared_dates.meta_by_form`): read once for the published and modified
        dates."""
        return meta_by_form(self)

    @cached_property
    def rdfa_elements(self) -> list[lxml.html.HtmlElement]:
        """The elements with an RDFa date's ``property`` and ``content``
        (:func:`.declared_dates.rdfa_elements`): found once for the published and modified
        dates (the markup searched for the marker once)."""
        return rdfa_elements(self)

    @cached_property
    def _near_headline_dates(self) -> dict[tuple[str | None, dt.date], list[VisibleDate]]:
        return {}

    def near_headline_dates(self, title: str | None, bound: dt.date) -> list[VisibleDate]:
        """The dates printed near the headline showing ``title``, nearest first
        (:func:`.visible_dates.visible_dates`); found once per title and ``bound``."""
        key = (title, bound)
        found = self._near_headline_dates.get(key)
        if found is None:
            found = self._near_headline_dates[key] = visible_dates.near_headline(
                self, title, bound
            )
        return found

    @cached_property
    def _headings(self) -> dict[str | None, lxml.html.HtmlElement | None]:
        return {}

    def heading(self, title: str | None) -> lxml.html.HtmlElement | None:
        """The heading that shows ``title``, else the first ``<h1>``
        (:func:`.visible_dates.find_heading`); found once per title."""
        if title in self._headings:
            return self._headings[title]
        found = self._headings[title] = visible_dates.find_heading(self, title)
        return found

    @cached_property
    def date_tags(self) -> frozenset[str]:
        """Which of the date elements ``<time>`` and ``<abbr>`` the tree holds, for the guards
        of the date finders' element searches (the published and the modified date both ask):
        :attr:`Page.date_tags <newsparse.Page.date_tags>`, found in the page's walk for its
        ``<meta>`` elements."""
        return self.page.date_tags

    @cached_property
    def _holds(self) -> dict[str, bool]:
        return {}

    def holds(self, marker: str) -> bool:
        """Whether the page's text (:attr:`text`) holds ``marker``: searched once per parse
        (the date finders ask the same markers for the published and the modified date)."""
        found = self._holds.get(marker)
        if found is None:
            found = self._holds[marker] = self.page.holds(marker)
        return found

    @cached_property
    def body_classes(self) -> BodyClasses | None:
        """The ``class`` values of ``<body>`` and the elements below it, read once for the
        searches over the whole body's classes (:class:`.classes.BodyClasses`: the byline
        finder's, :func:`.classes.with_attribute_matching`'s); ``None`` without a body or on
        a text page."""
        body = self.page.tree.find("body") if self.page.kind == "html" else None
        return None if body is None else BodyClasses(body)

    @cached_property
    def _attribute_values(self) -> dict[str, list[str]]:
        return {}

    def attribute_values(self, attribute: str) -> list[str]:
        """The page's ``class`` or ``id`` values below ``<body>``, in document order (smart
        strings: each knows its element); read once per attribute."""
        found = self._attribute_values.get(attribute)
        if found is None:
            found = self._attribute_values[attribute] = cast(
                list[str], _ATTRIBUTE_VALUES[attribute](self.page.tree)
            )
        return found
