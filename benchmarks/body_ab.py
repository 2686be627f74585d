"""Interleaved A/B timing of the body stages: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/body_ab.py --base REF [SET ...] [--repeat N]

``REF`` (a commit, branch or tag) and the working tree are exported into a temporary folder and
imported as two packages (``newsparse_base``, ``newsparse_new``, their imports renamed;
:func:`ab.load_pair`), so both versions run in one process on the same page bytes. For every
page each version parses the page once, then times its own stages ``2 * --repeat`` times
(default 3), the two versions' order random in each pair of runs and reversed in the second
(:func:`ab.round_orders`, ``--seed``); lxml's bare
parse is timed in the same loop. Time is CPU time (``time.process_time``): on a busy machine
it is not inflated by waiting. Stages, each by its own time: ``Analysis.text_map``,
``Analysis.markup_raws``, ``body.body`` beyond them (the body field) and
``Analysis.body_text``. The table gives each stage's share of the mean per-page ratio to
lxml, base -> working tree. ``SET`` defaults to the three development sets.

A/A check (the working tree equal to ``REF``; an unbiased script gives 1.00 within its
noise; average the two import orders, :mod:`ab`)::

    .venv/bin/python benchmarks/body_ab.py --base HEAD ../shared/corpus --first base
    # then --first new

At cfe4aaf (2026-12-02, load 2-3), sum of the stages: before ab.load_pair 1.419 -> 1.421;
now --first base 1.445 -> 1.452, --first new 1.366 -> 1.364 (1.00 each; every stage
0.99-1.01).
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import add_arguments, load_pair, stage_ratios
from sets import DEFAULT_SETS, check_sets

STAGES = ("text_map", "markup_raws", "body", "body_text")


def load(name: str) -> tuple[Any, Any, Any, type[Exception]]:
    """(read_page, Analysis, body, NewsparseError) of package ``name``."""
    api = importlib.import_module(f"{name}.api")
    analysis = importlib.import_module(f"{name}.extract.analysis")
    body = importlib.import_module(f"{name}.extract.body")
    errors = importlib.import_module(f"{name}.errors")
    return api.read_page, analysis.Analysis, body.body, errors.NewsparseError


def stages(version: tuple[Any, Any, Any, Any], page: Any) -> dict[str, float]:
    """CPU seconds of each body stage, the page's other views read beforehand."""
    _, analysis_class, body, _ = version
    analysis = analysis_class(page)
    analysis.meta, analysis.jsonld, analysis.article_objects  # noqa: B018 - read beforehand
    clock = time.process_time
    start = clock()
    analysis.text_map  # noqa: B018 - timed
    mapped = clock()
    analysis.markup_raws  # noqa: B018 - timed
    walked = clock()
    body(analysis)
    found = clock()
    analysis.body_text  # noqa: B018 - timed
    done = clock()
    return {"text_map": mapped - start, "markup_raws": walked - mapped,
            "body": found - walked, "body_text": done - found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    add_arguments(parser)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folders = check_sets(args.sets or list(DEFAULT_SETS))
    with tempfile.TemporaryDirectory() as tmp:
        names = load_pair(args.base, Path(tmp), args.first)
        versions = {version: load(name) for version, name in names.items()}
        for folder in folders:
            count, ratios = stage_ratios(folder, versions, stages, args.repeat, rng=rng)
            print(f"== {folder.name} ({count} HTML pages): share of the mean ratio to lxml, "
                  f"{args.base} -> working tree")
            for stage in (*STAGES, "sum"):
                keys = STAGES if stage == "sum" else (stage,)
                old = sum(sum(ratios["base"].get(k, [])) for k in keys) / max(1, count)
                new = sum(sum(ratios["new"].get(k, [])) for k in keys) / max(1, count)
                change = f"({new / old:5.2f})" if old else ""
                print(f"  {stage:<12} {old:6.3f} -> {new:6.3f}  {change}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
