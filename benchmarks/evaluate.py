"""Score newsparse on the development sets, by half, and time it against bare lxml parsing.

Usage (from the repository root)::

    .venv/bin/python benchmarks/evaluate.py [SET ...] [--half A|B|all] [--only TEXT]
        [--repeat N] [--no-timing] [--generic-timing] [--adapter NAME]
        [--worst N] [--field FIELD] [--json [OUT]]

``SET`` defaults to all three sets under ``../shared``: ``corpus``, ``corpus-extra/trafeval``
and ``corpus-extra/htmldate`` (see benchmarks/sets.py); the script stops with a clear message
when a set folder is missing. Every table shows halves A (design) and B (check) side by side
with their union (benchmarks/halves.py: sites are split by a stable hash). Scores are defined in
benchmarks/metrics.py: body shingles on the corpus, the snippet score, title, authors (set F1
and trafilatura's joined check) and the published day on the extra sets. The published day is
the main date figure; "(published or modified)" below it is a separate, clearly labelled figure
that also counts a page whose annotated day is newsparse's modified day (some annotations give
the update date the page shows), and "missed, = modified" counts those pages.

Each page is parsed as a user runs it, ``newsparse.parse(page_bytes, url=url)``, with routing
(``--adapter generic`` forces the generic adapter). A refusal (``NotAnArticleError``) or any
other error counts as an empty prediction and is listed.

Timing (skipped with ``--no-timing``; then every page is parsed once): per page, in the same
process and interleaved run by run, ``lxml.html.document_fromstring(page_bytes)`` and
``newsparse.parse(page_bytes, url=url)`` (and, with ``--generic-timing``, the same with
``adapter="generic"``), ``--repeat`` times (default 3), the best time of each kept; the garbage
collector stays on (one ``gc.collect()`` before each page). Reported: the mean of per-page
ratios, their 95th percentile and the ratio of the totals. One untimed warm-up parse runs
first. Timing on a shared machine is noisy: compare ratios measured in the same run.

``--json`` writes summaries and one row per page (predicted and true values, scores, times) to
the file given, or to stdout; diff two such files to see which pages a change moved.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from halves import HALVES, keep
from scoring import Prediction, print_table, score, summarise
from sets import DEFAULT_SETS, Sample, check_sets, load_set

import newsparse
from newsparse import NewsparseError, NotAnArticleError

FIELDS = ("body", "snippets", "title", "authors", "published", "time")


def prediction(article: newsparse.Article) -> Prediction:
    """The scored parts of a newsparse Article."""
    return Prediction(title=article.title, authors=list(article.authors),
                      published=article.published, text="\n".join(article.paragraphs),
                      date_source=article.provenance.get("published"),
                      modified=article.modified)


def _call(func: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    try:
        result = func()
    except NewsparseError as exc:
        result = exc
    except Exception as exc:  # noqa: BLE001 - a crash is recorded, never lost
        result = exc
    return time.perf_counter() - start, result


def run_page(sample: Sample, repeat: int, timing: bool, generic_timing: bool,
             adapter: str | None) -> dict[str, Any]:
    raw = sample.raw()
    parse = lambda: newsparse.parse(raw, url=sample.url, adapter=adapter)  # noqa: E731
    times: dict[str, float] = {}
    if timing:
        gc.collect()
        best = {"time": float("inf"), "time_lxml": float("inf"), "time_generic": float("inf")}
        for _ in range(repeat):
            elapsed, _ = _call(lambda: lxml.html.document_fromstring(raw))
            best["time_lxml"] = min(best["time_lxml"], elapsed)
            elapsed, got = _call(parse)
            best["time"] = min(best["time"], elapsed)
            if generic_timing:
                elapsed, _ = _call(lambda: newsparse.parse(raw, url=sample.url,
                                                           adapter="generic"))
                best["time_generic"] = min(best["time_generic"], elapsed)
        times = {k: v for k, v in best.items() if v != float("inf")}
    else:
        _, got = _call(parse)
    if isinstance(got, Exception):
        reason = got.reason if isinstance(got, NewsparseError) else str(got)
        row = score(sample, None, f"{type(got).__name__}: {reason}"[:300],
                    refused=isinstance(got, NotAnArticleError))
    else:
        pred = prediction(got)
        row = score(sample, pred, None)
        if sample.kind == "corpus":
            row["predicted"]["blocks"] = len(got.body)
    row.update(times)
    return row


def _page_score(row: dict[str, Any], field: str) -> float | None:
    if field == "body":
        p, r = row.get("body_precision"), row.get("body_recall")
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0
    if field == "snippets":
        c = row.get("snippets")
        return None if c is None else (c["tp"] + c["tn"]) / max(1, sum(c.values()))
    if field == "time":
        return -row["time"] / row["time_lxml"] if row.get("time_lxml") else None
    value = row.get(field)
    return None if value is None else float(value)


def print_worst(rows: list[dict[str, Any]], fields: Sequence[str], worst: int) -> None:
    for field in fields:
        scored = [(s, r) for r in rows if (s := _page_score(r, field)) is not None and s < 1.0]
        scored.sort(key=lambda pair: pair[0])
        if not scored or worst <= 0:
            continue
        print(f"\n  worst pages for {field}:")
        for s, r in scored[:worst]:
            pred, true = r["predicted"], r["truth"]
            if field == "time":
                detail = f"{1000 * r['time']:.1f} ms vs lxml {1000 * r['time_lxml']:.1f} ms"
            elif field in ("title", "authors", "published"):
                detail = f"got {pred[field]!r} want {true[field]!r}"
                if field == "published":
                    detail += f" [{pred['date_source']}] modified {pred.get('modified')!r}"
            else:
                detail = r["error"] or ""
            print(f"  {s:7.3f} {r['half']} {r['page'][:46]:<46} {detail[:150]}")


def report(kind: str, folder: Path, rows: list[dict[str, Any]], fields: Sequence[str],
           worst: int) -> dict[str, Any]:
    groups = {h: [r for r in rows if r["half"] == h] for h in HALVES}
    summaries = {h: summarise(g) for h, g in groups.items() if g}
    summaries["all"] = summarise(rows)
    print(f"== {kind}: {folder} ==")
    print_table(kind, list(summaries.items()))
    for half, s in summaries.items():
        if half != "all" and s["dated"]:
            print(f"  date sources, day right, half {half}: "
                  + ", ".join(f"{k} {v}" for k, v in s["date_sources"].items()))
    bad = [r for r in rows if r["error"]]
    if bad:
        print(f"  refused / errors ({len(bad)}):")
        for r in bad:
            print(f"    {r['half']} {r['page'][:50]}: {r['error'][:140]}")
    print_worst(rows, fields, worst)
    print()
    return summaries


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: all three)")
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--only", help="only pages whose name or site contains this text")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per page (best kept)")
    ap.add_argument("--no-timing", action="store_true", help="parse each page once, no timing")
    ap.add_argument("--generic-timing", action="store_true",
                    help="also time newsparse with adapter='generic' forced")
    ap.add_argument("--adapter", help="force this adapter (default: routing, as a user runs)")
    ap.add_argument("--field", choices=FIELDS, help="list worst pages for this field only")
    ap.add_argument("--worst", type=int, help="worst pages listed (default 5, 20 with --field)")
    ap.add_argument("--json", nargs="?", const="-", metavar="OUT",
                    help="write summaries and per-page rows as JSON (to OUT or stdout)")
    args = ap.parse_args(argv)
    folders = check_sets(list(args.sets) or list(DEFAULT_SETS))
    worst = args.worst if args.worst is not None else (20 if args.field else 5)
    fields = [args.field] if args.field else ["body", "snippets", "title", "authors",
                                              "published", "time"]
    timing = not args.no_timing
    out: dict[str, Any] = {"command": sys.argv, "sets": {}}
    quiet = args.json == "-"
    for folder in folders:
        kind, samples = load_set(folder)
        samples = [s for s in samples if keep(s.half, args.half)
                   and (not args.only or args.only in s.page or args.only in s.site)]
        if not samples:
            print(f"no pages selected under {folder}", file=sys.stderr)
            continue
        with contextlib.suppress(Exception):  # warm-up: imports, registry, first-call caches
            newsparse.parse(samples[0].raw(), url=samples[0].url)
        rows = [run_page(s, max(1, args.repeat), timing, args.generic_timing, args.adapter)
                for s in samples]
        if quiet:
            with contextlib.redirect_stdout(sys.stderr):
                summaries = report(kind, folder, rows, fields, worst)
        else:
            summaries = report(kind, folder, rows, fields, worst)
        out["sets"][kind] = {"folder": str(folder), "summaries": summaries, "pages": rows}
    if args.json:
        text = json.dumps(out, ensure_ascii=False, indent=1, default=str)
        if quiet:
            print(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
