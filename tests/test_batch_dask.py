"""The Dask path: a local cluster writes the same records as one process does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_pages import article_html, feed_rss, warc

from newsparse import Limits
from newsparse.batch import run_batch
from newsparse.inputs import Done, Failure, expand
from newsparse.outputs.records import record

pytest.importorskip("distributed")
pytest.importorskip("fastwarc")


def _inputs(tmp_path: Path) -> tuple[list[str], list[str]]:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(6):
        (pages / f"p{i}.html").write_text(article_html(f"Story {i}") if i % 3 else "",
                                          encoding="utf-8")
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc(True))
    feed = tmp_path / "news.rss"
    feed.write_text(feed_rss(), encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text("path,url\npages/p1.html,https://example.com/one\n")
    return [str(pages), str(crawl), str(feed)], [str(manifest)]


def _single_process(paths: list[str], manifests: list[str]) -> list[list[dict[str, object]]]:
    """The records of each input as one process gives them: articles, then errors."""
    parts = []
    for path, is_manifest in [(p, False) for p in paths] + [(m, True) for m in manifests]:
        items = expand([], Limits(), path) if is_manifest else expand([path], Limits())
        done = [d for d in run_batch(items, mechanism="inline") if isinstance(d, Done)]
        parts.append([record(d, False) for d in done if not isinstance(d.result, Failure)])
        parts.append([record(d, False) for d in done if isinstance(d.result, Failure)])
    return parts


@pytest.mark.slow
def test_local_cluster_output_equals_single_process_output(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from newsparse.dask import parse_on_cluster

    paths, manifests = _inputs(tmp_path)
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        parts = parse_on_cluster(paths, str(out), client=client, fmt="jsonl",
                                 manifests=manifests)
    got = []
    for part in parts:
        for name in (part.articles_path, part.errors_path):
            got.append([json.loads(line) for line in Path(name).read_text().splitlines()])
    assert got == _single_process(paths, manifests)
    assert [p.articles for p in parts] == [4, 2, 2, 1]
    assert [p.errors + p.not_articles for p in parts] == [2, 2, 0, 0]
    assert parts[1].skipped == 4 and parts[2].skipped == 1


def test_parse_partition_writes_parquet_without_a_cluster(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from newsparse.dask import parse_partition

    paths, _ = _inputs(tmp_path)
    part = parse_partition(3, paths[0], str(tmp_path / "out"))
    assert part.articles_path.endswith("articles-00003.parquet")
    titles = pq.read_table(part.articles_path).column("title").to_pylist()
    assert titles == [f"Story {i}" for i in (1, 2, 4, 5)]
    assert pq.read_table(part.errors_path).column("error").to_pylist() == [
        "UnsupportedInputError"] * 2
