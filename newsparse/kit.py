"""The adapter author's kit: everything a site adapter needs, public and documented.

A site adapter is a :class:`SiteAdapter` (or an :class:`~newsparse.Adapter`) that declares its
selectors as class attributes and writes a field method only where logic is needed; the
helpers below are the ones the generic finders use themselves::

    from newsparse import kit

    class ExampleTimes(kit.SiteAdapter):
        name = "exampletimes"
        domains = ("example-times.com",)
        site_name = "The Example Times"
        body_path = "//div[@class='story-body']/p"
        lede_path = "//p[@class='standfirst']"

        def section(self) -> str | None:
            found = kit.meta(self.analysis, "article:section")
            return self.take("section", found) or super().section()

Results (:class:`Found`): a value, its :class:`Source` (a :data:`SourceKind` and the name in
the article's provenance) and notes (doubts, as :class:`~newsparse.ArticleWarning`);
``Adapter.take(field, found)`` records them and returns the value. :func:`first` picks the
first candidate with a value.

Look-ups on the page's :class:`Analysis` (``self.analysis`` in an adapter): :func:`meta`,
:func:`jsonld`, :func:`article_object`; the page itself: ``tree``, ``meta``, ``jsonld``.
Text: :func:`select` (cleaned texts of a selector), :func:`blocks` (typed blocks under a
selector, with the lede), :func:`blocks_of` (the generic block walker on a known container).
Values: :func:`parse_date` (a date or an aware datetime, never a guess), :func:`split_byline`,
:func:`is_name_like`, :func:`clean_author`, :func:`clean`, :func:`split_paragraphs`.
"""

from __future__ import annotations

from newsparse.article import Block
from newsparse.extract.analysis import Analysis
from newsparse.extract.authors import clean_author, is_name_like, split_byline
from newsparse.extract.body import blocks_of
from newsparse.extract.dates import parse_date
from newsparse.extract.lookups import jsonld, meta
from newsparse.extract.schema import article_object
from newsparse.found import Found, Source, SourceKind, first
from newsparse.site import Selector, SiteAdapter, blocks, select
from newsparse.text import clean, split_paragraphs

__all__ = [
    "Analysis", "Block", "Found", "Selector", "SiteAdapter", "Source", "SourceKind",
    "article_object", "blocks", "blocks_of", "clean", "clean_author", "first", "is_name_like",
    "jsonld", "meta", "parse_date", "select", "split_byline", "split_paragraphs",
]
