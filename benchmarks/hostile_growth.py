"""Time growth of parse() on the generated hostile shapes of issue 13 (figures, not a gate).

Each shape (``tests/hostile_shapes.py``) is parsed at its base size n and at 4n, CPU time best
of ``--repeat``, interleaved; a cost linear in the page gives a ratio near 4, a square one 16.

    python benchmarks/hostile_growth.py [--repeat 3] [--scale 1] [--memory] [shape ...]

``--memory`` adds the peak resident set size of one parse of the 4n page, run in a forked
child (the child's own high-water mark, interpreter and imports included).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_shapes import SHAPES

from newsparse import Limits, NewsparseError, parse

LIMITS = Limits(time_budget=None)


def cpu_time(source: str | bytes) -> tuple[float, str]:
    """CPU seconds of one parse, and its outcome (the title or the error class)."""
    started = time.process_time()
    try:
        outcome = repr(parse(source, limits=LIMITS).title[:30])
    except NewsparseError as exc:
        outcome = type(exc).__name__
    return time.process_time() - started, outcome


def peak_mb(source: str | bytes) -> float:
    """Peak RSS in MB of a forked child that parses ``source`` once."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        with contextlib.suppress(NewsparseError):
            parse(source, limits=LIMITS)
        os._exit(0)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024


def main() -> None:
    """Print, per shape, the size, the time at n and 4n, their ratio and the outcome."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    options.add_argument("--memory", action="store_true", help="peak RSS of the 4n parse")
    options.add_argument("shapes", nargs="*", help="shape names (default: all)")
    args = options.parse_args()
    print(f"{'shape':24} {'n':>7} {'bytes(n)':>9} {'t(n) ms':>9} {'t(4n) ms':>9} ratio  "
          f"{'MB(4n)' if args.memory else ''} outcome")
    for name, (build, base) in SHAPES.items():
        if args.shapes and name not in args.shapes:
            continue
        n = max(1, int(base * args.scale))
        small, large = build(n), build(4 * n)
        best = [float("inf"), float("inf")]
        outcome = ""
        for _ in range(args.repeat):
            for index, source in enumerate((small, large)):
                seconds, outcome = cpu_time(source)
                best[index] = min(best[index], seconds)
        memory = f"{peak_mb(large):6.0f} " if args.memory else ""
        print(f"{name:24} {n:7d} {len(small):9d} {best[0] * 1000:9.1f} {best[1] * 1000:9.1f} "
              f"{best[1] / best[0]:5.1f}  {memory}{outcome}", flush=True)


if __name__ == "__main__":
    main()
