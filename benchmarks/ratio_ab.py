"""Same-process A/B of the project's speed unit: the ratio of ``newsparse.parse`` to lxml's
bare parse, per page, for an older commit and the working tree, on all pages and on the small
ones (where the fixed cost of a parse weighs most).

Usage (from the repository root)::

    .venv/bin/python benchmarks/ratio_ab.py --base REF [SET ...] [--every K] [--small MS]

``REF`` and the working tree are exported and imported (``benchmarks/ab.py``), so both
versions run in one process on the same page bytes. Per page: lxml's parse timed (best of 5,
and again after), then each version ``--repeat`` times twice, in a random order (``--seed``)
and then in the reverse one (:func:`ab.round_orders`), CPU clock (``time.process_time``), gc
on; the best run of each is kept.
Printed per set, for all pages and for the pages whose lxml parse takes under ``--small`` ms
(default 0.3): the mean and 95th percentile of the ratio to lxml of each version (as
``evaluate.py --field time`` computes them), the mean new/base, and ms per page.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/ratio_ab.py --base HEAD ../shared/corpus-extra/trafeval \
        --every 8 --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3), all 64 pages: the script before ab.load_pair (base
imported first, the working tree from the editable install) new/base 1.006; now --first base
1.005, --first new 0.987. Its noise (about 1-2% a run) is above the import-order effect.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from ab import add_arguments, best_cpu_time, load_pair, p95, round_orders
from sets import DEFAULT_SETS, check_sets, load_set

Run = Callable[[bytes, str | None], object]


def _parser(name: str) -> Run:
    package: Any = __import__(name)
    error = __import__(f"{name}.errors", fromlist=["NewsparseError"]).NewsparseError

    def run(raw: bytes, url: str | None) -> None:
        with contextlib.suppress(error):  # refusing a page is part of the work
            package.parse(raw, url=url)

    return run


def _lxml(raw: bytes, url: str | None) -> object:
    return lxml.html.document_fromstring(raw)



def _line(label: str, rows: list[tuple[float, float, float]]) -> str:
    base = [b / lx for lx, b, _ in rows]
    new = [n / lx for lx, _, n in rows]
    change = statistics.fmean(n / b for _, b, n in rows)
    return (f"  {label:5} {len(rows):4} pages  base mean {statistics.fmean(base):5.2f} "
            f"p95 {p95(base):5.2f} | new mean {statistics.fmean(new):5.2f} p95 {p95(new):5.2f}"
            f" | new/base {change:.3f} | ms/page {statistics.fmean(r[1] for r in rows) * 1e3:.2f}"
            f" -> {statistics.fmean(r[2] for r in rows) * 1e3:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--every", type=int, default=1, help="every K-th page of each set")
    parser.add_argument("--small", type=float, default=0.3,
                        help="the small pages' lxml parse time, under this many ms")
    add_arguments(parser)
    args = parser.parse_args()
    folders = check_sets(args.sets or list(DEFAULT_SETS))
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        names = load_pair(args.base, Path(tmp), args.first)
        versions = {version: _parser(name) for version, name in names.items()}
        for folder in folders:
            rows: list[tuple[float, float, float]] = []
            for sample in load_set(folder)[1][:: args.every]:
                raw, url = sample.raw(), sample.url
                lx = best_cpu_time(_lxml, raw, url, 5)
                best = {"base": float("inf"), "new": float("inf")}
                for order in round_orders(2, rng):
                    for name in order:
                        spent = best_cpu_time(versions[name], raw, url, args.repeat)
                        best[name] = min(best[name], spent)
                lx = min(lx, best_cpu_time(_lxml, raw, url, 3))
                rows.append((lx, best["base"], best["new"]))
            print(f"{folder.name}", flush=True)
            print(_line("all", rows), flush=True)
            small = [r for r in rows if r[0] * 1e3 < args.small]
            if small:
                print(_line("small", small), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
