"""Turning raw input (bytes, files, ``.gz``) into text, and telling HTML from plain text."""

from __future__ import annotations

import codecs
import os
import re
import stat
import zlib
from typing import Literal

import lxml.etree

from newsparse.errors import LimitExceededError, UnsupportedInputError
from newsparse.limits import Limits

__all__ = ["Kind", "decode", "detect_kind", "html_markup", "read_source", "unwrap"]

Kind = Literal["html", "text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"ID3", "an MP3 file"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"\x1f\x8b", "a gzip archive inside gzip data"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_MAGIC_PREFIXES = tuple(magic for magic, _ in _MAGIC)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_BINARY = bytes(b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1F))
CONTROL_BYTES = tuple(bytes([c]) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)))
"""The C0 controls the HTML parser refuses (all but tab, line feed, form feed, carriage
return), as single bytes: ``in`` on UTF-8 bytes finds each with a memchr scan."""


def has_control_bytes(data: bytes) -> bool:
    """Whether ``data`` holds one of the :data:`CONTROL_BYTES`: a memchr scan for each, the
    scans called from C (``map``), not from a Python generator."""
    return any(map(data.__contains__, CONTROL_BYTES))

_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|article|p|span|a\s|section|table|br|h[1-6])\b",
    re.IGNORECASE,
)


_CHUNK = 1 << 16
# What may come before a page's first tag: white space, comments, processing instructions.
_LEADING = re.compile(r"\s*(?:(?:<!--.*?-->|<\?[^>]*>)\s*)*", re.DOTALL)
_DOCUMENT_START = re.compile(r"<(?:html|head|body)\b", re.IGNORECASE)
_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def _gunzip(data: bytes, source: str, limits: Limits) -> bytes:
    """Inflate every gzip member, never producing more than ``max_decompressed_bytes``.

    Input goes to the inflater in chunks, so what is left after a member (``unused_data``) is
    at most a chunk: copying the rest of the data after each of many members took time in
    the square of their number."""
    limit = limits.max_decompressed_bytes
    view = memoryview(data)
    parts: list[bytes] = []
    size = pos = 0
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not inflater.eof and pos < len(view):
            chunk = view[pos:pos + _CHUNK]
            pos += len(chunk)
            try:
                out = inflater.decompress(chunk, limit - size + 1)
            except zlib.error as exc:
                raise UnsupportedInputError(source, f"corrupt gzip data ({exc})") from None
            size += len(out)
            if size > limit:
                raise LimitExceededError(source, "max_decompressed_bytes", None, limit)
            parts.append(out)
        if not inflater.eof:
            raise UnsupportedInputError(
                source, f"the gzip data is truncated (it ends after {size} inflated bytes)"
            )
        pos -= len(inflater.unused_data)
        if data[pos:pos + 2] != b"\x1f\x8b":
            return b"".join(parts)


def read_source(path: os.PathLike[str] | str, limits: Limits) -> bytes:
    """Read a file (``-`` is not handled here), refusing anything above ``max_input_bytes``."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise UnsupportedInputError(
                name, f"{kind}: give a file, or pipe a stream to stdin (`-` on the command line)"
            )
        size = info.st_size
        if size > limits.max_input_bytes:
            raise LimitExceededError(name, "max_input_bytes", size, limits.max_input_bytes)
        with open(name, "rb") as handle:
            data = handle.read(limits.max_input_bytes + 1)
    except OSError as exc:
        raise UnsupportedInputError(name, f"cannot read the file ({exc.strerror or exc})") from None
    return data


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head)
    if not match:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    text_encoding: bool = getattr(info, "_is_text_encoding", True)  # False: base64, zlib...
    return info.name if text_encoding else None


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:  # (one memchr: most pages have no NUL)
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


# Bytes 0x80-0x9f as browsers read windows-1252: its five undefined bytes map to C1 controls.
_C1 = {
    b: ch for b in range(0x80, 0xA0)
    for ch in [bytes([b]).decode("cp1252", errors="ignore") or chr(b)]
}
# Charsets a <meta> may name that cannot describe BOM-less bytes (HTML reads them as UTF-8).
# Python codecs that are no page charset (escape and domain-name codecs, some pure Python and
# slow on crafted input) are ignored as well.
_IGNORED_DECLARED = frozenset(
    codecs.lookup(name).name
    for name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                 "utf-32-be", "utf-7", "punycode", "idna", "unicode-escape",
                 "raw-unicode-escape", "undefined")
)


_UNDEFINED_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


def _cp1252(data: bytes) -> str:
    """windows-1252 as browsers decode it: never fails."""
    if not any(byte in data for byte in _UNDEFINED_CP1252):
        return data.decode("cp1252")  # the fast C codec
    return data.decode("latin-1").translate(_C1)


# Bytes that are not UTF-8, kept as lone surrogates by "surrogateescape", read as windows-1252.
_ESCAPES = {0xDC00 + b: _cp1252(bytes([b])) for b in range(0x80, 0x100)}
_ASCII = bytes(range(0x80))
_FEW = 1000


def _stray_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _cp1252(exc.object[exc.start:exc.end]), exc.end


codecs.register_error("newsparse.cp1252", _stray_as_cp1252)


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its stray windows-1252 bytes (a UTF-8 page with a few pasted or
    concatenated windows-1252 bytes), when bytes of valid UTF-8 characters are at least as
    many as stray bytes; else ``None``. Counting runs in C, whatever the mix."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(data) - len(text.encode("utf-8", errors="ignore"))  # escapes cannot encode
    high = len(data.translate(None, _ASCII))  # the bytes left once ASCII is deleted
    if high - stray < stray:
        return None
    if stray <= _FEW:
        return data.decode("utf-8", errors="newsparse.cp1252")
    return text.translate(_ESCAPES)


def decode(data: bytes, source: str, limits: Limits) -> str:
    """Decode page bytes: gzip is inflated; then a BOM, UTF-16 without a BOM, valid UTF-8, the
    ``<meta>``-declared charset, mostly-UTF-8 with stray windows-1252 bytes, else windows-1252.
    Known binary formats raise `UnsupportedInputError`."""
    return decode_utf8(data, source, limits)[0]


def decode_utf8(data: bytes, source: str, limits: Limits) -> tuple[str, bytes | None]:
    """`decode`, with the bytes the text was decoded from when they are its exact UTF-8
    encoding (valid UTF-8 without a BOM, gzip inflated), else ``None``: the HTML parser then
    reads them as they are instead of encoding the text again."""
    return decode_unwrapped(unwrap(data, source, limits))


def unwrap(data: bytes, source: str, limits: Limits) -> bytes:
    """The page's bytes, gzip inflated, within ``max_input_bytes`` and
    ``max_decompressed_bytes``; known binary formats raise `UnsupportedInputError`."""
    if len(data) > limits.max_input_bytes:
        raise LimitExceededError(source, "max_input_bytes", len(data), limits.max_input_bytes)
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source, limits)
    if data.startswith(_MAGIC_PREFIXES):  # (one call; the loop below names the format)
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise UnsupportedInputError(source, f"this is {what}, not a web page or text")
    if data[4:8] == b"ftyp":
        raise UnsupportedInputError(source, "this is an MP4/QuickTime media file, not a web page")
    return data


def decode_unwrapped(data: bytes) -> tuple[str, bytes | None]:
    """`decode_utf8` for bytes `unwrap` returned."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        return (text[1:] if text.startswith("\ufeff") else text), None
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), None
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:8192])
    if declared and declared not in _IGNORED_DECLARED:
        try:
            return data.decode(declared), None
        except (UnicodeError, LookupError, ValueError):
            pass  # a wrong, non-text or broken declared charset is ignored
    mixed = _mostly_utf8(data)
    return (mixed if mixed is not None else _cp1252(data)), None


_HEAD_BYTES = 8192
_PARSER_CHECKS_UTF8 = lxml.etree.LIBXML_VERSION >= (2, 14)
"""libxml2 2.14 reports every byte sequence that is not UTF-8 (``ERR_INVALID_ENCODING``) in
every part of a page (text, attribute values, names, comments, script text; measured, and
checked by tests/test_markup_bytes.py); earlier versions are not relied on for that."""


def html_markup(data: bytes, kind: Kind | None) -> bool:
    """Whether the page bytes (as `unwrap` returns them) may go to the HTML parser as they are,
    their text decoded only when something asks for it (:class:`~newsparse.Page`), because
    `decode` can make nothing of them but an HTML page, and one whose markup is these bytes
    when they are UTF-8: no BOM, not UTF-16, no :data:`CONTROL_BYTES`, no charset declared
    but UTF-8 (so that bytes that are not UTF-8 are read as mostly UTF-8 or as windows-1252,
    which both read ASCII as ASCII and make no control character), and the page starts like
    markup within its first bytes, every byte up to the end of its first tag's name being
    ASCII: `detect_kind` then says ``"html"`` of the text whichever of the two reads it. The
    bytes being UTF-8 is settled by the parse (:func:`newsparse.htmlparse.parse_utf8`) or by
    decoding them."""
    if kind == "text" or not _PARSER_CHECKS_UTF8:
        return False
    if data.startswith(_BOM_PREFIXES):
        return False
    if _looks_utf16(data) is not None:
        return False
    head = data[:_HEAD_BYTES]
    declared = _declared_charset(head)
    if declared and declared not in _IGNORED_DECLARED:
        return False
    try:
        text = codecs.utf_8_decode(head, "strict", False)[0]
    except UnicodeDecodeError:
        return False
    end = _html_head_end(text)
    # (the scan of the whole page last: a text dump, refused by its head, is scanned once,
    # by the page's own check, not twice)
    return (
        end is not None and end < len(text) and head[:end + 1].isascii()
        and not has_control_bytes(data)
    )


def _html_head_end(text: str) -> int | None:
    """Where the tag that makes `detect_kind` call ``text`` HTML at its start ends (the
    character after it is looked at too), or ``None`` when the start does not."""
    start = _LEADING.match(text)
    offset = start.end() if start else 0
    head = text[offset:offset + 4096]
    if not head.startswith("<"):
        return None
    match = _HTML_START.match(head)
    return offset + match.end() if match else None


def check_text(text: str, source: str) -> str:
    """Refuse empty and binary-looking text; strip a leading BOM; replace lone surrogates
    (possible only in a ``str`` given by the caller) with U+FFFD, as the HTML parser would
    otherwise silently stop at the first one."""
    return checked_utf8(text, source)[0]


def checked_utf8(
    text: str, source: str, encoded: bytes | None = None
) -> tuple[str, bytes | None]:
    """`check_text`, with the checked text's UTF-8 encoding when the check made it or
    ``encoded`` gave it and it holds no :data:`CONTROL_BYTES` (``None`` otherwise), so that
    the HTML parser's input is neither encoded nor scanned a second time. ``encoded``, if
    given, must be ``text`` as valid UTF-8."""
    if text.startswith("\ufeff"):
        text = text[1:]
        encoded = None
    data: bytes | None = encoded
    if data is None and not text.isascii():
        try:
            data = text.encode("utf-8")  # fast C-level check; lone surrogates are rare
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    if not text or text.isspace():  # (as ``not text.strip()``, without copying the text)
        raise UnsupportedInputError(source, "the input is empty")
    if data is not None and not has_control_bytes(data):
        return text, data  # no control character at all: the sample below would find none
    sample = text[:65536]
    # Control characters are single bytes in UTF-8: deleting every other byte value in C
    # leaves exactly them, far faster than a regex scan of the characters.
    bad = len(sample.encode("utf-8", "replace").translate(None, _NOT_BINARY))
    if bad > 0.02 * len(sample):
        raise UnsupportedInputError(
            source, f"the input looks binary ({bad} control characters in the first {len(sample)})"
        )
    return text, None


def detect_kind(text: str) -> Kind:
    """``"html"`` when the text starts like markup (after any comments, processing
    instructions and blank lines), is dense with tags, or holds a document's structure (an
    ``<html>``, ``<head>`` or ``<body>`` start tag and a ``</body>`` or ``</html>`` end tag)
    wherever its markup starts: a licence comment or an inline script longer than the part
    looked at must not make a page plain text. Else ``"text"``."""
    start = _LEADING.match(text)
    offset = start.end() if start else 0
    head = text[offset:offset + 4096]
    if head.startswith("<") and _HTML_START.match(head):
        return "html"
    if len(_HTML_START.findall(text[:65536])) >= 5:
        return "html"
    opening = _DOCUMENT_START.search(text)
    return "html" if opening and _DOCUMENT_END.search(text, opening.end()) else "text"
