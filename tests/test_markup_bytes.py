"""Pages read from bytes go to the HTML parser undecoded (Page.from_markup) when
decode.html_markup accepts them: the page, its text and its tree are then exactly what the
decoding route gives, and the text is decoded only when asked for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

import newsparse.api
from newsparse import decode, htmlparse
from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.limits import Limits
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_HTML5 = lxml.etree.LIBXML_VERSION >= (2, 14)


def _outcome(raw: bytes, limits: Limits, kind: str | None = None) -> tuple[object, ...]:
    """What read_page and the tree give for ``raw``: kind, text, serialized tree, or the error."""
    try:
        page = read_page(raw, limits=limits, kind=kind)  # type: ignore[arg-type]
    except NewsparseError as exc:
        return ("error", type(exc).__name__, str(exc))
    try:
        tree = lxml.etree.tostring(page.tree, encoding="unicode")
    except NewsparseError as exc:
        tree = f"{type(exc).__name__}: {exc}"
    return (page.kind, tree, page.text)


_DEFAULT = Limits()


def _both(raw: bytes, monkeypatch: pytest.MonkeyPatch, limits: Limits = _DEFAULT,
          kind: str | None = None) -> tuple[tuple[object, ...], tuple[object, ...]]:
    new = _outcome(raw, limits, kind)
    with monkeypatch.context() as patch:
        patch.setattr(newsparse.api, "html_markup", lambda data, kind: False)
        old = _outcome(raw, limits, kind)
    return new, old


_MANY = b" ".join(b"a%d=1" % i for i in range(1100))
_DEEP = b"<div>" * 300 + b"x" + b"</div>" * 300
_ERRORS = b"<p>x</q></zz>" * 150
_CASES = [
    b"<html><body><p>caf\xc3\xa9</p></body></html>",
    b"<html><body><p>caf\xe9</p></body></html>",  # windows-1252
    b"<html><body><p>" + b"x" * 9000 + b"caf\xe9</p></body></html>",
    b"<html><body><p>" + b"x" * 9000 + b"caf\xe9 \xc3\xa9</p></body></html>",
    b"<html><body><p>" + b"x" * 9000 + b"\xe9" * 20 + b"\xc3\xa9</p></body></html>",
    b"<html><head><meta charset=iso-8859-1></head><body><p>caf\xe9 \xc3\xa9</p></body></html>",
    b"<html><head><meta charset=cp500></head><body><p>caf\xe9</p></body></html>",  # EBCDIC
    b"<html><head><meta charset=cp500></head><body><p>caf\xc3\xa9</p></body></html>",
    b"<html><head><meta charset=hz></head><body><p>~{caf\xe9</p></body></html>",
    b"<?xml version='1.0' encoding='utf-8'?>\n<html><body><p>\xc3\xa9</p></body></html>",
    b"\xc2\xa0<?xml version='1.0'?><html><body><p>x</p></body></html>",
    b"<?xml version='1.0'?>\xe2\x80\x83<!DOCTYPE html [<!ENTITY a 'b'>]\xc2\xa0><p>&a;</p>",
    b"<!DOCTYPE html [<!ENTITY a 'b'>]><html><body><p>\xc3\xa9</p></body></html>",
    b"<!DOCTYPE\xc2\xa0html [ x ]><html><body><p>\xc3\xa9</p></body></html>",
    b"<!-- \xc3\xa9 --><html><body><p>x</p></body></html>",
    b"<!-- \xe9 --><html><body><p>x</p></body></html>",
    b"<html\xc3\xa9><body><p>x</p></body></html>",
    b"<p\xe9>x</p>" + b"<p>y</p>" * 5,
    b"<html><body>" + _ERRORS + b"<p>\xc3\xa9</p></body></html>",
    b"<html><body>" + _ERRORS + b"<p>\xe9</p></body></html>",
    b"<html><body><p>" + b"x" * 9000 + b"</p>" + _ERRORS + b"<p>\xe9</p></body></html>",
    b"<html><body><p>" + b"x" * 9000 + b"</p>" + _DEEP + b"<p>\xe9</p></body></html>",
    b"<html><body>" + _DEEP + b"</body></html>",
    b"<html><body>" + _DEEP + b"\xe9</body></html>",
    b"<html><body><div " + _MANY + b">\xe9</div></body></html>",
    b"<html><body><div " + _MANY + b">x</div></body></html>",
    b"<html><body><p>" + b"x" * 9000 + b"</p><div " + _MANY + b">\xe9</div></body></html>",
    b"<html><body><p>a\x01b</p></body></html>",
    b"\xef\xbb\xbf<html><body><p>x</p></body></html>",
    b"<html><body><p>" + b"<b>x</b>" * 3000 + b"\xe9</p></body></html>",
    b"<html><body><p>x<wbr>y<embed src=a>z<SOURCE>\xc3\xa9</p></body></html>",
    b"<html><body><script>var a = '<source>\xe9';</script></body></html>",
    b"   \n<html><body><p>\xc3\xa9</p></body></html>",
    b"\x1c<html><body><p>x</p></body></html>",
    b"<html",
    b"<htmlx><body><p>x</p></body></html>",
    b"<html>",
    b"plain text \xc3\xa9 with <p> one tag",
    b"<p>",
    b"<a\xc2\xa0href=x>text</a>" * 6,
]


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
@pytest.mark.parametrize("raw", _CASES)
def test_the_bytes_route_gives_what_decoding_gives(
    raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    new, old = _both(raw, monkeypatch)
    assert new == old
    new, old = _both(raw, monkeypatch, kind="html")
    assert new == old


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
@pytest.mark.parametrize("raw", [_CASES[0], _CASES[2], _CASES[3], _CASES[4]])
def test_the_bytes_route_under_other_limits(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    for limits in (Limits(max_nodes=20), Limits(max_depth=3), Limits(max_attributes=2),
                   Limits(max_depth=1000)):
        new, old = _both(raw, monkeypatch, limits)
        assert new == old


def _fixture_pages() -> Iterator[Path]:
    yield from sorted(FIXTURES.glob("*/*/input.htm*"))


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
def test_fixture_pages_take_the_bytes_route_with_the_same_outcome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken = 0
    for path in _fixture_pages():
        raw = path.read_bytes()
        taken += decode.html_markup(decode.unwrap(raw, "x", Limits()), None)
        new, old = _both(raw, monkeypatch)
        assert new == old, path
    assert taken > 0


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
def test_a_utf8_page_is_not_decoded_for_its_tree() -> None:
    page = read_page("<html><body><p>caf\u00e9</p></body></html>".encode())
    assert page._markup is not None  # the bytes route
    assert page.tree.findtext(".//p") == "caf\u00e9"
    assert page._markup is not None  # still undecoded
    assert page.text == "<html><body><p>caf\u00e9</p></body></html>"
    assert page._markup is None


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
def test_a_page_that_is_not_utf8_is_decoded_as_before() -> None:
    # (a byte that is not UTF-8 in the first 8 KB sends the page to the decoding route)
    raw = b"<html><body><p>" + b"x" * 9000 + b"</p><p>caf\xe9</p></body></html>"
    page = read_page(raw)
    assert page._markup is not None
    assert page.tree.findall(".//p")[1].text == "caf\u00e9"  # windows-1252, not U+FFFD
    assert page.text == raw.decode("cp1252")


# Bytes after a lead byte: both ends of each range Python's UTF-8 decoder treats apart.
_FOLLOWERS = (0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF)
_CONTEXTS = (b"<p>@</p>", b"<p title='@'>t</p>", b"<!-- @ -->", b"<script>'@'</script>",
             b"<p@>t</p@>", b"<p @=1>t</p>", b"<p>t @")


@pytest.mark.skipif(not _HTML5, reason="the bytes route needs libxml2 2.14")
def test_the_parser_reports_every_sequence_that_is_not_utf8() -> None:
    """The bytes route trusts libxml2 to report bytes that are not UTF-8: each lead byte with
    each kind of follower, in each part of a page, is either UTF-8 to Python's decoder or
    reported by the parser (ERR_INVALID_ENCODING)."""
    parser = htmlparse._PARSERS.plain
    checked = 0
    for lead in range(0x80, 0x100):
        for second in _FOLLOWERS:
            for third in (0x41, 0x80, 0xBF):
                sequence = bytes([lead, second, third, 0x80])
                for context in _CONTEXTS:
                    page = b"<html><body>" + context.replace(b"@", b"a" + sequence + b"b")
                    try:
                        page.decode("utf-8")
                        continue
                    except UnicodeDecodeError:
                        pass
                    lxml.html.document_fromstring(page, parser=parser)
                    names = [entry.type_name for entry in parser.error_log]
                    assert "ERR_INVALID_ENCODING" in names, page
                    checked += 1
    assert checked > 10_000


def test_page_from_markup_reads_like_page() -> None:
    data = "<html><body><p>caf\u00e9</p></body></html>".encode()
    page = Page.from_markup(data, url="https://example.org/a", source="x")
    assert (page.kind, page.url, page.source) == ("html", "https://example.org/a", "x")
    assert page.text == data.decode()
    assert page.lines == [data.decode()]
