"""Interleaved A/B timing of the assembly step's own work on the site adapters' fixture pages.

Usage (from the repository root)::

    .venv/bin/python benchmarks/assembly_ab.py --base REF [--repeat N] [CASE ...]

``REF`` and the working tree are exported and imported (:func:`ab.load_pair`). For each case
(default: every site adapter's HTML fixture, ``fixtures/<site>/<case>/``), each version parses
the page once with its site adapter; then an adapter whose field methods return, at no cost,
the values (and sources) that parse found is assembled over and over on the same page views
(tree, ``<meta>`` map, JSON-LD, site names: all computed). What is timed is therefore what
:func:`newsparse.assembly.assemble` adds to every parse whatever the fields cost: the field
dispatch and checks, the notes, the dates after the fetch time, the review and the Article's
construction. CPU clock, best of ``--repeat`` rounds of 200 calls, the versions' order random
in each pair of rounds and reversed in the pair's second (:func:`ab.round_orders`,
``--seed``); the two versions' Articles are checked equal (but for the adapter's name).

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/assembly_ab.py --base HEAD --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3): before ab.load_pair new/base mean 1.005; now --first
base 0.999, --first new 0.997.
"""

from __future__ import annotations

import argparse
import importlib
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

from ab import add_arguments, load_pair, round_orders
from sets import REPO

SITES = ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa")
FIELD_NAMES = ("title", "subtitle", "authors", "published", "modified", "url", "site", "section",
               "tags", "language", "body", "paywalled")
CALLS = 200


def _harness(package: str, raw: bytes, url: str | None) -> Callable[[], Any]:
    """A call that assembles the page's Article from fixed field values with ``package``."""
    api = importlib.import_module(f"{package}.api")
    registry = importlib.import_module(f"{package}.registry")
    adapter_module = importlib.import_module(f"{package}.adapter")
    assembly = importlib.import_module(f"{package}.assembly")
    found = importlib.import_module(f"{package}.found")
    page = api.read_page(raw, url=url)
    real = registry.default_registry().resolve(page, None).adapter(page)
    article = real.extract()
    values = {name: getattr(article, name) for name in FIELD_NAMES}
    sources = {name: found.Source("site", source) for name, source in article.provenance.items()}

    def method(name: str) -> Callable[[Any], Any]:
        def field(self: Any) -> Any:
            if name in sources:
                self.provenance[name] = sources[name]
            return values[name]
        return field

    members: dict[str, Any] = {"name": "fixed", "check": lambda self: None}
    members.update({name: method(name) for name in FIELD_NAMES})
    fixed = type("Fixed", (adapter_module.Adapter,), members)
    analysis = real.analysis

    def run() -> Any:
        adapter = fixed.__new__(fixed)
        adapter.page, adapter.analysis = page, analysis
        adapter.provenance, adapter.warnings, adapter.notes = {}, [], []
        return assembly.assemble(adapter)
    return run


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--base", required=True)
    args.add_argument("--repeat", type=int, default=30)
    args.add_argument("cases", nargs="*")
    add_arguments(args)
    opts = args.parse_args()
    rng = random.Random(opts.seed)
    cases = opts.cases or [
        f"{path.parent.parent.name}/{path.parent.name}"
        for site in SITES for path in sorted((REPO / "fixtures" / site).glob("*/input.htm*"))
    ]
    ratios: list[float] = []
    with tempfile.TemporaryDirectory() as into:
        names = load_pair(opts.base, Path(into), opts.first)
        for case in cases:
            folder = REPO / "fixtures" / case
            raw = next(iter(sorted(folder.glob("input.htm*")))).read_bytes()
            url = json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("url")
            runs = [_harness(names["base"], raw, url), _harness(names["new"], raw, url)]
            base_dict, new_dict = runs[0]().to_dict(), runs[1]().to_dict()
            base_dict.pop("adapter")
            new_dict.pop("adapter")
            if base_dict != new_dict:
                print(f"{case}: the versions' Articles differ")
                return 1
            best = [float("inf"), float("inf")]
            for order in round_orders(opts.repeat, rng):
                for index in (0 if version == "base" else 1 for version in order):
                    call = runs[index]
                    start = time.process_time()
                    for _ in range(CALLS):
                        call()
                    best[index] = min(best[index], (time.process_time() - start) / CALLS)
            ratios.append(best[1] / best[0])
            print(f"{case:28} base {best[0] * 1e6:6.2f} us  new {best[1] * 1e6:6.2f} us  "
                  f"new/base {best[1] / best[0]:.3f}")
    print(f"assembly over {len(ratios)} pages, best of {opts.repeat}: new/base mean "
          f"{statistics.mean(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
