"""Score trafilatura and newspaper4k on the newsparse corpus with newsparse's own metrics.

Usage (from the repository root, in an environment with newsparse and the competitors)::

    pip install -e ".[compare]"      # trafilatura, newspaper4k with its Japanese/NLP extras
    python benchmarks/compare.py [CORPUS] [--repeat N]
        [--extractors trafilatura,newspaper4k] [--json OUT.json] [--only TEXT]

``CORPUS`` defaults to ``../shared/corpus`` relative to the repository, as for evaluate.py.
Metric and aggregation functions are imported from benchmarks/evaluate.py
(``shingles``/``body_scores``, ``title_score``, ``authors_score``, ``date_score``,
``summarise``), so the numbers are computed exactly as newsparse's benchmark computes them.

Each page is inflated once and decoded to ``str`` with newsparse's decoder (as evaluate.py
does for its lxml baseline); both competitors receive that same decoded ``str`` (decoding is
not timed for them, whereas evaluate.py times newsparse from raw bytes, decoding included).
Per page, interleaved: trafilatura xN, lxml.html.document_fromstring xN, newspaper4k xN; best
(minimum) of N kept for each; both tables share the per-page lxml baseline.

No network: sockets are disabled process-wide (any connect attempt raises and is counted),
newspaper4k runs with fetch_images=False and gets the HTML via ``download(input_html=...)``,
and tldextract is pinned to its bundled suffix-list snapshot.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import gzip
import json
import socket
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

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
import tldextract.tldextract as _tldx  # noqa: E402

_tldx.TLD_EXTRACTOR = _tldx.TLDExtract(suffix_list_urls=(), cache_dir=None)

import evaluate  # noqa: E402  (newsparse's scorer)
import newspaper  # noqa: E402
import trafilatura  # noqa: E402

from newsparse.decode import decode  # noqa: E402
from newsparse.limits import DEFAULT_LIMITS  # noqa: E402

try:
    from importlib.metadata import version
except ImportError:  # pragma: no cover
    version = None  # type: ignore[assignment]


# -- extractors: each returns dict(title, authors, published, paragraphs) or None -----------


def _paragraphs(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def run_trafilatura(text: str, url: str | None) -> dict[str, Any] | None:
    doc = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
    )
    if doc is None:
        return None
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {
        "title": doc.title,
        "authors": authors,
        "published": published,
        "paragraphs": _paragraphs(doc.text),
    }


def run_newspaper(text: str, url: str | None) -> dict[str, Any] | None:
    article = newspaper.Article(url or "http://localhost/", fetch_images=False)
    article.download(input_html=text)  # sets html, no network (follow_meta_refresh is False)
    article.parse()
    published = article.publish_date
    if published is not None and not isinstance(published, dt.date):
        published = None
    return {
        "title": article.title,
        "authors": list(article.authors or []),
        "published": published,
        "paragraphs": _paragraphs(article.text),
    }


EXTRACTORS = {"trafilatura": run_trafilatura, "newspaper4k": run_newspaper}


def _best(func: Any, repeat: int) -> tuple[float, float, Any]:
    """(best time, first time, last result); an exception becomes the result."""
    best = float("inf")
    first = None
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            result = func()
        except Exception as exc:  # noqa: BLE001 - any failure is an empty prediction
            result = exc
        elapsed = time.perf_counter() - start
        first = elapsed if first is None else first
        best = min(best, elapsed)
    return best, first, result


def score(name: str, got: Any, truth: dict[str, Any], page: str, t_ext: float, t_first: float,
          t_lxml: float) -> dict[str, Any]:
    error = None
    pred = None
    if isinstance(got, Exception):
        error = f"{type(got).__name__}: {str(got)[:160]}"
    elif got is None:
        error = "returned None"
    else:
        pred = got
    pred_body = "\n".join(pred["paragraphs"]) if pred else ""
    true_body = "\n".join(truth.get("paragraphs") or [])
    precision, recall = evaluate.body_scores(pred_body, true_body)
    published = pred["published"] if pred else None
    return {
        "page": page,
        "extractor": name,
        "error": error,
        "raised": isinstance(got, Exception),
        "empty_body": not pred_body.strip(),
        "time_adapter": t_ext,
        "time_adapter_first": t_first,
        "time_lxml": t_lxml,
        "body_precision": precision,
        "body_recall": recall,
        "title": evaluate.title_score(pred["title"] if pred else None, truth.get("title")),
        "authors": evaluate.authors_score(pred["authors"] if pred else (),
                                          truth.get("authors") or ()),
        "published": evaluate.date_score(published, truth.get("published")),
        "predicted": {
            "title": pred["title"] if pred else None,
            "authors": pred["authors"] if pred else [],
            "published": published.isoformat() if published else None,
            "blocks": len(pred["paragraphs"]) if pred else 0,
        },
        "truth": {
            "title": truth.get("title"),
            "authors": truth.get("authors") or [],
            "published": truth.get("published"),
            "blocks": len(truth.get("paragraphs") or []),
        },
    }


def print_table(name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    s = evaluate.summarise(rows)
    raised = [r for r in rows if r["raised"]]
    none = [r for r in rows if r["error"] == "returned None"]
    empty = [r for r in rows if r["empty_body"]]
    first_total = sum(r["time_adapter_first"] for r in rows)
    print(f"== {name} ==")
    print(f"pages: {s['pages']}   raised: {len(raised)}   returned None: {len(none)}   "
          f"empty body (incl. those): {len(empty)}")
    print(f"{'body precision':<28}{s['body_precision']:>10.3f}")
    print(f"{'body recall':<28}{s['body_recall']:>10.3f}")
    print(f"{'body F1':<28}{s['body_f1']:>10.3f}")
    print(f"{'body mean per-page F1':<28}{s['body_page_f1_mean']:>10.3f}")
    print(f"{'title exact':<28}{s['title']:>10.3f}")
    print(f"{'authors F1':<28}{s['authors']:>10.3f}")
    print(f"{'published day':<28}{s['published']:>10.3f}")
    print(f"{'extractor ms/page':<28}{s['time_adapter_ms_per_page']:>10.2f}")
    print(f"{'lxml parse ms/page':<28}{s['time_lxml_ms_per_page']:>10.2f}")
    print(f"{'time ratio extractor/lxml':<28}{s['time_ratio']:>10.2f}")
    print(f"{'(first-run ms/page)':<28}{1000 * first_total / max(len(rows), 1):>10.2f}")
    for r in rows:
        if r["error"] or r["empty_body"]:
            print(f"  no output: {r['page']}: {r['error'] or 'empty body'}")
    print()
    s.update(raised=len(raised), returned_none=len(none), empty_body=len(empty),
             time_first_ms_per_page=1000 * first_total / max(len(rows), 1))
    return s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--extractors", default="trafilatura,newspaper4k")
    ap.add_argument("--only")
    ap.add_argument("--json", type=Path, help="write summaries and per-page rows here")
    args = ap.parse_args()
    names = [n for n in args.extractors.split(",") if n]
    repeat = max(1, args.repeat)

    pages = sorted(args.corpus.glob("*/*.html.gz"))
    if args.only:
        pages = [p for p in pages if args.only in str(p)]
    if not pages:
        print("no pages", file=sys.stderr)
        return 2

    # warm-up (untimed): imports, first-call caches
    first = gzip.decompress(pages[0].read_bytes())
    first_text = decode(first, str(pages[0]), DEFAULT_LIMITS)
    for n in names:
        try:
            EXTRACTORS[n](first_text, None)
        except Exception:  # noqa: BLE001
            traceback.print_exc()
    lxml.html.document_fromstring(first_text)

    rows: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    t0 = time.time()
    for i, html_path in enumerate(pages):
        truth_path = html_path.with_name(html_path.name[: -len(".html.gz")] + ".json")
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        raw = gzip.decompress(html_path.read_bytes())
        text = decode(raw, str(html_path), DEFAULT_LIMITS)
        url = truth.get("url")
        page = str(html_path.relative_to(html_path.parent.parent))
        results = {}
        gc.collect()
        # interleaved: extractor 1, lxml, extractor 2 (same page, same process)
        # (the lambdas run at once, inside _best; defaults bind this page's values anyway)
        if names:
            results[names[0]] = _best(
                lambda n=names[0], t=text, u=url: EXTRACTORS[n](t, u), repeat
            )
        t_lxml, _, _ = _best(lambda t=text: lxml.html.document_fromstring(t), repeat)
        for n in names[1:]:
            gc.collect()
            results[n] = _best(lambda n=n, t=text, u=url: EXTRACTORS[n](t, u), repeat)
        for n in names:
            t_ext, t_first, got = results[n]
            rows[n].append(score(n, got, truth, page, t_ext, t_first, t_lxml))
        if (i + 1) % 20 == 0:
            print(f"[{i + 1}/{len(pages)} pages, {time.time() - t0:.0f}s]", file=sys.stderr)

    versions = {}
    for pkg in ("trafilatura", "newspaper4k", "lxml", "htmldate", "courlan", "justext"):
        try:
            versions[pkg] = version(pkg)
        except Exception:  # noqa: BLE001
            versions[pkg] = "?"
    print("versions:", ", ".join(f"{k} {v}" for k, v in versions.items()))
    print(f"repeat (best of): {repeat}; network connect attempts blocked: {len(NET_ATTEMPTS)}")
    print()
    summaries = {n: print_table(n, rows[n]) for n in names}
    if args.json:
        args.json.write_text(json.dumps({"versions": versions, "summaries": summaries,
                                         "net_attempts": NET_ATTEMPTS, "rows": rows},
                                        ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
