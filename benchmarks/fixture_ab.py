"""Interleaved A/B timing of a stage on the site adapters' and NK News' HTML fixture pages.

Usage (from the repository root)::

    .venv/bin/python benchmarks/fixture_ab.py --base REF [--pages sites|nk|all]
        [--stage parse|tree|extract|body|nkparsed|routing] [--repeat N]

``REF`` and the working tree are exported and imported (:func:`ab.load_pair`), so both versions
run in one process on the same page bytes. Pages: every ``fixtures/<site>/<case>/input.html``
of the six site adapters (parsed with the case's URL) and the NK News HTML fixtures (parsed
without a URL, as saved copies arrive). For each page and run, each version reads the page and
parses its tree untimed (except for ``parse``, the whole ``newsparse.parse(bytes, url=...)``,
and ``tree``, decoding and the hardened parse: ``read_page(bytes, url=...).tree``), then the
stage is timed with the process's CPU clock: ``extract`` (routing, the adapter and
its Article), ``body`` (the adapter's body field alone), ``nkparsed`` (NK News' reading of
its HTML and its URL field), ``routing`` (``Registry.resolve``). lxml's bare parse of the
bytes is timed in the same loop; the versions' order is random in each pair of runs and
reversed in the pair's second run (:func:`ab.round_orders`, ``--seed``), the warm-up in the
first run's order. Printed per page and overall: each version's best time as a ratio to lxml's
best (mean and p95), the mean of the per-page ratios new / base, and ``paired``: the median
over the runs of new's time minus base's in the same run, as a ratio to lxml's best (far less
noisy than the difference of two bests on a loaded machine), and its mean over the pages.

A/A check (the working tree equal to ``REF``; run it before trusting a figure)::

    .venv/bin/python benchmarks/fixture_ab.py --base HEAD --pages sites --stage extract \
        --repeat 50 --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-4), ``paired`` (x lxml): the script before ab.load_pair
(base exported and imported first, the working tree from the editable install, versions
alternating) -0.0106 (H1, same day, with 400 rounds: -0.025 and -0.029); with the working tree
imported first instead +0.0065. Now (both exported, --repeat 200, --seed 0-3): --first base
-0.0086, -0.0036, +0.0035, -0.0114, -0.0171 (mean -0.0074); --first new -0.0019, -0.0012,
+0.0027, +0.0170, +0.0039 (mean +0.0041); the two orders' mean -0.0017, within the noise
(one run's paired mean moves by about 0.009 at load 4). new/base of the bests moves by 2-7% a
run on these 7 pages: a change under 5% is not shown by one run of it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from ab import add_arguments, load_pair, p95, round_orders
from sets import REPO

SITES = ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa")


def _pages(which: str) -> list[tuple[str, bytes, str | None]]:
    pages: list[tuple[str, bytes, str | None]] = []
    if which in ("sites", "all"):
        for path in sorted(REPO.glob("fixtures/*/*/input.html")):
            if path.parent.parent.name in SITES:
                meta = json.loads((path.parent / "meta.json").read_text(encoding="utf-8"))
                name = f"{path.parent.parent.name}/{path.parent.name}"
                pages.append((name, path.read_bytes(), meta.get("url")))
    if which in ("nk", "all"):
        for path in sorted(REPO.glob("fixtures/nknews/*/input.html")):
            pages.append((f"nknews/{path.parent.name}", path.read_bytes(), None))
    return pages


def _stage(name: str, stage: str) -> Callable[[bytes, str | None], float]:
    api: Any = __import__(f"{name}.api", fromlist=["read_page"])
    registry: Any = __import__(f"{name}.registry", fromlist=["default_registry"])
    error: Any = __import__(f"{name}.errors", fromlist=["NewsparseError"]).NewsparseError
    default = registry.default_registry()

    def run(raw: bytes, url: str | None) -> float:
        clock = time.process_time
        if stage == "parse":
            start = clock()
            with contextlib.suppress(error):
                api.parse(raw, url=url)
            return clock() - start
        start = clock()
        page = api.read_page(raw, url=url)
        page.tree  # noqa: B018 - parsed before timing (but for ``tree``)
        if stage == "tree":
            return clock() - start
        start = clock()
        if stage == "routing":
            default.resolve(page)
            return clock() - start
        with contextlib.suppress(error):
            adapter = default.resolve(page).adapter(page)
            if stage == "extract":
                adapter.extract()
            elif stage == "body":
                start = clock()
                adapter.body()
            elif stage == "nkparsed":
                start = clock()
                adapter.parsed  # noqa: B018 - NK News' reading of the page
                adapter.url()
        return clock() - start

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--pages", choices=("sites", "nk", "all"), default="all")
    parser.add_argument("--stage", default="parse",
                        choices=("parse", "tree", "extract", "body", "nkparsed", "routing"))
    parser.add_argument("--repeat", type=int, default=20)
    add_arguments(parser)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        names = load_pair(args.base, Path(tmp), args.first)
        versions = {version: _stage(name, args.stage) for version, name in names.items()}
        ratios: dict[str, list[float]] = {"base": [], "new": []}
        changes: list[float] = []
        paired: list[float] = []
        for name, raw, url in _pages(args.pages):
            orders = round_orders(args.repeat, rng)
            for version in orders[0]:
                versions[version](raw, url)  # warm-up
            best = {"lxml": float("inf"), "base": float("inf"), "new": float("inf")}
            differences = []
            for order in orders:
                start = time.process_time()
                lxml.html.document_fromstring(raw)
                best["lxml"] = min(best["lxml"], time.process_time() - start)
                spent = {version: versions[version](raw, url) for version in order}
                differences.append(spent["new"] - spent["base"])
                for version in order:
                    best[version] = min(best[version], spent[version])
            paired.append(statistics.median(differences) / best["lxml"])
            for version in ("base", "new"):
                ratios[version].append(best[version] / best["lxml"])
            changes.append(best["new"] / best["base"] if best["base"] > 0 else 1.0)
            print(f"{name:40} base {ratios['base'][-1]:6.3f}  new {ratios['new'][-1]:6.3f}"
                  f"  new/base {changes[-1]:.3f}  paired {paired[-1]:+.4f}")
        print(f"{args.stage} / lxml over {len(changes)} pages, best of {args.repeat}: base mean "
              f"{statistics.fmean(ratios['base']):.3f} p95 {p95(ratios['base']):.3f} | new mean "
              f"{statistics.fmean(ratios['new']):.3f} p95 {p95(ratios['new']):.3f} | new/base "
              f"mean {statistics.fmean(changes):.3f} | paired new-base mean "
              f"{statistics.fmean(paired):+.4f} x lxml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
