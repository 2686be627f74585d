"""Pages and archives built by the batch tests (no files outside the repo are read)."""

from __future__ import annotations

import gzip

from test_hostile import PARAGRAPHS, article_html

__all__ = ["PARAGRAPHS", "article_html", "feed_atom", "feed_rss", "warc", "warc_record"]


def _http(body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK",
          encoding: str | None = None) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
    if encoding:
        head += f"Content-Encoding: {encoding}\r\n"
    return (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def warc_record(kind: str, uri: str, block: bytes, ctype: str, number: int) -> bytes:
    """One WARC/1.0 record."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2024-05-0{1 + number % 8}T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def warc_records() -> list[bytes]:
    """warcinfo, request, two article responses (one gzip-encoded), an image, a redirect,
    a record without target URI, and a page that is not an article."""
    resp = "application/http; msgtype=response"
    return [
        warc_record("warcinfo", "", b"software: newsparse tests\r\n",
                    "application/warc-fields", 0),
        warc_record("request", "https://example.com/a",
                    b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n",
                    "application/http; msgtype=request", 1),
        warc_record("response", "https://example.com/a",
                    _http(article_html("First story").encode()), resp, 2),
        warc_record("response", "https://example.com/logo.png",
                    _http(b"\x89PNG\r\n\x1a\n....", "image/png"), resp, 3),
        warc_record("response", "https://example.com/b",
                    _http(gzip.compress(article_html("Second story").encode()), encoding="gzip"),
                    resp, 4),
        warc_record("response", "https://example.com/old", _http(b"", status="301 Moved"), resp, 5),
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
        b"Content-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n",
        warc_record("response", "https://example.com/c",
                    _http(b"<html><body><p>no headline</p></body></html>"), resp, 7),
    ]


def warc(compressed: bool) -> bytes:
    """The records of :func:`warc_records` as a WARC file (one gzip member each, if asked)."""
    records = warc_records()
    return b"".join(gzip.compress(r) for r in records) if compressed else b"".join(records)


def feed_rss() -> str:
    return """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://example.com/</link>
<item><title>Storm hits &amp; the coast</title><link>https://example.com/storm</link>
<dc:creator>Jane Doe</dc:creator><dc:creator>John Roe</dc:creator>
<pubDate>Tue, 07 May 2024 10:30:00 +0200</pubDate><category>Weather</category>
<description>Teaser only.</description>
<content:encoded><![CDATA[<p>First paragraph of the storm.</p><h2>Aftermath</h2>
<p>Second <b>paragraph</b>.</p><script>bad()</script><ul><li>One point</li></ul>
]]></content:encoded>
</item>
<item><title>Summary only</title>
<link>https://example.com/short</link>
<author>desk@example.com (News Desk)</author><pubDate>Wed, 08 May 2024 00:00:00 -0000</pubDate>
<description>&lt;p&gt;Only a teaser here.&lt;/p&gt;</description></item>
<item><link>https://example.com/empty</link></item>
</channel></rss>"""


def feed_atom() -> str:
    return """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title type="html">Rates &lt;em&gt;rise&lt;/em&gt;</title>
<link rel="alternate" href="https://example.org/rates"/><link rel="edit" href="https://x/edit"/>
<author><name>Ann Author</name></author>
<published>2024-05-07T08:00:00Z</published><updated>2024-05-07T09:30:00+01:00</updated>
<category term="Economy"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bank raised rates.</p>
<blockquote>We had to act.</blockquote></div></content></entry>
<entry><title>Plain</title><link href="https://example.org/plain"/>
<updated>2024-05-06</updated><content type="text">Line one.

Line two.</content></entry>
</feed>"""
