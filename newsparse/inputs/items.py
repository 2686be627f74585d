"""What the input readers yield: pages to parse, results made while reading, skipped records."""

from __future__ import annotations

import datetime as dt

import attrs

from newsparse.api import Source
from newsparse.article import Article

__all__ = ["Done", "Failure", "Input", "Item", "Skipped"]



@attrs.frozen
class Failure:
    """One input that gave no article: its id, the error class name and the message.

    ``limit`` names the `Limits` field when a limit was exceeded.
    ``error`` is ``"InternalError"`` when newsparse itself failed (a bug: please report it).
    ``url`` is the input's URL when one was known (a WARC record's target URI, a manifest row's).
    """

    input: str
    error: str
    message: str
    limit: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """``{"input": ..., "error": ..., "message": ..., "limit": ..., "url": ...}``."""
        return attrs.asdict(self)


@attrs.frozen
class Input:
    """One page to parse, with its own id and per-input facts.

    ``id`` names the input in every output record: a path, ``file.warc.gz@offset`` for a WARC
    record, or a manifest row's ``id``/``path``. ``source`` is what `parse`
    takes (a path, ``bytes`` or ``str``). ``url``, ``fetched`` and ``adapter`` are passed to
    `parse` for this input only. ``output`` is the relative name that
    ``newsparse parse -o DIR`` writes this input's result under; ``grouped`` is true when several
    inputs share that output (the records of one WARC file or feed).
    """

    id: str
    source: Source = attrs.field(repr=False)
    url: str | None = None
    fetched: dt.date | None = None
    adapter: str | None = None
    output: str | None = None
    grouped: bool = False


@attrs.frozen
class Done:
    """An input whose result was made while reading (a feed item, a broken WARC record)."""

    input: Input
    result: Article | Failure


@attrs.frozen
class Skipped:
    """A record or file that is not a page (a WARC request record, an image): counted, not
    parsed. ``input`` names it and ``reason`` says why."""

    input: str
    reason: str


Item = Input | Done | Skipped
"""What the readers of `inputs` yield, in input order."""
