"""Reading pages saved as text: text-browser dumps, browser copies, "save as text" files.

Text-mode browsers and converters mark up what they render. ``lynx -dump`` numbers links
(``[12]``), labels buttons ``(BUTTON)``, draws form fields as ``____`` and ``[ ]``, bullets list
items with ``*``/``+``/``o`` and ends with a ``References`` list of URLs; ``w3m`` bullets with
``•``/``□`` and shows images as ``[file-name]``; ``links`` prints ``Link: rel`` lines first;
``elinks`` numbers links and lists them at the end; ``html2text`` joins link words with ``_`` and
frames headings in ``****``. All of them indent blocks and hard-wrap lines at a fixed column.

:func:`read_dump` undoes all that and returns the page's logical lines, each with whether a
blank line or a bullet opened it. It works on any site's dumps; site adapters read their own
conventions from these lines. Every pattern here runs in linear time (bounded repeats only).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import lxml.etree
import lxml.html

from newsparse.text import repair_mojibake

__all__ = ["Line", "element_text", "read_dump"]

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe"})

# Cut-off marks of a whole dump.
_REFERENCES = re.compile(
    r"^[ \t]*References[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(?:1\.[ \t]+\S|Visible links|Hidden links)",
    re.MULTILINE,
)
_CRAWL_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?:[ \t]+|$)")
# Lines that are only browser furniture: lynx's <link rel> header, links' "Link: rel" lines.
_FURNITURE = re.compile(r"^(?:#\[\d{1,5}\].*|Link: [\w .:-]{1,60})$")
# Marks inside a line: link numbers, image and form labels, lynx's button and field marks,
# Markdown image syntax (from crawlers' "text" exports). Repeats are bounded: linear time.
# Every alternative starts with its own character ("[", "(", "_" or "!"), grouped by it, so the
# engine skips the characters that start none (about twice as fast as the flat alternation).
_MARKS = re.compile(
    r"\[(?:\d{1,5}\]|(?:IMG|INLINE|BUTTON|LINK|X|x| |_{1,80}|svg|SVG|banner|image|img|icon)\])"
    r"|\((?:(?:BUTTON|RADIO|submit|reset|Submit)\)[ \t]?|_\)|\*\))"
    r"|___+|!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)"
)


def _has_mark_char(text: str) -> bool:
    """Whether ``text`` has a character that starts a mark (four substring tests are many
    times faster than a set's test of every character)."""
    return "[" in text or "(" in text or "_" in text or "!" in text


# A line made only of bracketed labels (w3m's image file names, button captions).
_LABELS = re.compile(r"^(?:\[[^\[\]\n]{1,120}\][ \t]*){1,20}$")
_LABEL = re.compile(r"\[([^\[\]\n]{1,120})\]")
_BULLET = re.compile(r"^(?:[*+•□◦▪■‣∙·#@☆★]|o(?= ))(?:[ \t\u00a0]+|$)")
_RULE = re.compile(r"^[-_=*~•·]{3,}$")
_HEADING_STARS = re.compile(r"^\*{2,}[ \t]*(?P<text>[^*\n]{1,300}?)[ \t]*\*{2,}$")
# East Asian wide and fullwidth characters (two terminal columns each).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]"
)
# Characters a dump may carry that are no text (as newsparse.text.clean drops them) and white
# space other than the plain space and the line feed.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\x00-\x08\x0e-\x1f\x7f]")
_ODD_SPACE = re.compile("[\t\x0b\x0c\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Either of the two above (one scan finds whether any is there).
_INVISIBLE_OR_ODD_SPACE = re.compile(
    "[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\x00-\x08\x0e-\x1f\x7f"
    "\t\x0b\x0c\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
# A mojibake lead character (U+00C2-U+00F4) and another non-ASCII one after it among a text's
# odd characters: every sequence that repair_mojibake undoes is a lead and a non-ASCII
# continuation side by side in the text, so side by side among its odd characters too.
_LEAD_THEN_ODD = re.compile("[\u00c2-\u00f4][^\x00-\x7f]")
_UNDERSCORED = re.compile(r"_(?<=[^\W_]_)(?=[^\W_])")
"""An underscore between two letters or digits (``Word_Word``). The pattern opens with the
underscore itself, which the engine finds by a fast scan; opened with the look-behind, it was
tried at every character, about 20 times slower over a dump (the matches are the same)."""
_WORD = re.compile(r"\S+")
_MAX_WRAP_WIDTH = 100
_MAX_TOKEN = 40


class Line(NamedTuple):
    """A logical line of a text dump: its cleaned text, whether a bullet glyph opened it,
    whether a blank line stood before it, its indentation in columns, and the dump's lines it
    was joined from (a site reader may split a block that only looked wrapped). Immutable; a
    named tuple, which a dump makes by the hundred several times faster than a frozen class
    (``line._replace(...)`` gives a changed copy)."""

    text: str
    bullet: bool = False
    gap: bool = False
    indent: int = 0
    parts: tuple[str, ...] = ()


_Raw = tuple[str, int, bool, bool, int]
"""A line of the dump as the browser laid it out: its text (without indentation and bullet,
marks still in), the column where the text starts (after a bullet), whether a bullet opened
it, whether a blank line stood before it, and its length in columns. A plain tuple, read by
unpacking: a dump makes one per line, and a named tuple's constructor cost about half of
reading the lines."""

_BULLET_CHARS = frozenset("*+•□◦▪■‣∙·#@☆★o")
_FURNITURE_CHARS = frozenset("#L")
_SPECIAL_CHARS = _BULLET_CHARS | _FURNITURE_CHARS
_new_tuple = tuple.__new__
"""Makes a :class:`Line` from a tuple of its fields without the named tuple's own constructor
(a Python function around this same call)."""


def _raw_lines(lines: list[str], wide: bool = True) -> list[_Raw]:
    """The dump's lines (``text.split("\\n")``) as laid out (``wide``: whether the text may hold
    East Asian wide characters, which take two columns each). The plain form of
    :func:`_laid_out`, which the tests hold it to."""
    out: list[_Raw] = []
    append = out.append
    find_wide = _WIDE.findall
    gap = False
    for line in lines:
        body = line.rstrip()
        if not body:
            gap = True
            continue
        stripped = body.lstrip()
        indent = len(body) - len(stripped)
        bullet = False
        first = stripped[0]
        if first in _SPECIAL_CHARS:  # (most lines start with neither furniture nor bullet)
            if first in _FURNITURE_CHARS and _FURNITURE.match(stripped):
                continue
            found = _BULLET.match(stripped) if first in _BULLET_CHARS else None
            if found:
                bullet = True
                indent += found.end()
                stripped = stripped[found.end():]
                if not stripped:
                    continue
        # (the width as _columns counts it, inlined)
        append((stripped, indent, bullet, gap,
                len(body) if not wide or body.isascii() else len(body) + len(find_wide(body))))
        gap = False
    return out


def _margins(lines: list[_Raw]) -> dict[int, int] | None:
    """The right margin a dump may have been hard-wrapped at, for each indentation, or ``None``
    if it was not wrapped.

    A wrapped dump has no breakable line longer than about 100 columns. Nested blocks (lists,
    quotes) may wrap at a narrower margin, so each indentation has its own: its widest line.
    Whether the dump was wrapped at these margins is for :func:`_read_lines` to find as it
    joins the lines (:func:`_wrapped_at`).
    """
    widths: dict[int, int] = {}
    wide: dict[int, int] = {}  # from lines with East Asian characters (browsers differ there)
    for text, indent, _, _, width in lines:
        if " " not in text:
            continue
        if width > _MAX_WRAP_WIDTH:
            if max(map(len, text[:_MAX_WRAP_WIDTH * 4].split())) < _MAX_TOKEN:
                return None
            continue
        found = widths if text.isascii() else wide
        if width > found.get(indent, 0):
            found[indent] = width
    return {**wide, **widths} or None


def _wrapped_at(pairs: int, fitting: int, lower: int) -> bool:
    """Whether a dump was hard-wrapped at its margins (:func:`_margins`): almost every long
    line that runs on (same indentation, no blank line, within 25 columns of the margin) is
    followed by a word that would not have fitted on it (``fitting`` of ``pairs``), often in
    lower case (``lower``: the middle of a sentence)."""
    return fitting >= 3 and fitting >= 0.6 * pairs and lower >= fitting * 0.2


def _columns(text: str) -> int:
    """Terminal columns of ``text`` (East Asian wide characters take two)."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def _strip_marks(text: str) -> str:
    if text[0] == "[" and _LABELS.match(text):
        # Image file names carry no space and are dropped; button captions are kept.
        labels = [m for m in _LABEL.findall(text) if " " in m.strip()]
        return " ".join(labels)
    if _has_mark_char(text):
        text = _MARKS.sub("", text)
    return text


def _normalised(text: str) -> tuple[str, str]:
    """The whole dump normalised once, as :func:`newsparse.text.clean` does for one run of
    text (NFC, mojibake repaired, invisible characters dropped, odd white space as a space),
    line breaks kept; and its characters other than printable ASCII and the line feed
    (:func:`_odd_chars`)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    odd = _odd_chars(text)
    if odd is None:
        text = _SURROGATE.sub("\ufffd", text)
        odd = _odd_chars(text) or ""
    if not odd:
        return text, odd  # (printable ASCII: nothing to compose, repair, drop or replace)
    # Each test below reads the few odd characters instead of scanning the whole text.
    if unicodedata.normalize("NFC", odd) is not odd:
        # (NFC returns its argument itself only when a quick check finds every character
        # composed and in order; otherwise the whole text is normalised, as before)
        text = unicodedata.normalize("NFC", text)
        odd = _odd_chars(text) or ""
    if _LEAD_THEN_ODD.search(odd):
        repaired = repair_mojibake(text)
        if repaired is not text:
            text, odd = repaired, _odd_chars(repaired) or ""
    if not _INVISIBLE_OR_ODD_SPACE.search(odd):
        return text, odd  # (most dumps)
    # Each character to drop or replace is one of the few odd ones: replacing each of them
    # (NBSP alone in most dumps) is a C pass apiece, many times faster than a pattern's
    # substitution, and the text's odd characters are then the others, in order.
    for char in set(_INVISIBLE.findall(odd)):
        text = text.replace(char, "")
    for char in set(_ODD_SPACE.findall(odd)):
        text = text.replace(char, " ")
    return text, _INVISIBLE_OR_ODD_SPACE.sub("", odd)


def _odd_chars(text: str) -> str | None:
    """The characters of ``text`` other than printable ASCII and the line feed, in order
    (``None`` if it has a lone surrogate). Dropping ASCII bytes from UTF-8 keeps every other
    character's bytes whole, so two C passes give what a pattern would find in the text
    several times faster: a character the normalisation acts on is never printable ASCII."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return encoded.translate(None, _PLAIN_ASCII).decode("utf-8")


_REFERENCES_AT_LINE = re.compile(_REFERENCES.pattern[1:])
""":data:`_REFERENCES` without its ``^``, matched at a line start."""


def _references(text: str) -> int | None:
    """Where :data:`_REFERENCES` first matches in ``text`` (``None``: nowhere). Each match
    starts a line that holds "References": only the starts of those lines are tried (the
    pattern searched over the text is tried at every character, about 15 us over a lynx
    dump)."""
    at = text.find("References")
    tried = -1
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        if start != tried and _REFERENCES_AT_LINE.match(text, start):
            return start
        tried = start
        at = text.find("References", at + 1)
    return None


def read_dump(text: str) -> tuple[Line, ...]:
    """The logical lines of a dump: browser marks removed, hard-wrapped lines joined, text
    normalised (see :func:`newsparse.text.clean`); a pure function of the text (the page's
    analysis keeps the result for one parse:
    :attr:`Analysis.dump_lines <newsparse.extract.analysis.Analysis.dump_lines>`)."""
    text, odd = _normalised(text)
    refs = _references(text)
    if refs is not None:
        text = text[:refs]
    wide = bool(odd) and _WIDE.search(odd) is not None
    lines = text.split("\n")
    underscores = "_" in text
    # (a line's marks are a match of _MARKS or start with "[": a dump with neither has none)
    marks = "[" in text or _MARKS.search(text) is not None
    if not wide and _long_breakable_line(lines):
        found = _unwrapped_lines(lines, underscores, marks)
        if found is not None:
            return found
    return _read_lines(lines, wide, underscores, marks)


def _read_lines(
    lines: list[str], wide: bool, underscores: bool, marks: bool = True
) -> tuple[Line, ...]:
    """The logical lines of a normalised dump's lines (``text.split("\\n")``; ``wide``: whether
    it may hold East Asian wide characters; ``underscores``: whether it holds ``_``; ``marks``:
    whether it may hold browser marks), the full way: laid out and the wrap margins measured
    (one pass, :func:`_laid_out`), then joined."""
    raw, widths = _laid_out(lines, wide)
    underscored = underscores and _underscored_links(raw)
    if widths is None:
        return _unwrapped(raw, underscored, marks)
    out: list[Line] = []
    append = out.append
    parts: list[str] = []
    head: _Raw | None = None
    get = widths.get
    before_indent = -1  # (the line before: its indentation, -1 for none, and its width)
    before_width = 0
    pairs = fitting = lower = 0  # (what _wrapped_at reads, counted as the lines are joined)
    for line in raw:
        piece, indent, bullet, gap, columns = line
        joins = False
        if indent == before_indent and not gap and not bullet:
            # (the first word would not have fitted at the end of the line before: the
            # widest line of its indentation is taken as the right margin)
            first = piece.split(" ", 1)[0]
            width = get(indent, 0)
            joins = before_width + 1 + (
                len(first) if first.isascii() else _columns(first)) > width
            if before_width >= width - 25:
                pairs += 1
                if joins:
                    fitting += 1
                    lower += piece[:1].islower()
        before_indent, before_width = indent, columns
        if marks and ("[" in piece or "(" in piece or "_" in piece or "!" in piece):
            piece = _strip_marks(piece)
        if underscored:
            piece = _UNDERSCORED.sub(" ", piece)
        if joins:
            parts.append(piece)
            continue
        if head is not None:
            if len(parts) == 1:  # (most lines: _finish's first case, inlined)
                text = parts[0]
                text = " ".join(text.split()) if "  " in text else text.strip()
                if text and not (text[0] == "*" and text[-1] == "*"):
                    append(_new_tuple(Line, (text, head[2], head[3], head[1], ())))
                else:
                    _finish(out, head, parts)
            else:
                _finish(out, head, parts)
        head, parts = line, [piece]
    if head is not None:
        _finish(out, head, parts)
    if not _wrapped_at(pairs, fitting, lower):
        return _unwrapped(raw, underscored, marks)  # (the lines joined above are not read)
    return tuple(out)


def _laid_out(lines: list[str], wide: bool) -> tuple[list[_Raw], dict[int, int] | None]:
    """:func:`_raw_lines` of the dump's lines with the first one's crawl-date prefix removed,
    and :func:`_margins` of them, measured in the same pass."""
    out: list[_Raw] = []
    append = out.append
    find_wide = _WIDE.findall
    widths: dict[int, int] = {}
    wide_widths: dict[int, int] = {}  # (as in _margins: lines with East Asian characters)
    unwrapped = False
    gap = False
    first_raw = True
    for line in lines:
        body = line.rstrip()
        if not body:
            gap = True
            continue
        stripped = body.lstrip()
        indent = len(body) - len(stripped)
        bullet = False
        first = stripped[0]
        if first in _SPECIAL_CHARS:  # (most lines start with neither furniture nor bullet)
            if first in _FURNITURE_CHARS and _FURNITURE.match(stripped):
                continue
            found = _BULLET.match(stripped) if first in _BULLET_CHARS else None
            if found:
                bullet = True
                indent += found.end()
                stripped = stripped[found.end():]
                if not stripped:
                    continue
        if first_raw:
            first_raw = False
            if "date " in stripped[:6]:
                stripped = _CRAWL_PREFIX.sub("", stripped)
        # (the width as _columns counts it, inlined)
        width = len(body) if not wide or body.isascii() else len(body) + len(find_wide(body))
        append((stripped, indent, bullet, gap, width))
        gap = False
        if unwrapped or " " not in stripped:
            continue
        if width > _MAX_WRAP_WIDTH:
            if max(map(len, stripped[:_MAX_WRAP_WIDTH * 4].split())) < _MAX_TOKEN:
                unwrapped = True  # (_margins answers "not wrapped" here)
            continue
        found_widths = widths if stripped.isascii() else wide_widths
        if width > found_widths.get(indent, 0):
            found_widths[indent] = width
    if unwrapped:
        return out, None
    return out, {**wide_widths, **widths} or None


def _long_breakable_line(lines: list[str]) -> bool:
    """Whether a line of the dump (``text.split("\\n")``, no East Asian wide characters) makes
    :func:`_margins` answer "not wrapped" at once: a line of text over 100 columns with a
    space and no word of 40 characters or more in its first 400 characters. ``False`` also
    when such a line may be the first one, whose crawl-date prefix :func:`read_dump` removes
    first (the full reading decides)."""
    for line in [line for line in lines if len(line) > _MAX_WRAP_WIDTH]:  # (most are shorter)
        body = line.rstrip()
        if len(body) <= _MAX_WRAP_WIDTH:
            continue
        stripped = body.lstrip()
        first = stripped[0]
        if first in _SPECIAL_CHARS:  # (what _raw_lines makes of the line)
            if first in _FURNITURE_CHARS and _FURNITURE.match(stripped):
                continue
            found = _BULLET.match(stripped) if first in _BULLET_CHARS else None
            if found:
                stripped = stripped[found.end():]
        if "date " in stripped[:6]:
            return False
        if " " in stripped and max(map(len, stripped[:_MAX_WRAP_WIDTH * 4].split())) < _MAX_TOKEN:
            return True
    return False


def _unwrapped_lines(
    lines: list[str], underscores: bool, marks: bool = True
) -> tuple[Line, ...] | None:
    """:func:`_unwrapped` of :func:`_raw_lines` (first line's crawl-date prefix removed), read in
    one pass over the dump's lines (most dumps that are not hard-wrapped: :func:`read_dump`
    knows it from :func:`_long_breakable_line` before reading them); ``None`` when the dump
    joins link words with underscores (``underscores``: whether it holds any), which
    :func:`read_dump` reads the full way (``marks``: whether it may hold browser marks)."""
    out: list[Line] = []
    append = out.append
    items: list[str] = []  # (bulleted lines without a space: _underscored_links reads them)
    gap = False
    first_raw = True
    for line in lines:
        body = line.rstrip()
        if not body:
            gap = True
            continue
        piece = body.lstrip()
        indent = len(body) - len(piece)
        bullet = False
        first = piece[0]
        if first in _SPECIAL_CHARS:  # (most lines start with neither furniture nor bullet)
            if first in _FURNITURE_CHARS and _FURNITURE.match(piece):
                continue
            found = _BULLET.match(piece) if first in _BULLET_CHARS else None
            if found:
                bullet = True
                indent += found.end()
                piece = piece[found.end():]
                if not piece:
                    continue
        # (here _raw_lines would append the raw line)
        if first_raw:
            first_raw = False
            if "date " in piece[:6]:
                piece = _CRAWL_PREFIX.sub("", piece)
        before, gap = gap, False
        if underscores and bullet and " " not in piece:
            items.append(piece)
        if marks and ("[" in piece or "(" in piece or "_" in piece or "!" in piece):
            piece = _strip_marks(piece)
        text = " ".join(piece.split()) if "  " in piece else piece.strip()
        if not text:
            continue
        if text[0] == "*" and text[-1] == "*":
            stars = _HEADING_STARS.match(text)
            if stars:
                text = stars.group("text")
        append(_new_tuple(Line, (text, bullet, before, indent, ())))
    if items and sum(1 for text in items if _UNDERSCORED.search(text)) >= 3:
        return None  # (_underscored_links: each piece would lose its underscores too)
    return tuple(out)


def _unwrapped(raw: list[_Raw], underscored: bool, marks: bool = True) -> tuple[Line, ...]:
    """The logical lines of a dump that was not hard-wrapped: each raw line is one (what
    :func:`read_dump`'s joining loop and :func:`_finish` make of one-part lines, without their
    bookkeeping; most browser copies and a third of text-browser dumps)."""
    out: list[Line] = []
    append = out.append
    for piece, indent, bullet, gap, _ in raw:
        if marks and ("[" in piece or "(" in piece or "_" in piece or "!" in piece):
            piece = _strip_marks(piece)
        if underscored:
            piece = _UNDERSCORED.sub(" ", piece)
        text = " ".join(piece.split()) if "  " in piece else piece.strip()
        if not text:
            continue
        if text[0] == "*" and text[-1] == "*":
            stars = _HEADING_STARS.match(text)
            if stars:
                text = stars.group("text")
        append(_new_tuple(Line, (text, bullet, gap, indent, ())))
    return tuple(out)


def _finish(out: list[Line], head: _Raw, parts: list[str]) -> None:
    """Add the logical line made of ``parts`` (if it has any text)."""
    joined = parts[0]
    if len(parts) == 1:
        text = " ".join(joined.split()) if "  " in joined else joined.strip()
        if text and not (text[0] == "*" and text[-1] == "*"):
            out.append(_new_tuple(Line, (text, head[2], head[3], head[1], ())))
            return  # (most lines: one part, no heading stars)
    for part in parts[1:]:
        if joined.endswith("-") and joined[-2:-1].isalpha():
            joined += part  # a word broken after its hyphen ("North Korea-" / "Russia")
        else:
            joined += " " + part
    text = " ".join(joined.split()) if "  " in joined else joined.strip()
    if not text:
        return
    if text[0] == "*" and text[-1] == "*":
        stars = _HEADING_STARS.match(text)
        if stars:
            text = stars.group("text")
    out.append(_new_tuple(Line, (text, head[2], head[3], head[1],
                                 tuple(parts) if len(parts) > 1 else ())))


def _underscored_links(lines: list[_Raw]) -> bool:
    """Whether the converter joined the words of link texts with ``_`` (html2text does): most
    bulleted menu items are then one ``Word_Word`` token."""
    items = [raw[0] for raw in lines if raw[2] and " " not in raw[0]]
    joined = sum(1 for text in items if _UNDERSCORED.search(text))
    return joined >= 3


def element_text(element: lxml.html.HtmlElement) -> str:
    """An element's text laid out as a browser copy would: each block element (paragraph,
    ``div``, heading, list item, ``<br>``) on its own line, ``<hr>`` as a blank line, scripts
    and styles left out. Read the result with :func:`read_dump`."""
    out: list[str] = []
    skipping = 0
    for event, el in lxml.etree.iterwalk(element, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIPPED_TAGS:
                skipping += 1
            elif not skipping:
                if tag in _BLOCK_TAGS:
                    out.append("\n\n" if tag == "hr" else "\n")
                if el.text:
                    out.append(el.text)
            continue
        if tag in _SKIPPED_TAGS:
            skipping -= 1
        elif not skipping and tag in _BLOCK_TAGS:
            out.append("\n")
        if not skipping and el.tail and el is not element:
            out.append(el.tail)
    return "".join(out)
