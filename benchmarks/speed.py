"""Speed of newsparse, one run: per-page ratios to lxml, batch throughput, WARC reading.

Usage (from the repository root)::

    .venv/bin/python benchmarks/speed.py [--repeat 3] [--batch 600] [--warc 3000]

Per page (the corpus's HTML pages, ``../shared/corpus/*/*.html.gz``, and the text dumps of the
NK News fixtures), each extractor is timed best of ``--repeat``, interleaved with the floor,
``lxml.html.document_fromstring(page_bytes)`` on the same bytes, with the garbage collector on:
newsparse with site adapters (the page's URL given, routing included), generic-only
(``adapter="generic"``), the text-dump path, and trafilatura's ``extract`` when it is installed.
Printed: pages, pages/s on one core (1 / mean seconds), mean and 95th percentile of the
per-page ratio to lxml.

Batch: ``--batch`` pages (the corpus repeated) as bytes, through a plain loop of
``newsparse.parse``, ``parse_many(jobs=1)`` and ``parse_many(jobs=2)`` (default limits, so
``jobs=1`` runs in one worker process with the time budget enforced), wall-clock pages/s,
best of ``--rounds`` interleaved rounds. WARC: a WARC.gz of ``--warc`` response records (the
corpus repeated) written to a temporary file, then read with ``newsparse.inputs.expand``
(records and MB of payload per second; needs ``newsparse[warc]``).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from ab import p95

import newsparse
from newsparse import Limits, parse_many
from newsparse.errors import NewsparseError
from newsparse.inputs import Input, expand

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _quiet(run: Callable[[], object]) -> Callable[[], None]:
    def call() -> None:
        with contextlib.suppress(NewsparseError):
            run()
    return call


def _corpus() -> list[tuple[bytes, str | None]]:
    pages = []
    for path in sorted(CORPUS.glob("*/*.html.gz")):
        truth = json.loads(path.with_name(path.name[:-8] + ".json").read_text(encoding="utf-8"))
        pages.append((gzip.decompress(path.read_bytes()), truth.get("url")))
    return pages


def _row(name: str, times: list[float], floor: list[float]) -> str:
    ratios = [t / f for t, f in zip(times, floor, strict=True)]
    mean = statistics.fmean(times)
    return (f"| {name:32} | {len(times):5} | {1 / mean:9.0f} | {statistics.fmean(ratios):7.2f} |"
            f" {p95(ratios):7.2f} |")


def per_page(pages: list[tuple[bytes, str | None]], texts: list[bytes], repeat: int) -> None:
    extractors: dict[str, Callable[[bytes, str | None], object]] = {
        "newsparse (site adapters)": lambda raw, url: newsparse.parse(raw, url=url),
        "newsparse generic-only": lambda raw, url: newsparse.parse(raw, adapter="generic"),
    }
    try:
        import trafilatura

        extractors["trafilatura.extract"] = lambda raw, url: trafilatura.extract(raw, url=url)
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[compare]' to add its row)")
    times: dict[str, list[float]] = {name: [] for name in ["lxml (floor)", *extractors]}
    floors: dict[str, list[float]] = {name: [] for name in extractors}
    for raw, url in pages:
        for name, run in extractors.items():
            floor = _best(lambda raw=raw: lxml.html.document_fromstring(raw), repeat)
            times[name].append(_best(_quiet(lambda raw=raw, url=url, run=run: run(raw, url)),
                                     repeat))
            floors[name].append(floor)
        times["lxml (floor)"].append(min(floors[name][-1] for name in extractors))
    text_times, text_floor = [], []
    for raw in texts:
        text_floor.append(_best(lambda raw=raw: lxml.html.document_fromstring(raw), repeat))
        text_times.append(_best(_quiet(lambda raw=raw: newsparse.parse(raw)), repeat))
    print("| extractor                        | pages | pages/s 1 core | ratio mean | p95 |")
    print("|---|---|---|---|---|")
    print(_row("lxml (floor)", times["lxml (floor)"], times["lxml (floor)"]))
    for name in extractors:
        print(_row(name, times[name], floors[name]))
    print(_row("newsparse text-dump path", text_times, text_floor))


def batch(pages: list[tuple[bytes, str | None]], size: int, rounds: int) -> None:
    chosen = [pages[i % len(pages)] for i in range(size)]
    inputs = [Input(f"p{i}", raw, url=url) for i, (raw, url) in enumerate(chosen)]

    def loop() -> None:
        for raw, url in chosen:
            with contextlib.suppress(NewsparseError):
                newsparse.parse(raw, url=url)

    runs = {
        "plain loop of parse()": loop,
        "parse_many(jobs=1)": lambda: sum(1 for _ in parse_many(inputs, jobs=1)),
        "parse_many(jobs=2)": lambda: sum(1 for _ in parse_many(inputs, jobs=2)),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            gc.collect()
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    print(f"\nBatch, {size} pages (bytes in memory), best of {rounds} interleaved rounds:")
    print("| run | pages/s | vs plain loop |")
    print("|---|---|---|")
    for name, seconds in best.items():
        speedup = best["plain loop of parse()"] / seconds
        print(f"| {name} | {size / seconds:7.1f} | {speedup:5.2f}x |")
    ratio = best["parse_many(jobs=1)"] / best["parse_many(jobs=2)"]
    print(f"jobs=2 / jobs=1 throughput: {ratio:.2f}x")


def warc_read(pages: list[tuple[bytes, str | None]], records: int) -> None:
    try:
        import fastwarc  # noqa: F401 - only checks the extra is there
    except ImportError:
        print("\nWARC read: skipped (pip install -e '.[warc]')")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        payload = 0
        with path.open("wb") as out:
            for i in range(records):
                raw, url = pages[i % len(pages)]
                http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                        + str(len(raw)).encode() + b"\r\n\r\n" + raw)
                head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url or 'x:'}\r\n"
                        f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i}>\r\n"
                        "Content-Type: application/http; msgtype=response\r\n"
                        f"Content-Length: {len(http)}\r\n\r\n").encode()
                out.write(gzip.compress(head + http + b"\r\n\r\n", compresslevel=6))
                payload += len(raw)
        size = path.stat().st_size
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            count = sum(1 for item in expand([str(path)], Limits()) if isinstance(item, Input))
            best = min(best, time.perf_counter() - start)
        assert count == records, count
    print(f"\nWARC read (expand over a {size / 1e6:.1f} MB WARC.gz, {records} records, best of 3):"
          f" {records / best:,.0f} records/s, {payload / best / 1e6:.0f} MB/s of payload")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (best kept)")
    parser.add_argument("--batch", type=int, default=600, help="pages in the batch runs")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved batch rounds")
    parser.add_argument("--warc", type=int, default=3000, help="records in the WARC run")
    parser.add_argument("--sections", default="pages,batch,warc",
                        help="which parts to run (comma-separated: pages, batch, warc)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: run from a checkout with ../shared beside it",
              file=sys.stderr)
        return 2
    gc.enable()
    newsparse.default_registry()
    pages = _corpus()
    texts = [p.read_bytes() for p in sorted((REPO / "fixtures" / "nknews").glob("*/input.txt"))]
    sections = args.sections.split(",")
    if "pages" in sections:
        per_page(pages, texts, args.repeat)
    if "batch" in sections:
        batch(pages, args.batch, args.rounds)
    if "warc" in sections:
        warc_read(pages, args.warc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
