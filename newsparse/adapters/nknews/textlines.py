"""Text-dump lines: text-browser artefacts removed, hard-wrapped lines joined.

Text-mode browsers (lynx, w3m) mark links with ``[12]``, buttons with ``(BUTTON)``, list items
with bullet glyphs, indent blocks and wrap lines at a fixed column; browser copies and crawler
records may start with a `` date YYYY-MM-DD `` prefix. :func:`logical_lines` undoes all that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import attrs

from newsparse.adapters.nknews.boilerplate import fold
from newsparse.text import clean

__all__ = ["Line", "logical_lines"]

_LINK_REF = re.compile(r"\[\d+\]")
_ARTEFACT = re.compile(r"\[(?:IMG|INLINE|BUTTON|X|_+)\]|!\[[^\]]*\]\([^)]*\)")
_BUTTON = re.compile(r"\(BUTTON\)\s*")
BULLET = re.compile(r"^[*•+o◦▪·■]\s+")
_CRAWL_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?:\s+|$)")
_REFERENCE = re.compile(r"^\s*\d+\.\s+\S+$")
_WRAP_SLACK = 4


@attrs.frozen
class Line:
    """A logical line of a text dump: cleaned text, whether it carried a bullet glyph."""

    text: str
    bullet: bool = False


def _fills(line: str, following: str, width: int) -> bool:
    """Whether ``following``'s first word would not have fitted on ``line`` (greedy wrapping;
    a few columns of slack for blocks with a narrower right margin)."""
    return len(line.rstrip()) + 1 + len(following.split()[0]) > width - _WRAP_SLACK


def _wrap_width(raw: Sequence[str]) -> int | None:
    """The column a text browser wrapped at, if the dump looks hard-wrapped.

    A line is a wrapped one when the next line's first word would not have fitted on it. The
    dump counts as wrapped when no breakable line is longer than 100 columns, almost every long
    line followed by text is such a line, and many continuations start in lower case (the
    middle of a sentence). Reference lists (``12. https://...``) do not count.
    """
    lines = [line.rstrip() for line in raw if not _REFERENCE.match(line)]
    breakable = [
        line for line in lines if " " in line.strip() and max(map(len, line.split())) < 40
    ]
    width = max(map(len, breakable), default=0)
    if not 0 < width <= 100:
        return None
    pairs = [
        (a, b) for a, b in pairwise(lines)
        if a.strip() and b.strip() and len(a) >= width - 25 and not BULLET.match(b.strip())
    ]
    fitting = [b for a, b in pairs if _fills(a, b, width)]
    lower = sum(b.strip()[:1].islower() for b in fitting)
    if len(fitting) >= 5 and len(fitting) >= 0.8 * len(pairs) and lower >= len(fitting) * 0.3:
        return width
    return None


def _references_start(raw: Sequence[str]) -> int:
    """Where a text browser's link list (``References`` then ``1. https://...``) begins."""
    for i, line in enumerate(raw):
        if line.strip() == "References":
            following = next((r for r in raw[i + 1 : i + 4] if r.strip()), "")
            if re.match(r"^\s*1\.\s+\S+$", following):
                return i
    return len(raw)


def logical_lines(raw_lines: Sequence[str]) -> list[Line]:
    """Clean text-browser artefacts and join hard-wrapped lines into logical lines."""
    raw = list(raw_lines)
    first = next((i for i, line in enumerate(raw) if line.strip()), None)
    if first is not None:
        raw[first] = _CRAWL_PREFIX.sub("", raw[first].lstrip("\ufeff"))
    raw = raw[: _references_start(raw)]
    width = _wrap_width(raw)
    out: list[list[str]] = []
    bullets: list[bool] = []
    previous = ""
    for line in raw:
        stripped = line.strip()
        joinable = bool(previous) and width is not None and _fills(previous, stripped or "x", width)
        previous = line if stripped else ""
        if not stripped:
            continue
        if "(BUTTON)" in stripped:
            if fold(_BUTTON.sub("", stripped)) != "read more":
                continue
            stripped = "Read More"
        stripped = _ARTEFACT.sub("", _LINK_REF.sub("", stripped)).strip()
        bullet = bool(BULLET.match(stripped))
        text = clean(BULLET.sub("", stripped))
        if not text:
            continue
        if joinable and not bullet and out:
            out[-1].append(text)
        else:
            out.append([text])
            bullets.append(bullet)
    return [Line(" ".join(parts), bullet) for parts, bullet in zip(out, bullets, strict=True)]
