"""Attributes per start tag, counted as an HTML5 tokenizer reads the markup, before parsing.

libxml2 compares each new attribute of an element with all earlier ones: time square in their
number, inside one C call that no time budget can interrupt. :func:`too_many_attributes` finds
a start tag with more attributes than a limit without building anything: one regular
expression walks the markup item by item as the HTML5 tokenizer does (libxml2 follows it from
2.14 on): text, comments, other ``<!``/``<?`` markup, end tags, start tags, and the raw text
of ``<script>``, ``<style>``, ``<title>``, ``<textarea>`` and the like up to their end tag (not
``<noscript>``: libxml2 parses its content). So a quoted ``>`` or ``<`` in an attribute value,
a ``<`` inside a start tag, or a "tag" inside a title is read as the parser reads it. A start
tag is matched only with at most the limit's number of attributes (repeated names counted
too); the walk stops where one has more. With libxml2 before 2.14 (HTML 4 era tokenizer) the
same walk is kept, with only script and style as raw text: a close reading, not an exact one.

Every part of the pattern can end in one place only (a run of name characters is followed by
a character that cannot continue it, and so on): when a start tag fails to match, the regular
expression engine has no other reading to try and gives up in time linear in the tag.
"""

from __future__ import annotations

import functools
import re

import lxml.etree

__all__ = ["too_many_attributes"]

_W = rb"\t\n\f\r "
_NAME = rb"[^%s/>][^%s/>=]*(?![^%s/>=])" % (_W, _W, _W)
_VALUE = (
    rb"[%s]*=[%s]*(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)|[^%s>\"'][^%s>]*(?![^%s>])|(?=>|\Z))"
    % (_W, _W, _W, _W, _W)
)
# One attribute after the tag name or an earlier attribute: white space or "/" before it, or
# nothing after a quoted value ('a="1"b="2"' is two). Without a value, no "=" may follow.
_ATTRIBUTE = rb"(?:[%s/]+|(?<=[\"']))%s(?:%s|(?![%s]*=))" % (_W, _NAME, _VALUE, _W)
_TAG_NAME = rb"[^%s/>]*(?![^%s/>])" % (_W, _W)
_TAG_END = rb"[%s/]*(?:>|\Z)" % _W
_HTML5 = lxml.etree.LIBXML_VERSION >= (2, 14)
_RAW = rb"script|style|xmp|iframe|noembed|noframes|textarea|title" if _HTML5 else rb"script|style"
"""Elements whose text the tokenizer reads as text up to their end tag: before 2.14, libxml2
knew only script and style, and ended their text at "</script" followed by anything."""
_RAW_END = rb"[%s/>]" % _W if _HTML5 else b""


@functools.lru_cache(maxsize=4)
def _walk(limit: int) -> re.Pattern[bytes]:
    """A pattern matching up to 16 items of markup, none a start tag with more than ``limit``
    attributes. (The engine keeps every attribute of a match to backtrack into: matches of
    many items with many attributes each grew its stack and the time faster than the page.)"""
    attributes = rb"(?:%s){0,%d}" % (_ATTRIBUTE, limit)
    item = rb"|".join((
        rb"[^<]+",
        # A raw text element: its start tag, then text up to "</name" and a delimiter.
        # (libxml2 reads "<style/>" as an empty element, HTML5 as a start tag: the text after
        # one is read as markup here, which reads at least every tag either reads.)
        rb"<(?=[SsTtXxIiNn])((?i:%s))(?=[%s/>])%s[%s/]*(?:(?<!/)>|\Z)"
        rb"[^<]*(?:<(?!(?i:/\1)%s)[^<]*)*" % (_RAW, _W, attributes, _W, _RAW_END),
        rb"<(?=[Pp][Ll])(?i:plaintext)(?=[%s/>])%s[%s/]*(?:(?<!/)>|\Z).*"
        % (_W, attributes, _W) if _HTML5 else rb"(?!)",
        rb"<[A-Za-z]%s%s%s" % (_TAG_NAME, attributes, _TAG_END),
        rb"</[A-Za-z][^%s/>]*>" % _W,  # most end tags, in one step
        rb"</[A-Za-z]%s(?:%s)*%s" % (_TAG_NAME, _ATTRIBUTE, _TAG_END),
        # Comments end at "-->", "--!>", or right away ("<!-->", "<!--->").
        rb"<!--(?:-?>|[^-]*(?:-(?!-!?>)[^-]*)*(?:--!?>|\Z))",
        rb"<[!?/][^>]*(?:>|\Z)",
        rb"<(?![A-Za-z!?/])",
    ))
    return re.compile(rb"(?:%s){0,16}" % item, re.DOTALL)


def too_many_attributes(data: bytes, limit: int) -> bool:
    """Whether some start tag of the markup ``data`` has more than ``limit`` attributes (each
    one counted, repeated names too, as the tokenizer reads them)."""
    walk = _walk(limit)
    pos, size = 0, len(data)
    while pos < size:
        end = walk.match(data, pos).end()  # type: ignore[union-attr]  # {0,n} always matches
        if end == pos:
            return True
        pos = end
    return False
