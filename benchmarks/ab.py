"""What the interleaved A/B scripts share: an older commit importable beside the working tree,
and per-page stage timings of both versions against lxml's bare parse in one loop.

``body_ab.py``, ``dates_ab.py`` and ``fields_ab.py`` time stages of one parse with
:func:`stage_ratios` (the last two through :func:`stage_ab`, their whole command line);
``parse_ab.py`` times whole parses. All of them load both versions with :func:`load_pair`.

A/A (2026-12-02, the same commit on both sides): the version imported second in the process
runs about 1% faster than the one imported first (``fixture_ab.py --stage extract`` paired
medians: new-base -0.0074 x lxml, mean of 5 runs, with the base imported first; +0.0041, mean
of 5, with the working tree imported first; the extract is about 0.55 x lxml), and every
script imported the base first, so its new/base figures leaned towards the change (the
scripts' other asymmetries, the editable install against an exported copy and the warm-up's
fixed order, were not told apart from it at this noise). :func:`load_pair` therefore
exports the working tree too (both versions are copies imported the same way) and imports
them in the order ``--first`` gives; an A/B is only unbiased once both orders are run and
their new/base figures averaged (:func:`add_arguments`; ``--first new``, the default, leans
against the change when run alone).
Within a process, :func:`round_orders` orders the versions at random (fixed seed) in each
pair of rounds and reverses that order in the pair's second round, so each version runs
first as often as the other on every page; warm-ups follow the same orders.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import pkgutil
import random
import re
import shutil
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


BASE, NEW = "newsparse_base", "newsparse_new"
ORDERS = (("base", "new"), ("new", "base"))


def export(ref: str | None, into: Path, name: str = BASE) -> None:
    """``ref``'s ``newsparse`` package as ``into/<name>``, its imports renamed; the working
    tree's package (uncommitted changes included) when ``ref`` is None."""
    package = into / name
    if ref is None:
        shutil.copytree(REPO / "newsparse", package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    else:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "newsparse"],
                                 check=True, capture_output=True).stdout
        with tempfile.TemporaryDirectory() as unpacked:
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(unpacked, filter="data")
            shutil.move(str(Path(unpacked) / "newsparse"), package)
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\b(from|import) newsparse\b", rf"\1 {name}", text)
        text = re.sub(r"\bnewsparse\.", f"{name}.", text)
        path.write_text(text, encoding="utf-8")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--first`` (the version imported first) and ``--seed`` (of the rounds' orders)."""
    parser.add_argument("--first", choices=("base", "new"), default="new",
                        help="the version imported first (the other runs ~1%% faster: run "
                             "both and average the new/base figures)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the rounds' orders")


def load_pair(ref: str, into: Path, first: str = "new") -> dict[str, str]:
    """Export ``ref`` as ``newsparse_base`` and the working tree as ``newsparse_new`` into
    ``into``, put ``into`` first on ``sys.path`` and import both, ``first`` first; returns
    the package name of each version (``{"base": ..., "new": ...}``)."""
    names = {"base": BASE, "new": NEW}
    export(ref, into, BASE)
    export(None, into, NEW)
    sys.path.insert(0, str(into))
    for version in (first, "new" if first == "base" else "base"):
        package = importlib.import_module(names[version])
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if not info.name.endswith("__main__"):  # (which would run the command line)
                with contextlib.suppress(ImportError):  # the optional extras' modules
                    importlib.import_module(info.name)
    print(f"# base {ref} and the working tree, both exported; {first} imported first",
          flush=True)
    return names


def round_orders(rounds: int, rng: random.Random) -> list[tuple[str, str]]:
    """The versions' order in each of ``rounds`` rounds: a random order (``rng``) in the
    first round of each pair and its reverse in the second, so that each version runs first
    in half the rounds (``rounds`` even) whatever the seed."""
    orders: list[tuple[str, str]] = []
    while len(orders) < rounds:
        order = ORDERS[rng.random() < 0.5]
        orders += [order, (order[1], order[0])]
    return orders[:rounds]


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
    warm: bool = False, rng: random.Random | None = None,
) -> tuple[int, dict[str, dict[str, list[float]]]]:
    """Per HTML page of ``folder``: each stage's best CPU time over ``2 * repeat`` runs of each
    version, divided by lxml's best bare parse timed in the same loop.

    A version is ``(read_page, ..., NewsparseError)``; ``stages(version, page)`` returns CPU
    seconds by stage. Each version reads the page once (its tree parsed before timing; with
    ``warm``, its stages run once untimed too), the two versions in the first run's order;
    the versions' order in each run is :func:`round_orders`' (``rng``, seed 0 by default).
    Returns the pages counted and, by version and stage, the ratios.
    """
    rng = rng or random.Random(0)
    ratios: dict[str, dict[str, list[float]]] = {name: {} for name in versions}
    count = 0
    for raw, url in _pages(folder):
        orders = round_orders(2 * max(1, repeat), rng)
        pages = {}
        try:
            for name in orders[0]:
                page = versions[name][0](raw, url=url)
                if page.kind != "html":
                    raise ValueError("a text page")
                page.tree  # noqa: B018 - parsed before timing
                pages[name] = page
            if warm:
                for name in orders[0]:
                    stages(versions[name], pages[name])
        except (ValueError, versions["base"][-1], versions["new"][-1]):
            continue
        gc.collect()
        base = float("inf")
        best: dict[str, dict[str, float]] = {name: {} for name in versions}
        for order in orders:
            start = time.process_time()
            lxml.html.document_fromstring(raw)
            base = min(base, time.process_time() - start)
            for name in order:
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
    """The command line of a stage A/B script: ``--base REF [SET ...] [--repeat N] [--first
    base|new] [--seed S]``; ``REF`` and the working tree are exported and loaded by
    :func:`load_pair` (``load(package)`` gives a version), and each set's table gives, for
    every stage in ``names`` and their ``sum``, the share of the mean per-page ratio to lxml
    and its 95th percentile."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    add_arguments(parser)
    args = parser.parse_args()
    folders = check_sets(args.sets or list(DEFAULT_SETS))
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        packages = load_pair(args.base, Path(tmp), args.first)
        versions = {version: load(package) for version, package in packages.items()}
        for folder in folders:
            count, ratios = stage_ratios(folder, versions, stages, args.repeat, warm=warm,
                                         rng=rng)
            print(f"== {folder.name} ({count} HTML pages): share of the ratio to lxml, "
                  f"mean and p95, {args.base} -> working tree")
            for stage in (*names, "sum"):
                old, new = ratios["base"].get(stage, []), ratios["new"].get(stage, [])
                mean_old, mean_new = sum(old) / max(1, count), sum(new) / max(1, count)
                change = f"({mean_new / mean_old:5.2f})" if mean_old else ""
                print(f"  {stage:<10} mean {mean_old:6.3f} -> {mean_new:6.3f} {change}"
                      f"   p95 {p95(old):6.3f} -> {p95(new):6.3f}")
    return 0
