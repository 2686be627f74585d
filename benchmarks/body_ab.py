"""Interleaved A/B timing of the body stages: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/body_ab.py --base REF [SET ...] [--repeat N]

``REF`` (a commit, branch or tag) is exported with ``git archive`` into a temporary folder and
imported as a second package (``newsparse_base``, its imports renamed), so both versions run
in one process on the same page bytes. For every page each version parses the page once, then
times its own stages ``--repeat`` times (default 3), the two versions' order alternating from
run to run and page to page (run first, a version is favoured by a few percent); lxml's bare
parse is timed in the same loop. Time is CPU time (``time.process_time``): on a busy machine
it is not inflated by waiting. Stages, each by its own time: ``Analysis.text_map``,
``Analysis.markup_raws``, ``body.body`` beyond them (the body field) and
``Analysis.body_text``. The table gives each stage's share of the mean per-page ratio to
lxml, base -> working tree. ``SET`` defaults to the three development sets.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from sets import DEFAULT_SETS, REPO, check_sets, load_set

STAGES = ("text_map", "markup_raws", "body", "body_text")


def export(ref: str, into: Path) -> None:
    """``ref``'s ``newsparse`` package as ``into/newsparse_base``, its imports renamed."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "newsparse"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "newsparse_base"
    (into / "newsparse").rename(package)
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\b(from|import) newsparse\b", r"\1 newsparse_base", text)
        text = re.sub(r"\bnewsparse\.", "newsparse_base.", text)
        path.write_text(text, encoding="utf-8")


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
    args = parser.parse_args()
    folders = check_sets(args.sets or list(DEFAULT_SETS))
    with tempfile.TemporaryDirectory() as tmp:
        export(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {"base": load("newsparse_base"), "new": load("newsparse")}
        for folder in folders:
            _, samples = load_set(folder)
            ratio = {name: Counter[str]() for name in versions}
            count = 0
            for sample in samples:
                raw = sample.raw()
                order = ("base", "new") if count % 2 else ("new", "base")
                pages = {}
                try:
                    for name in order:
                        page = versions[name][0](raw, url=sample.url)
                        if page.kind != "html":
                            raise ValueError("a text page")
                        page.tree  # noqa: B018 - parsed before timing
                        pages[name] = page
                except (ValueError, versions["base"][3], versions["new"][3]):
                    continue
                gc.collect()
                base = float("inf")
                best: dict[str, dict[str, float]] = {name: {} for name in versions}
                for run in range(2 * max(1, args.repeat)):
                    start = time.process_time()
                    lxml.html.document_fromstring(raw)
                    base = min(base, time.process_time() - start)
                    for name in (order if run % 2 else order[::-1]):
                        for stage, seconds in stages(versions[name], pages[name]).items():
                            best[name][stage] = min(best[name].get(stage, seconds), seconds)
                if base <= 0:
                    continue
                for name in versions:
                    for stage, seconds in best[name].items():
                        ratio[name][stage] += seconds / base
                count += 1
            print(f"== {folder.name} ({count} HTML pages): share of the mean ratio to lxml, "
                  f"{args.base} -> working tree")
            for stage in (*STAGES, "sum"):
                keys = STAGES if stage == "sum" else (stage,)
                old = sum(ratio["base"][k] for k in keys) / max(1, count)
                new = sum(ratio["new"][k] for k in keys) / max(1, count)
                change = f"({new / old:5.2f})" if old else ""
                print(f"  {stage:<12} {old:6.3f} -> {new:6.3f}  {change}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
