"""What the interleaved A/B scripts share: an older commit importable beside the working tree,
and per-page stage timings of both versions against lxml's bare parse in one loop.

``body_ab.py``, ``dates_ab.py`` and ``fields_ab.py`` time stages of one parse with
:func:`stage_ratios` (the last two through :func:`stage_ab`, their whole command line);
``parse_ab.py`` times whole parses. All of them import the base with :func:`export`.
"""

from __future__ import annotations

import argparse
import gc
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

import lxml.html
from sets import DEFAULT_SETS, REPO, check_sets, load_set

Stages = Callable[[Any, Any], dict[str, float]]


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


def best_cpu_time(run: Callable[[bytes, str | None], object], raw: bytes, url: str | None,
                  repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``run(raw, url)``, in the process's CPU time."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run(raw, url)
        best = min(best, time.process_time() - start)
    return best


def p95(values: list[float]) -> float:
    """The 95th percentile as ``speed.py`` and ``parse_ab.py`` print it (0.0 for no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


def stage_ratios(
    folder: Path, versions: Mapping[str, tuple[Any, ...]], stages: Stages, repeat: int,
    warm: bool = False,
) -> tuple[int, dict[str, dict[str, list[float]]]]:
    """Per HTML page of ``folder``: each stage's best CPU time over ``2 * repeat`` runs of each
    version, divided by lxml's best bare parse timed in the same loop.

    A version is ``(read_page, ..., NewsparseError)``; ``stages(version, page)`` returns CPU
    seconds by stage. Each version reads the page once (its tree parsed before timing; with
    ``warm``, its stages run once untimed too); the two versions' order alternates from run to
    run and page to page. Returns the pages counted and, by version and stage, the ratios.
    """
    ratios: dict[str, dict[str, list[float]]] = {name: {} for name in versions}
    count = 0
    for raw, url in _pages(folder):
        order = ("base", "new") if count % 2 else ("new", "base")
        pages = {}
        try:
            for name in order:
                page = versions[name][0](raw, url=url)
                if page.kind != "html":
                    raise ValueError("a text page")
                page.tree  # noqa: B018 - parsed before timing
                if warm:
                    stages(versions[name], page)
                pages[name] = page
        except (ValueError, versions["base"][-1], versions["new"][-1]):
            continue
        gc.collect()
        base = float("inf")
        best: dict[str, dict[str, float]] = {name: {} for name in versions}
        for run in range(2 * max(1, repeat)):
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
                ratios[name].setdefault(stage, []).append(seconds / base)
        count += 1
    return count, ratios


def _pages(folder: Path) -> Iterator[tuple[bytes, str | None]]:
    for sample in load_set(folder)[1]:
        yield sample.raw(), sample.url


def stage_ab(
    description: str, names: Sequence[str], load: Callable[[str], tuple[Any, ...]],
    stages: Stages, warm: bool = False,
) -> int:
    """The command line of a stage A/B script: ``--base REF [SET ...] [--repeat N]``; ``REF``
    is exported and loaded as ``newsparse_base`` beside the working tree (``load(package)``
    gives a version), and each set's table gives, for every stage in ``names`` and their
    ``sum``, the share of the mean per-page ratio to lxml and its 95th percentile."""
    parser = argparse.ArgumentParser(description=description)
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
            count, ratios = stage_ratios(folder, versions, stages, args.repeat, warm=warm)
            print(f"== {folder.name} ({count} HTML pages): share of the ratio to lxml, "
                  f"mean and p95, {args.base} -> working tree")
            for stage in (*names, "sum"):
                old, new = ratios["base"].get(stage, []), ratios["new"].get(stage, [])
                mean_old, mean_new = sum(old) / max(1, count), sum(new) / max(1, count)
                change = f"({mean_new / mean_old:5.2f})" if mean_old else ""
                print(f"  {stage:<10} mean {mean_old:6.3f} -> {mean_new:6.3f} {change}"
                      f"   p95 {p95(old):6.3f} -> {p95(new):6.3f}")
    return 0
