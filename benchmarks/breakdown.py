"""Where the generic adapter spends its time: decoding, parsing, the check and each field.

Usage (from the repository root)::

    .venv/bin/python benchmarks/breakdown.py [CORPUS_OR_SET] [--repeat N]

Every corpus page is read with ``newsparse.read_page`` (decoding) and its stages are run in the
order ``Adapter.extract`` runs them, each stage timed on its own; lazily computed page parts
(tree, ``<meta>``, JSON-LD) are charged to the first stage that needs them, as in a real run.
Each page is processed ``--repeat`` times (default 3) on fresh ``Page`` objects and the best
time of every stage is kept. Figures are totals over the corpus, as milliseconds per page and as
multiples of bare ``lxml.html.document_fromstring`` on the same page bytes (as issue 9 measures).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import time
from collections import Counter
from pathlib import Path

import lxml.html

import newsparse
from newsparse.adapter import FIELDS
from newsparse.adapters.generic import Generic
from newsparse.errors import NewsparseError

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def stages(raw: bytes) -> dict[str, float]:
    """Seconds per stage for one run over ``raw``."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    page = newsparse.read_page(raw)
    out["decode + Page()"] = time.perf_counter() - start
    start = time.perf_counter()
    _ = page.tree
    out["page.tree"] = time.perf_counter() - start
    adapter = Generic(page)
    start = time.perf_counter()
    with contextlib.suppress(NewsparseError):
        adapter.check()
    out["check"] = time.perf_counter() - start
    for field in FIELDS:
        start = time.perf_counter()
        getattr(adapter, field)()
        out[field] = time.perf_counter() - start
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # ../shared/corpus keeps pages in per-country folders, corpus-extra sets in one folder.
    files = sorted(args.corpus.glob("*/*.html.gz")) or sorted(args.corpus.glob("*.html.gz"))
    if not files:
        parser.error(f"no *.html.gz pages in {args.corpus} (is ../shared beside the repo?)")
    pages = [gzip.decompress(p.read_bytes()) for p in files]
    totals: Counter[str] = Counter()
    for raw in pages:
        best: dict[str, float] = {}
        for _ in range(max(1, args.repeat)):
            for name, seconds in stages(raw).items():
                best[name] = min(best.get(name, seconds), seconds)
        totals.update(best)
        lxml_best = min(_parse_time(raw) for _ in range(max(1, args.repeat)))
        totals["(bare lxml parse)"] += lxml_best
    base = totals["(bare lxml parse)"]
    print(f"{'stage':<20}{'ms/page':>10}{'x lxml':>10}")
    for name, seconds in totals.most_common():
        print(f"{name:<20}{1000 * seconds / len(pages):>10.2f}{seconds / base:>10.2f}")
    adapter_total = sum(v for k, v in totals.items() if k != "(bare lxml parse)")
    per_page = 1000 * adapter_total / len(pages)
    print(f"{'all stages':<20}{per_page:>10.2f}{adapter_total / base:>10.2f}")
    return 0


def _parse_time(raw: bytes) -> float:
    start = time.perf_counter()
    lxml.html.document_fromstring(raw)
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
