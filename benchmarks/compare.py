"""newsparse beside trafilatura, htmldate (dates) and newspaper4k on the same pages, same run.

Usage (from the repository root, in an environment with newsparse and the competitors)::

    pip install -e ".[compare]"      # trafilatura, htmldate, newspaper4k
    python benchmarks/compare.py [SET ...] [--half A|B|all]
        [--extractors newsparse,trafilatura,htmldate,newspaper4k] [--only TEXT]
        [--repeat N] [--no-timing] [--json OUT.json]

``SET`` defaults to all three sets under ``../shared`` (the script stops with a clear message
when one is missing). Pages, halves and scores are those of evaluate.py (benchmarks/sets.py,
halves.py, metrics.py, scoring.py): every table shows each extractor's half A and half B side
by side. An extractor that is not installed is skipped with a note (newspaper4k pins
``python-dateutil<3``; install it in a separate environment if yours has a newer one).

newsparse gets the page bytes, as a user gives them (``newsparse.parse(page_bytes, url=url)``,
with routing). The competitors get the page decoded to ``str`` by newsparse's decoder, so a
decoding difference never counts against them (decoding is not timed for them).
trafilatura: ``bare_extraction(with_metadata=True)``, comments excluded; its main text, title,
authors (split at ``";"``) and date. htmldate: ``find_date(original_date=True)`` (extensive
search on, its default), scored on the published day only. newspaper4k:
``Article(url, fetch_images=False)``, ``download(input_html=...)``, ``parse()``.

No network: sockets are disabled process-wide before any extractor is imported (any attempt is
refused and counted); tldextract (newspaper4k) uses its bundled suffix list.

Timing (off with ``--no-timing``): per page, run by run, ``lxml.html.document_fromstring``
on the page bytes then each extractor; best of ``--repeat`` (default 1) kept; ratios as in
evaluate.py.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# -- network guard (installed before the extractors are imported) ---------------------------
NET_ATTEMPTS: list[str] = []


def _no_net(*args: Any, **kwargs: Any) -> Any:
    NET_ATTEMPTS.append(repr(args)[:200])
    raise OSError("network disabled in compare.py")


socket.socket.connect = _no_net  # type: ignore[method-assign]
socket.socket.connect_ex = _no_net  # type: ignore[method-assign]
socket.create_connection = _no_net  # type: ignore[assignment]
socket.getaddrinfo = _no_net  # type: ignore[assignment]

import lxml.html  # noqa: E402
from evaluate import prediction  # noqa: E402
from halves import HALVES, keep  # noqa: E402
from metrics import as_date  # noqa: E402
from scoring import Prediction, print_table, score, summarise  # noqa: E402
from sets import DEFAULT_SETS, check_sets, load_set  # noqa: E402

import newsparse  # noqa: E402
from newsparse import NewsparseError, NotAnArticleError  # noqa: E402
from newsparse.decode import decode  # noqa: E402
from newsparse.limits import DEFAULT_LIMITS  # noqa: E402

SHORT = {"newsparse": "np", "trafilatura": "traf", "htmldate": "hdate", "newspaper4k": "n4k"}


# -- extractors: (raw bytes, decoded str, url) -> Prediction ---------------------------------


def run_newsparse(raw: bytes, text: str, url: str | None) -> Prediction:
    return prediction(newsparse.parse(raw, url=url))


def _trafilatura() -> Callable[[bytes, str, str | None], Prediction | None]:
    trafilatura = importlib.import_module("trafilatura")

    def run(raw: bytes, text: str, url: str | None) -> Prediction | None:
        doc = trafilatura.bare_extraction(text, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
        if doc is None:
            return None
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Prediction(title=doc.title, authors=authors, published=as_date(doc.date),
                          text=doc.text or "")

    return run


def _htmldate() -> Callable[[bytes, str, str | None], Prediction | None]:
    htmldate = importlib.import_module("htmldate")

    def run(raw: bytes, text: str, url: str | None) -> Prediction | None:
        found = htmldate.find_date(text, url=url, original_date=True)
        return Prediction(published=as_date(found))

    return run


def _newspaper4k() -> Callable[[bytes, str, str | None], Prediction | None]:
    tldx = importlib.import_module("tldextract.tldextract")
    tldx.TLD_EXTRACTOR = tldx.TLDExtract(suffix_list_urls=(), cache_dir=None)
    newspaper = importlib.import_module("newspaper")

    def run(raw: bytes, text: str, url: str | None) -> Prediction | None:
        article = newspaper.Article(url or "http://localhost/", fetch_images=False)
        article.download(input_html=text)  # sets html, no network
        article.parse()
        return Prediction(title=article.title, authors=list(article.authors or []),
                          published=as_date(article.publish_date), text=article.text or "")

    return run


LOADERS: dict[str, Callable[[], Callable[[bytes, str, str | None], Prediction | None]]] = {
    "newsparse": lambda: run_newsparse, "trafilatura": _trafilatura, "htmldate": _htmldate,
    "newspaper4k": _newspaper4k,
}


def _timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    try:
        result = func()
    except Exception as exc:  # noqa: BLE001 - any failure is an empty prediction, recorded
        result = exc
    return time.perf_counter() - start, result


def run_set(folder: Path, runners: dict[str, Any], args: argparse.Namespace
            ) -> dict[str, list[dict[str, Any]]]:
    _, samples = load_set(folder)
    samples = [s for s in samples if keep(s.half, args.half)
               and (not args.only or args.only in s.page or args.only in s.site)]
    rows: dict[str, list[dict[str, Any]]] = {n: [] for n in runners}
    if samples:  # untimed warm-up: imports, first-call caches
        first = samples[0].raw()
        for run in runners.values():
            _timed(lambda run=run: run(first, decode(first, "warm-up", DEFAULT_LIMITS), None))
    t0 = time.time()
    for i, sample in enumerate(samples):
        raw = sample.raw()
        text = decode(raw, sample.page, DEFAULT_LIMITS)
        gc.collect()
        best = dict.fromkeys(["lxml", *runners], float("inf"))
        got: dict[str, Any] = {}
        for _ in range(max(1, args.repeat) if not args.no_timing else 1):
            if not args.no_timing:
                elapsed, _ = _timed(lambda raw=raw: lxml.html.document_fromstring(raw))
                best["lxml"] = min(best["lxml"], elapsed)
            for name, run in runners.items():
                elapsed, got[name] = _timed(
                    lambda run=run, raw=raw, text=text, url=sample.url: run(raw, text, url))
                best[name] = min(best[name], elapsed)
        for name in runners:
            result = got[name]
            if isinstance(result, Exception):
                reason = result.reason if isinstance(result, NewsparseError) else str(result)
                row = score(sample, None, f"{type(result).__name__}: {reason}"[:300],
                            refused=isinstance(result, NotAnArticleError),
                            date_only=name == "htmldate")
            else:
                row = score(sample, result, None if result is not None else "returned None",
                            date_only=name == "htmldate")
            if not args.no_timing:
                row.update(time=best[name], time_lxml=best["lxml"])
            rows[name].append(row)
        if (i + 1) % 100 == 0:
            print(f"[{folder.name}: {i + 1}/{len(samples)} pages, {time.time() - t0:.0f}s]",
                  file=sys.stderr)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: all three)")
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--extractors", default="newsparse,trafilatura,htmldate,newspaper4k")
    ap.add_argument("--only", help="only pages whose name or site contains this text")
    ap.add_argument("--repeat", type=int, default=1, help="timing runs per page (best kept)")
    ap.add_argument("--no-timing", action="store_true", help="run each extractor once, untimed")
    ap.add_argument("--json", type=Path, help="write summaries and per-page rows here")
    args = ap.parse_args()
    folders = check_sets(list(args.sets) or list(DEFAULT_SETS))
    runners: dict[str, Any] = {}
    for name in [n for n in args.extractors.split(",") if n]:
        try:
            runners[name] = LOADERS[name]()
        except (ImportError, KeyError) as exc:
            print(f"note: {name} skipped ({type(exc).__name__}: {exc})", file=sys.stderr)
    versions = {}
    for pkg in ("newsparse", "trafilatura", "htmldate", "newspaper4k", "lxml"):
        with contextlib.suppress(Exception):
            versions[pkg] = importlib.import_module("importlib.metadata").version(pkg)
    print("versions:", ", ".join(f"{k} {v}" for k, v in versions.items()))
    out: dict[str, Any] = {"versions": versions, "sets": {}}
    for folder in folders:
        kind, _ = load_set(folder)
        rows = run_set(folder, runners, args)
        if not any(rows.values()):
            print(f"no pages selected under {folder}", file=sys.stderr)
            continue
        columns = []
        summaries: dict[str, Any] = {}
        for name, extractor_rows in rows.items():
            for half in [*HALVES, "all"] if args.half == "all" else [args.half]:
                group = [r for r in extractor_rows if half == "all" or r["half"] == half]
                if group:
                    summaries[f"{name} {half}"] = summarise(group)
                    if half != "all":
                        columns.append((f"{SHORT.get(name, name)} {half}",
                                        summaries[f"{name} {half}"]))
        print(f"\n== {kind}: {folder} (repeat {args.repeat}, timing "
              f"{'off' if args.no_timing else 'on'}) ==")
        print_table(kind, columns)
        out["sets"][kind] = {"folder": str(folder), "summaries": summaries, "rows": rows}
    print(f"\nnetwork connection attempts blocked: {len(NET_ATTEMPTS)}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
