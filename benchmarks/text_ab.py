"""Interleaved A/B timing of the text path's stages on the NK News text dumps.

Usage (from the repository root)::

    .venv/bin/python benchmarks/text_ab.py --base REF [--repeat N] [--rounds R]

``REF`` and the working tree are exported and imported (:func:`ab.load_pair`), so both run
in one process on the same page bytes. Pages: the NK News fixtures' text dumps
(``fixtures/nknews/*/input.txt``), parsed without a URL, as saved copies arrive. Stages, each
timed alone on objects each version made beforehand (the page, its dump lines): ``whole`` (the
whole ``newsparse.parse(bytes)``, refusals included), ``read_page`` (decoding),
``sniff`` (NK News' text sniff, the routing cost of a text page), ``read_dump`` (the logical
lines) and ``parse_lines`` (NK News' reading of them). For each page, stage and round, each
version runs ``--repeat`` times (best kept), for ``--rounds`` rounds (best of all kept), the
versions' order random in each page's pair of rounds and reversed in the pair's second
(:func:`ab.round_orders`, ``--seed``), with the process's CPU clock and
the garbage collector on. Printed per stage: the mean time per page of each version, the ratio
new / base of the means, and for ``whole`` the pages per second on one core.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/text_ab.py --base HEAD --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3), whole: before ab.load_pair new/base 1.00 (531.2 ->
530.4 us); now --first base 0.99 (524.1 -> 518.7), --first new 1.00 (521.9 -> 521.8); every
stage 0.99-1.01.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import add_arguments, load_pair, round_orders
from sets import REPO

Stage = Callable[[int], object]


def _stages(name: str, raws: list[bytes]) -> dict[str, Stage]:
    """The stages of one version (package ``name``), as functions of a page's index."""
    package: Any = importlib.import_module(name)

    def module(path: str) -> Any:
        return importlib.import_module(f"{name}.{path}")

    api, dump = module("api"), module("extract.textdump")
    reader, kind = module("adapters.nknews.textdump"), module("adapters.nknews.textkind")
    error = module("errors").NewsparseError
    package.default_registry()  # plugin discovery is not per page
    pages = [api.read_page(raw) for raw in raws]
    lines = [dump.read_dump(page.text) for page in pages]

    def whole(i: int) -> None:
        with contextlib.suppress(error):  # refusing a page is part of the work
            package.parse(raws[i])

    def parse_lines(i: int) -> None:
        with contextlib.suppress(error):
            reader.parse_lines(lines[i], None)

    return {
        "whole": whole,
        "read_page": lambda i: api.read_page(raws[i]),
        "sniff": lambda i: kind.sniff(pages[i]),
        "read_dump": lambda i: dump.read_dump(pages[i].text),
        "parse_lines": parse_lines,
    }


def _best(run: Stage, i: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run(i)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=4)
    add_arguments(parser)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    raws = [path.read_bytes() for path in sorted(REPO.glob("fixtures/nknews/*/input.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        names = load_pair(args.base, Path(folder), args.first)
        versions = {version: _stages(name, raws) for version, name in names.items()}
        best = {v: {s: [float("inf")] * len(raws) for s in versions[v]} for v in versions}
        orders = [round_orders(args.rounds, rng) for _ in raws]
        for round_ in range(args.rounds):
            for i in range(len(raws)):
                for stage in versions["base"]:
                    for version in orders[i][round_]:
                        spent = _best(versions[version][stage], i, args.repeat)
                        best[version][stage][i] = min(best[version][stage][i], spent)
    print(f"{len(raws)} NK News text dumps, base {args.base}, best of {args.repeat} x "
          f"{args.rounds} rounds, CPU time")
    for stage in best["base"]:
        base = sum(best["base"][stage]) / len(raws)
        new = sum(best["new"][stage]) / len(raws)
        line = (f"{stage:12} base {base * 1e6:7.1f} us  new {new * 1e6:7.1f} us  "
                f"new/base {new / base:5.2f}")
        if stage == "whole":
            line += f"  ({1 / base:6.0f} -> {1 / new:6.0f} pages/s, one core)"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
