"""Interleaved A/B timing of the headline, subtitle, authors and language fields: an older
commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/fields_ab.py --base REF [SET ...] [--repeat N]

Like ``dates_ab.py`` (``benchmarks/ab.py``'s :func:`~ab.stage_ratios`): ``REF`` and the
working tree are exported and imported (:func:`~ab.load_pair`), both versions run in one
process on the same page bytes, their order balanced (:func:`~ab.round_orders`), lxml's
bare parse timed in the same loop (CPU time; per page the best
of ``2 * --repeat`` runs of each). Each version keeps one ``Analysis`` per page, and the views
and shared analyses other stages compute before these fields (``meta``, ``jsonld``,
``article_objects``, ``site_names``, ``first_h1s``, ``markup_raws``) are read before timing.
Timed: ``title`` (the headline search, :func:`.titles.find_title`, uncached), then the
``subtitle``, ``authors`` and ``language`` field functions of :mod:`.metadata`. The table gives
each stage's share of the mean per-page ratio to lxml and its 95th percentile, base -> working
tree. ``SET`` defaults to the three development sets.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/fields_ab.py --base HEAD ../shared/corpus --repeat 2 \
        --first base    # then --first new

At cfe4aaf (2026-12-02, load 2-3), sum: before ab.load_pair 0.405 -> 0.405 (1.00); now
--first base 0.368 -> 0.363 (0.99), --first new 0.392 -> 0.385 (0.98). ``language`` (0.016 x
lxml, a few microseconds) read 0.95, 0.97 and 0.94 in the three runs: a change of it under
about 6% is not shown by this script.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import stage_ab

STAGES = ("title", "subtitle", "authors", "language")


def load(name: str) -> tuple[Any, Any, Any, Any, dict[int, Any], type[Exception]]:
    """(read_page, Analysis, metadata, titles, analyses by page, NewsparseError) of ``name``."""
    api = importlib.import_module(f"{name}.api")
    analysis = importlib.import_module(f"{name}.extract.analysis")
    metadata = importlib.import_module(f"{name}.extract.metadata")
    titles = importlib.import_module(f"{name}.extract.titles")
    errors = importlib.import_module(f"{name}.errors")
    return (api.read_page, analysis.Analysis, metadata, titles, {},
            errors.NewsparseError)


def stages(version: tuple[Any, ...], page: Any) -> dict[str, float]:
    """CPU seconds of each stage on the page's one ``Analysis`` (made and warmed once)."""
    _, analysis_class, metadata, titles, analyses, _ = version
    analysis = analyses.get(id(page))
    if analysis is None or analysis.page is not page:
        analyses.clear()  # one page at a time: the previous page's analysis is done with
        analysis = analyses[id(page)] = analysis_class(page)
        analysis.meta, analysis.jsonld, analysis.article_objects  # noqa: B018
        analysis.site_names, analysis.first_h1s, analysis.title  # noqa: B018
        analysis.markup_raws  # noqa: B018
    clock = time.process_time
    start = clock()
    titles.find_title(analysis)
    title = clock()
    metadata.subtitle(analysis)
    subtitle = clock()
    metadata.authors(analysis)
    authors = clock()
    metadata.language(analysis)
    done = clock()
    return {"title": title - start, "subtitle": subtitle - title, "authors": authors - subtitle,
            "language": done - authors, "sum": done - start}


if __name__ == "__main__":
    raise SystemExit(stage_ab(__doc__.split("\n\n")[0], STAGES, load, stages, warm=True))
