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

The walk costs about half of lxml's parse, so it runs only where a cheap, sound first test
cannot rule such a tag out: a tag with more than the limit's attributes spans more than twice
that many bytes with no ">" outside its quoted values, and one look at the last ">" of each
such span of markup mostly shows there is none (:func:`_suspects`); a stretch that may hold
one has its tags read one by one (:func:`_cleared`) before the walk is called for.
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


def _attributes(limit: int) -> bytes:
    return rb"(?:%s){0,%d}" % (_ATTRIBUTE, limit)


@functools.lru_cache(maxsize=4)
def _start_tag(limit: int) -> re.Pattern[bytes]:
    """A start tag with at most ``limit`` attributes, read as the walk reads one."""
    return re.compile(rb"<[A-Za-z]%s%s%s" % (_TAG_NAME, _attributes(limit), _TAG_END))


@functools.lru_cache(maxsize=4)
def _walk(limit: int) -> re.Pattern[bytes]:
    """A pattern matching up to 16 items of markup, none a start tag with more than ``limit``
    attributes. (The engine keeps every attribute of a match to backtrack into: matches of
    many items with many attributes each grew its stack and the time faster than the page.)"""
    attributes = _attributes(limit)
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
    one counted, repeated names too, as the tokenizer reads them).

    Most pages are cleared by a look at one ">" per ``limit`` bytes (:func:`_suspects`); a
    tag that may be long enough is read on its own; only when that cannot clear the page does
    the exact walk over the whole markup decide."""
    suspects = _suspects(data, limit)
    if not suspects or _cleared(suspects, limit, len(data) // 4):
        return False
    return _walk_exceeds(data, limit)


# Every attribute of a start tag follows one of these bytes (white space, "/", or the quote
# that closed the value before it), and each of its attributes follows a different one.
_SEPARATORS = b"\t\n\f\r /\"'"
_WHITE = b"\t\n\f\r "
_SPACE = frozenset(_WHITE)
_LOOK_BACK = 64
_EQUALS = ord("=")
_BLANK = ord(" ")
_GT, _DOUBLE, _SINGLE = ord(">"), ord('"'), ord("'")
_TAG_START = re.compile(rb"<[A-Za-z]")


def _opens(data: bytes, quote: int) -> bool:
    """Whether the quote at ``quote`` may open a value: it follows "=" and white space, as
    every quote that opens a value does (a closing quote or one in text may as well, which
    only makes the answer "maybe" more often)."""
    start = max(quote - _LOOK_BACK, 0)
    kept = data[start:quote].rstrip(_WHITE)  # (a line's indentation in one C call)
    if kept or not start:
        return kept[-1:] == b"="
    before = start - 1  # white space all the way back: the bytes before, one by one
    while before >= 0 and data[before] in _SPACE:
        before -= 1
    return before >= 0 and data[before] == _EQUALS


def _suspects(data: bytes, limit: int) -> list[bytes]:
    """Stretches of the markup holding every start tag that may have more than ``limit``
    attributes, each from a "<" and a letter on (none: no tag can have that many).

    Such a tag runs over more than ``2 * limit + 2`` bytes with no ">" outside its quoted
    values. The walk goes from one ">" outside quoted values to the last ">" of the next
    ``2 * limit + 2`` bytes: when that one is outside quoted values too (mostly), every tag
    that starts in between ends by it, too short to be such a tag. Where it is not, or there
    is no ">", the stretch up to the next ">" outside quoted values may hold one; it has at
    most as many attributes as the stretch has separator bytes from its "<" on.

    A ">" may lie in a quoted value when the last double quote or the last single quote
    before it may open one (:func:`_opens`). The ">" are taken in increasing positions and
    the quotes between one and the next searched once (``seen``: the bytes before it are
    searched; ``double``, ``single``: whether the last quote of each kind there may open a
    value; the byte before a quote is looked at inline, :func:`_opens` called only after a
    space). One loop of calls on bytes, no method or object per ">" (it runs on every page
    at once before parsing: tests/test_tagscan.py holds it to the earlier form, which kept
    that state in an object)."""
    size, span = len(data), 2 * limit + 2
    find, rfind = data.find, data.rfind
    found: list[bytes] = []
    seen = 0
    double = single = False
    outside = 0  # after a ">" outside quoted values (or the start)
    while size - outside > span:
        gt = rfind(_GT, outside, outside + span)  # (seen <= outside here: see the loop's end)
        if gt >= 0:
            last = rfind(_DOUBLE, seen, gt)
            if last >= 0:
                before = data[last - 1] if last else _BLANK
                double = before == _EQUALS if before not in _SPACE else _opens(data, last)
            last = rfind(_SINGLE, seen, gt)
            if last >= 0:
                before = data[last - 1] if last else _BLANK
                single = before == _EQUALS if before not in _SPACE else _opens(data, last)
            seen = gt
            if not (double or single):
                outside = gt + 1
                continue
        start = outside
        # The stretch ends at the first ">" after the span outside every possible value.
        gt = find(_GT, outside + span, size)  # (seen < outside + span here)
        while gt >= 0:
            last = rfind(_DOUBLE, seen, gt)
            if last >= 0:
                before = data[last - 1] if last else _BLANK
                double = before == _EQUALS if before not in _SPACE else _opens(data, last)
            last = rfind(_SINGLE, seen, gt)
            if last >= 0:
                before = data[last - 1] if last else _BLANK
                single = before == _EQUALS if before not in _SPACE else _opens(data, last)
            seen = gt
            if not (double or single):
                break
            # Every ">" up to the next quote of each kind that may be open is inside too.
            skip = gt + 1
            for kind, opens in ((_DOUBLE, double), (_SINGLE, single)):
                if opens:
                    close = find(kind, gt)
                    skip = max(skip, size if close < 0 else close)
            gt = find(_GT, skip, size)
        end = size if gt < 0 else gt
        outside = end + 1  # past seen: the next window starts after every quote searched
        lt = find(b"<", start, end)  # (memchr: most long stretches are script text)
        tag = _TAG_START.search(data, lt, end) if lt >= 0 else None
        if tag is not None and end - tag.start() > limit:
            tail = data[tag.start():end]
            if len(tail) - len(tail.translate(None, _SEPARATORS)) > limit:
                found.append(tail)
    return found


def _cleared(suspects: list[bytes], limit: int, budget: int) -> bool:
    """Whether every "<" and letter of the ``suspects``, read as a start tag (as the exact
    walk reads one, wherever it is), has at most ``limit`` attributes; ``False`` as well
    once the reads have covered ``budget`` bytes (the exact walk reads a byte about as fast,
    so a page's reads then cost no more than a quarter of walking it)."""
    tag = _start_tag(limit)
    for stretch in suspects:
        for start in _TAG_START.finditer(stretch):
            read = tag.match(stretch, start.start())
            if read is None:
                return False
            budget -= read.end() - start.start()
            if budget < 0:
                return False
    return True


def _walk_exceeds(data: bytes, limit: int) -> bool:
    """The exact walk: whether a start tag, read as the tokenizer reads it, has more than
    ``limit`` attributes."""
    walk = _walk(limit)
    pos, size = 0, len(data)
    while pos < size:
        end = walk.match(data, pos).end()  # type: ignore[union-attr]  # {0,n} always matches
        if end == pos:
            return True
        pos = end
    return False
