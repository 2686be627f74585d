"""Generated hostile page shapes, each built at any size ``n`` (issue 13's cost classes).

Every builder returns page content (``str`` or ``bytes``) whose size grows linearly with ``n``;
the growth tests (``tests/test_hostile_growth.py``) parse a shape at two sizes and check that the
time grows no faster than the size, and the benchmark ``benchmarks/hostile_growth.py`` prints
the figures. Each shape is built against one loop or pattern of the code that once cost the
square of the page (noted on the builder).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable

HEAD = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Storm hits the coast</title></head>"
)
PROSE = (
    "Heavy rain and gusts of up to 120 km/h reached the coast on Tuesday night, officials said. "
    "More than 4,000 homes lost power, and the regional rail service was suspended until noon."
)


def _page(body: str) -> str:
    return f"{HEAD}<body><h1>Storm hits the coast</h1>{body}</body></html>"


def nested_headings(n: int) -> str:
    """``n // 100`` unclosed ``<h2>`` (libxml2 does not auto-close headings) over ``n`` links:
    an XPath ``//h2//a`` visits every link once per enclosing heading (the listing check)."""
    links = "".join(f"<a href='/n/{i}'>Link number {i}</a>" for i in range(n))
    return _page("<h2>" * (n // 100) + links)


def nested_text_links(n: int) -> str:
    """``n // 20`` nested text containers over ``n`` links: per-container text and link walks
    (the text map) cost the subtree once per ancestor."""
    depth = n // 20
    outer = "".join(f"<div>{PROSE} {i}" for i in range(depth))
    links = "".join(f"<a href='/n/{i}'>Link number {i}</a> " for i in range(n))
    return _page(outer + f"<p>{PROSE}</p>" + links + "</div>" * depth)


def nested_text_memory(n: int) -> str:
    """250 nested text containers holding ``n`` paragraphs: every container's full text, kept
    per container, costs 250 times the page."""
    outer = "".join(f"<div>{PROSE} {i}" for i in range(250))
    return _page(outer + "".join(f"<p>{PROSE} {i}</p>" for i in range(n)) + "</div>" * 250)


def nested_authors(n: int) -> str:
    """``n // 30`` nested ``itemprop=author`` over ``n`` ``itemprop=name``: each author element
    searches every name below it."""
    depth = n // 30
    names = "".join(f"<span itemprop='name'>Jane Doe{i}</span> " for i in range(n))
    return _page("<div itemprop='author'>" * depth + names + "</div>" * depth
                 + f"<p>{PROSE}</p>")


def date_labels(n: int) -> str:
    """``n`` bare "Date:" labels in one parent: each label reads the whole parent's text."""
    labels = "<span>Date:</span>" * n
    return _page(f"<p>{PROSE}</p><div>{labels}</div><p>{PROSE}</p>")


def byline_labels(n: int) -> str:
    """``n`` bare "By" labels in one parent: each label reads the whole parent's text."""
    labels = "<span>By</span>" * n
    return _page(f"<div>{labels}</div><p>{PROSE}</p>")


def cut_copies(n: int) -> str:
    """``n`` paragraphs sharing a 60-character start, half of them cut with an ellipsis: the
    cut-copy check compared every cut block with every block of the same start."""
    start = "The council said on Tuesday that the new bridge over the river "
    paras = []
    for i in range(n):
        text = f"{start}{i:07d} will open in the spring of next year, after many delays"
        paras.append(f"<p>{text}…</p>" if i % 2 else f"<p>{text}.</p>")
    return _page("".join(paras))


def image_artefacts(n: int) -> str:
    """A text dump with a line of ``n`` ``![`` (an image artefact never closed): a pattern
    ``!\\[[^\\]]*\\]`` rescans the rest of the line from every ``![``."""
    return (
        "Storm hits the coast\n\nBy Jane Doe\n\n" + PROSE + "\n\n" + "![" * n + "\n\n" + PROSE
    )


def image_artefacts_nknews(n: int) -> str:
    """The same line, in an NK News text dump (its own line clean-up)."""
    return (
        "NK News\n\nStorm hits the coast\n\nJane Doe May 3rd, 2024\n\n" + PROSE + "\n\n"
        + "![a](" * n + "\n\n" + PROSE + "\n\n© Korea Risk Group. All rights reserved."
    )


def combining_marks(n: int) -> str:
    """A paragraph with a run of ``n`` combining marks in two alternating classes: Unicode
    normalisation (NFC) sorts such a run in square time."""
    return _page(f"<p>{PROSE}</p><p>a" + "\u0301\u0316" * n + f" {PROSE}</p>")


def mojibake_wrappers(n: int) -> str:
    """A long mojibake text inside 40 nested wrappers that are each read and cleaned."""
    text = "donâ€™t stop cafÃ© " * n
    return _page("<div class='byline'>" * 40 + f"<span>By {text}</span>" + "</div>" * 40
                 + f"<p>{PROSE}</p>")


def gzip_members(n: int) -> bytes:
    """``n`` gzip members: each member's leftover data used to be copied again."""
    page = _page(f"<p>{PROSE}</p>").encode()
    member = gzip.compress(b" ", mtime=0)
    return gzip.compress(page, mtime=0) + member * n


def many_attributes(n: int) -> str:
    """One element with ``n`` distinct attributes: libxml2 checks each new attribute against
    all the element's previous ones."""
    attributes = " ".join(f"a{i}=1" for i in range(n))
    return _page(f"<div {attributes}>{PROSE}</div>")


def quoted_attributes(n: int) -> str:
    """One element with ``n`` attributes whose values hold ">": a pre-scan that ended a tag at
    any ">" missed them, and libxml2 compared each with all earlier ones."""
    attributes = " ".join(f'a{i}=">"' for i in range(n))
    return _page(f"<div {attributes}>{PROSE}</div>")


def long_heading(n: int) -> str:
    """A headline of ``n`` words beside three paragraphs: the container walk went into the
    heading (it held most of the text) and the paragraphs were lost."""
    paragraphs = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(3))
    return (f"{HEAD}<body><article><h1>{'Storm hits the coast ' * (n // 4)}</h1>"
            f"{paragraphs}</article></body></html>")


SHAPES: dict[str, tuple[Callable[[int], str | bytes], int]] = {
    "nested_headings": (nested_headings, 4000),
    "nested_text_links": (nested_text_links, 1000),
    "nested_authors": (nested_authors, 1500),
    "date_labels": (date_labels, 2000),
    "byline_labels": (byline_labels, 2000),
    "cut_copies": (cut_copies, 1500),
    "image_artefacts": (image_artefacts, 20000),
    "image_artefacts_nknews": (image_artefacts_nknews, 8000),
    "mojibake_wrappers": (mojibake_wrappers, 2000),
    "gzip_members": (gzip_members, 20000),
    "combining_marks": (combining_marks, 3000),
    "many_attributes": (many_attributes, 4000),
    "quoted_attributes": (quoted_attributes, 4000),
    "long_heading": (long_heading, 50000),
}
"""Each shape with a base size: large enough that a square cost shows at four times it."""
