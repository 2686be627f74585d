"""The fixed cost of every parse: page bytes to a hardened lxml tree, as a ratio to lxml's parse.

Usage (from the repository root)::

    .venv/bin/python benchmarks/page_cost.py [SET ...] [--repeat N] [--stages]

``SET`` defaults to the three development sets (``../shared/corpus``,
``corpus-extra/trafeval``, ``corpus-extra/htmldate``); the site adapters' fixture pages
(``fixtures/<adapter>/*/input.htm*``) are always measured too. For every HTML page, in the
same process and interleaved, the script times ``read_page(page_bytes).tree`` (decoding,
telling HTML from text, and :func:`newsparse.htmlparse.parse_html`) and
``lxml.html.document_fromstring(page_bytes)`` (the project's unit of speed), each ``--repeat``
times (default 5, best kept), with the process's CPU time (``time.process_time``), which a
busy shared machine disturbs far less than wall-clock time. It prints per set the ratio of the
summed best times and the mean and 95th percentile of the per-page ratios.

``--stages`` also times the steps of that path one by one (the same calls ``read_page`` and
``parse_html`` make, in their order), as shares of lxml's parse: where the cost over lxml lies.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from ab import p95
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
    them (a page the steps do not reach the parse for counts nothing)."""
    limits, times = DEFAULT_LIMITS, {}

    def step(name: str, func: Callable[[], object]) -> object:
        start = _CLOCK()
        out = func()
        times[name] = _CLOCK() - start
        return out

    text, encoded = step("decode_utf8", lambda: decode.decode_utf8(raw, "x", limits))  # type: ignore[misc]
    text, encoded = step("checked_utf8", lambda: decode.checked_utf8(text, "x", encoded))  # type: ignore[misc]
    step("detect_kind", lambda: decode.detect_kind(text))
    markup = step("_markup", lambda: htmlparse._markup(text))
    data = step("_utf8", lambda: htmlparse._utf8(markup, encoded if markup is text else None))  # type: ignore[arg-type]
    data = step("_close_voids", lambda: htmlparse._close_voids(data))  # type: ignore[arg-type]
    if len(data) * 3 + 8 > limits.max_nodes:  # type: ignore[arg-type]
        step("_count_lt", lambda: htmlparse._count_lt(data))  # type: ignore[arg-type]
    if len(data) >= 2 * limits.max_attributes:  # type: ignore[arg-type]
        step("attributes", lambda: too_many_attributes(data, limits.max_attributes))  # type: ignore[arg-type]
    parser = htmlparse._parser(huge=False, encoding="utf-8")
    step("lxml parse", lambda: htmlparse._parse(data, parser, "x"))  # type: ignore[arg-type]
    step("error_log", lambda: [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"])
    return times


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("sets", nargs="*", type=Path)
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--stages", action="store_true", help="time each step as well")
    opts = args.parse_args()
    groups: dict[str, list[bytes]] = {"site adapters": [
        path.read_bytes() for name in SITE_ADAPTERS
        for path in sorted((REPO / "fixtures" / name).glob("*/input.htm*"))
    ]}
    for folder in check_sets(list(opts.sets) or list(DEFAULT_SETS)):
        groups[folder.name] = [sample.raw() for sample in load_set(folder)[1]]
    print(f"{'set':15s} {'pages':>5s} {'lxml ms':>8s} {'total x':>8s} {'mean x':>7s} {'p95 x':>6s}")
    for name, raws in groups.items():
        raws = [raw for raw in raws if read_page(raw).kind == "html"]
        ours_sum = base_sum = 0.0
        ratios: list[float] = []
        stages: dict[str, float] = {}
        for raw in raws:
            _tree(raw)  # warm-up
            gc.collect()
            ours = base = float("inf")
            for _ in range(opts.repeat):
                ours = _best(lambda r=raw: _tree(r), ours)
                base = _best(lambda r=raw: lxml.html.document_fromstring(r), base)
            if opts.stages:
                best: dict[str, float] = {}
                for _ in range(opts.repeat):
                    for key, value in _stages(raw).items():
                        best[key] = min(best.get(key, value), value)
                for key, value in best.items():
                    stages[key] = stages.get(key, 0.0) + value
            ours_sum += ours
            base_sum += base
            ratios.append(ours / max(base, 1e-9))
        if not raws:
            continue
        print(f"{name:15s} {len(raws):5d} {base_sum / len(raws) * 1e3:8.2f} "
              f"{ours_sum / base_sum:8.3f} {statistics.fmean(ratios):7.3f} {p95(ratios):6.3f}")
        if stages:
            shares = (f"{key} {value / base_sum:.3f}" for key, value in stages.items())
            print("    " + "  ".join(shares))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
