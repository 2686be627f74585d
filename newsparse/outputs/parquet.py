"""Parquet output (``pip install 'newsparse[parquet]'``): the flat CSV columns, with authors,
tags and warning codes as lists, written in row groups so memory stays flat."""

from __future__ import annotations

from typing import IO, Any, BinaryIO

from newsparse.inputs.items import Done
from newsparse.outputs.writers import CSV_COLUMNS, flat_row

__all__ = ["MISSING", "ParquetWriter"]

MISSING = "Parquet output needs the 'parquet' extra: pip install 'newsparse[parquet]'"
_LISTS = ("authors", "tags", "warnings")


class ParquetWriter:
    """Writes results to ``target`` (a path or a binary stream) ``rows_per_group`` at a time."""

    def __init__(self, target: str | BinaryIO | IO[bytes], rows_per_group: int = 2000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise RuntimeError(MISSING) from None
        fields = [
            (name, pa.list_(pa.string()) if name in _LISTS
             else pa.bool_() if name == "paywalled" else pa.string())
            for name in CSV_COLUMNS
        ]
        self.pa = pa
        self.schema = pa.schema(fields)
        self.writer = pq.ParquetWriter(target, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.size = rows_per_group

    def write(self, done: Done) -> None:
        """Add one result."""
        row = flat_row(done)
        for name in _LISTS:
            row[name] = row[name].split("; ") if row[name] else []
        self.rows.append(row)
        if len(self.rows) >= self.size:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        """Write what is left and the file footer."""
        self._flush()
        self.writer.close()
