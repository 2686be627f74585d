"""``-o DIR``: one output file per input, mirroring the input tree, or one per WARC file/feed."""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from typing import IO, Any

from newsparse.inputs.items import Done
from newsparse.outputs.records import printable
from newsparse.outputs.writers import Writer, text_writer

__all__ = ["SUFFIXES", "DirectoryWriter", "safe_relative"]

SUFFIXES = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "markdown": ".md",
            "text": ".txt", "parquet": ".parquet"}


def safe_relative(name: str) -> PurePath:
    """``name`` as a relative path that stays inside the output directory (no ``..``, no root)."""
    parts = [p for p in PurePath(printable(name)).parts
             if p not in ("..", ".", "/", "\\") and not p.endswith(":")]
    return PurePath(*parts) if parts else PurePath("input")


class DirectoryWriter:
    """Writes each result under ``root``: ``root/<input's relative path><suffix>``; the records
    of one WARC file or feed all go to ``root/<file name><suffix>``. Without a format (``fmt``
    ``None``) a page gets a JSON document and a WARC file or feed JSON Lines."""

    def __init__(self, root: str, fmt: str | None, explain: bool) -> None:
        self.root, self.fmt, self.explain = Path(root), fmt, explain
        self.open: dict[str, tuple[Writer, IO[Any]]] = {}

    def _writer(self, path: Path, fmt: str, single: bool) -> tuple[Writer, IO[Any]]:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "parquet":
            from newsparse.outputs.parquet import ParquetWriter

            handle: IO[Any] = open(path, "wb")  # noqa: SIM115 - closed in close()
            return ParquetWriter(handle), handle
        handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - as above
        return text_writer(fmt, handle, explain=self.explain, single=single), handle

    def write(self, done: Done) -> None:
        """Write one result to its file."""
        name = done.input.output or done.input.id
        grouped = done.input.grouped
        fmt = self.fmt or ("jsonl" if grouped else "json")
        path = self.root / (str(safe_relative(name)) + SUFFIXES[fmt])
        if not grouped:
            writer, handle = self._writer(path, fmt, single=True)
            try:
                writer.write(done)
                writer.close()
            finally:
                handle.close()
            return
        key = os.fspath(path)
        if key not in self.open:
            self.open[key] = self._writer(path, fmt, single=False)
        self.open[key][0].write(done)

    def close(self) -> None:
        """Finish every open file."""
        for writer, handle in self.open.values():
            try:
                writer.close()
            finally:
                handle.close()
        self.open.clear()
