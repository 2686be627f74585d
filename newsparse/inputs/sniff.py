"""Telling a WARC archive, an RSS/Atom feed, a page and a binary file apart by their first bytes."""

from __future__ import annotations

import re
import zlib
from typing import Literal

__all__ = ["HEAD_BYTES", "Sniffed", "inflate", "read_head", "sniff"]

Sniffed = Literal["warc", "feed", "page", "binary"]
HEAD_BYTES = 16384
"""How much of a file is read (after gzip inflation) to tell what it is."""

_FEED = re.compile(
    rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<\?xml-stylesheet[^>]*\?>|<!DOCTYPE[^>]*>)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_BINARY = bytes(b for b in range(256) if b <= 0x08 or 0x0E <= b <= 0x1F)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def inflate(head: bytes) -> bytes:
    """The start of a gzip stream, inflated (as much as ``head`` allows)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def read_head(path: str) -> bytes:
    """The first :data:`HEAD_BYTES` of a file, inflated when it is gzip; ``b""`` if unreadable."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return b""
    return inflate(head) if head.startswith(b"\x1f\x8b") else head


def sniff(head: bytes) -> Sniffed:
    """What the (inflated) first bytes of an input are.

    ``"warc"`` for a WARC record header, ``"feed"`` for an RSS, RSS 1.0 (RDF) or Atom root
    element, ``"binary"`` when more than 2% of the bytes are control characters other than
    whitespace (images, archives, executables; UTF-16 text with a byte-order mark is a page),
    else ``"page"`` (HTML or text: :func:`newsparse.parse` tells which; an empty file too,
    which parsing then reports as empty).
    """
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(_BOMS[1:]):
        return "page"
    body = head[3:] if head.startswith(_BOMS[0]) else head
    if _FEED.match(body[:4096]):
        return "feed"
    control = len(body) - len(body.translate(None, _BINARY))
    if control > 0.02 * len(body):
        return "binary"
    return "page"
