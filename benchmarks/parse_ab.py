"""Interleaved A/B timing of whole parses: an older commit against the working tree.

Usage (from the repository root)::

    .venv/bin/python benchmarks/parse_ab.py --base REF [--repeat N] [--rounds R] [SET ...]

``REF`` is exported and imported as a second package, as ``benchmarks/body_ab.py`` does, so
both versions run in one process on the same page bytes. Pages: the NK News fixtures' text
dumps and HTML pages (``fixtures/nknews/*/input.*``) and the other fixtures' text pages
(``fixtures/*/*/input.txt``), parsed without a URL, and the pages of
each ``SET`` given (a development set folder, parsed with its URL). Each page is parsed by
each version ``--repeat`` times per round (best kept), the versions' order alternating from
page to page and round to round, for ``--rounds`` rounds, with the garbage collector on; time
is CPU time (``time.process_time``), so a busy machine does not inflate it by waiting. Printed
per group: pages, the mean time per page of each version (and pages per second on one core),
and the mean and 95th percentile of the per-page ratio new / base.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab import best_cpu_time, export, p95
from sets import REPO, check_sets, load_set


def _parser(name: str) -> Callable[[bytes, str | None], None]:
    package: Any = __import__(name)
    errors: Any = __import__(f"{name}.errors", fromlist=["NewsparseError"])
    error = errors.NewsparseError

    def run(raw: bytes, url: str | None) -> None:
        with contextlib.suppress(error):  # refusing a page is part of the work
            package.parse(raw, url=url)

    return run



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    nk = sorted((REPO / "fixtures" / "nknews").glob("*/input.*"))
    groups: dict[str, list[tuple[bytes, str | None]]] = {
        "nknews text": [(p.read_bytes(), None) for p in nk if p.suffix != ".html"],
        "nknews html": [(p.read_bytes(), None) for p in nk if p.suffix == ".html"],
        "other text": [(p.read_bytes(), None) for p in sorted(REPO.glob("fixtures/*/*/input.txt"))
                       if p.parent.parent.name != "nknews"],
    }
    for folder in check_sets(args.sets) if args.sets else []:
        groups[folder.name] = [(s.raw(), s.url) for s in load_set(folder)[1]]
    with tempfile.TemporaryDirectory() as tmp:
        export(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {"base": _parser("newsparse_base"), "new": _parser("newsparse")}
        for group, pages in groups.items():
            best = {name: [float("inf")] * len(pages) for name in versions}
            for round_ in range(args.rounds):
                for index, (raw, url) in enumerate(pages):
                    order = ("base", "new") if (index + round_) % 2 else ("new", "base")
                    for name in order:
                        spent = best_cpu_time(versions[name], raw, url, args.repeat)
                        best[name][index] = min(best[name][index], spent)
            base, new = statistics.fmean(best["base"]), statistics.fmean(best["new"])
            ratios = [n / b for n, b in zip(best["new"], best["base"], strict=True) if b > 0]
            print(f"{group:12} {len(pages):4} pages  base {base * 1e6:8.0f} us ({1 / base:6.0f}/s)"
                  f"  new {new * 1e6:8.0f} us ({1 / new:6.0f}/s)  new/base mean "
                  f"{statistics.fmean(ratios):.3f} p95 {p95(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
