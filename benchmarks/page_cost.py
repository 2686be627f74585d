"""The fixed cost of every parse: page bytes to a hardened lxml tree, as a ratio to lxml's parse.

Usage (from the repository root)::

    .venv/bin/python benchmarks/page_cost.py [SET ...] [--repeat N] [--stages] [--base REF]

``SET`` defaults to the three development sets (``../shared/corpus``,
``corpus-extra/trafeval``, ``corpus-extra/htmldate``); the site adapters' fixture pages
(``fixtures/<adapter>/*/input.htm*``) are always measured too. For every HTML page, in the
same process and interleaved, the script times ``read_page(page_bytes).tree`` (decoding,
telling HTML from text, and :func:`newsparse.htmlparse.parse_html`) and
``lxml.html.document_fromstring(page_bytes)`` (the project's unit of speed), each ``--repeat``
times (default 5, best kept, the order reversed from round to round), with the process's
CPU time (``time.process_time``), which a
busy shared machine disturbs far less than wall-clock time. It prints per set the ratio of the
summed best times and the mean and 95th percentile of the per-page ratios.

``--base REF`` also times ``read_page(page_bytes).tree`` of the commit ``REF`` (exported and
imported beside the working tree, as ``parse_ab.py`` does) in the same rounds, and prints its
figures in a second line per set (``REF``): an A/B the machine's load cannot tilt.

``--stages`` also times the steps of that path one by one (the same calls ``read_page`` and
``parse_html`` make, in their order), as shares of lxml's parse: where the cost over lxml lies.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from ab import export, p95
from sets import DEFAULT_SETS, check_sets, load_set

from newsparse import decode, htmlparse
from newsparse.api import read_page
from newsparse.limits import DEFAULT_LIMITS
from newsparse.tagscan import too_many_attributes

REPO = Path(__file__).resolve().parent.parent
SITE_ADAPTERS = ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa")
_CLOCK = time.process_time


def _best(func: Callable[[], object], best: float) -> float:
    start = _CLOCK()
    func()
    return min(best, _CLOCK() - start)


def _tree(raw: bytes) -> object:
    return read_page(raw).tree


def _stages(raw: bytes) -> dict[str, float]:
    """CPU time of each step of ``read_page(raw).tree`` for an HTML page, as the code runs
    them: the bytes route (``decode.html_markup`` accepts the page, no text decoded) or the
    decoding route."""
    limits, times = DEFAULT_LIMITS, {}

    def step(name: str, func: Callable[[], Any]) -> Any:
        start = _CLOCK()
        out = func()
        times[name] = _CLOCK() - start
        return out

    data = step("unwrap", lambda: decode.unwrap(raw, "x", limits))
    if step("html_markup", lambda: decode.html_markup(data, None)):
        markup = data
    else:
        text, encoded = step("decode", lambda: decode.decode_unwrapped(data))
        text, encoded = step("checked_utf8", lambda: decode.checked_utf8(text, "x", encoded))
        step("detect_kind", lambda: decode.detect_kind(text))
        text_markup = step("_markup", lambda: htmlparse._markup(text))
        markup = step("_utf8", lambda: htmlparse._utf8(
            text_markup, encoded if text_markup is text else None))
    markup = step("_close_voids", lambda: htmlparse._close_voids(markup))
    if len(markup) * 3 + 8 > limits.max_nodes:
        step("_count_lt", lambda: htmlparse._count_lt(markup))
    if len(markup) >= 2 * limits.max_attributes:
        step("attributes", lambda: too_many_attributes(markup, limits.max_attributes))
    parser = htmlparse._PARSERS.plain
    step("lxml parse", lambda: htmlparse._parse(markup, parser, "x"))
    step("error_log", lambda: [e.type_name for e in parser.error_log])
    return times


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("sets", nargs="*", type=Path)
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--stages", action="store_true", help="time each step as well")
    args.add_argument("--base", help="a commit to time beside the working tree")
    opts = args.parse_args()
    groups: dict[str, list[bytes]] = {"site adapters": [
        path.read_bytes() for name in SITE_ADAPTERS
        for path in sorted((REPO / "fixtures" / name).glob("*/input.htm*"))
    ]}
    for folder in check_sets(list(opts.sets) or list(DEFAULT_SETS)):
        groups[folder.name] = [sample.raw() for sample in load_set(folder)[1]]
    versions: dict[str, Callable[[bytes], object]] = {"tree": _tree}
    with tempfile.TemporaryDirectory() as tmp:
        if opts.base:
            export(opts.base, Path(tmp))
            sys.path.insert(0, tmp)
            base_read = importlib.import_module("newsparse_base.api").read_page
            versions[opts.base] = lambda raw: base_read(raw).tree
        _run(groups, versions, opts.repeat, opts.stages)
    return 0


def _run(groups: dict[str, list[bytes]], versions: dict[str, Callable[[bytes], object]],
         repeat: int, stages_too: bool) -> None:
    print(f"{'set':15s} {'pages':>5s} {'lxml ms':>8s} {'total x':>8s} {'mean x':>7s} {'p95 x':>6s}")
    for name, raws in groups.items():
        raws = [raw for raw in raws if read_page(raw).kind == "html"]
        if not raws:
            continue
        sums = dict.fromkeys(versions, 0.0)
        ratios: dict[str, list[float]] = {key: [] for key in versions}
        base_sum = 0.0
        stages: dict[str, float] = {}
        for raw in raws:
            for run in versions.values():
                run(raw)  # warm-up
            gc.collect()
            best = dict.fromkeys(versions, float("inf"))
            base = float("inf")
            # Each version in turn, the order reversed from round to round (the first to read
            # the page's bytes in a round pays for bringing them into the cache).
            order = list(versions.items())
            for round_ in range(repeat):
                if not round_ % 2:
                    base = _best(lambda r=raw: lxml.html.document_fromstring(r), base)
                for key, run in order if round_ % 2 else order[::-1]:
                    best[key] = _best(lambda r=raw, f=run: f(r), best[key])  # type: ignore[misc]
                if round_ % 2:
                    base = _best(lambda r=raw: lxml.html.document_fromstring(r), base)
            if stages_too:
                fastest: dict[str, float] = {}
                for _ in range(repeat):
                    for key, value in _stages(raw).items():
                        fastest[key] = min(fastest.get(key, value), value)
                for key, value in fastest.items():
                    stages[key] = stages.get(key, 0.0) + value
            base_sum += base
            for key in versions:
                sums[key] += best[key]
                ratios[key].append(best[key] / max(base, 1e-9))
        for key in versions:
            label = name if key == "tree" else f"  ({key})"
            print(f"{label:15s} {len(raws):5d} {base_sum / len(raws) * 1e3:8.2f} "
                  f"{sums[key] / base_sum:8.3f} {statistics.fmean(ratios[key]):7.3f} "
                  f"{p95(ratios[key]):6.3f}")
        if stages:
            shares = (f"{key} {value / base_sum:.3f}" for key, value in stages.items())
            print("    " + "  ".join(shares))


if __name__ == "__main__":
    raise SystemExit(main())
