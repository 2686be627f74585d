"""Interleaved timing of NK News' class look-ups: the word test alone against the raw class
test first (:func:`newsparse.adapters.nknews.layouts._xpath`), on the NK News HTML fixtures.

Usage (from the repository root)::

    .venv/bin/python benchmarks/nk_class_xpath.py [--repeat N]

For every page and every ``tag.class`` selector of the layouts, both XPaths run page-wide on
the same tree (best of N wall-clock, the order alternating; the results are checked equal).
Printed per page: the sum of each version's best times in us, and overall the mean of the
per-page ratios new / old.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.etree
import lxml.html
from sets import REPO

from newsparse.adapters.nknews.layouts import LAYOUTS, OTHER, _xpath


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    selectors = sorted({s for layout in LAYOUTS for s in (
        layout.wrapper, layout.title, layout.subtitle, layout.byline, *layout.body,
        layout.authors, layout.day, layout.time, layout.section, layout.tags, *OTHER,
    ) if s and "." in s})
    changes = []
    for path in sorted(REPO.glob("fixtures/nknews/*/input.html")):
        root = lxml.html.document_fromstring(path.read_bytes())
        total = {"old": 0.0, "new": 0.0}
        for selector in selectors:
            tag, name = selector.split(".", 1)
            paths = {
                "old": lxml.etree.XPath(
                    f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"),
                "new": lxml.etree.XPath(_xpath(selector, within=False)),
            }
            if paths["old"](root) != paths["new"](root):
                raise SystemExit(f"{path}: {selector} finds other elements")
            best = {"old": float("inf"), "new": float("inf")}
            for index in range(args.repeat):
                for version in (("old", "new") if index % 2 else ("new", "old")):
                    start = time.perf_counter()
                    paths[version](root)
                    best[version] = min(best[version], time.perf_counter() - start)
            for version in total:
                total[version] += best[version]
        changes.append(total["new"] / total["old"])
        print(f"{path.parent.name:40} old {total['old'] * 1e6:7.1f} us  new "
              f"{total['new'] * 1e6:7.1f} us  new/old {changes[-1]:.3f}")
    print(f"{len(selectors)} class selectors, {len(changes)} pages, best of {args.repeat}: "
          f"new/old mean {statistics.fmean(changes):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
