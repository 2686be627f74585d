"""Interleaved A/B timing of whole parses: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/parse_ab.py --base REF [--repeat N] [--rounds R] [SET ...]

``REF`` and the working tree are exported and imported (``benchmarks/ab.py``), so
both versions run in one process on the same page bytes. Pages: the NK News fixtures' text
dumps and HTML pages (``fixtures/nknews/*/input.*``) and the other fixtures' text pages
(``fixtures/*/*/input.txt``), parsed without a URL, and the pages of
each ``SET`` given (a development set folder, parsed with its URL). Each page is parsed by
each version ``--repeat`` times per round (best kept), for ``--rounds`` rounds, the versions'
order random in each page's pair of rounds and reversed in the pair's second round
(:func:`ab.round_orders`, ``--seed``; give an even ``--rounds``), with the garbage collector
on; time is CPU time (``time.process_time``), so a busy machine does not inflate it by
waiting. Printed per group: pages, the mean time per page of each version (and pages per
second on one core), and the mean and 95th percentile of the per-page ratio new / base.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/parse_ab.py --base HEAD --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3), nknews text / nknews html / other text: before
ab.load_pair 0.997 / 1.000 / 1.012; now --first base 0.998 / 0.981 / 0.992, --first new
0.995 / 0.987 / 1.020 (the 2 "other text" pages and 7 HTML pages are within 2%).
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

from ab import add_arguments, best_cpu_time, load_pair, p95, round_orders
from sets import REPO, check_sets, load_set


def _parser(name: str) -> Callable[[bytes, str | None], None]:
    package: Any = __import__(name)
    errors: Any = __import__(f"{name}.errors", fromlist=["NewsparseError"])
    error = errors.NewsparseError

    def run(raw: bytes, url: str | None) -> None:
        with contextlib.suppress(error):  # refusing a page is part of the work
            package.parse(raw, url=url)

    return run



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=4)
    add_arguments(parser)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nk = sorted((REPO / "fixtures" / "nknews").glob("*/input.*"))
    groups: dict[str, list[tuple[bytes, str | None]]] = {
        "nknews text": [(p.read_bytes(), None) for p in nk if p.suffix != ".html"],
        "nknews html": [(p.read_bytes(), None) for p in nk if p.suffix == ".html"],
        "other text": [(p.read_bytes(), None) for p in sorted(REPO.glob("fixtures/*/*/input.txt"))
                       if p.parent.parent.name != "nknews"],
    }
    for folder in check_sets(args.sets) if args.sets else []:
        groups[folder.name] = [(s.raw(), s.url) for s in load_set(folder)[1]]
    with tempfile.TemporaryDirectory() as tmp:
        names = load_pair(args.base, Path(tmp), args.first)
        versions = {version: _parser(name) for version, name in names.items()}
        for group, pages in groups.items():
            best = {name: [float("inf")] * len(pages) for name in versions}
            orders = [round_orders(args.rounds, rng) for _ in pages]
            for round_ in range(args.rounds):
                for index, (raw, url) in enumerate(pages):
                    for name in orders[index][round_]:
                        spent = best_cpu_time(versions[name], raw, url, args.repeat)
                        best[name][index] = min(best[name][index], spent)
            base, new = statistics.fmean(best["base"]), statistics.fmean(best["new"])
            ratios = [n / b for n, b in zip(best["new"], best["base"], strict=True) if b > 0]
            print(f"{group:12} {len(pages):4} pages  base {base * 1e6:8.0f} us ({1 / base:6.0f}/s)"
                  f"  new {new * 1e6:8.0f} us ({1 / new:6.0f}/s)  new/base mean "
                  f"{statistics.fmean(ratios):.3f} p95 {p95(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
