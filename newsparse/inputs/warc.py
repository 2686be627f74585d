"""WARC and WARC.gz archives (``pip install 'newsparse[warc]'``, read with FastWARC).

Every ``response`` record whose HTTP status is 2xx and whose payload is HTML, XHTML or text (or
has no content type) is a page: its id is ``FILE@OFFSET`` (the record's byte offset in the file,
compressed or not), its URL the ``WARC-Target-URI`` and its fetch time the ``WARC-Date``. HTTP
transfer and content encodings (chunked, gzip, deflate, brotli) are undone. Every other record
(``warcinfo``, ``request``, ``metadata``, images, redirects) is skipped and counted. A record
that cannot be read becomes an error record; if the archive cannot be read past it, that is said
and the rest of the file is not read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO

from newsparse.inputs.items import Done, Failure, Input, Skipped
from newsparse.limits import Limits

__all__ = ["PAGE_TYPES", "read_warc"]

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
"""HTTP payload content types read as pages (``""``: none given; the content is sniffed)."""

MISSING = "reading WARC files needs the 'warc' extra: pip install 'newsparse[warc]'"


def _failure(name: str, message: str, url: str | None = None) -> Done:
    return Done(Input(name, b"", url=url), Failure(name, "WarcError", f"{name}: {message}",
                                                   url=url))


def read_warc(
    path: str, limits: Limits, stream: IO[bytes] | None = None
) -> Iterator[Done | Input | Skipped]:
    """Yield an :class:`Input` for every page record of the archive at ``path`` (or in
    ``stream``, named ``path``), a :class:`Skipped` for every other record, and a
    :class:`Done` error record for a record that cannot be read."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield _failure(path, MISSING)
        return
    output = os.path.basename(path) if stream is None else "stdin.warc"
    position = 0
    try:
        handle: IO[bytes] = stream if stream is not None else open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield _failure(path, f"cannot read the file ({exc.strerror or exc})")
        return
    try:
        records = ArchiveIterator(handle, parse_http=True, auto_decode="all",
                                  max_content_length=None)
        for record in records:
            position = record.stream_pos
            name = f"{path}@{position}"
            if record.record_type != WarcRecordType.response:
                yield Skipped(name, f"a WARC {record.record_type} record")
                continue
            uri = record.headers.get("WARC-Target-URI")
            if not uri or record.record_date is None:
                yield _failure(name, "broken WARC record: no WARC-Target-URI or WARC-Date")
                continue
            if not record.is_http:
                yield Skipped(name, "a response record without an HTTP payload")
                continue
            status = record.http_headers.status_code
            ctype = (record.http_content_type or "").lower()
            if not 200 <= status < 300:
                yield Skipped(name, f"an HTTP {status} response")
                continue
            if ctype not in PAGE_TYPES:
                yield Skipped(name, f"a {ctype} payload")
                continue
            payload = record.reader.read(limits.max_input_bytes + 1)
            yield Input(name, payload, url=uri, fetched=record.record_date,
                        output=output, grouped=True)
    except BaseException as exc:  # FastWARC's Rust panics are BaseExceptions, re-raised below
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        where = f"{path}@{position}"
        yield _failure(where, f"cannot read the archive after offset {position} ({exc}); "
                              "the rest of this file is not read")
    finally:
        if stream is None:
            handle.close()
