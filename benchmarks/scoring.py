"""Score one extractor's output on one page, sum pages up by half, print tables side by side.

An extractor's output on a page is a :class:`Prediction` (or an error string): evaluate.py
makes one from a newsparse ``Article``, compare.py from trafilatura, htmldate and newspaper4k.
Rows are plain dicts so that ``--json`` can write them page by page for diffing two runs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import metrics as m
from sets import Sample


@dataclass
class Prediction:
    """What an extractor returned for one page (missing = ``None`` / empty)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    text: str = ""
    date_source: str | None = None
    modified: dt.date | None = None


def score(sample: Sample, pred: Prediction | None, error: str | None,
          refused: bool = False, date_only: bool = False) -> dict[str, Any]:
    """One row: the page, what was predicted, what is true, and the page's scores.

    ``date_only`` is for a date finder (htmldate): only the published day is scored.
    """
    p = pred or Prediction()
    row: dict[str, Any] = {
        "set": sample.kind, "page": sample.page, "site": sample.site, "half": sample.half,
        "error": error, "refused": refused,
        "predicted": {"title": p.title, "authors": list(p.authors),
                      "published": p.published.isoformat() if p.published else None,
                      "date_source": p.date_source,
                      "modified": p.modified.isoformat() if p.modified else None},
        "truth": {"title": sample.title, "authors": sample.authors,
                  "published": sample.published},
    }
    if sample.dated:
        row["published"] = m.date_score(p.published, sample.published)
        # A second, separate figure (never the main one): the annotated day is the predicted
        # published OR modified day (some annotations give the update date a page shows).
        row["published_or_modified"] = max(row["published"],
                                           m.date_score(p.modified, sample.published)
                                           if p.modified is not None else 0.0)
    else:
        row["published"] = None
        row["undated_but_predicted"] = p.published is not None
    if date_only:
        return row
    if sample.kind == "corpus":
        precision, recall = m.body_scores(p.text, "\n".join(sample.paragraphs or ()))
        row.update(body_precision=precision, body_recall=recall,
                   title=m.title_score(p.title, sample.title),
                   authors=m.authors_score(p.authors, sample.authors or ()))
    elif sample.kind == "trafeval":
        row["snippets"] = m.snippet_counts(p.text, sample.with_snippets, sample.without_snippets)
        row["title"] = None if sample.title is None else m.loose_title_score(p.title,
                                                                             sample.title)
        if sample.authors is None:
            row["authors"] = row["authors_joined"] = None
        else:
            row["authors"] = m.authors_score(p.authors, sample.authors, loose=True)
            row["authors_joined"] = m.authors_joined_score(p.authors, sample.authors)
    return row


def _mean(values: Sequence[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def _p95(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Figures for a group of rows of one set and one extractor."""
    s: dict[str, Any] = {"pages": len(rows), "refused": sum(1 for r in rows if r["refused"]),
                         "errors": sum(1 for r in rows if r["error"])}
    dated = [r for r in rows if r["published"] is not None]
    s["dated"] = len(dated)
    s["published"] = _mean([r["published"] for r in dated])
    s["published_or_modified"] = _mean([r.get("published_or_modified") for r in dated])
    s["date_is_modified"] = sum(1 for r in dated if not r["published"]
                                and r.get("published_or_modified"))
    s["date_none"] = sum(1 for r in dated if r["predicted"]["published"] is None)
    s["date_wrong"] = sum(1 for r in dated if r["predicted"]["published"] and not r["published"])
    s["undated_but_predicted"] = sum(1 for r in rows if r.get("undated_but_predicted"))
    if any("body_precision" in r for r in rows):
        precision = _mean([r["body_precision"] for r in rows]) or 0.0
        recall = _mean([r["body_recall"] for r in rows]) or 0.0
        s.update(body_precision=precision, body_recall=recall,
                 body_f1=2 * precision * recall / (precision + recall) if precision + recall
                 else 0.0)
    if any("snippets" in r for r in rows):
        s["snippets"] = m.snippet_summary([r["snippets"] for r in rows])
    for key in ("title", "authors", "authors_joined"):
        values = [r.get(key) for r in rows if r.get(key) is not None]
        s[key] = _mean(values)
        s[key + "_n"] = len(values)
    timed = [r for r in rows if r.get("time") and r.get("time_lxml")]
    if timed:
        ratios = [r["time"] / r["time_lxml"] for r in timed]
        s["time_ms"] = 1000 * sum(r["time"] for r in timed) / len(timed)
        s["time_lxml_ms"] = 1000 * sum(r["time_lxml"] for r in timed) / len(timed)
        s["ratio_of_totals"] = sum(r["time"] for r in timed) / sum(r["time_lxml"] for r in timed)
        s["ratio_mean"] = sum(ratios) / len(ratios)
        s["ratio_p95"] = _p95(ratios)
        generic = [r["time_generic"] / r["time_lxml"] for r in timed if r.get("time_generic")]
        if generic:
            s["generic_ratio_mean"] = sum(generic) / len(generic)
            s["generic_ratio_p95"] = _p95(generic)
    s["date_sources"] = dict(Counter(r["predicted"]["date_source"] or "-"
                                     for r in dated if r["published"]).most_common())
    return s


# label, summary key (dotted for nested), format
LINES: dict[str, list[tuple[str, str, str]]] = {
    "corpus": [("body precision", "body_precision", ".3f"), ("body recall", "body_recall", ".3f"),
               ("body F1", "body_f1", ".3f")],
    "trafeval": [("snippets tp", "snippets.tp", "d"), ("snippets fn", "snippets.fn", "d"),
                 ("snippets fp", "snippets.fp", "d"), ("snippets tn", "snippets.tn", "d"),
                 ("snippet precision", "snippets.precision", ".3f"),
                 ("snippet recall", "snippets.recall", ".3f"),
                 ("snippet accuracy", "snippets.accuracy", ".3f"),
                 ("snippet F1", "snippets.f1", ".3f")],
    "htmldate": [],
}
COMMON = [("title exact", "title", ".3f"), ("  (pages)", "title_n", "d"),
          ("authors set F1", "authors", ".3f"), ("authors joined exact", "authors_joined", ".3f"),
          ("  (pages)", "authors_n", "d"),
          ("published day right", "published", ".3f"), ("  dated pages", "dated", "d"),
          ("  no date found", "date_none", "d"), ("  wrong day", "date_wrong", "d"),
          ("  date on undated page", "undated_but_predicted", "d"),
          ("(published or modified)", "published_or_modified", ".3f"),
          ("  missed, = modified", "date_is_modified", "d")]
TIMING = [("ms/page", "time_ms", ".2f"), ("lxml ms/page", "time_lxml_ms", ".2f"),
          ("time ratio mean", "ratio_mean", ".2f"), ("time ratio p95", "ratio_p95", ".2f"),
          ("ratio of totals", "ratio_of_totals", ".2f"),
          ("generic-forced mean", "generic_ratio_mean", ".2f"),
          ("generic-forced p95", "generic_ratio_p95", ".2f")]


def _get(summary: dict[str, Any], key: str) -> Any:
    value: Any = summary
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def print_table(kind: str, columns: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """One line per figure, one column per (label, summary); absent figures are skipped."""
    width = max([9, *(len(label) + 1 for label, _ in columns)])
    print(f"{'':<24}" + "".join(f"{label:>{width}}" for label, _ in columns))
    for label, key, fmt in [("pages", "pages", "d"), ("refused / errors", "errors", "d"),
                            *LINES.get(kind, []), *COMMON, *TIMING]:
        values = [_get(s, key) for _, s in columns]
        if all(v is None for v in values):
            continue
        if kind == "htmldate" and key.startswith(("title", "authors")):
            continue
        cells = "".join(f"{'-' if v is None else format(v, fmt):>{width}}" for v in values)
        print(f"{label:<24}{cells}")
