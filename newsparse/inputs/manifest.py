"""Manifests: one row per page, giving its path and its own URL, fetch time and adapter.

A manifest is CSV with a header row, or JSON Lines (one object per line; chosen when the file
ends in ``.jsonl``/``.ndjson`` or its first non-blank character is ``{``). Columns: ``path``
(required; relative paths are relative to the manifest's directory), and optional ``url``,
``fetched`` (ISO 8601 date or date-time), ``adapter`` and ``id`` (what output records call the
input; default the path as written). A bad row becomes an error record naming the manifest line.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsparse.inputs.items import Done, Failure, Input

__all__ = ["count_rows", "parse_fetched", "read_manifest"]

_FIELDS = ("path", "url", "fetched", "adapter", "id")


def parse_fetched(value: str) -> dt.date:
    """An ISO 8601 date (``2024-05-31``) or date-time; a date-time without an offset is UTC."""
    text = value.strip()
    if "T" not in text and " " not in text:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _is_jsonl(path: str, first: str) -> bool:
    return path.lower().endswith((".jsonl", ".ndjson")) or first.lstrip().startswith("{")


def _rows(path: str) -> Iterator[tuple[int, Mapping[str, Any] | str]]:
    """``(line number, row)`` or ``(line number, what is wrong)``."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()  # no seek back: a manifest may be a pipe
        lines = itertools.chain([first], handle)
        if _is_jsonl(path, first):
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    yield number, f"not a JSON object ({exc})"
                    continue
                yield number, row if isinstance(row, dict) else "not a JSON object"
            return
        reader = csv.DictReader(lines)
        if reader.fieldnames is None or "path" not in reader.fieldnames:
            yield 1, f"the CSV header has no 'path' column (columns: {', '.join(_FIELDS)})"
            return
        for row in reader:
            yield reader.line_num, row


def _input(base: Path, row: Mapping[str, Any], where: str) -> Input:
    unknown = sorted(set(row) - set(_FIELDS) - {None})
    raw = row.get("path")
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"no 'path' (columns: {', '.join(_FIELDS)}; unknown: {unknown})")
    values = {key: row.get(key) for key in ("url", "fetched", "adapter", "id")}
    for key, value in values.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"'{key}' must be a string, not {value!r}")
    fetched = None
    if values["fetched"]:
        try:
            fetched = parse_fetched(values["fetched"])
        except ValueError:
            raise ValueError(f"'fetched' is not an ISO 8601 date: {values['fetched']!r}") from None
    target = Path(raw) if os.path.isabs(raw) else base / raw
    return Input(
        id=values["id"] or raw, source=target, url=values["url"] or None, fetched=fetched,
        adapter=values["adapter"] or None,
        output=raw if not os.path.isabs(raw) else Path(raw).name,
    )


def read_manifest(path: str) -> Iterator[Input | Done]:
    """Yield an :class:`Input` per row, or a :class:`Done` error record for a bad row."""
    base = Path(path).parent
    try:
        for number, row in _rows(path):
            where = f"{path}:{number}"
            try:
                if isinstance(row, str):
                    raise ValueError(row)
                yield _input(base, row, where)
            except ValueError as exc:
                failure = Failure(where, "ManifestError", f"{where}: bad manifest row: {exc}")
                yield Done(Input(where, b"", output=None), failure)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        failure = Failure(path, "ManifestError", f"{path}: cannot read the manifest ({exc})")
        yield Done(Input(path, b""), failure)


def count_rows(path: str) -> int | None:
    """The number of non-blank lines (rows, plus a CSV header), or ``None`` if unreadable."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None
