"""Parsing on a Dask cluster (``pip install 'newsparse[dask]'``, plus ``[parquet]`` for Parquet).

:func:`parse_on_cluster` makes one task per input (a WARC file, a directory, a feed, a page
or a manifest); each task parses its input's pages in order and writes one partition of
articles and one of error records. Every path must be readable by the workers at the same name
(a shared file system), and so must ``out_dir``. Example::

    from distributed import Client
    from newsparse.dask import parse_on_cluster

    client = Client("tcp://scheduler.example.org:8786")   # or Client(LocalCluster())
    parts = parse_on_cluster(["crawl/CC-NEWS-00000.warc.gz", "crawl/CC-NEWS-00001.warc.gz"],
                             "/shared/out", client=client, fmt="parquet")

Inside a Dask worker the time budget is checked after each page (``mechanism="inline"``):
Dask's worker processes are daemons and may not start processes of their own. Set Dask's
task time-outs for hard stops.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from newsparse.batch import run_batch
from newsparse.inputs.expand import expand
from newsparse.inputs.items import Done, Failure
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.outputs.files import SUFFIXES
from newsparse.progress import Tally

__all__ = ["Partition", "parse_on_cluster", "parse_partition"]

Format = Literal["parquet", "jsonl"]


@attrs.frozen
class Partition:
    """What one task wrote: its input, the article and error files, and the counts."""

    input: str
    articles_path: str
    errors_path: str
    articles: int
    not_articles: int
    errors: int
    skipped: int


def _writer(path: str, fmt: Format, explain: bool) -> tuple[Any, Any]:
    if fmt == "parquet":
        from newsparse.outputs.parquet import ParquetWriter

        binary = open(path, "wb")  # noqa: SIM115 - closed by the caller
        return ParquetWriter(binary), binary
    from newsparse.outputs.writers import text_writer

    text = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    return text_writer("jsonl", text, explain=explain), text


def parse_partition(index: int, path: str, out_dir: str, fmt: Format = "parquet", *,
                    manifest: bool = False, limits: Limits = DEFAULT_LIMITS,
                    explain: bool = False) -> Partition:
    """Parse one input (what ``newsparse parse PATH`` reads, or a manifest when ``manifest``)
    into ``out_dir/articles-INDEX`` and ``out_dir/errors-INDEX`` (``.parquet`` or ``.jsonl``),
    in input order. This is the task :func:`parse_on_cluster` runs; it works without Dask."""
    os.makedirs(out_dir, exist_ok=True)
    suffix = SUFFIXES[fmt]
    articles_path = os.path.join(out_dir, f"articles-{index:05d}{suffix}")
    errors_path = os.path.join(out_dir, f"errors-{index:05d}{suffix}")
    items = expand([], limits, path) if manifest else expand([path], limits)
    tally = Tally()
    main, main_handle = _writer(articles_path, fmt, explain)
    errors, errors_handle = _writer(errors_path, fmt, explain)
    try:
        for result in run_batch(items, jobs=1, limits=limits, mechanism="inline"):
            tally.add(result)
            if isinstance(result, Done):
                (errors if isinstance(result.result, Failure) else main).write(result)
    finally:
        for writer, handle in ((main, main_handle), (errors, errors_handle)):
            writer.close()
            handle.close()
    return Partition(path, articles_path, errors_path, tally.articles, tally.not_articles,
                     tally.errors, tally.skipped)


def parse_on_cluster(
    inputs: Sequence[str],
    out_dir: str,
    *,
    client: Any,
    fmt: Format = "parquet",
    manifests: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    explain: bool = False,
) -> list[Partition]:
    """Parse every input (WARC files, directories, feeds, pages) and every manifest on the Dask
    cluster of ``client`` (a ``distributed.Client``): one task and one pair of partitions
    (``articles-N``, ``errors-N``) per input, numbered in the order given (inputs, then
    manifests). Returns the :class:`Partition` of each, in that order."""
    jobs = [(path, False) for path in inputs] + [(path, True) for path in manifests]
    futures = [
        client.submit(parse_partition, index, path, out_dir, fmt, manifest=manifest,
                      limits=limits, explain=explain, pure=False)
        for index, (path, manifest) in enumerate(jobs)
    ]
    return list(client.gather(futures))
