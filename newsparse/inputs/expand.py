"""From command-line paths (files, directories, ``-``) or a manifest to a stream of inputs."""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from newsparse.inputs.dirs import walk
from newsparse.inputs.feeds import read_feed
from newsparse.inputs.items import Input, Item, Skipped
from newsparse.inputs.manifest import read_manifest
from newsparse.inputs.sniff import HEAD_BYTES, inflate, read_head, sniff
from newsparse.inputs.warc import read_warc
from newsparse.limits import Limits

__all__ = ["expand", "read_path"]


def read_path(path: str, limits: Limits, *, output: str, listed: bool) -> Iterator[Item]:
    """One file: a WARC archive and a feed give their records, anything else is one page.

    ``listed`` is true for a file found by walking a directory: a binary one is then skipped
    (and counted) instead of becoming an error record.
    """
    kind = sniff(read_head(path))
    if kind == "warc":
        yield from read_warc(path, limits)
    elif kind == "feed":
        yield from read_feed(path)
    elif kind == "binary" and listed:
        yield Skipped(path, "not a page (binary content)")
    else:
        yield Input(path, Path(path), output=output)


class _Rejoined(io.RawIOBase):
    """A stream that gives ``head`` first, then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]  # bytes-like in
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size], self.head = self.head[:size], self.head[size:]
            return size
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _stdin(limits: Limits) -> Iterator[Item]:
    stream = sys.stdin.buffer
    head = stream.read(min(HEAD_BYTES, limits.max_input_bytes + 1))
    kind = sniff(inflate(head) if head.startswith(b"\x1f\x8b") else head)
    if kind == "warc":  # the WARC reader seeks: spool stdin to a temporary file first
        with tempfile.TemporaryFile() as spool:
            spool.write(head)
            shutil.copyfileobj(stream, spool)
            spool.seek(0)
            yield from read_warc("<stdin>", limits, spool)
    elif kind == "feed":
        yield from read_feed("<stdin>", io.BufferedReader(_Rejoined(head, stream)))
    else:  # one byte over the limit is enough for the error
        rest = stream.read(max(0, limits.max_input_bytes + 1 - len(head)))
        yield Input("<stdin>", head + rest, output="stdin")


def expand(paths: Sequence[str], limits: Limits, manifest: str | None = None) -> Iterator[Item]:
    """Every input named by ``paths`` (files, directories walked as :func:`walk` says, ``-``
    for stdin) and by the ``manifest`` rows, in order."""
    if manifest is not None:
        yield from read_manifest(manifest)
    for raw in paths:
        if raw == "-":
            yield from _stdin(limits)
        elif os.path.isdir(raw):
            for path, reason in walk(raw):
                if reason is not None:
                    yield Skipped(path, reason)
                else:
                    yield from read_path(path, limits, output=os.path.relpath(path, raw),
                                         listed=True)
        else:
            yield from read_path(raw, limits, output=os.path.basename(raw), listed=False)
