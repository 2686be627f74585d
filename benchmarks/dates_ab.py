"""Interleaved A/B timing of the date fields: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/dates_ab.py --base REF [SET ...] [--repeat N]

Like ``body_ab.py``: ``REF`` and the working tree are exported and imported (``ab.load_pair``),
so both versions run in one process on the same page bytes, their order balanced
(``ab.round_orders``), with lxml's bare parse timed in the same loop
(CPU time, ``time.process_time``; per page the best of ``2 * --repeat`` runs of each). For
every run a fresh ``Analysis`` is made and the views other fields read first (``meta``,
``jsonld``, ``article_objects``, ``title``) are read before timing; then ``published`` and
``modified`` are timed, each with the shared analyses only the date finders ask for
(``body_text``, the headline's dates, the ``class`` values) charged to the field that first
asks. The table gives each field's share of the mean per-page ratio to lxml and its 95th
percentile, base -> working tree. ``SET`` defaults to the three development sets.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/dates_ab.py --base HEAD ../shared/corpus --repeat 2 \
        --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3), sum: before ab.load_pair 0.266 -> 0.264 (0.99); now
--first base 0.256 -> 0.254 (0.99), --first new 0.252 -> 0.251 (1.00); ``modified`` (0.046 x
lxml) 0.96-0.98 in all three.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import stage_ab

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


if __name__ == "__main__":
    raise SystemExit(stage_ab(__doc__.split("\n\n")[0], STAGES, load, stages, warm=True))
