"""The opening post of a discussion thread: its date is the page's publication date.

A forum thread shows its title as a heading, then its posts, one block each: the first is the
article (the question, the announcement, the rules), the others are readers' replies. Forums
mark every block alike, with the post or comment class that keeps readers' dates out of the
other date finders, so a thread had no date but a sidebar's or none at all.

Here the first post is told from the replies by where it stands, never by its site: the block
right after the heading that shows the headline (the heading itself, else the title bar that
holds it), with a class naming a post or a comment that a later element bears too (the
replies). The first date printed at the top of that block (the post's header: its author and
time; not a sentence, nothing hidden, the same shapes as the date line by the headline,
two-digit years included) is the publication date. It is tried after the page's structured
dates (JSON-LD, meta, microdata, ``<time>``) and before the visible date lines: a thread's
heading may follow a list of recent posts whose dates the line finder near the headline would
read first; a page dated by its markup never reaches it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import lxml.etree
import lxml.html

from newsparse.extract import titles
from newsparse.extract.visible_dates import dates_in
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["opening_post_date"]

_HEADINGS = ("h1", "h2", "h3", "h4")
_MAX_HEADINGS = 40
_MAX_SHOWING = 3  # headings showing the headline whose next block is looked at
_MAX_CLASSES = 4  # post-like class names of a block looked up further down the page
_POST_CLASS = re.compile(r"post|comment|beitrag|message", re.IGNORECASE)
# The heading may show the headline without the "| Section | Forum" that <title> adds.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_MIN_HEADLINE = 10
_HEADER_TEXT = 600  # characters at the top of the post where its header (author, time) stands
_DATE_LINE = 120  # a longer text node is a sentence of the post, not its header
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SKIP = frozenset({"script", "style", "noscript", "template", "select", "option", "textarea"})
_TEXTS = lxml.etree.XPath(".//text()")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shows(heading: lxml.html.HtmlElement, headline: str) -> bool:
    """Whether ``heading`` shows the headline, or the headline's part before a separator."""
    shown = _key(heading.text_content())
    if len(shown) < _MIN_HEADLINE or not headline.startswith(shown):
        return False
    return shown == headline or bool(_SEPARATOR.match(headline, len(shown)))


def _same_class_later(block: lxml.html.HtmlElement) -> bool:
    """Whether the block has a post or comment class that a later element bears too (each
    look-up walks the rest of the page: a few class names only, however many it has)."""
    names = [name for name in block.get("class", "").split()
             if _POST_CLASS.search(name) and re.fullmatch(r"[\w-]+", name)]
    for name in names[:_MAX_CLASSES]:
        later = block.xpath(
            f"following::*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')][1]"
        )
        if later:
            return True
    return False


def _first_post(heading: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The post block after the heading (or after the title bar holding the heading)."""
    el: lxml.html.HtmlElement | None = heading
    for _ in range(2):
        if el is None:
            return None
        block = el.getnext()
        while block is not None and not isinstance(block.tag, str):
            block = block.getnext()
        if block is not None and _same_class_later(block):
            return block
        el = el.getparent()
    return None


def _shown(node: Any, block: lxml.html.HtmlElement) -> bool:
    """Whether a text node is shown: not in a script or a form field, nor in a hidden element
    between it and the post block."""
    owner = node.getparent()
    el = owner.getparent() if node.is_tail else owner
    while el is not None:
        if el.tag in _SKIP or el.get("hidden") is not None or _HIDDEN.search(el.get("style", "")):
            return False
        if el is block:
            return True
        el = el.getparent()
    return True


def _header_dates(block: lxml.html.HtmlElement, page: Analysis, bound: dt.date
                  ) -> Iterator[dt.date]:
    read = 0
    for node in cast(list[Any], _TEXTS(block)):
        text = clean(str(node))
        if not text or not _shown(node, block):
            continue
        read += len(text)
        if read > _HEADER_TEXT:
            return
        if len(text) <= _DATE_LINE:
            yield from dates_in(page, text, bound)


def opening_post_date(page: Analysis) -> dt.date | None:
    """The date at the top of a thread's opening post (see the module's description), or None
    on a page that is no thread."""
    found = titles.title(page)
    if found is None:
        return None
    headline = _key(found.value)
    bound = page.page.fetch_bound
    day = bound.date() if isinstance(bound, dt.datetime) else bound
    showing = 0
    for count, heading in enumerate(page.tree.iter(*_HEADINGS)):
        if count >= _MAX_HEADINGS or showing >= _MAX_SHOWING:
            break
        if not _shows(heading, headline):
            continue
        showing += 1
        block = _first_post(heading)
        if block is not None:
            return next(_header_dates(block, page, day), None)
    return None
