"""Interleaved A/B timing of the date fields: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/dates_ab.py --base REF [SET ...] [--repeat N]

Like ``body_ab.py``: ``REF`` is exported with ``git archive`` and imported as a second package
(``newsparse_base``), so both versions run in one process on the same page bytes, their order
alternating from run to run and page to page, with lxml's bare parse timed in the same loop
(CPU time, ``time.process_time``; per page the best of ``2 * --repeat`` runs of each). For
every run a fresh ``Analysis`` is made and the views other fields read first (``meta``,
``jsonld``, ``article_objects``, ``title``) are read before timing; then ``published`` and
``modified`` are timed, each with the shared analyses only the date finders ask for
(``body_text``, the headline's dates, the ``class`` values) charged to the field that first
asks. The table gives each field's share of the mean per-page ratio to lxml and its 95th
percentile, base -> working tree. ``SET`` defaults to the three development sets.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import export, p95, stage_ratios
from sets import DEFAULT_SETS, check_sets

STAGES = ("published", "modified")


def load(name: str) -> tuple[Any, Any, Any, type[Exception]]:
    """(read_page, Analysis, publication_dates, NewsparseError) of package ``name``."""
    api = importlib.import_module(f"{name}.api")
    analysis = importlib.import_module(f"{name}.extract.analysis")
    dates = importlib.import_module(f"{name}.extract.publication_dates")
    errors = importlib.import_module(f"{name}.errors")
    return api.read_page, analysis.Analysis, dates, errors.NewsparseError


def stages(version: tuple[Any, Any, Any, Any], page: Any) -> dict[str, float]:
    """CPU seconds of each date field, the views other fields read first read beforehand."""
    _, analysis_class, dates, _ = version
    analysis = analysis_class(page)
    analysis.meta, analysis.jsonld, analysis.article_objects, analysis.title  # noqa: B018
    clock = time.process_time
    start = clock()
    dates.published(analysis)
    published = clock()
    dates.modified(analysis)
    done = clock()
    return {"published": published - start, "modified": done - published,
            "sum": done - start}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folders = check_sets(args.sets or list(DEFAULT_SETS))
    with tempfile.TemporaryDirectory() as tmp:
        export(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {"base": load("newsparse_base"), "new": load("newsparse")}
        for folder in folders:
            count, ratios = stage_ratios(folder, versions, stages, args.repeat, warm=True)
            print(f"== {folder.name} ({count} HTML pages): share of the ratio to lxml, "
                  f"mean and p95, {args.base} -> working tree")
            for stage in (*STAGES, "sum"):
                old, new = ratios["base"].get(stage, []), ratios["new"].get(stage, [])
                mean_old, mean_new = sum(old) / max(1, count), sum(new) / max(1, count)
                change = f"({mean_new / mean_old:5.2f})" if mean_old else ""
                print(f"  {stage:<10} mean {mean_old:6.3f} -> {mean_new:6.3f} {change}"
                      f"   p95 {p95(old):6.3f} -> {p95(new):6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
