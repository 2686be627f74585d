"""What one pass over a page costs in Python, against lxml's parse: floors for the speed targets.

Usage (from the repository root)::

    .venv/bin/python benchmarks/floors.py [SET ...] [--every K]

Per page (every ``K``-th of each set, default 2), each as a ratio to lxml's bare parse of the
page (CPU clock, best of 3, lxml best of 5), gc on:

* ``walk``: a Python loop over every element (``[el.tag for el in tree.iter()]``), the least a
  finder that visits each element in Python costs;
* ``walk+attrs``: the same loop reading ``class`` and ``id`` (a marker scan);
* ``texts``: every text node below ``<body>`` as plain strings, one XPath call in C;
* ``tostring``: the body's text in one C call;
* ``parse``: ``newsparse.parse`` itself.

The mean and 95th percentile of each. A parse that makes N element walks in Python and the
XPath passes of its finders costs at least the sum of theirs plus lxml's 1.0: the number of
passes a design makes bounds the ratio it can reach.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.etree
import lxml.html
from ab import p95
from sets import DEFAULT_SETS, check_sets, load_set

import newsparse

_TEXTS = lxml.etree.XPath("//body//text()", smart_strings=False)


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--every", type=int, default=2)
    args = parser.parse_args()
    for folder in check_sets(args.sets or list(DEFAULT_SETS)):
        ratios: dict[str, list[float]] = {
            name: [] for name in ("walk", "walk+attrs", "texts", "tostring", "parse")
        }
        for sample in load_set(folder)[1][:: args.every]:
            raw, url = sample.raw(), sample.url
            lx = _best(lambda: lxml.html.document_fromstring(raw), 5)  # noqa: B023
            tree = lxml.html.document_fromstring(raw)
            body = tree.find("body")
            if body is None or lx <= 0:
                continue

            def parse() -> None:
                with contextlib.suppress(newsparse.NewsparseError):
                    newsparse.parse(raw, url=url)  # noqa: B023

            runs: dict[str, Callable[[], object]] = {
                "walk": lambda: [el.tag for el in tree.iter()],  # noqa: B023
                "walk+attrs": lambda: [(el.get("class"), el.get("id"))
                                       for el in tree.iter()],  # noqa: B023
                "texts": lambda: _TEXTS(tree),  # noqa: B023
                "tostring": lambda: lxml.etree.tostring(
                    body, method="text", encoding="unicode"),  # noqa: B023
                "parse": parse,
            }
            for name, run in runs.items():
                ratios[name].append(_best(run) / lx)
        count = len(ratios["parse"])
        print(f"{folder.name} ({count} pages): " + "  ".join(
            f"{name} mean {statistics.fmean(values):.2f} p95 {p95(values):.2f}"
            for name, values in ratios.items() if values), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
