"""Writers for one output stream: JSON Lines, JSON, CSV, Markdown and plain text.

Every writer takes results one at a time (so memory stays flat) and is closed once; JSON is a
single document for one input and an array for several. Parquet lives in
:mod:`newsparse.outputs.parquet` (an optional extra).
"""

from __future__ import annotations

import csv
import json
from typing import Any, Protocol, TextIO

from newsparse.article import Article
from newsparse.inputs.items import Done, Failure
from newsparse.outputs.records import printable, record

__all__ = ["CSV_COLUMNS", "FORMATS", "Writer", "flat_row", "text_writer"]

FORMATS = ("jsonl", "json", "csv", "markdown", "text", "parquet")
"""The ``--format`` values; ``parquet`` needs ``pip install 'newsparse[parquet]'``."""

CSV_COLUMNS = (
    "input", "url", "title", "subtitle", "authors", "published", "modified", "site", "section",
    "tags", "language", "paywalled", "adapter", "text", "warnings", "error", "message", "limit",
)
"""The flat columns of CSV (and Parquet) output; lists are joined with ``"; "``."""


class Writer(Protocol):
    """Takes results one by one; ``close`` finishes the document (it never closes a stream it
    was given)."""

    def write(self, done: Done) -> None: ...

    def close(self) -> None: ...


def flat_row(done: Done) -> dict[str, Any]:
    """One flat row (the :data:`CSV_COLUMNS`) for an article or an error record."""
    row: dict[str, Any] = dict.fromkeys(CSV_COLUMNS)
    row["input"] = printable(done.input.id)
    result = done.result
    if isinstance(result, Failure):
        row.update(url=result.url, error=result.error, message=printable(result.message),
                   limit=result.limit)
        return row
    data = result.to_dict()
    for key in ("url", "title", "subtitle", "published", "modified", "site", "section",
                "language", "paywalled", "adapter"):
        row[key] = data[key]
    row["authors"] = "; ".join(result.authors)
    row["tags"] = "; ".join(result.tags)
    row["text"] = result.text
    row["warnings"] = "; ".join(w.code for w in result.warnings)
    return row


class _JsonLines:
    def __init__(self, out: TextIO, explain: bool, ascii_only: bool) -> None:
        self.out, self.explain, self.ascii_only = out, explain, ascii_only

    def write(self, done: Done) -> None:
        line = json.dumps(record(done, self.explain), ensure_ascii=self.ascii_only)
        self.out.write(line + "\n")

    def close(self) -> None:
        self.out.flush()


class _Json:
    """One pretty document for a single input (its article only: an error goes to stderr);
    an array of records for several."""

    def __init__(self, out: TextIO, explain: bool, ascii_only: bool, single: bool) -> None:
        self.out, self.explain, self.ascii_only, self.single = out, explain, ascii_only, single
        self.count = 0

    def write(self, done: Done) -> None:
        if self.single:
            if isinstance(done.result, Article):
                data = done.result.to_dict()
                if not self.explain:
                    del data["provenance"]
                self.out.write(json.dumps(data, ensure_ascii=self.ascii_only, indent=2) + "\n")
            return
        text = json.dumps(record(done, self.explain), ensure_ascii=self.ascii_only)
        self.out.write(("[\n" if not self.count else ",\n") + text)
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.out.write("[]\n" if not self.count else "\n]\n")
        self.out.flush()


class _Csv:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, done: Done) -> None:
        self.writer.writerow(flat_row(done))

    def close(self) -> None:
        self.out.flush()


def _heading(article: Article) -> list[str]:
    meta = [("By", ", ".join(article.authors)), ("Published", str(article.published or "")),
            ("URL", article.url or "")]
    return [f"{key}: {value}" for key, value in meta if value]


class _Text:
    """Articles as readable text (``text``) or Markdown; error records are left to stderr."""

    def __init__(self, out: TextIO, markdown: bool) -> None:
        self.out, self.markdown = out, markdown

    def write(self, done: Done) -> None:
        article = done.result
        if not isinstance(article, Article):
            return
        lines = [f"# {article.title}" if self.markdown else article.title, ""]
        if article.subtitle and article.paragraphs[:1] != (article.subtitle,):
            lines += [f"*{article.subtitle}*" if self.markdown else article.subtitle, ""]
        meta = _heading(article)
        if self.markdown:
            meta = [f"- {line}" for line in [*meta, f"Input: {printable(done.input.id)}"]]
        lines += meta
        for block in article.body:
            prefix = {"heading": "## ", "quote": "> ", "list_item": "- "}.get(block.kind, "")
            lines += ["", (prefix if self.markdown else "") + block.text]
        self.out.write("\n".join(lines) + "\n\n")

    def close(self) -> None:
        self.out.flush()


def text_writer(fmt: str, out: TextIO, *, explain: bool = False, ascii_only: bool = False,
                single: bool = False) -> Writer:
    """The writer of a text format (every one of :data:`FORMATS` but ``parquet``)."""
    if fmt == "jsonl":
        return _JsonLines(out, explain, ascii_only)
    if fmt == "json":
        return _Json(out, explain, ascii_only, single)
    if fmt == "csv":
        return _Csv(out)
    if fmt in ("markdown", "text"):
        return _Text(out, fmt == "markdown")
    raise ValueError(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")
