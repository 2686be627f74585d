"""Captions and picture credits set without figure markup.

Many templates put a picture and its caption in a plain box named for the picture
(``<div class="image-box"><img><p>caption</p></div>``, ``<div class="imginline">``,
``<span class="rte-image">``) instead of ``<figure>``/``<figcaption>``, which are chrome already
(:data:`~newsparse.extract.body.boilerplate.SOFT_TAGS`). Such a box is a caption when its class
or id names a picture, it holds a picture, and its text is caption-short. The three together
keep a "text with image" block of the article (a box with a picture beside paragraphs) as text.
"""

from __future__ import annotations

import functools
import re

import lxml.html

from newsparse.extract.body.treetext import text_of, weight

__all__ = ["is_picture_box", "names_picture"]

_PICTURE_WORDS = ("img", "imag", "photo", "foto", "bild", "picture")
_FALSE_FRIENDS = ("bildung", "imagin")  # "Bildung" (education), "imagine"
# Where a word may start: at the start of a name part, or at a lower-to-upper case change.
_WORD_STARTS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]|(?<=[a-z])[A-Z]")
MAX_CAPTION = 300
"""Weight of a caption at most (two or three lines; a credit is far shorter)."""


@functools.lru_cache(maxsize=4096)
def names_picture(marker: str) -> bool:
    """Whether a ``class``/``id`` value names a picture box (``image-box``, ``imginline``,
    ``articlePhoto``, ``bildtext``)."""
    lower = marker.lower()
    for start in _WORD_STARTS.finditer(marker):
        at = start.start()
        if lower.startswith(_PICTURE_WORDS, at) and not lower.startswith(_FALSE_FRIENDS, at):
            return True
    return False


def is_picture_box(el: lxml.html.HtmlElement, marker: str | None) -> bool:
    """Whether ``el`` (whose class and id are ``marker``) is a picture with its caption or
    credit: named for a picture, holding one, and with caption-short text."""
    if not marker or not names_picture(marker):
        return False
    if next(el.iter("img", "picture"), None) is None:
        return False
    return weight(text_of(el)) <= MAX_CAPTION
