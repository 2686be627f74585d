"""NK News adapter speed: text dumps in pages per second, HTML as a multiple of lxml's parse.

Usage (from the repository root)::

    .venv/bin/python benchmarks/nknews_speed.py [--repeat N] [--rounds R]

Pages are the NK News fixtures (``fixtures/nknews/*/input.*``), read from disk once. Every page
is parsed without a URL, as text dumps arrive, with the default registry (routing by sniffing
included); the bytes are decoded on every run, as ``newsparse.parse(bytes)`` does. Each page is
timed ``--repeat`` times per round (best kept), interleaved with
``lxml.html.document_fromstring(page_bytes)`` on the same bytes, for ``--rounds`` rounds (best
of all rounds kept), with the garbage collector on. Printed per set: pages, mean and 95th
percentile of the per-page ratio to lxml, and the pages per second on one core (1 / mean
seconds per page). ``--cpu`` times with the process's CPU clock (a busy shared machine inflates
wall-clock times); ``--only NAME ...`` times some fixtures only. ``--stages`` also prints, for
the text set, where a parse's time goes (each stage timed alone, best of the same runs, in us
per page): decoding (``read_page``), routing (``Registry.resolve``, which runs every adapter's
sniff), the dump's logical lines (``read_dump``), NK News' reading of them (``parse_lines``)
and the rest of the parse (the field methods, language detection, review and the Article:
the whole parse minus the stages before). ``--floor`` also prints, for the HTML set, the
floor of a parse on this design as a ratio to lxml (mean, p95): decoding, the hardened parse,
routing and the Article built from the parse's own values (``assembled_article``), with no
field read: what a parse costs before any reading of the page.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from ab import p95

import newsparse
from newsparse.api import read_page
from newsparse.article import Article, assembled_article
from newsparse.errors import NewsparseError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "nknews"


CLOCK = time.perf_counter


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = CLOCK()
        run()
        best = min(best, CLOCK() - start)
    return best


def _parse(raw: bytes) -> None:
    # Not-article pages are timed too: refusing a page is part of the work.
    with contextlib.suppress(NewsparseError):
        newsparse.parse(raw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per page per round (best kept)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (best kept)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    parser.add_argument(
        "--cpu", action="store_true",
        help="time with the process's CPU clock instead of the wall clock (on a busy machine "
             "the wall clock also counts the time other processes hold the core)",
    )
    parser.add_argument("--only", nargs="*", help="fixture folder names to time (default: all)")
    parser.add_argument("--stages", action="store_true",
                        help="for text dumps, also print the time of each stage of a parse")
    parser.add_argument("--floor", action="store_true",
                        help="for HTML, also print the floor: read_page, tree, routing, Article")
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    gc.enable()
    sets: dict[str, dict[str, bytes]] = {"html": {}, "text": {}}
    for path in sorted(FIXTURES.glob("*/input.*")):
        if args.only and path.parent.name not in args.only:
            continue
        kind = "html" if path.suffix == ".html" else "text"
        sets[kind][path.parent.name] = path.read_bytes()
    newsparse.default_registry()  # plugin discovery is not per page
    for kind, pages in sets.items():
        if not pages:
            continue  # --only chose none of this kind
        ours: dict[str, float] = {}
        base: dict[str, float] = {}
        for _ in range(args.rounds):
            for name, raw in pages.items():
                t = _best(lambda raw=raw: _parse(raw), args.repeat)
                b = _best(lambda raw=raw: lxml.html.document_fromstring(raw), args.repeat)
                ours[name] = min(ours.get(name, t), t)
                base[name] = min(base.get(name, b), b)
        ratios = [ours[n] / base[n] for n in pages]
        mean_s = statistics.fmean(ours.values())
        line = (
            f"{kind:4} {len(pages):3} pages  ratio to lxml: mean {statistics.fmean(ratios):6.2f}"
            f"  p95 {p95(ratios):6.2f}  |  {mean_s * 1e3:7.3f} ms/page"
            f"  {1 / mean_s:8.0f} pages/s (one core)"
        )
        print(line)
        if args.verbose:
            for name in pages:
                print(f"    {ours[name] * 1e3:7.3f} ms  x{ours[name] / base[name]:6.2f}  {name}")
        if kind == "text" and args.stages:
            _stages(pages, ours, args.repeat * args.rounds)
        if kind == "html" and args.floor:
            _floor(pages, base, args.repeat * args.rounds)
    return 0


def _stages(pages: dict[str, bytes], whole: dict[str, float], repeat: int) -> None:
    """Print the mean time per page of each stage of a text parse (see the module docstring).
    Each stage is the difference of two timed prefixes of a parse, every object made anew as a
    parse makes it (timing a stage alone on the same lines again would find their strings'
    hashes and the like already computed)."""
    registry = newsparse.default_registry()
    prefixes: dict[str, Callable[[bytes], object]] = {
        "read_page": read_page,
        "routing": lambda raw: registry.resolve(read_page(raw)),
        "read_dump": lambda raw: _adapter(registry, raw).analysis.dump_lines,
        "parse_lines": lambda raw: _parsed(registry, raw),
    }
    totals = dict.fromkeys(prefixes, 0.0)
    for raw in pages.values():
        for stage, run in prefixes.items():
            totals[stage] += _best(lambda raw=raw, run=run: run(raw), repeat)
    spent: dict[str, float] = {}
    before = 0.0
    for stage, total in [*totals.items(), ("rest of the parse", sum(whole.values()))]:
        spent[stage], before = total - before, total
    print("     stages (us/page): " + ", ".join(
        f"{stage} {total / len(pages) * 1e6:.0f}" for stage, total in spent.items()))


def _floor(pages: dict[str, bytes], lxml_times: dict[str, float], repeat: int) -> None:
    """Print the floor of an HTML parse (see the module docstring) as a ratio to lxml."""
    registry = newsparse.default_registry()
    ratios = []
    for name, raw in pages.items():
        try:
            article: Article | None = newsparse.parse(raw)
        except NewsparseError:
            article = None  # a refused page: decoding, tree and routing only

        def floor(raw: bytes = raw, a: Article | None = article) -> None:
            page = read_page(raw)
            page.tree  # noqa: B018 - the hardened parse
            registry.resolve(page)
            if a is not None:
                assembled_article(
                    a.title, a.subtitle, a.authors, a.published, a.modified, a.url, a.site,
                    a.section, a.tags, a.language, a.body, a.paywalled, a.adapter,
                    dict(a.provenance), a.warnings,
                )

        ratios.append(_best(floor, repeat) / lxml_times[name])
    print(f"     floor (read_page, tree, routing, Article): ratio to lxml: mean "
          f"{statistics.fmean(ratios):6.2f}  p95 {p95(ratios):6.2f}")


def _adapter(registry: newsparse.Registry, raw: bytes) -> newsparse.Adapter:
    page = read_page(raw)
    return registry.resolve(page).adapter(page)


def _parsed(registry: newsparse.Registry, raw: bytes) -> object:
    adapter = _adapter(registry, raw)
    with contextlib.suppress(NewsparseError):
        return getattr(adapter, "parsed", None)
    return None


if __name__ == "__main__":
    raise SystemExit(main())
