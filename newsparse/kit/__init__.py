"""The adapter author's kit: the one way to write a site adapter, public and documented.

A site adapter is a :class:`SiteAdapter`: it declares its selectors as class attributes and
writes a field method only where logic is needed, with the helpers below (the generic finders
use the same ones)::

    from newsparse import kit

    class ExampleTimes(kit.SiteAdapter):
        name = "exampletimes"
        domains = ("example-times.com",)
        site_name = "The Example Times"
        body_path = "//div[@class='story-body']"
        lede_path = "//p[@class='standfirst']"

        def section(self) -> str | None:
            found = kit.meta(self.analysis, "example:desk")
            return self.site_field("section", found, super().section)

Selectors (:data:`Selector`): an XPath, ``meta:NAME`` or ``jsonld:KEY``, or a tuple of
alternatives, one per layout era. ``self.site_field(field, value, super().field)`` is how a
method returns: a value is the site's (``site:<adapter>.<field>``, or a :class:`Found`'s own
source), an empty one says the page has none, ``None`` falls back to the generic result with a
``site_fallback`` warning.

Results (:class:`Found`): a value, its :class:`Source` (a :data:`SourceKind` and the name in
the article's provenance) and notes (doubts, as :class:`~newsparse.ArticleWarning`);
``Adapter.take(field, found)`` records them and returns the value. :func:`first` picks the
first candidate with a value.

Look-ups on the page's :class:`Analysis` (``self.analysis`` in an adapter): :func:`meta`,
:func:`jsonld`, :func:`article_object`; the page itself: ``tree``, ``meta``, ``jsonld``.
Text: :func:`select` (cleaned texts of a selector), :func:`blocks` (typed blocks of what a
selector finds, with the lede), :func:`walk` (the block walker on a container you hold).
Values: :func:`parse_date` (a date or an aware datetime, never a guess), :func:`written_date`
(the pattern of a written date in the languages you name; :data:`WRITTEN_DATE`: any language),
:func:`split_byline`, :func:`is_name_like`, :func:`clean_author`, :func:`clean`,
:func:`split_paragraphs`.
"""

from __future__ import annotations

from newsparse.article import Block
from newsparse.extract.analysis import Analysis
from newsparse.extract.authors import clean_author, is_name_like, split_byline
from newsparse.extract.dates import WRITTEN_DATE, parse_date, written_date
from newsparse.extract.lookups import jsonld, meta
from newsparse.extract.schema import article_object
from newsparse.found import Found, Source, SourceKind, first
from newsparse.kit.selectors import Selector, blocks, select, walk
from newsparse.kit.site import SiteAdapter
from newsparse.text import clean, split_paragraphs

__all__ = [
    "WRITTEN_DATE", "Analysis", "Block", "Found", "Selector", "SiteAdapter", "Source",
    "SourceKind", "article_object", "blocks", "clean", "clean_author", "first", "is_name_like",
    "jsonld", "meta", "parse_date", "select", "split_byline", "split_paragraphs", "walk",
    "written_date",
]
