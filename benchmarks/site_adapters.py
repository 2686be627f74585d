"""Cost of the site adapters on their pages, as a ratio to lxml's parse of the same page.

Usage (from the repository root)::

    .venv/bin/python benchmarks/site_adapters.py [--repeat N] [--wall]

For every fixture case of a site adapter (``fixtures/<adapter>/<case>/``, HTML inputs), in the
same process and interleaved, the script times ``newsparse.parse(raw_bytes, url=...)`` through
the case's adapter and ``lxml.html.document_fromstring(page_bytes)`` (the project's unit of
speed), each ``--repeat`` times (default 5, best kept, gc on),
after one untimed warm-up parse. Times are the process's CPU time (``time.process_time``),
which a busy shared machine disturbs far less than wall-clock time; ``--wall`` uses
``time.perf_counter`` instead. It prints per page the ratio of the two best times, and per
adapter and overall the mean and the 95th percentile of the page ratios. The issue's budget is
1.5x lxml per page; the page's decoding and hardened parse alone (``read_page(...).tree``)
cost 1.2x to 1.65x lxml on these pages (CPU time, best of 25, 2026-12-01). The generic
adapter's ratio on the same pages is printed beside it, and so is the cost of that decoding and
hardened parse alone (``read_page(raw_bytes, url=...).tree``, timed in the same rounds) and
what the adapter costs beyond it (``site - parse``, the adapter's own share of the budget).
``--floor`` adds, timed in the same rounds, the floor of a site parse on this design (as
``benchmarks/nknews_speed.py --floor`` has it for NK News): decoding, the hardened parse,
routing and the Article built from the parse's own values (``assembled_article``), with no
reading of the page; a page whose floor is over the budget cannot meet it by any adapter.
``--fields`` adds where the reading goes, page by page: the page decoded and parsed untimed,
then timed one after the other, as a parse runs them: routing (``resolve`` and the adapter
made), the page's ``<meta>`` and ``<script>`` walk, ``<meta>`` map and JSON-LD (read by
whichever field asks first in a parse, timed apart here), the adapter's ``check``, each field
method in the model's order and the cross-field review; the median of ``--repeat`` x 10
rounds as a share of lxml's median parse (a reading shared by two stages is charged to the
first; the sum is near the adapter's extract, not the parse's own frees).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import lxml.html
from ab import p95

import newsparse
from newsparse.api import read_page
from newsparse.article import Article, assembled_article
from newsparse.fields import FIELDS
from newsparse.review import review

REPO = Path(__file__).resolve().parent.parent
SITE_ADAPTERS = ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa")
BUDGET = 1.5


_CLOCK = time.process_time


def _best(funcs: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """The best time of each function, the functions interleaved round by round."""
    best = [float("inf")] * len(funcs)
    for _ in range(repeat):
        for i, func in enumerate(funcs):
            start = _CLOCK()
            func()
            best[i] = min(best[i], _CLOCK() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args.add_argument("--floor", action="store_true",
                      help="also time the floor: read_page, tree, routing, Article")
    args.add_argument("--fields", action="store_true",
                      help="also time the reading stage by stage (routing, check, each field)")
    opts = args.parse_args(argv)
    global _CLOCK
    _CLOCK = time.perf_counter if opts.wall else time.process_time
    rows: dict[str, list[tuple[str, float, float, float]]] = {}
    floors: list[tuple[str, float]] = []
    stages: list[tuple[str, dict[str, float]]] = []
    for name in SITE_ADAPTERS:
        for meta_path in sorted((REPO / "fixtures" / name).glob("*/meta.json")):
            inputs = sorted(meta_path.parent.glob("input.htm*"))
            if not inputs:
                continue
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            raw = inputs[0].read_bytes()
            url = meta.get("url")
            article = newsparse.parse(raw, url=url)  # warm-up
            gc.collect()
            funcs: list[Callable[[], object]] = [
                lambda r=raw, u=url: newsparse.parse(r, url=u),
                lambda r=raw: lxml.html.document_fromstring(r),
                lambda r=raw, u=url: newsparse.parse(r, url=u, adapter="generic"),
                lambda r=raw, u=url: read_page(r, url=u).tree,
            ]
            if opts.floor:
                funcs.append(lambda r=raw, u=url, a=article: _floor(r, u, a))
            site, base, generic, parse, *floor = _best(funcs, opts.repeat)
            if floor:
                floors.append((f"{name} {meta_path.parent.name}", floor[0] / base))
            rows.setdefault(name, []).append(
                (meta_path.parent.name, site / base, generic / base, parse / base))
            if opts.fields:
                stages.append((f"{name} {meta_path.parent.name}",
                               _stages(raw, url, opts.repeat * 10)))
    every: list[float] = []
    beyond: list[float] = []
    print(f"{'adapter':12} {'case':24} {'site/lxml':>9} {'generic/lxml':>12} {'parse/lxml':>10}"
          f" {'site-parse':>10}")
    for name, cases in rows.items():
        for case, ratio, generic, parse in cases:
            flag = "" if ratio <= BUDGET else f"  over the {BUDGET}x budget"
            print(f"{name:12} {case:24} {ratio:9.2f} {generic:12.2f} {parse:10.2f}"
                  f" {ratio - parse:10.2f}{flag}")
        ratios = [r for _, r, _, _ in cases]
        own = [r - p for _, r, _, p in cases]
        every += ratios
        beyond += own
        print(f"{name:12} {'mean / p95':24} {statistics.mean(ratios):9.2f} / {p95(ratios):.2f}"
              f"   beyond the parse: {statistics.mean(own):.2f} / {p95(own):.2f}")
    if every:
        print(f"{'all':12} {'mean / p95':24} {statistics.mean(every):9.2f} / {p95(every):.2f}"
              f"   beyond the parse: {statistics.mean(beyond):.2f} / {p95(beyond):.2f}"
              f"  ({len(every)} pages, best of {opts.repeat})")
    for case, ratio in floors:
        flag = "" if ratio <= BUDGET else f"  over the {BUDGET}x budget by itself"
        print(f"floor (read_page, tree, routing, Article) {case:32} {ratio:5.2f}{flag}")
    if floors:
        values = [ratio for _, ratio in floors]
        print(f"floor mean / max {statistics.mean(values):.2f} / {max(values):.2f}")
    for case, shares in stages:
        print(f"reading of {case} (x lxml, median), sum {sum(shares.values()):.2f}: "
              + " ".join(f"{stage} {share:.3f}" for stage, share in shares.items()))
    return 0


def _stages(raw: bytes, url: str | None, rounds: int) -> dict[str, float]:
    """The median time of each stage of the page's reading, as a share of lxml's median."""
    names = ("route", "walk", "meta", "jsonld", "check", *FIELDS, "review")
    times: dict[str, list[float]] = {stage: [] for stage in names}
    lxml_times: list[float] = []
    kept: object = None
    for _ in range(rounds):
        start = _CLOCK()
        lxml.html.document_fromstring(raw)
        lxml_times.append(_CLOCK() - start)
        page = read_page(raw, url=url)
        page.tree  # noqa: B018 - the hardened parse, untimed
        adapter: Any = None
        values: dict[str, object] = {}
        for stage in names:
            start = _CLOCK()
            if stage == "route":
                adapter = newsparse.default_registry().resolve(page).adapter(page)
            elif stage in ("walk", "meta", "jsonld"):
                getattr(page, "_meta_and_scripts" if stage == "walk" else stage)
            elif stage == "check":
                adapter.check()
            elif stage == "review":
                review(adapter.analysis, values, adapter.provenance, adapter.notes)
            else:
                values[stage] = getattr(adapter, stage)()
            times[stage].append(_CLOCK() - start)
        kept = (page, adapter)  # freed in the next round, untimed
    del kept
    base = statistics.median(lxml_times)
    return {stage: statistics.median(spent) / base for stage, spent in times.items()}


def _floor(raw: bytes, url: str | None, a: Article) -> None:
    """What every parse of the page costs on this design, whatever its adapter reads."""
    page = read_page(raw, url=url)
    page.tree  # noqa: B018 - the hardened parse
    newsparse.default_registry().resolve(page)
    assembled_article(
        a.title, a.subtitle, a.authors, a.published, a.modified, a.url, a.site, a.section,
        a.tags, a.language, a.body, a.paywalled, a.adapter, dict(a.provenance), a.warnings,
    )


if __name__ == "__main__":
    sys.exit(main())
